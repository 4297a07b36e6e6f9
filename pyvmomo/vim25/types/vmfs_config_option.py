# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmfsConfigOption: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .long_option import LongOption


class VmfsConfigOption(DynamicData):
    """VmfsConfigOption: data object extending DynamicData, since 6.5.

    Attributes:
        blockSizeOption: int, since 6.5.
        unmapGranularityOption: list of int, since 6.5.
        unmapBandwidthFixedValue: LongOption, optional, since 6.7.
        unmapBandwidthDynamicMin: LongOption, optional, since 6.7.
        unmapBandwidthDynamicMax: LongOption, optional, since 6.7.
        unmapBandwidthIncrement: long, optional, since 6.7.
    """

    __slots__ = ("blockSizeOption", "unmapGranularityOption", "unmapBandwidthFixedValue", "unmapBandwidthDynamicMin", "unmapBandwidthDynamicMax", "unmapBandwidthIncrement", )
    _wire_name_: ClassVar[str] = "VmfsConfigOption"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("blockSizeOption", "int", 0, "6.5"),
        _F("unmapGranularityOption", "int", 3, "6.5"),
        _F("unmapBandwidthFixedValue", "LongOption", 2, "6.7"),
        _F("unmapBandwidthDynamicMin", "LongOption", 2, "6.7"),
        _F("unmapBandwidthDynamicMax", "LongOption", 2, "6.7"),
        _F("unmapBandwidthIncrement", "long", 2, "6.7"),
    )
    blockSizeOption: int
    unmapGranularityOption: list[int]
    unmapBandwidthFixedValue: LongOption | None
    unmapBandwidthDynamicMin: LongOption | None
    unmapBandwidthDynamicMax: LongOption | None
    unmapBandwidthIncrement: int | None

    def __init__(
        self,
        *,
        blockSizeOption: int,
        unmapGranularityOption: list[int] | None = None,
        unmapBandwidthFixedValue: LongOption | None = None,
        unmapBandwidthDynamicMin: LongOption | None = None,
        unmapBandwidthDynamicMax: LongOption | None = None,
        unmapBandwidthIncrement: int | None = None,
    ) -> None:
        self.blockSizeOption = blockSizeOption
        self.unmapGranularityOption = [] if unmapGranularityOption is None else unmapGranularityOption
        self.unmapBandwidthFixedValue = unmapBandwidthFixedValue
        self.unmapBandwidthDynamicMin = unmapBandwidthDynamicMin
        self.unmapBandwidthDynamicMax = unmapBandwidthDynamicMax
        self.unmapBandwidthIncrement = unmapBandwidthIncrement
