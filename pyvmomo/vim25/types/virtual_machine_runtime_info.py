# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineRuntimeInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineConnectionStateValue, VirtualMachineFaultToleranceStateValue, VirtualMachinePowerStateValue, VirtualMachineRecordReplayStateValue
    from .host_feature_mask import HostFeatureMask
    from ..managed.host_system import HostSystem
    from .virtual_machine_device_runtime_info import VirtualMachineDeviceRuntimeInfo
    from .virtual_machine_feature_requirement import VirtualMachineFeatureRequirement
    from .virtual_machine_question_info import VirtualMachineQuestionInfo
    from .virtual_machine_runtime_info_das_protection_state import VirtualMachineRuntimeInfoDasProtectionState


class VirtualMachineRuntimeInfo(DynamicData):
    """VirtualMachineRuntimeInfo: data object extending DynamicData, since 2.0.

    Attributes:
        device: list of VirtualMachineDeviceRuntimeInfo, since 4.1.
        host: reference to HostSystem, optional, since 2.0.
        connectionState: VirtualMachineConnectionState value (str), since 2.0.
        powerState: VirtualMachinePowerState value (str), since 2.0.
        vmFailoverInProgress: boolean, optional, since 7.0.2.0.
        faultToleranceState: VirtualMachineFaultToleranceState value (str), optional, since 4.0.
        dasVmProtection: VirtualMachineRuntimeInfoDasProtectionState, optional, since 5.0.
        toolsInstallerMounted: boolean, since 2.0.
        suspendTime: dateTime, optional, since 2.0.
        bootTime: dateTime, optional, since 2.0.
        suspendInterval: long, optional, since 2.0.
        question: VirtualMachineQuestionInfo, optional, since 2.0.
        memoryOverhead: long, optional, since 2.0.
        maxCpuUsage: int, optional, since 2.0.
        maxMemoryUsage: int, optional, since 2.0.
        numMksConnections: int, since 2.0.
        recordReplayState: VirtualMachineRecordReplayState value (str), optional, since 4.0.
        cleanPowerOff: boolean, optional, since 4.0.
        needSecondaryReason: string, optional, since 4.0.
        onlineStandby: boolean, optional, since 5.1.
        minRequiredEVCModeKey: string, optional, since 4.1.
        consolidationNeeded: boolean, optional, since 5.0.
        offlineFeatureRequirement: list of VirtualMachineFeatureRequirement, since 5.1.
        featureRequirement: list of VirtualMachineFeatureRequirement, since 5.1.
        featureMask: list of HostFeatureMask, since 5.1.
        vFlashCacheAllocation: long, optional, since 5.5.
        paused: boolean, optional, since 6.0.
        snapshotInBackground: boolean, optional, since 6.0.
        quiescedForkParent: boolean, optional, since 6.0.
        instantCloneFrozen: boolean, optional, since 6.7.
        cryptoState: string, optional, since 6.7.
        suspendedToMemory: boolean, optional, since 7.0.2.0.
    """

    __slots__ = ("device", "host", "connectionState", "powerState", "vmFailoverInProgress", "faultToleranceState", "dasVmProtection", "toolsInstallerMounted", "suspendTime", "bootTime", "suspendInterval", "question", "memoryOverhead", "maxCpuUsage", "maxMemoryUsage", "numMksConnections", "recordReplayState", "cleanPowerOff", "needSecondaryReason", "onlineStandby", "minRequiredEVCModeKey", "consolidationNeeded", "offlineFeatureRequirement", "featureRequirement", "featureMask", "vFlashCacheAllocation", "paused", "snapshotInBackground", "quiescedForkParent", "instantCloneFrozen", "cryptoState", "suspendedToMemory", )
    _wire_name_: ClassVar[str] = "VirtualMachineRuntimeInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("device", "VirtualMachineDeviceRuntimeInfo", 3, "4.1"),
        _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"),
        _F("connectionState", "VirtualMachineConnectionState", 0, "2.0"),
        _F("powerState", "VirtualMachinePowerState", 0, "2.0"),
        _F("vmFailoverInProgress", "boolean", 2, "7.0.2.0"),
        _F("faultToleranceState", "VirtualMachineFaultToleranceState", 2, "4.0"),
        _F("dasVmProtection", "VirtualMachineRuntimeInfoDasProtectionState", 2, "5.0"),
        _F("toolsInstallerMounted", "boolean", 0, "2.0"),
        _F("suspendTime", "dateTime", 2, "2.0"),
        _F("bootTime", "dateTime", 2, "2.0"),
        _F("suspendInterval", "long", 2, "2.0"),
        _F("question", "VirtualMachineQuestionInfo", 2, "2.0"),
        _F("memoryOverhead", "long", 2, "2.0"),
        _F("maxCpuUsage", "int", 2, "2.0"),
        _F("maxMemoryUsage", "int", 2, "2.0"),
        _F("numMksConnections", "int", 0, "2.0"),
        _F("recordReplayState", "VirtualMachineRecordReplayState", 2, "4.0"),
        _F("cleanPowerOff", "boolean", 2, "4.0"),
        _F("needSecondaryReason", "string", 2, "4.0"),
        _F("onlineStandby", "boolean", 2, "5.1"),
        _F("minRequiredEVCModeKey", "string", 2, "4.1"),
        _F("consolidationNeeded", "boolean", 2, "5.0"),
        _F("offlineFeatureRequirement", "VirtualMachineFeatureRequirement", 3, "5.1"),
        _F("featureRequirement", "VirtualMachineFeatureRequirement", 3, "5.1"),
        _F("featureMask", "HostFeatureMask", 3, "5.1"),
        _F("vFlashCacheAllocation", "long", 2, "5.5"),
        _F("paused", "boolean", 2, "6.0"),
        _F("snapshotInBackground", "boolean", 2, "6.0"),
        _F("quiescedForkParent", "boolean", 2, "6.0"),
        _F("instantCloneFrozen", "boolean", 2, "6.7"),
        _F("cryptoState", "string", 2, "6.7"),
        _F("suspendedToMemory", "boolean", 2, "7.0.2.0"),
    )
    device: list[VirtualMachineDeviceRuntimeInfo]
    host: HostSystem | None
    connectionState: str
    powerState: str
    vmFailoverInProgress: bool | None
    faultToleranceState: str | None
    dasVmProtection: VirtualMachineRuntimeInfoDasProtectionState | None
    toolsInstallerMounted: bool
    suspendTime: datetime | None
    bootTime: datetime | None
    suspendInterval: int | None
    question: VirtualMachineQuestionInfo | None
    memoryOverhead: int | None
    maxCpuUsage: int | None
    maxMemoryUsage: int | None
    numMksConnections: int
    recordReplayState: str | None
    cleanPowerOff: bool | None
    needSecondaryReason: str | None
    onlineStandby: bool | None
    minRequiredEVCModeKey: str | None
    consolidationNeeded: bool | None
    offlineFeatureRequirement: list[VirtualMachineFeatureRequirement]
    featureRequirement: list[VirtualMachineFeatureRequirement]
    featureMask: list[HostFeatureMask]
    vFlashCacheAllocation: int | None
    paused: bool | None
    snapshotInBackground: bool | None
    quiescedForkParent: bool | None
    instantCloneFrozen: bool | None
    cryptoState: str | None
    suspendedToMemory: bool | None

    def __init__(
        self,
        *,
        connectionState: VirtualMachineConnectionStateValue | EnumValue,
        powerState: VirtualMachinePowerStateValue | EnumValue,
        toolsInstallerMounted: bool,
        numMksConnections: int,
        device: list[VirtualMachineDeviceRuntimeInfo] | None = None,
        host: HostSystem | None = None,
        vmFailoverInProgress: bool | None = None,
        faultToleranceState: VirtualMachineFaultToleranceStateValue | EnumValue | None = None,
        dasVmProtection: VirtualMachineRuntimeInfoDasProtectionState | None = None,
        suspendTime: datetime | None = None,
        bootTime: datetime | None = None,
        suspendInterval: int | None = None,
        question: VirtualMachineQuestionInfo | None = None,
        memoryOverhead: int | None = None,
        maxCpuUsage: int | None = None,
        maxMemoryUsage: int | None = None,
        recordReplayState: VirtualMachineRecordReplayStateValue | EnumValue | None = None,
        cleanPowerOff: bool | None = None,
        needSecondaryReason: str | None = None,
        onlineStandby: bool | None = None,
        minRequiredEVCModeKey: str | None = None,
        consolidationNeeded: bool | None = None,
        offlineFeatureRequirement: list[VirtualMachineFeatureRequirement] | None = None,
        featureRequirement: list[VirtualMachineFeatureRequirement] | None = None,
        featureMask: list[HostFeatureMask] | None = None,
        vFlashCacheAllocation: int | None = None,
        paused: bool | None = None,
        snapshotInBackground: bool | None = None,
        quiescedForkParent: bool | None = None,
        instantCloneFrozen: bool | None = None,
        cryptoState: str | None = None,
        suspendedToMemory: bool | None = None,
    ) -> None:
        self.device = [] if device is None else device
        self.host = host
        self.connectionState = connectionState
        self.powerState = powerState
        self.vmFailoverInProgress = vmFailoverInProgress
        self.faultToleranceState = faultToleranceState
        self.dasVmProtection = dasVmProtection
        self.toolsInstallerMounted = toolsInstallerMounted
        self.suspendTime = suspendTime
        self.bootTime = bootTime
        self.suspendInterval = suspendInterval
        self.question = question
        self.memoryOverhead = memoryOverhead
        self.maxCpuUsage = maxCpuUsage
        self.maxMemoryUsage = maxMemoryUsage
        self.numMksConnections = numMksConnections
        self.recordReplayState = recordReplayState
        self.cleanPowerOff = cleanPowerOff
        self.needSecondaryReason = needSecondaryReason
        self.onlineStandby = onlineStandby
        self.minRequiredEVCModeKey = minRequiredEVCModeKey
        self.consolidationNeeded = consolidationNeeded
        self.offlineFeatureRequirement = [] if offlineFeatureRequirement is None else offlineFeatureRequirement
        self.featureRequirement = [] if featureRequirement is None else featureRequirement
        self.featureMask = [] if featureMask is None else featureMask
        self.vFlashCacheAllocation = vFlashCacheAllocation
        self.paused = paused
        self.snapshotInBackground = snapshotInBackground
        self.quiescedForkParent = quiescedForkParent
        self.instantCloneFrozen = instantCloneFrozen
        self.cryptoState = cryptoState
        self.suspendedToMemory = suspendedToMemory
