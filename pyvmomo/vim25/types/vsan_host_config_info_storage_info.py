# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanHostConfigInfoStorageInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .vsan_host_disk_map_info import VsanHostDiskMapInfo
    from .vsan_host_disk_mapping import VsanHostDiskMapping


class VsanHostConfigInfoStorageInfo(DynamicData):
    """VsanHostConfigInfoStorageInfo: data object extending DynamicData, since 5.5.

    Attributes:
        autoClaimStorage: boolean, optional, since 5.5.
        diskMapping: list of VsanHostDiskMapping, since 5.5.
        diskMapInfo: list of VsanHostDiskMapInfo, since 6.0.
        checksumEnabled: boolean, optional, since 6.0.
    """

    __slots__ = ("autoClaimStorage", "diskMapping", "diskMapInfo", "checksumEnabled", )
    _wire_name_: ClassVar[str] = "VsanHostConfigInfoStorageInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("autoClaimStorage", "boolean", 2, "5.5"),
        _F("diskMapping", "VsanHostDiskMapping", 3, "5.5"),
        _F("diskMapInfo", "VsanHostDiskMapInfo", 3, "6.0"),
        _F("checksumEnabled", "boolean", 2, "6.0"),
    )
    autoClaimStorage: bool | None
    diskMapping: list[VsanHostDiskMapping]
    diskMapInfo: list[VsanHostDiskMapInfo]
    checksumEnabled: bool | None

    def __init__(
        self,
        *,
        autoClaimStorage: bool | None = None,
        diskMapping: list[VsanHostDiskMapping] | None = None,
        diskMapInfo: list[VsanHostDiskMapInfo] | None = None,
        checksumEnabled: bool | None = None,
    ) -> None:
        self.autoClaimStorage = autoClaimStorage
        self.diskMapping = [] if diskMapping is None else diskMapping
        self.diskMapInfo = [] if diskMapInfo is None else diskMapInfo
        self.checksumEnabled = checksumEnabled
