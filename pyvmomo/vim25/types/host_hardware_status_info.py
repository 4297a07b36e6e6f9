# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostHardwareStatusInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .host_hardware_element_info import HostHardwareElementInfo
    from .host_storage_element_info import HostStorageElementInfo


class HostHardwareStatusInfo(DynamicData):
    """HostHardwareStatusInfo: data object extending DynamicData, since 2.5.

    Attributes:
        memoryStatusInfo: list of HostHardwareElementInfo, since 2.5.
        cpuStatusInfo: list of HostHardwareElementInfo, since 2.5.
        storageStatusInfo: list of HostStorageElementInfo, since 2.5.
    """

    __slots__ = ("memoryStatusInfo", "cpuStatusInfo", "storageStatusInfo", )
    _wire_name_: ClassVar[str] = "HostHardwareStatusInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("memoryStatusInfo", "HostHardwareElementInfo", 3, "2.5"),
        _F("cpuStatusInfo", "HostHardwareElementInfo", 3, "2.5"),
        _F("storageStatusInfo", "HostStorageElementInfo", 3, "2.5"),
    )
    memoryStatusInfo: list[HostHardwareElementInfo]
    cpuStatusInfo: list[HostHardwareElementInfo]
    storageStatusInfo: list[HostStorageElementInfo]

    def __init__(
        self,
        *,
        memoryStatusInfo: Sequence[HostHardwareElementInfo] | None = None,
        cpuStatusInfo: Sequence[HostHardwareElementInfo] | None = None,
        storageStatusInfo: list[HostStorageElementInfo] | None = None,
    ) -> None:
        self.memoryStatusInfo = [] if memoryStatusInfo is None else list(memoryStatusInfo)
        self.cpuStatusInfo = [] if cpuStatusInfo is None else list(cpuStatusInfo)
        self.storageStatusInfo = [] if storageStatusInfo is None else storageStatusInfo
