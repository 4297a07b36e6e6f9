# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileHostBasedConfigSpec: data object type, extends HostProfileConfigSpec. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_profile_config_spec import HostProfileConfigSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem


class HostProfileHostBasedConfigSpec(HostProfileConfigSpec):
    """HostProfileHostBasedConfigSpec: data object extending HostProfileConfigSpec, since 4.0.

    Attributes:
        host: reference to HostSystem, since 4.0.
        useHostProfileEngine: boolean, optional, since 5.0.
    """

    __slots__ = ("host", "useHostProfileEngine", )
    _wire_name_: ClassVar[str] = "HostProfileHostBasedConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 2, "4.0"),
        _F("annotation", "string", 2, "4.0"),
        _F("enabled", "boolean", 2, "4.0"),
        _F("host", "ManagedObjectReference", 0, "4.0", target="HostSystem"),
        _F("useHostProfileEngine", "boolean", 2, "5.0"),
    )
    host: HostSystem
    useHostProfileEngine: bool | None

    def __init__(
        self,
        *,
        host: HostSystem,
        name: str | None = None,
        annotation: str | None = None,
        enabled: bool | None = None,
        useHostProfileEngine: bool | None = None,
    ) -> None:
        self.name = name
        self.annotation = annotation
        self.enabled = enabled
        self.host = host
        self.useHostProfileEngine = useHostProfileEngine
