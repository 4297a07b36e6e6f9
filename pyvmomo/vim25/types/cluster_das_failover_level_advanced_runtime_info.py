# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasFailoverLevelAdvancedRuntimeInfo: data object type, extends ClusterDasAdvancedRuntimeInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_das_advanced_runtime_info import ClusterDasAdvancedRuntimeInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_das_advanced_runtime_info_vmcp_capability_info import ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo
    from .cluster_das_failover_level_advanced_runtime_info_host_slots import ClusterDasFailoverLevelAdvancedRuntimeInfoHostSlots
    from .cluster_das_failover_level_advanced_runtime_info_slot_info import ClusterDasFailoverLevelAdvancedRuntimeInfoSlotInfo
    from .cluster_das_failover_level_advanced_runtime_info_vm_slots import ClusterDasFailoverLevelAdvancedRuntimeInfoVmSlots
    from .cluster_das_host_info import ClusterDasHostInfo
    from .das_heartbeat_datastore_info import DasHeartbeatDatastoreInfo


class ClusterDasFailoverLevelAdvancedRuntimeInfo(ClusterDasAdvancedRuntimeInfo):
    """ClusterDasFailoverLevelAdvancedRuntimeInfo: data object extending ClusterDasAdvancedRuntimeInfo, since 4.0.

    Attributes:
        slotInfo: ClusterDasFailoverLevelAdvancedRuntimeInfoSlotInfo, since 4.0.
        totalSlots: int, since 4.0.
        usedSlots: int, since 4.0.
        unreservedSlots: int, since 4.0.
        totalVms: int, since 4.0.
        totalHosts: int, since 4.0.
        totalGoodHosts: int, since 4.0.
        hostSlots: list of ClusterDasFailoverLevelAdvancedRuntimeInfoHostSlots, since 4.0.
        vmsRequiringMultipleSlots: list of ClusterDasFailoverLevelAdvancedRuntimeInfoVmSlots, since 5.1.
    """

    __slots__ = ("slotInfo", "totalSlots", "usedSlots", "unreservedSlots", "totalVms", "totalHosts", "totalGoodHosts", "hostSlots", "vmsRequiringMultipleSlots", )
    _wire_name_: ClassVar[str] = "ClusterDasFailoverLevelAdvancedRuntimeInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dasHostInfo", "ClusterDasHostInfo", 2, "4.0"),
        _F("vmcpSupported", "ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo", 2, "6.0"),
        _F("heartbeatDatastoreInfo", "DasHeartbeatDatastoreInfo", 3, "5.0"),
        _F("slotInfo", "ClusterDasFailoverLevelAdvancedRuntimeInfoSlotInfo", 0, "4.0"),
        _F("totalSlots", "int", 0, "4.0"),
        _F("usedSlots", "int", 0, "4.0"),
        _F("unreservedSlots", "int", 0, "4.0"),
        _F("totalVms", "int", 0, "4.0"),
        _F("totalHosts", "int", 0, "4.0"),
        _F("totalGoodHosts", "int", 0, "4.0"),
        _F("hostSlots", "ClusterDasFailoverLevelAdvancedRuntimeInfoHostSlots", 3, "4.0"),
        _F("vmsRequiringMultipleSlots", "ClusterDasFailoverLevelAdvancedRuntimeInfoVmSlots", 3, "5.1"),
    )
    slotInfo: ClusterDasFailoverLevelAdvancedRuntimeInfoSlotInfo
    totalSlots: int
    usedSlots: int
    unreservedSlots: int
    totalVms: int
    totalHosts: int
    totalGoodHosts: int
    hostSlots: list[ClusterDasFailoverLevelAdvancedRuntimeInfoHostSlots]
    vmsRequiringMultipleSlots: list[ClusterDasFailoverLevelAdvancedRuntimeInfoVmSlots]

    def __init__(
        self,
        *,
        slotInfo: ClusterDasFailoverLevelAdvancedRuntimeInfoSlotInfo,
        totalSlots: int,
        usedSlots: int,
        unreservedSlots: int,
        totalVms: int,
        totalHosts: int,
        totalGoodHosts: int,
        dasHostInfo: ClusterDasHostInfo | None = None,
        vmcpSupported: ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo | None = None,
        heartbeatDatastoreInfo: list[DasHeartbeatDatastoreInfo] | None = None,
        hostSlots: list[ClusterDasFailoverLevelAdvancedRuntimeInfoHostSlots] | None = None,
        vmsRequiringMultipleSlots: list[ClusterDasFailoverLevelAdvancedRuntimeInfoVmSlots] | None = None,
    ) -> None:
        self.dasHostInfo = dasHostInfo
        self.vmcpSupported = vmcpSupported
        self.heartbeatDatastoreInfo: list[DasHeartbeatDatastoreInfo] = [] if heartbeatDatastoreInfo is None else heartbeatDatastoreInfo
        self.slotInfo = slotInfo
        self.totalSlots = totalSlots
        self.usedSlots = usedSlots
        self.unreservedSlots = unreservedSlots
        self.totalVms = totalVms
        self.totalHosts = totalHosts
        self.totalGoodHosts = totalGoodHosts
        self.hostSlots = [] if hostSlots is None else hostSlots
        self.vmsRequiringMultipleSlots = [] if vmsRequiringMultipleSlots is None else vmsRequiringMultipleSlots
