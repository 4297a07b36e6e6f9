# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVFlashManagerVFlashCacheConfigInfoVFlashModuleConfigOption: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .choice_option import ChoiceOption
    from .long_option import LongOption


class HostVFlashManagerVFlashCacheConfigInfoVFlashModuleConfigOption(DynamicData):
    """HostVFlashManagerVFlashCacheConfigInfoVFlashModuleConfigOption: data object extending DynamicData, since 5.5.

    Attributes:
        vFlashModule: string, since 5.5.
        vFlashModuleVersion: string, since 5.5.
        minSupportedModuleVersion: string, since 5.5.
        cacheConsistencyType: ChoiceOption, since 5.5.
        cacheMode: ChoiceOption, since 5.5.
        blockSizeInKBOption: LongOption, since 5.5.
        reservationInMBOption: LongOption, since 5.5.
        maxDiskSizeInKB: long, since 5.5.
    """

    __slots__ = ("vFlashModule", "vFlashModuleVersion", "minSupportedModuleVersion", "cacheConsistencyType", "cacheMode", "blockSizeInKBOption", "reservationInMBOption", "maxDiskSizeInKB", )
    _wire_name_: ClassVar[str] = "HostVFlashManagerVFlashCacheConfigInfoVFlashModuleConfigOption"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vFlashModule", "string", 0, "5.5"),
        _F("vFlashModuleVersion", "string", 0, "5.5"),
        _F("minSupportedModuleVersion", "string", 0, "5.5"),
        _F("cacheConsistencyType", "ChoiceOption", 0, "5.5"),
        _F("cacheMode", "ChoiceOption", 0, "5.5"),
        _F("blockSizeInKBOption", "LongOption", 0, "5.5"),
        _F("reservationInMBOption", "LongOption", 0, "5.5"),
        _F("maxDiskSizeInKB", "long", 0, "5.5"),
    )
    vFlashModule: str
    vFlashModuleVersion: str
    minSupportedModuleVersion: str
    cacheConsistencyType: ChoiceOption
    cacheMode: ChoiceOption
    blockSizeInKBOption: LongOption
    reservationInMBOption: LongOption
    maxDiskSizeInKB: int

    def __init__(
        self,
        *,
        vFlashModule: str,
        vFlashModuleVersion: str,
        minSupportedModuleVersion: str,
        cacheConsistencyType: ChoiceOption,
        cacheMode: ChoiceOption,
        blockSizeInKBOption: LongOption,
        reservationInMBOption: LongOption,
        maxDiskSizeInKB: int,
    ) -> None:
        self.vFlashModule = vFlashModule
        self.vFlashModuleVersion = vFlashModuleVersion
        self.minSupportedModuleVersion = minSupportedModuleVersion
        self.cacheConsistencyType = cacheConsistencyType
        self.cacheMode = cacheMode
        self.blockSizeInKBOption = blockSizeInKBOption
        self.reservationInMBOption = reservationInMBOption
        self.maxDiskSizeInKB = maxDiskSizeInKB
