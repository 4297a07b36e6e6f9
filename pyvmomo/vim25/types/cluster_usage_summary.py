# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterUsageSummary: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ClusterUsageSummary(DynamicData):
    """ClusterUsageSummary: data object extending DynamicData, since 6.0.

    Attributes:
        totalCpuCapacityMhz: int, since 6.0.
        totalMemCapacityMB: int, since 6.0.
        cpuReservationMhz: int, since 6.0.
        memReservationMB: int, since 6.0.
        poweredOffCpuReservationMhz: int, optional, since 6.0.
        poweredOffMemReservationMB: int, optional, since 6.0.
        cpuDemandMhz: int, since 6.0.
        memDemandMB: int, since 6.0.
        statsGenNumber: long, since 6.0.
        cpuEntitledMhz: int, since 6.0.
        memEntitledMB: int, since 6.0.
        poweredOffVmCount: int, since 6.0.
        totalVmCount: int, since 6.0.
    """

    __slots__ = ("totalCpuCapacityMhz", "totalMemCapacityMB", "cpuReservationMhz", "memReservationMB", "poweredOffCpuReservationMhz", "poweredOffMemReservationMB", "cpuDemandMhz", "memDemandMB", "statsGenNumber", "cpuEntitledMhz", "memEntitledMB", "poweredOffVmCount", "totalVmCount", )
    _wire_name_: ClassVar[str] = "ClusterUsageSummary"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("totalCpuCapacityMhz", "int", 0, "6.0"),
        _F("totalMemCapacityMB", "int", 0, "6.0"),
        _F("cpuReservationMhz", "int", 0, "6.0"),
        _F("memReservationMB", "int", 0, "6.0"),
        _F("poweredOffCpuReservationMhz", "int", 2, "6.0"),
        _F("poweredOffMemReservationMB", "int", 2, "6.0"),
        _F("cpuDemandMhz", "int", 0, "6.0"),
        _F("memDemandMB", "int", 0, "6.0"),
        _F("statsGenNumber", "long", 0, "6.0"),
        _F("cpuEntitledMhz", "int", 0, "6.0"),
        _F("memEntitledMB", "int", 0, "6.0"),
        _F("poweredOffVmCount", "int", 0, "6.0"),
        _F("totalVmCount", "int", 0, "6.0"),
    )
    totalCpuCapacityMhz: int
    totalMemCapacityMB: int
    cpuReservationMhz: int
    memReservationMB: int
    poweredOffCpuReservationMhz: int | None
    poweredOffMemReservationMB: int | None
    cpuDemandMhz: int
    memDemandMB: int
    statsGenNumber: int
    cpuEntitledMhz: int
    memEntitledMB: int
    poweredOffVmCount: int
    totalVmCount: int

    def __init__(
        self,
        *,
        totalCpuCapacityMhz: int,
        totalMemCapacityMB: int,
        cpuReservationMhz: int,
        memReservationMB: int,
        cpuDemandMhz: int,
        memDemandMB: int,
        statsGenNumber: int,
        cpuEntitledMhz: int,
        memEntitledMB: int,
        poweredOffVmCount: int,
        totalVmCount: int,
        poweredOffCpuReservationMhz: int | None = None,
        poweredOffMemReservationMB: int | None = None,
    ) -> None:
        self.totalCpuCapacityMhz = totalCpuCapacityMhz
        self.totalMemCapacityMB = totalMemCapacityMB
        self.cpuReservationMhz = cpuReservationMhz
        self.memReservationMB = memReservationMB
        self.poweredOffCpuReservationMhz = poweredOffCpuReservationMhz
        self.poweredOffMemReservationMB = poweredOffMemReservationMB
        self.cpuDemandMhz = cpuDemandMhz
        self.memDemandMB = memDemandMB
        self.statsGenNumber = statsGenNumber
        self.cpuEntitledMhz = cpuEntitledMhz
        self.memEntitledMB = memEntitledMB
        self.poweredOffVmCount = poweredOffVmCount
        self.totalVmCount = totalVmCount
