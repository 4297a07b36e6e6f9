# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostListSummaryQuickStats: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostListSummaryQuickStats(DynamicData):
    """HostListSummaryQuickStats: data object extending DynamicData, since 2.0.

    Attributes:
        overallCpuUsage: int, optional, since 2.0.
        overallMemoryUsage: int, optional, since 2.0.
        distributedCpuFairness: int, optional, since 2.0.
        distributedMemoryFairness: int, optional, since 2.0.
        availablePMemCapacity: int, optional, since 6.7.
        uptime: int, optional, since 4.1.
    """

    __slots__ = ("overallCpuUsage", "overallMemoryUsage", "distributedCpuFairness", "distributedMemoryFairness", "availablePMemCapacity", "uptime", )
    _wire_name_: ClassVar[str] = "HostListSummaryQuickStats"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("overallCpuUsage", "int", 2, "2.0"),
        _F("overallMemoryUsage", "int", 2, "2.0"),
        _F("distributedCpuFairness", "int", 2, "2.0"),
        _F("distributedMemoryFairness", "int", 2, "2.0"),
        _F("availablePMemCapacity", "int", 2, "6.7"),
        _F("uptime", "int", 2, "4.1"),
    )
    overallCpuUsage: int | None
    overallMemoryUsage: int | None
    distributedCpuFairness: int | None
    distributedMemoryFairness: int | None
    availablePMemCapacity: int | None
    uptime: int | None

    def __init__(
        self,
        *,
        overallCpuUsage: int | None = None,
        overallMemoryUsage: int | None = None,
        distributedCpuFairness: int | None = None,
        distributedMemoryFairness: int | None = None,
        availablePMemCapacity: int | None = None,
        uptime: int | None = None,
    ) -> None:
        self.overallCpuUsage = overallCpuUsage
        self.overallMemoryUsage = overallMemoryUsage
        self.distributedCpuFairness = distributedCpuFairness
        self.distributedMemoryFairness = distributedMemoryFairness
        self.availablePMemCapacity = availablePMemCapacity
        self.uptime = uptime
