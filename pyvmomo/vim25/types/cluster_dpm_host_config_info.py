# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDpmHostConfigInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import DpmBehaviorValue
    from ..managed.host_system import HostSystem


class ClusterDpmHostConfigInfo(DynamicData):
    """ClusterDpmHostConfigInfo: data object extending DynamicData, since 2.5.

    Attributes:
        key: reference to HostSystem, since 2.5.
        enabled: boolean, optional, since 2.5.
        behavior: DpmBehavior value (str), optional, since 2.5.
    """

    __slots__ = ("key", "enabled", "behavior", )
    _wire_name_: ClassVar[str] = "ClusterDpmHostConfigInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "ManagedObjectReference", 0, "2.5", target="HostSystem"),
        _F("enabled", "boolean", 2, "2.5"),
        _F("behavior", "DpmBehavior", 2, "2.5"),
    )
    key: HostSystem
    enabled: bool | None
    behavior: str | None

    def __init__(
        self,
        *,
        key: HostSystem,
        enabled: bool | None = None,
        behavior: DpmBehaviorValue | EnumValue | None = None,
    ) -> None:
        self.key = key
        self.enabled = enabled
        self.behavior = behavior
