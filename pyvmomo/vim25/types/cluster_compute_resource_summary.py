# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceSummary: data object type, extends ComputeResourceSummary. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .compute_resource_summary import ComputeResourceSummary
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .cluster_compute_resource_vcs_slots import ClusterComputeResourceVcsSlots
    from .cluster_das_admission_control_info import ClusterDasAdmissionControlInfo
    from .cluster_das_data import ClusterDasData
    from .cluster_usage_summary import ClusterUsageSummary


class ClusterComputeResourceSummary(ComputeResourceSummary):
    """ClusterComputeResourceSummary: data object extending ComputeResourceSummary, since 2.0.

    Attributes:
        currentFailoverLevel: int, since 2.0.
        admissionControlInfo: ClusterDasAdmissionControlInfo, optional, since 4.0.
        numVmotions: int, since 2.0.
        targetBalance: int, optional, since 4.0.
        currentBalance: int, optional, since 4.0.
        drsScore: int, optional, since 7.0.0.0.
        numVmsPerDrsScoreBucket: list of int, since 7.0.0.0.
        usageSummary: ClusterUsageSummary, optional, since 6.0.
        currentEVCModeKey: string, optional, since 4.0.
        currentEVCGraphicsModeKey: string, optional, since 7.0.1.0.
        dasData: ClusterDasData, optional, since 5.0.
        clusterMaintenanceModeStatus: string, optional, since 7.0.0.2.
        vcsHealthStatus: string, optional, since 7.0.1.1.
        vcsSlots: list of ClusterComputeResourceVcsSlots, since 7.0.1.1.
    """

    __slots__ = ("currentFailoverLevel", "admissionControlInfo", "numVmotions", "targetBalance", "currentBalance", "drsScore", "numVmsPerDrsScoreBucket", "usageSummary", "currentEVCModeKey", "currentEVCGraphicsModeKey", "dasData", "clusterMaintenanceModeStatus", "vcsHealthStatus", "vcsSlots", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("totalCpu", "int", 0, "2.0"),
        _F("totalMemory", "long", 0, "2.0"),
        _F("numCpuCores", "short", 0, "2.0"),
        _F("numCpuThreads", "short", 0, "2.0"),
        _F("effectiveCpu", "int", 0, "2.0"),
        _F("effectiveMemory", "long", 0, "2.0"),
        _F("numHosts", "int", 0, "2.0"),
        _F("numEffectiveHosts", "int", 0, "2.0"),
        _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
        _F("currentFailoverLevel", "int", 0, "2.0"),
        _F("admissionControlInfo", "ClusterDasAdmissionControlInfo", 2, "4.0"),
        _F("numVmotions", "int", 0, "2.0"),
        _F("targetBalance", "int", 2, "4.0"),
        _F("currentBalance", "int", 2, "4.0"),
        _F("drsScore", "int", 2, "7.0.0.0"),
        _F("numVmsPerDrsScoreBucket", "int", 3, "7.0.0.0"),
        _F("usageSummary", "ClusterUsageSummary", 2, "6.0"),
        _F("currentEVCModeKey", "string", 2, "4.0"),
        _F("currentEVCGraphicsModeKey", "string", 2, "7.0.1.0"),
        _F("dasData", "ClusterDasData", 2, "5.0"),
        _F("clusterMaintenanceModeStatus", "string", 2, "7.0.0.2"),
        _F("vcsHealthStatus", "string", 2, "7.0.1.1"),
        _F("vcsSlots", "ClusterComputeResourceVcsSlots", 3, "7.0.1.1"),
    )
    currentFailoverLevel: int
    admissionControlInfo: ClusterDasAdmissionControlInfo | None
    numVmotions: int
    targetBalance: int | None
    currentBalance: int | None
    drsScore: int | None
    numVmsPerDrsScoreBucket: list[int]
    usageSummary: ClusterUsageSummary | None
    currentEVCModeKey: str | None
    currentEVCGraphicsModeKey: str | None
    dasData: ClusterDasData | None
    clusterMaintenanceModeStatus: str | None
    vcsHealthStatus: str | None
    vcsSlots: list[ClusterComputeResourceVcsSlots]

    def __init__(
        self,
        *,
        totalCpu: int,
        totalMemory: int,
        numCpuCores: int,
        numCpuThreads: int,
        effectiveCpu: int,
        effectiveMemory: int,
        numHosts: int,
        numEffectiveHosts: int,
        overallStatus: ManagedEntityStatusValue | EnumValue,
        currentFailoverLevel: int,
        numVmotions: int,
        admissionControlInfo: ClusterDasAdmissionControlInfo | None = None,
        targetBalance: int | None = None,
        currentBalance: int | None = None,
        drsScore: int | None = None,
        numVmsPerDrsScoreBucket: list[int] | None = None,
        usageSummary: ClusterUsageSummary | None = None,
        currentEVCModeKey: str | None = None,
        currentEVCGraphicsModeKey: str | None = None,
        dasData: ClusterDasData | None = None,
        clusterMaintenanceModeStatus: str | None = None,
        vcsHealthStatus: str | None = None,
        vcsSlots: list[ClusterComputeResourceVcsSlots] | None = None,
    ) -> None:
        self.totalCpu = totalCpu
        self.totalMemory = totalMemory
        self.numCpuCores = numCpuCores
        self.numCpuThreads = numCpuThreads
        self.effectiveCpu = effectiveCpu
        self.effectiveMemory = effectiveMemory
        self.numHosts = numHosts
        self.numEffectiveHosts = numEffectiveHosts
        self.overallStatus: str = overallStatus
        self.currentFailoverLevel = currentFailoverLevel
        self.admissionControlInfo = admissionControlInfo
        self.numVmotions = numVmotions
        self.targetBalance = targetBalance
        self.currentBalance = currentBalance
        self.drsScore = drsScore
        self.numVmsPerDrsScoreBucket = [] if numVmsPerDrsScoreBucket is None else numVmsPerDrsScoreBucket
        self.usageSummary = usageSummary
        self.currentEVCModeKey = currentEVCModeKey
        self.currentEVCGraphicsModeKey = currentEVCGraphicsModeKey
        self.dasData = dasData
        self.clusterMaintenanceModeStatus = clusterMaintenanceModeStatus
        self.vcsHealthStatus = vcsHealthStatus
        self.vcsSlots = [] if vcsSlots is None else vcsSlots
