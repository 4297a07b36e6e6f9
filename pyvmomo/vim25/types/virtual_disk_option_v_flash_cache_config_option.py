# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskOptionVFlashCacheConfigOption: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .choice_option import ChoiceOption
    from .long_option import LongOption


class VirtualDiskOptionVFlashCacheConfigOption(DynamicData):
    """VirtualDiskOptionVFlashCacheConfigOption: data object extending DynamicData, since 5.5.

    Attributes:
        cacheConsistencyType: ChoiceOption, since 5.5.
        cacheMode: ChoiceOption, since 5.5.
        reservationInMB: LongOption, since 5.5.
        blockSizeInKB: LongOption, since 5.5.
    """

    __slots__ = ("cacheConsistencyType", "cacheMode", "reservationInMB", "blockSizeInKB", )
    _wire_name_: ClassVar[str] = "VirtualDiskOptionVFlashCacheConfigOption"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("cacheConsistencyType", "ChoiceOption", 0, "5.5"),
        _F("cacheMode", "ChoiceOption", 0, "5.5"),
        _F("reservationInMB", "LongOption", 0, "5.5"),
        _F("blockSizeInKB", "LongOption", 0, "5.5"),
    )
    cacheConsistencyType: ChoiceOption
    cacheMode: ChoiceOption
    reservationInMB: LongOption
    blockSizeInKB: LongOption

    def __init__(
        self,
        *,
        cacheConsistencyType: ChoiceOption,
        cacheMode: ChoiceOption,
        reservationInMB: LongOption,
        blockSizeInKB: LongOption,
    ) -> None:
        self.cacheConsistencyType = cacheConsistencyType
        self.cacheMode = cacheMode
        self.reservationInMB = reservationInMB
        self.blockSizeInKB = blockSizeInKB
