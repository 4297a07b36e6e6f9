# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageIORMConfigOption: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_option import BoolOption
    from .int_option import IntOption


class StorageIORMConfigOption(DynamicData):
    """StorageIORMConfigOption: data object extending DynamicData, since 4.1.

    Attributes:
        enabledOption: BoolOption, since 4.1.
        congestionThresholdOption: IntOption, since 4.1.
        statsCollectionEnabledOption: BoolOption, optional, since 5.0.
        reservationEnabledOption: BoolOption, optional, since 6.0.
    """

    __slots__ = ("enabledOption", "congestionThresholdOption", "statsCollectionEnabledOption", "reservationEnabledOption", )
    _wire_name_: ClassVar[str] = "StorageIORMConfigOption"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabledOption", "BoolOption", 0, "4.1"),
        _F("congestionThresholdOption", "IntOption", 0, "4.1"),
        _F("statsCollectionEnabledOption", "BoolOption", 2, "5.0"),
        _F("reservationEnabledOption", "BoolOption", 2, "6.0"),
    )
    enabledOption: BoolOption
    congestionThresholdOption: IntOption
    statsCollectionEnabledOption: BoolOption | None
    reservationEnabledOption: BoolOption | None

    def __init__(
        self,
        *,
        enabledOption: BoolOption,
        congestionThresholdOption: IntOption,
        statsCollectionEnabledOption: BoolOption | None = None,
        reservationEnabledOption: BoolOption | None = None,
    ) -> None:
        self.enabledOption = enabledOption
        self.congestionThresholdOption = congestionThresholdOption
        self.statsCollectionEnabledOption = statsCollectionEnabledOption
        self.reservationEnabledOption = reservationEnabledOption
