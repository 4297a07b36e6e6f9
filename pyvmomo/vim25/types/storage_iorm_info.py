# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageIORMInfo: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class StorageIORMInfo(DynamicData):
    """StorageIORMInfo: data object extending DynamicData, since 4.1.

    Attributes:
        enabled: boolean, since 4.1.
        congestionThresholdMode: string, optional, since 5.1.
        congestionThreshold: int, since 4.1.
        percentOfPeakThroughput: int, optional, since 5.1.
        statsCollectionEnabled: boolean, optional, since 5.0.
        reservationEnabled: boolean, optional, since 6.0.
        statsAggregationDisabled: boolean, optional, since 5.0.
        reservableIopsThreshold: int, optional, since 6.0.
    """

    __slots__ = ("enabled", "congestionThresholdMode", "congestionThreshold", "percentOfPeakThroughput", "statsCollectionEnabled", "reservationEnabled", "statsAggregationDisabled", "reservableIopsThreshold", )
    _wire_name_: ClassVar[str] = "StorageIORMInfo"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 0, "4.1"),
        _F("congestionThresholdMode", "string", 2, "5.1"),
        _F("congestionThreshold", "int", 0, "4.1"),
        _F("percentOfPeakThroughput", "int", 2, "5.1"),
        _F("statsCollectionEnabled", "boolean", 2, "5.0"),
        _F("reservationEnabled", "boolean", 2, "6.0"),
        _F("statsAggregationDisabled", "boolean", 2, "5.0"),
        _F("reservableIopsThreshold", "int", 2, "6.0"),
    )
    enabled: bool
    congestionThresholdMode: str | None
    congestionThreshold: int
    percentOfPeakThroughput: int | None
    statsCollectionEnabled: bool | None
    reservationEnabled: bool | None
    statsAggregationDisabled: bool | None
    reservableIopsThreshold: int | None

    def __init__(
        self,
        *,
        enabled: bool,
        congestionThreshold: int,
        congestionThresholdMode: str | None = None,
        percentOfPeakThroughput: int | None = None,
        statsCollectionEnabled: bool | None = None,
        reservationEnabled: bool | None = None,
        statsAggregationDisabled: bool | None = None,
        reservableIopsThreshold: int | None = None,
    ) -> None:
        self.enabled = enabled
        self.congestionThresholdMode = congestionThresholdMode
        self.congestionThreshold = congestionThreshold
        self.percentOfPeakThroughput = percentOfPeakThroughput
        self.statsCollectionEnabled = statsCollectionEnabled
        self.reservationEnabled = reservationEnabled
        self.statsAggregationDisabled = statsAggregationDisabled
        self.reservableIopsThreshold = reservableIopsThreshold
