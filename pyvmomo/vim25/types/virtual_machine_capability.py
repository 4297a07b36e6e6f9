# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineCapability: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualMachineCapability(DynamicData):
    """VirtualMachineCapability: data object extending DynamicData, since 2.0.

    Attributes:
        snapshotOperationsSupported: boolean, since 2.0.
        multipleSnapshotsSupported: boolean, since 2.0.
        snapshotConfigSupported: boolean, since 2.0.
        poweredOffSnapshotsSupported: boolean, since 2.0.
        memorySnapshotsSupported: boolean, since 2.0.
        revertToSnapshotSupported: boolean, since 2.0.
        quiescedSnapshotsSupported: boolean, since 2.0.
        disableSnapshotsSupported: boolean, since 2.5.
        lockSnapshotsSupported: boolean, since 2.5.
        consolePreferencesSupported: boolean, since 2.0.
        cpuFeatureMaskSupported: boolean, since 2.0.
        s1AcpiManagementSupported: boolean, since 2.0.
        settingScreenResolutionSupported: boolean, since 2.0.
        toolsAutoUpdateSupported: boolean, since 2.0.
        vmNpivWwnSupported: boolean, since 2.5.
        npivWwnOnNonRdmVmSupported: boolean, since 2.5.
        vmNpivWwnDisableSupported: boolean, optional, since 4.0.
        vmNpivWwnUpdateSupported: boolean, optional, since 4.0.
        swapPlacementSupported: boolean, since 2.5.
        toolsSyncTimeSupported: boolean, since 2.5.
        virtualMmuUsageSupported: boolean, since 2.5.
        diskSharesSupported: boolean, since 2.5.
        bootOptionsSupported: boolean, since 2.5.
        bootRetryOptionsSupported: boolean, optional, since 4.1.
        settingVideoRamSizeSupported: boolean, since 2.5.
        settingDisplayTopologySupported: boolean, optional, since 4.0.
        recordReplaySupported: boolean, optional, since 4.0.
        changeTrackingSupported: boolean, optional, since 4.0.
        multipleCoresPerSocketSupported: boolean, optional, since 5.0.
        hostBasedReplicationSupported: boolean, optional, since 5.0.
        guestAutoLockSupported: boolean, optional, since 5.0.
        memoryReservationLockSupported: boolean, optional, since 5.0.
        featureRequirementSupported: boolean, optional, since 5.1.
        poweredOnMonitorTypeChangeSupported: boolean, optional, since 5.1.
        seSparseDiskSupported: boolean, optional, since 5.1.
        nestedHVSupported: boolean, optional, since 5.1.
        vPMCSupported: boolean, optional, since 5.1.
        secureBootSupported: boolean, optional, since 6.5.
        perVmEvcSupported: boolean, optional, since 6.7.
        virtualMmuUsageIgnored: boolean, optional, since 6.7.
        virtualExecUsageIgnored: boolean, optional, since 6.7.
        diskOnlySnapshotOnSuspendedVMSupported: boolean, optional, since 6.7.
        suspendToMemorySupported: boolean, optional, since 7.0.2.0.
        toolsSyncTimeAllowSupported: boolean, optional, since 7.0.1.0.
        sevSupported: boolean, optional, since 7.0.1.0.
        pmemFailoverSupported: boolean, optional, since 7.0.2.0.
    """

    __slots__ = ("snapshotOperationsSupported", "multipleSnapshotsSupported", "snapshotConfigSupported", "poweredOffSnapshotsSupported", "memorySnapshotsSupported", "revertToSnapshotSupported", "quiescedSnapshotsSupported", "disableSnapshotsSupported", "lockSnapshotsSupported", "consolePreferencesSupported", "cpuFeatureMaskSupported", "s1AcpiManagementSupported", "settingScreenResolutionSupported", "toolsAutoUpdateSupported", "vmNpivWwnSupported", "npivWwnOnNonRdmVmSupported", "vmNpivWwnDisableSupported", "vmNpivWwnUpdateSupported", "swapPlacementSupported", "toolsSyncTimeSupported", "virtualMmuUsageSupported", "diskSharesSupported", "bootOptionsSupported", "bootRetryOptionsSupported", "settingVideoRamSizeSupported", "settingDisplayTopologySupported", "recordReplaySupported", "changeTrackingSupported", "multipleCoresPerSocketSupported", "hostBasedReplicationSupported", "guestAutoLockSupported", "memoryReservationLockSupported", "featureRequirementSupported", "poweredOnMonitorTypeChangeSupported", "seSparseDiskSupported", "nestedHVSupported", "vPMCSupported", "secureBootSupported", "perVmEvcSupported", "virtualMmuUsageIgnored", "virtualExecUsageIgnored", "diskOnlySnapshotOnSuspendedVMSupported", "suspendToMemorySupported", "toolsSyncTimeAllowSupported", "sevSupported", "pmemFailoverSupported", )
    _wire_name_: ClassVar[str] = "VirtualMachineCapability"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("snapshotOperationsSupported", "boolean", 0, "2.0"),
        _F("multipleSnapshotsSupported", "boolean", 0, "2.0"),
        _F("snapshotConfigSupported", "boolean", 0, "2.0"),
        _F("poweredOffSnapshotsSupported", "boolean", 0, "2.0"),
        _F("memorySnapshotsSupported", "boolean", 0, "2.0"),
        _F("revertToSnapshotSupported", "boolean", 0, "2.0"),
        _F("quiescedSnapshotsSupported", "boolean", 0, "2.0"),
        _F("disableSnapshotsSupported", "boolean", 0, "2.5"),
        _F("lockSnapshotsSupported", "boolean", 0, "2.5"),
        _F("consolePreferencesSupported", "boolean", 0, "2.0"),
        _F("cpuFeatureMaskSupported", "boolean", 0, "2.0"),
        _F("s1AcpiManagementSupported", "boolean", 0, "2.0"),
        _F("settingScreenResolutionSupported", "boolean", 0, "2.0"),
        _F("toolsAutoUpdateSupported", "boolean", 0, "2.0"),
        _F("vmNpivWwnSupported", "boolean", 0, "2.5"),
        _F("npivWwnOnNonRdmVmSupported", "boolean", 0, "2.5"),
        _F("vmNpivWwnDisableSupported", "boolean", 2, "4.0"),
        _F("vmNpivWwnUpdateSupported", "boolean", 2, "4.0"),
        _F("swapPlacementSupported", "boolean", 0, "2.5"),
        _F("toolsSyncTimeSupported", "boolean", 0, "2.5"),
        _F("virtualMmuUsageSupported", "boolean", 0, "2.5"),
        _F("diskSharesSupported", "boolean", 0, "2.5"),
        _F("bootOptionsSupported", "boolean", 0, "2.5"),
        _F("bootRetryOptionsSupported", "boolean", 2, "4.1"),
        _F("settingVideoRamSizeSupported", "boolean", 0, "2.5"),
        _F("settingDisplayTopologySupported", "boolean", 2, "4.0"),
        _F("recordReplaySupported", "boolean", 2, "4.0"),
        _F("changeTrackingSupported", "boolean", 2, "4.0"),
        _F("multipleCoresPerSocketSupported", "boolean", 2, "5.0"),
        _F("hostBasedReplicationSupported", "boolean", 2, "5.0"),
        _F("guestAutoLockSupported", "boolean", 2, "5.0"),
        _F("memoryReservationLockSupported", "boolean", 2, "5.0"),
        _F("featureRequirementSupported", "boolean", 2, "5.1"),
        _F("poweredOnMonitorTypeChangeSupported", "boolean", 2, "5.1"),
        _F("seSparseDiskSupported", "boolean", 2, "5.1"),
        _F("nestedHVSupported", "boolean", 2, "5.1"),
        _F("vPMCSupported", "boolean", 2, "5.1"),
        _F("secureBootSupported", "boolean", 2, "6.5"),
        _F("perVmEvcSupported", "boolean", 2, "6.7"),
        _F("virtualMmuUsageIgnored", "boolean", 2, "6.7"),
        _F("virtualExecUsageIgnored", "boolean", 2, "6.7"),
        _F("diskOnlySnapshotOnSuspendedVMSupported", "boolean", 2, "6.7"),
        _F("suspendToMemorySupported", "boolean", 2, "7.0.2.0"),
        _F("toolsSyncTimeAllowSupported", "boolean", 2, "7.0.1.0"),
        _F("sevSupported", "boolean", 2, "7.0.1.0"),
        _F("pmemFailoverSupported", "boolean", 2, "7.0.2.0"),
    )
    snapshotOperationsSupported: bool
    multipleSnapshotsSupported: bool
    snapshotConfigSupported: bool
    poweredOffSnapshotsSupported: bool
    memorySnapshotsSupported: bool
    revertToSnapshotSupported: bool
    quiescedSnapshotsSupported: bool
    disableSnapshotsSupported: bool
    lockSnapshotsSupported: bool
    consolePreferencesSupported: bool
    cpuFeatureMaskSupported: bool
    s1AcpiManagementSupported: bool
    settingScreenResolutionSupported: bool
    toolsAutoUpdateSupported: bool
    vmNpivWwnSupported: bool
    npivWwnOnNonRdmVmSupported: bool
    vmNpivWwnDisableSupported: bool | None
    vmNpivWwnUpdateSupported: bool | None
    swapPlacementSupported: bool
    toolsSyncTimeSupported: bool
    virtualMmuUsageSupported: bool
    diskSharesSupported: bool
    bootOptionsSupported: bool
    bootRetryOptionsSupported: bool | None
    settingVideoRamSizeSupported: bool
    settingDisplayTopologySupported: bool | None
    recordReplaySupported: bool | None
    changeTrackingSupported: bool | None
    multipleCoresPerSocketSupported: bool | None
    hostBasedReplicationSupported: bool | None
    guestAutoLockSupported: bool | None
    memoryReservationLockSupported: bool | None
    featureRequirementSupported: bool | None
    poweredOnMonitorTypeChangeSupported: bool | None
    seSparseDiskSupported: bool | None
    nestedHVSupported: bool | None
    vPMCSupported: bool | None
    secureBootSupported: bool | None
    perVmEvcSupported: bool | None
    virtualMmuUsageIgnored: bool | None
    virtualExecUsageIgnored: bool | None
    diskOnlySnapshotOnSuspendedVMSupported: bool | None
    suspendToMemorySupported: bool | None
    toolsSyncTimeAllowSupported: bool | None
    sevSupported: bool | None
    pmemFailoverSupported: bool | None

    def __init__(
        self,
        *,
        snapshotOperationsSupported: bool,
        multipleSnapshotsSupported: bool,
        snapshotConfigSupported: bool,
        poweredOffSnapshotsSupported: bool,
        memorySnapshotsSupported: bool,
        revertToSnapshotSupported: bool,
        quiescedSnapshotsSupported: bool,
        disableSnapshotsSupported: bool,
        lockSnapshotsSupported: bool,
        consolePreferencesSupported: bool,
        cpuFeatureMaskSupported: bool,
        s1AcpiManagementSupported: bool,
        settingScreenResolutionSupported: bool,
        toolsAutoUpdateSupported: bool,
        vmNpivWwnSupported: bool,
        npivWwnOnNonRdmVmSupported: bool,
        swapPlacementSupported: bool,
        toolsSyncTimeSupported: bool,
        virtualMmuUsageSupported: bool,
        diskSharesSupported: bool,
        bootOptionsSupported: bool,
        settingVideoRamSizeSupported: bool,
        vmNpivWwnDisableSupported: bool | None = None,
        vmNpivWwnUpdateSupported: bool | None = None,
        bootRetryOptionsSupported: bool | None = None,
        settingDisplayTopologySupported: bool | None = None,
        recordReplaySupported: bool | None = None,
        changeTrackingSupported: bool | None = None,
        multipleCoresPerSocketSupported: bool | None = None,
        hostBasedReplicationSupported: bool | None = None,
        guestAutoLockSupported: bool | None = None,
        memoryReservationLockSupported: bool | None = None,
        featureRequirementSupported: bool | None = None,
        poweredOnMonitorTypeChangeSupported: bool | None = None,
        seSparseDiskSupported: bool | None = None,
        nestedHVSupported: bool | None = None,
        vPMCSupported: bool | None = None,
        secureBootSupported: bool | None = None,
        perVmEvcSupported: bool | None = None,
        virtualMmuUsageIgnored: bool | None = None,
        virtualExecUsageIgnored: bool | None = None,
        diskOnlySnapshotOnSuspendedVMSupported: bool | None = None,
        suspendToMemorySupported: bool | None = None,
        toolsSyncTimeAllowSupported: bool | None = None,
        sevSupported: bool | None = None,
        pmemFailoverSupported: bool | None = None,
    ) -> None:
        self.snapshotOperationsSupported = snapshotOperationsSupported
        self.multipleSnapshotsSupported = multipleSnapshotsSupported
        self.snapshotConfigSupported = snapshotConfigSupported
        self.poweredOffSnapshotsSupported = poweredOffSnapshotsSupported
        self.memorySnapshotsSupported = memorySnapshotsSupported
        self.revertToSnapshotSupported = revertToSnapshotSupported
        self.quiescedSnapshotsSupported = quiescedSnapshotsSupported
        self.disableSnapshotsSupported = disableSnapshotsSupported
        self.lockSnapshotsSupported = lockSnapshotsSupported
        self.consolePreferencesSupported = consolePreferencesSupported
        self.cpuFeatureMaskSupported = cpuFeatureMaskSupported
        self.s1AcpiManagementSupported = s1AcpiManagementSupported
        self.settingScreenResolutionSupported = settingScreenResolutionSupported
        self.toolsAutoUpdateSupported = toolsAutoUpdateSupported
        self.vmNpivWwnSupported = vmNpivWwnSupported
        self.npivWwnOnNonRdmVmSupported = npivWwnOnNonRdmVmSupported
        self.vmNpivWwnDisableSupported = vmNpivWwnDisableSupported
        self.vmNpivWwnUpdateSupported = vmNpivWwnUpdateSupported
        self.swapPlacementSupported = swapPlacementSupported
        self.toolsSyncTimeSupported = toolsSyncTimeSupported
        self.virtualMmuUsageSupported = virtualMmuUsageSupported
        self.diskSharesSupported = diskSharesSupported
        self.bootOptionsSupported = bootOptionsSupported
        self.bootRetryOptionsSupported = bootRetryOptionsSupported
        self.settingVideoRamSizeSupported = settingVideoRamSizeSupported
        self.settingDisplayTopologySupported = settingDisplayTopologySupported
        self.recordReplaySupported = recordReplaySupported
        self.changeTrackingSupported = changeTrackingSupported
        self.multipleCoresPerSocketSupported = multipleCoresPerSocketSupported
        self.hostBasedReplicationSupported = hostBasedReplicationSupported
        self.guestAutoLockSupported = guestAutoLockSupported
        self.memoryReservationLockSupported = memoryReservationLockSupported
        self.featureRequirementSupported = featureRequirementSupported
        self.poweredOnMonitorTypeChangeSupported = poweredOnMonitorTypeChangeSupported
        self.seSparseDiskSupported = seSparseDiskSupported
        self.nestedHVSupported = nestedHVSupported
        self.vPMCSupported = vPMCSupported
        self.secureBootSupported = secureBootSupported
        self.perVmEvcSupported = perVmEvcSupported
        self.virtualMmuUsageIgnored = virtualMmuUsageIgnored
        self.virtualExecUsageIgnored = virtualExecUsageIgnored
        self.diskOnlySnapshotOnSuspendedVMSupported = diskOnlySnapshotOnSuspendedVMSupported
        self.suspendToMemorySupported = suspendToMemorySupported
        self.toolsSyncTimeAllowSupported = toolsSyncTimeAllowSupported
        self.sevSupported = sevSupported
        self.pmemFailoverSupported = pmemFailoverSupported
