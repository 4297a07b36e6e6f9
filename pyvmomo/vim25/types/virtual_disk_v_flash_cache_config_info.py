# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskVFlashCacheConfigInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualDiskVFlashCacheConfigInfo(DynamicData):
    """VirtualDiskVFlashCacheConfigInfo: data object extending DynamicData, since 5.5.

    Attributes:
        vFlashModule: string, optional, since 5.5.
        reservationInMB: long, optional, since 5.5.
        cacheConsistencyType: string, optional, since 5.5.
        cacheMode: string, optional, since 5.5.
        blockSizeInKB: long, optional, since 5.5.
    """

    __slots__ = ("vFlashModule", "reservationInMB", "cacheConsistencyType", "cacheMode", "blockSizeInKB", )
    _wire_name_: ClassVar[str] = "VirtualDiskVFlashCacheConfigInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vFlashModule", "string", 2, "5.5"),
        _F("reservationInMB", "long", 2, "5.5"),
        _F("cacheConsistencyType", "string", 2, "5.5"),
        _F("cacheMode", "string", 2, "5.5"),
        _F("blockSizeInKB", "long", 2, "5.5"),
    )
    vFlashModule: str | None
    reservationInMB: int | None
    cacheConsistencyType: str | None
    cacheMode: str | None
    blockSizeInKB: int | None

    def __init__(
        self,
        *,
        vFlashModule: str | None = None,
        reservationInMB: int | None = None,
        cacheConsistencyType: str | None = None,
        cacheMode: str | None = None,
        blockSizeInKB: int | None = None,
    ) -> None:
        self.vFlashModule = vFlashModule
        self.reservationInMB = reservationInMB
        self.cacheConsistencyType = cacheConsistencyType
        self.cacheMode = cacheMode
        self.blockSizeInKB = blockSizeInKB
