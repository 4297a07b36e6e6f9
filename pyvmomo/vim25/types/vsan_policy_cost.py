# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanPolicyCost: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VsanPolicyCost(DynamicData):
    """VsanPolicyCost: data object extending DynamicData, since 5.5.

    Attributes:
        changeDataSize: long, optional, since 5.5.
        currentDataSize: long, optional, since 5.5.
        tempDataSize: long, optional, since 5.5.
        copyDataSize: long, optional, since 5.5.
        changeFlashReadCacheSize: long, optional, since 5.5.
        currentFlashReadCacheSize: long, optional, since 5.5.
        currentDiskSpaceToAddressSpaceRatio: float, optional, since 6.0.
        diskSpaceToAddressSpaceRatio: float, optional, since 5.5.
    """

    __slots__ = ("changeDataSize", "currentDataSize", "tempDataSize", "copyDataSize", "changeFlashReadCacheSize", "currentFlashReadCacheSize", "currentDiskSpaceToAddressSpaceRatio", "diskSpaceToAddressSpaceRatio", )
    _wire_name_: ClassVar[str] = "VsanPolicyCost"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("changeDataSize", "long", 2, "5.5"),
        _F("currentDataSize", "long", 2, "5.5"),
        _F("tempDataSize", "long", 2, "5.5"),
        _F("copyDataSize", "long", 2, "5.5"),
        _F("changeFlashReadCacheSize", "long", 2, "5.5"),
        _F("currentFlashReadCacheSize", "long", 2, "5.5"),
        _F("currentDiskSpaceToAddressSpaceRatio", "float", 2, "6.0"),
        _F("diskSpaceToAddressSpaceRatio", "float", 2, "5.5"),
    )
    changeDataSize: int | None
    currentDataSize: int | None
    tempDataSize: int | None
    copyDataSize: int | None
    changeFlashReadCacheSize: int | None
    currentFlashReadCacheSize: int | None
    currentDiskSpaceToAddressSpaceRatio: float | None
    diskSpaceToAddressSpaceRatio: float | None

    def __init__(
        self,
        *,
        changeDataSize: int | None = None,
        currentDataSize: int | None = None,
        tempDataSize: int | None = None,
        copyDataSize: int | None = None,
        changeFlashReadCacheSize: int | None = None,
        currentFlashReadCacheSize: int | None = None,
        currentDiskSpaceToAddressSpaceRatio: float | None = None,
        diskSpaceToAddressSpaceRatio: float | None = None,
    ) -> None:
        self.changeDataSize = changeDataSize
        self.currentDataSize = currentDataSize
        self.tempDataSize = tempDataSize
        self.copyDataSize = copyDataSize
        self.changeFlashReadCacheSize = changeFlashReadCacheSize
        self.currentFlashReadCacheSize = currentFlashReadCacheSize
        self.currentDiskSpaceToAddressSpaceRatio = currentDiskSpaceToAddressSpaceRatio
        self.diskSpaceToAddressSpaceRatio = diskSpaceToAddressSpaceRatio
