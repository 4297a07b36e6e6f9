# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StoragePerformanceSummary: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class StoragePerformanceSummary(DynamicData):
    """StoragePerformanceSummary: data object extending DynamicData, since 5.1.

    Attributes:
        interval: int, since 5.1.
        percentile: list of int, since 5.1.
        datastoreReadLatency: list of double, since 5.1.
        datastoreWriteLatency: list of double, since 5.1.
        datastoreVmLatency: list of double, since 5.1.
        datastoreReadIops: list of double, since 5.1.
        datastoreWriteIops: list of double, since 5.1.
        siocActivityDuration: int, since 5.1.
    """

    __slots__ = ("interval", "percentile", "datastoreReadLatency", "datastoreWriteLatency", "datastoreVmLatency", "datastoreReadIops", "datastoreWriteIops", "siocActivityDuration", )
    _wire_name_: ClassVar[str] = "StoragePerformanceSummary"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("interval", "int", 0, "5.1"),
        _F("percentile", "int", 1, "5.1"),
        _F("datastoreReadLatency", "double", 1, "5.1"),
        _F("datastoreWriteLatency", "double", 1, "5.1"),
        _F("datastoreVmLatency", "double", 1, "5.1"),
        _F("datastoreReadIops", "double", 1, "5.1"),
        _F("datastoreWriteIops", "double", 1, "5.1"),
        _F("siocActivityDuration", "int", 0, "5.1"),
    )
    interval: int
    percentile: list[int]
    datastoreReadLatency: list[float]
    datastoreWriteLatency: list[float]
    datastoreVmLatency: list[float]
    datastoreReadIops: list[float]
    datastoreWriteIops: list[float]
    siocActivityDuration: int

    def __init__(
        self,
        *,
        interval: int,
        percentile: list[int],
        datastoreReadLatency: list[float],
        datastoreWriteLatency: list[float],
        datastoreVmLatency: list[float],
        datastoreReadIops: list[float],
        datastoreWriteIops: list[float],
        siocActivityDuration: int,
    ) -> None:
        self.interval = interval
        self.percentile = percentile
        self.datastoreReadLatency = datastoreReadLatency
        self.datastoreWriteLatency = datastoreWriteLatency
        self.datastoreVmLatency = datastoreVmLatency
        self.datastoreReadIops = datastoreReadIops
        self.datastoreWriteIops = datastoreWriteIops
        self.siocActivityDuration = siocActivityDuration
