# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineQuickStats: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .virtual_machine_quick_stats_memory_tier_stats import VirtualMachineQuickStatsMemoryTierStats


class VirtualMachineQuickStats(DynamicData):
    """VirtualMachineQuickStats: data object extending DynamicData, since 2.0.

    Attributes:
        overallCpuUsage: int, optional, since 2.0.
        overallCpuDemand: int, optional, since 4.0.
        overallCpuReadiness: int, optional, since 7.0.0.0.
        guestMemoryUsage: int, optional, since 2.0.
        hostMemoryUsage: int, optional, since 2.0.
        guestHeartbeatStatus: ManagedEntityStatus value (str), since 2.0.
        distributedCpuEntitlement: int, optional, since 2.0.
        distributedMemoryEntitlement: int, optional, since 2.0.
        staticCpuEntitlement: int, optional, since 4.0.
        staticMemoryEntitlement: int, optional, since 4.0.
        grantedMemory: int, optional, since 7.0.0.0.
        privateMemory: int, optional, since 4.0.
        sharedMemory: int, optional, since 4.0.
        swappedMemory: int, optional, since 4.0.
        balloonedMemory: int, optional, since 4.0.
        consumedOverheadMemory: int, optional, since 4.0.
        ftLogBandwidth: int, optional, since 4.0.
        ftSecondaryLatency: int, optional, since 4.0.
        ftLatencyStatus: ManagedEntityStatus value (str), optional, since 4.0.
        compressedMemory: long, optional, since 4.1.
        uptimeSeconds: int, optional, since 4.1.
        ssdSwappedMemory: long, optional, since 5.0.
        activeMemory: int, optional, since 7.0.3.0.
        memoryTierStats: list of VirtualMachineQuickStatsMemoryTierStats, since 7.0.3.0.
    """

    __slots__ = ("overallCpuUsage", "overallCpuDemand", "overallCpuReadiness", "guestMemoryUsage", "hostMemoryUsage", "guestHeartbeatStatus", "distributedCpuEntitlement", "distributedMemoryEntitlement", "staticCpuEntitlement", "staticMemoryEntitlement", "grantedMemory", "privateMemory", "sharedMemory", "swappedMemory", "balloonedMemory", "consumedOverheadMemory", "ftLogBandwidth", "ftSecondaryLatency", "ftLatencyStatus", "compressedMemory", "uptimeSeconds", "ssdSwappedMemory", "activeMemory", "memoryTierStats", )
    _wire_name_: ClassVar[str] = "VirtualMachineQuickStats"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("overallCpuUsage", "int", 2, "2.0"),
        _F("overallCpuDemand", "int", 2, "4.0"),
        _F("overallCpuReadiness", "int", 2, "7.0.0.0"),
        _F("guestMemoryUsage", "int", 2, "2.0"),
        _F("hostMemoryUsage", "int", 2, "2.0"),
        _F("guestHeartbeatStatus", "ManagedEntityStatus", 0, "2.0"),
        _F("distributedCpuEntitlement", "int", 2, "2.0"),
        _F("distributedMemoryEntitlement", "int", 2, "2.0"),
        _F("staticCpuEntitlement", "int", 2, "4.0"),
        _F("staticMemoryEntitlement", "int", 2, "4.0"),
        _F("grantedMemory", "int", 2, "7.0.0.0"),
        _F("privateMemory", "int", 2, "4.0"),
        _F("sharedMemory", "int", 2, "4.0"),
        _F("swappedMemory", "int", 2, "4.0"),
        _F("balloonedMemory", "int", 2, "4.0"),
        _F("consumedOverheadMemory", "int", 2, "4.0"),
        _F("ftLogBandwidth", "int", 2, "4.0"),
        _F("ftSecondaryLatency", "int", 2, "4.0"),
        _F("ftLatencyStatus", "ManagedEntityStatus", 2, "4.0"),
        _F("compressedMemory", "long", 2, "4.1"),
        _F("uptimeSeconds", "int", 2, "4.1"),
        _F("ssdSwappedMemory", "long", 2, "5.0"),
        _F("activeMemory", "int", 2, "7.0.3.0"),
        _F("memoryTierStats", "VirtualMachineQuickStatsMemoryTierStats", 3, "7.0.3.0"),
    )
    overallCpuUsage: int | None
    overallCpuDemand: int | None
    overallCpuReadiness: int | None
    guestMemoryUsage: int | None
    hostMemoryUsage: int | None
    guestHeartbeatStatus: str
    distributedCpuEntitlement: int | None
    distributedMemoryEntitlement: int | None
    staticCpuEntitlement: int | None
    staticMemoryEntitlement: int | None
    grantedMemory: int | None
    privateMemory: int | None
    sharedMemory: int | None
    swappedMemory: int | None
    balloonedMemory: int | None
    consumedOverheadMemory: int | None
    ftLogBandwidth: int | None
    ftSecondaryLatency: int | None
    ftLatencyStatus: str | None
    compressedMemory: int | None
    uptimeSeconds: int | None
    ssdSwappedMemory: int | None
    activeMemory: int | None
    memoryTierStats: list[VirtualMachineQuickStatsMemoryTierStats]

    def __init__(
        self,
        *,
        guestHeartbeatStatus: ManagedEntityStatusValue | EnumValue,
        overallCpuUsage: int | None = None,
        overallCpuDemand: int | None = None,
        overallCpuReadiness: int | None = None,
        guestMemoryUsage: int | None = None,
        hostMemoryUsage: int | None = None,
        distributedCpuEntitlement: int | None = None,
        distributedMemoryEntitlement: int | None = None,
        staticCpuEntitlement: int | None = None,
        staticMemoryEntitlement: int | None = None,
        grantedMemory: int | None = None,
        privateMemory: int | None = None,
        sharedMemory: int | None = None,
        swappedMemory: int | None = None,
        balloonedMemory: int | None = None,
        consumedOverheadMemory: int | None = None,
        ftLogBandwidth: int | None = None,
        ftSecondaryLatency: int | None = None,
        ftLatencyStatus: ManagedEntityStatusValue | EnumValue | None = None,
        compressedMemory: int | None = None,
        uptimeSeconds: int | None = None,
        ssdSwappedMemory: int | None = None,
        activeMemory: int | None = None,
        memoryTierStats: list[VirtualMachineQuickStatsMemoryTierStats] | None = None,
    ) -> None:
        self.overallCpuUsage = overallCpuUsage
        self.overallCpuDemand = overallCpuDemand
        self.overallCpuReadiness = overallCpuReadiness
        self.guestMemoryUsage = guestMemoryUsage
        self.hostMemoryUsage = hostMemoryUsage
        self.guestHeartbeatStatus = guestHeartbeatStatus
        self.distributedCpuEntitlement = distributedCpuEntitlement
        self.distributedMemoryEntitlement = distributedMemoryEntitlement
        self.staticCpuEntitlement = staticCpuEntitlement
        self.staticMemoryEntitlement = staticMemoryEntitlement
        self.grantedMemory = grantedMemory
        self.privateMemory = privateMemory
        self.sharedMemory = sharedMemory
        self.swappedMemory = swappedMemory
        self.balloonedMemory = balloonedMemory
        self.consumedOverheadMemory = consumedOverheadMemory
        self.ftLogBandwidth = ftLogBandwidth
        self.ftSecondaryLatency = ftSecondaryLatency
        self.ftLatencyStatus = ftLatencyStatus
        self.compressedMemory = compressedMemory
        self.uptimeSeconds = uptimeSeconds
        self.ssdSwappedMemory = ssdSwappedMemory
        self.activeMemory = activeMemory
        self.memoryTierStats = [] if memoryTierStats is None else memoryTierStats
