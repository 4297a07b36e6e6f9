# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostStorageElementInfo: data object type, extends HostHardwareElementInfo. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_hardware_element_info import HostHardwareElementInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .element_description import ElementDescription
    from .host_storage_operational_info import HostStorageOperationalInfo


class HostStorageElementInfo(HostHardwareElementInfo):
    """HostStorageElementInfo: data object extending HostHardwareElementInfo, since 2.5.

    Attributes:
        operationalInfo: list of HostStorageOperationalInfo, since 2.5.
    """

    __slots__ = ("operationalInfo", )
    _wire_name_: ClassVar[str] = "HostStorageElementInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.5"),
        _F("status", "ElementDescription", 0, "2.5"),
        _F("operationalInfo", "HostStorageOperationalInfo", 3, "2.5"),
    )
    operationalInfo: list[HostStorageOperationalInfo]

    def __init__(
        self,
        *,
        name: str,
        status: ElementDescription,
        operationalInfo: list[HostStorageOperationalInfo] | None = None,
    ) -> None:
        self.name = name
        self.status = status
        self.operationalInfo = [] if operationalInfo is None else operationalInfo
