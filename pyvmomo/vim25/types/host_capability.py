# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCapability: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_cpu_id_info import HostCpuIdInfo


class HostCapability(DynamicData):
    """HostCapability: data object extending DynamicData, since 2.0.

    Attributes:
        recursiveResourcePoolsSupported: boolean, since 2.0.
        cpuMemoryResourceConfigurationSupported: boolean, since 2.5.
        rebootSupported: boolean, since 2.0.
        shutdownSupported: boolean, since 2.0.
        vmotionSupported: boolean, since 2.0.
        standbySupported: boolean, since 2.5.
        ipmiSupported: boolean, optional, since 4.0.
        maxSupportedVMs: int, optional, since 2.0.
        maxRunningVMs: int, optional, since 2.0.
        maxSupportedVcpus: int, optional, since 2.0.
        maxRegisteredVMs: int, optional, since 5.1.
        datastorePrincipalSupported: boolean, since 2.0.
        sanSupported: boolean, since 2.0.
        nfsSupported: boolean, since 2.0.
        iscsiSupported: boolean, since 2.0.
        vlanTaggingSupported: boolean, since 2.0.
        nicTeamingSupported: boolean, since 2.0.
        highGuestMemSupported: boolean, since 2.0.
        maintenanceModeSupported: boolean, since 2.0.
        suspendedRelocateSupported: boolean, since 2.0.
        restrictedSnapshotRelocateSupported: boolean, since 2.5.
        perVmSwapFiles: boolean, since 2.5.
        localSwapDatastoreSupported: boolean, since 2.5.
        unsharedSwapVMotionSupported: boolean, since 2.5.
        backgroundSnapshotsSupported: boolean, since 2.5.
        preAssignedPCIUnitNumbersSupported: boolean, since 2.5.
        screenshotSupported: boolean, since 2.5.
        scaledScreenshotSupported: boolean, since 2.5.
        storageVMotionSupported: boolean, optional, since 4.0.
        vmotionWithStorageVMotionSupported: boolean, optional, since 4.0.
        vmotionAcrossNetworkSupported: boolean, optional, since 5.5.
        maxNumDisksSVMotion: int, optional, since 6.0.
        hbrNicSelectionSupported: boolean, optional, since 5.1.
        vrNfcNicSelectionSupported: boolean, optional, since 6.0.
        recordReplaySupported: boolean, optional, since 4.0.
        ftSupported: boolean, optional, since 4.0.
        replayUnsupportedReason: string, optional, since 4.0.
        replayCompatibilityIssues: list of string, since 4.1.
        smpFtSupported: boolean, optional, since 6.0.
        ftCompatibilityIssues: list of string, since 4.1.
        smpFtCompatibilityIssues: list of string, since 6.0.
        maxVcpusPerFtVm: int, optional, since 6.0.
        loginBySSLThumbprintSupported: boolean, optional, since 4.0.
        cloneFromSnapshotSupported: boolean, optional, since 4.0.
        deltaDiskBackingsSupported: boolean, optional, since 4.0.
        perVMNetworkTrafficShapingSupported: boolean, optional, since 4.0.
        tpmSupported: boolean, optional, since 4.0.
        tpmVersion: string, optional, since 6.7.
        txtEnabled: boolean, optional, since 6.7.
        supportedCpuFeature: list of HostCpuIdInfo, since 4.0.
        virtualExecUsageSupported: boolean, optional, since 4.0.
        storageIORMSupported: boolean, optional, since 4.1.
        vmDirectPathGen2Supported: boolean, optional, since 4.1.
        vmDirectPathGen2UnsupportedReason: list of string, since 4.1.
        vmDirectPathGen2UnsupportedReasonExtended: string, optional, since 4.1.
        supportedVmfsMajorVersion: list of int, since 5.0.
        vStorageCapable: boolean, optional, since 4.1.
        snapshotRelayoutSupported: boolean, optional, since 5.0.
        firewallIpRulesSupported: boolean, optional, since 5.0.
        servicePackageInfoSupported: boolean, optional, since 5.0.
        maxHostRunningVms: int, optional, since 5.0.
        maxHostSupportedVcpus: int, optional, since 5.0.
        vmfsDatastoreMountCapable: boolean, optional, since 5.0.
        eightPlusHostVmfsSharedAccessSupported: boolean, optional, since 5.1.
        nestedHVSupported: boolean, optional, since 5.1.
        vPMCSupported: boolean, optional, since 5.1.
        interVMCommunicationThroughVMCISupported: boolean, optional, since 5.1.
        scheduledHardwareUpgradeSupported: boolean, optional, since 5.1.
        featureCapabilitiesSupported: boolean, optional, since 5.1.
        latencySensitivitySupported: boolean, optional, since 5.1.
        storagePolicySupported: boolean, optional, since 5.5.
        accel3dSupported: boolean, optional, since 5.1.
        reliableMemoryAware: boolean, optional, since 5.5.
        multipleNetworkStackInstanceSupported: boolean, optional, since 5.5.
        messageBusProxySupported: boolean, optional, since 6.0.
        vsanSupported: boolean, optional, since 5.5.
        vFlashSupported: boolean, optional, since 5.5.
        hostAccessManagerSupported: boolean, optional, since 6.0.
        provisioningNicSelectionSupported: boolean, optional, since 6.0.
        nfs41Supported: boolean, optional, since 6.0.
        nfs41Krb5iSupported: boolean, optional, since 6.5.
        turnDiskLocatorLedSupported: boolean, optional, since 6.0.
        virtualVolumeDatastoreSupported: boolean, optional, since 6.0.
        markAsSsdSupported: boolean, optional, since 6.0.
        markAsLocalSupported: boolean, optional, since 6.0.
        smartCardAuthenticationSupported: boolean, optional, since 6.0.
        pMemSupported: boolean, optional, since 6.7.
        pMemSnapshotSupported: boolean, optional, since 6.7.
        cryptoSupported: boolean, optional, since 6.5.
        oneKVolumeAPIsSupported: boolean, optional, since 6.5.
        gatewayOnNicSupported: boolean, optional, since 6.5.
        upitSupported: boolean, optional, since 6.5.
        cpuHwMmuSupported: boolean, optional, since 6.5.
        encryptedVMotionSupported: boolean, optional, since 6.5.
        encryptionChangeOnAddRemoveSupported: boolean, optional, since 6.5.
        encryptionHotOperationSupported: boolean, optional, since 6.5.
        encryptionWithSnapshotsSupported: boolean, optional, since 6.5.
        encryptionFaultToleranceSupported: boolean, optional, since 6.5.
        encryptionMemorySaveSupported: boolean, optional, since 6.5.
        encryptionRDMSupported: boolean, optional, since 6.5.
        encryptionVFlashSupported: boolean, optional, since 6.5.
        encryptionCBRCSupported: boolean, optional, since 6.5.
        encryptionHBRSupported: boolean, optional, since 6.5.
        ftEfiSupported: boolean, optional, since 6.7.
        unmapMethodSupported: string, optional, since 6.7.
        maxMemMBPerFtVm: int, optional, since 6.7.
        virtualMmuUsageIgnored: boolean, optional, since 6.7.
        virtualExecUsageIgnored: boolean, optional, since 6.7.
        vmCreateDateSupported: boolean, optional, since 6.7.
        vmfs3EOLSupported: boolean, optional, since 6.7.
        ftVmcpSupported: boolean, optional, since 6.7.
        quickBootSupported: boolean, optional, since 6.7.1.
        encryptedFtSupported: boolean, optional, since 7.0.2.0.
        assignableHardwareSupported: boolean, optional, since 7.0.0.0.
        suspendToMemorySupported: boolean, optional, since 7.0.2.0.
        useFeatureReqsForOldHWv: boolean, optional, since 6.8.7.
        markPerenniallyReservedSupported: boolean, optional, since 6.7.2.
        hppPspSupported: boolean, optional, since 7.0.0.0.
        deviceRebindWithoutRebootSupported: boolean, optional, since 7.0.0.0.
        storagePolicyChangeSupported: boolean, optional, since 7.0.0.0.
        precisionTimeProtocolSupported: boolean, optional, since 7.0.0.0.
        remoteDeviceVMotionSupported: boolean, optional, since 7.0.0.0.
        maxSupportedVmMemory: int, optional, since 7.0.0.0.
        ahDeviceHintsSupported: boolean, optional, since 7.0.2.0.
        nvmeOverTcpSupported: boolean, optional, since 7.0.3.0.
        nvmeStorageFabricServicesSupported: boolean, optional, since 7.0.3.0.
        assignHwPciConfigSupported: boolean, optional, since 7.0.2.0.
        timeConfigSupported: boolean, optional, since 7.0.3.0.
        nvmeBatchOperationsSupported: boolean, optional, since 7.0.3.0.
        pMemFailoverSupported: boolean, optional, since 7.0.2.0.
        hostConfigEncryptionSupported: boolean, optional, since 7.0.2.0.
        ptpConfigSupported: boolean, optional, since 7.0.3.0.
        maxSupportedPtpPorts: int, optional, since 7.0.3.0.
        pMemIndependentSnapshotSupported: boolean, optional, since 7.0.3.0.
    """

    __slots__ = ("recursiveResourcePoolsSupported", "cpuMemoryResourceConfigurationSupported", "rebootSupported", "shutdownSupported", "vmotionSupported", "standbySupported", "ipmiSupported", "maxSupportedVMs", "maxRunningVMs", "maxSupportedVcpus", "maxRegisteredVMs", "datastorePrincipalSupported", "sanSupported", "nfsSupported", "iscsiSupported", "vlanTaggingSupported", "nicTeamingSupported", "highGuestMemSupported", "maintenanceModeSupported", "suspendedRelocateSupported", "restrictedSnapshotRelocateSupported", "perVmSwapFiles", "localSwapDatastoreSupported", "unsharedSwapVMotionSupported", "backgroundSnapshotsSupported", "preAssignedPCIUnitNumbersSupported", "screenshotSupported", "scaledScreenshotSupported", "storageVMotionSupported", "vmotionWithStorageVMotionSupported", "vmotionAcrossNetworkSupported", "maxNumDisksSVMotion", "hbrNicSelectionSupported", "vrNfcNicSelectionSupported", "recordReplaySupported", "ftSupported", "replayUnsupportedReason", "replayCompatibilityIssues", "smpFtSupported", "ftCompatibilityIssues", "smpFtCompatibilityIssues", "maxVcpusPerFtVm", "loginBySSLThumbprintSupported", "cloneFromSnapshotSupported", "deltaDiskBackingsSupported", "perVMNetworkTrafficShapingSupported", "tpmSupported", "tpmVersion", "txtEnabled", "supportedCpuFeature", "virtualExecUsageSupported", "storageIORMSupported", "vmDirectPathGen2Supported", "vmDirectPathGen2UnsupportedReason", "vmDirectPathGen2UnsupportedReasonExtended", "supportedVmfsMajorVersion", "vStorageCapable", "snapshotRelayoutSupported", "firewallIpRulesSupported", "servicePackageInfoSupported", "maxHostRunningVms", "maxHostSupportedVcpus", "vmfsDatastoreMountCapable", "eightPlusHostVmfsSharedAccessSupported", "nestedHVSupported", "vPMCSupported", "interVMCommunicationThroughVMCISupported", "scheduledHardwareUpgradeSupported", "featureCapabilitiesSupported", "latencySensitivitySupported", "storagePolicySupported", "accel3dSupported", "reliableMemoryAware", "multipleNetworkStackInstanceSupported", "messageBusProxySupported", "vsanSupported", "vFlashSupported", "hostAccessManagerSupported", "provisioningNicSelectionSupported", "nfs41Supported", "nfs41Krb5iSupported", "turnDiskLocatorLedSupported", "virtualVolumeDatastoreSupported", "markAsSsdSupported", "markAsLocalSupported", "smartCardAuthenticationSupported", "pMemSupported", "pMemSnapshotSupported", "cryptoSupported", "oneKVolumeAPIsSupported", "gatewayOnNicSupported", "upitSupported", "cpuHwMmuSupported", "encryptedVMotionSupported", "encryptionChangeOnAddRemoveSupported", "encryptionHotOperationSupported", "encryptionWithSnapshotsSupported", "encryptionFaultToleranceSupported", "encryptionMemorySaveSupported", "encryptionRDMSupported", "encryptionVFlashSupported", "encryptionCBRCSupported", "encryptionHBRSupported", "ftEfiSupported", "unmapMethodSupported", "maxMemMBPerFtVm", "virtualMmuUsageIgnored", "virtualExecUsageIgnored", "vmCreateDateSupported", "vmfs3EOLSupported", "ftVmcpSupported", "quickBootSupported", "encryptedFtSupported", "assignableHardwareSupported", "suspendToMemorySupported", "useFeatureReqsForOldHWv", "markPerenniallyReservedSupported", "hppPspSupported", "deviceRebindWithoutRebootSupported", "storagePolicyChangeSupported", "precisionTimeProtocolSupported", "remoteDeviceVMotionSupported", "maxSupportedVmMemory", "ahDeviceHintsSupported", "nvmeOverTcpSupported", "nvmeStorageFabricServicesSupported", "assignHwPciConfigSupported", "timeConfigSupported", "nvmeBatchOperationsSupported", "pMemFailoverSupported", "hostConfigEncryptionSupported", "ptpConfigSupported", "maxSupportedPtpPorts", "pMemIndependentSnapshotSupported", )
    _wire_name_: ClassVar[str] = "HostCapability"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("recursiveResourcePoolsSupported", "boolean", 0, "2.0"),
        _F("cpuMemoryResourceConfigurationSupported", "boolean", 0, "2.5"),
        _F("rebootSupported", "boolean", 0, "2.0"),
        _F("shutdownSupported", "boolean", 0, "2.0"),
        _F("vmotionSupported", "boolean", 0, "2.0"),
        _F("standbySupported", "boolean", 0, "2.5"),
        _F("ipmiSupported", "boolean", 2, "4.0"),
        _F("maxSupportedVMs", "int", 2, "2.0"),
        _F("maxRunningVMs", "int", 2, "2.0"),
        _F("maxSupportedVcpus", "int", 2, "2.0"),
        _F("maxRegisteredVMs", "int", 2, "5.1"),
        _F("datastorePrincipalSupported", "boolean", 0, "2.0"),
        _F("sanSupported", "boolean", 0, "2.0"),
        _F("nfsSupported", "boolean", 0, "2.0"),
        _F("iscsiSupported", "boolean", 0, "2.0"),
        _F("vlanTaggingSupported", "boolean", 0, "2.0"),
        _F("nicTeamingSupported", "boolean", 0, "2.0"),
        _F("highGuestMemSupported", "boolean", 0, "2.0"),
        _F("maintenanceModeSupported", "boolean", 0, "2.0"),
        _F("suspendedRelocateSupported", "boolean", 0, "2.0"),
        _F("restrictedSnapshotRelocateSupported", "boolean", 0, "2.5"),
        _F("perVmSwapFiles", "boolean", 0, "2.5"),
        _F("localSwapDatastoreSupported", "boolean", 0, "2.5"),
        _F("unsharedSwapVMotionSupported", "boolean", 0, "2.5"),
        _F("backgroundSnapshotsSupported", "boolean", 0, "2.5"),
        _F("preAssignedPCIUnitNumbersSupported", "boolean", 0, "2.5"),
        _F("screenshotSupported", "boolean", 0, "2.5"),
        _F("scaledScreenshotSupported", "boolean", 0, "2.5"),
        _F("storageVMotionSupported", "boolean", 2, "4.0"),
        _F("vmotionWithStorageVMotionSupported", "boolean", 2, "4.0"),
        _F("vmotionAcrossNetworkSupported", "boolean", 2, "5.5"),
        _F("maxNumDisksSVMotion", "int", 2, "6.0"),
        _F("hbrNicSelectionSupported", "boolean", 2, "5.1"),
        _F("vrNfcNicSelectionSupported", "boolean", 2, "6.0"),
        _F("recordReplaySupported", "boolean", 2, "4.0"),
        _F("ftSupported", "boolean", 2, "4.0"),
        _F("replayUnsupportedReason", "string", 2, "4.0"),
        _F("replayCompatibilityIssues", "string", 3, "4.1"),
        _F("smpFtSupported", "boolean", 2, "6.0"),
        _F("ftCompatibilityIssues", "string", 3, "4.1"),
        _F("smpFtCompatibilityIssues", "string", 3, "6.0"),
        _F("maxVcpusPerFtVm", "int", 2, "6.0"),
        _F("loginBySSLThumbprintSupported", "boolean", 2, "4.0"),
        _F("cloneFromSnapshotSupported", "boolean", 2, "4.0"),
        _F("deltaDiskBackingsSupported", "boolean", 2, "4.0"),
        _F("perVMNetworkTrafficShapingSupported", "boolean", 2, "4.0"),
        _F("tpmSupported", "boolean", 2, "4.0"),
        _F("tpmVersion", "string", 2, "6.7"),
        _F("txtEnabled", "boolean", 2, "6.7"),
        _F("supportedCpuFeature", "HostCpuIdInfo", 3, "4.0"),
        _F("virtualExecUsageSupported", "boolean", 2, "4.0"),
        _F("storageIORMSupported", "boolean", 2, "4.1"),
        _F("vmDirectPathGen2Supported", "boolean", 2, "4.1"),
        _F("vmDirectPathGen2UnsupportedReason", "string", 3, "4.1"),
        _F("vmDirectPathGen2UnsupportedReasonExtended", "string", 2, "4.1"),
        _F("supportedVmfsMajorVersion", "int", 3, "5.0"),
        _F("vStorageCapable", "boolean", 2, "4.1"),
        _F("snapshotRelayoutSupported", "boolean", 2, "5.0"),
        _F("firewallIpRulesSupported", "boolean", 2, "5.0"),
        _F("servicePackageInfoSupported", "boolean", 2, "5.0"),
        _F("maxHostRunningVms", "int", 2, "5.0"),
        _F("maxHostSupportedVcpus", "int", 2, "5.0"),
        _F("vmfsDatastoreMountCapable", "boolean", 2, "5.0"),
        _F("eightPlusHostVmfsSharedAccessSupported", "boolean", 2, "5.1"),
        _F("nestedHVSupported", "boolean", 2, "5.1"),
        _F("vPMCSupported", "boolean", 2, "5.1"),
        _F("interVMCommunicationThroughVMCISupported", "boolean", 2, "5.1"),
        _F("scheduledHardwareUpgradeSupported", "boolean", 2, "5.1"),
        _F("featureCapabilitiesSupported", "boolean", 2, "5.1"),
        _F("latencySensitivitySupported", "boolean", 2, "5.1"),
        _F("storagePolicySupported", "boolean", 2, "5.5"),
        _F("accel3dSupported", "boolean", 2, "5.1"),
        _F("reliableMemoryAware", "boolean", 2, "5.5"),
        _F("multipleNetworkStackInstanceSupported", "boolean", 2, "5.5"),
        _F("messageBusProxySupported", "boolean", 2, "6.0"),
        _F("vsanSupported", "boolean", 2, "5.5"),
        _F("vFlashSupported", "boolean", 2, "5.5"),
        _F("hostAccessManagerSupported", "boolean", 2, "6.0"),
        _F("provisioningNicSelectionSupported", "boolean", 2, "6.0"),
        _F("nfs41Supported", "boolean", 2, "6.0"),
        _F("nfs41Krb5iSupported", "boolean", 2, "6.5"),
        _F("turnDiskLocatorLedSupported", "boolean", 2, "6.0"),
        _F("virtualVolumeDatastoreSupported", "boolean", 2, "6.0"),
        _F("markAsSsdSupported", "boolean", 2, "6.0"),
        _F("markAsLocalSupported", "boolean", 2, "6.0"),
        _F("smartCardAuthenticationSupported", "boolean", 2, "6.0"),
        _F("pMemSupported", "boolean", 2, "6.7"),
        _F("pMemSnapshotSupported", "boolean", 2, "6.7"),
        _F("cryptoSupported", "boolean", 2, "6.5"),
        _F("oneKVolumeAPIsSupported", "boolean", 2, "6.5"),
        _F("gatewayOnNicSupported", "boolean", 2, "6.5"),
        _F("upitSupported", "boolean", 2, "6.5"),
        _F("cpuHwMmuSupported", "boolean", 2, "6.5"),
        _F("encryptedVMotionSupported", "boolean", 2, "6.5"),
        _F("encryptionChangeOnAddRemoveSupported", "boolean", 2, "6.5"),
        _F("encryptionHotOperationSupported", "boolean", 2, "6.5"),
        _F("encryptionWithSnapshotsSupported", "boolean", 2, "6.5"),
        _F("encryptionFaultToleranceSupported", "boolean", 2, "6.5"),
        _F("encryptionMemorySaveSupported", "boolean", 2, "6.5"),
        _F("encryptionRDMSupported", "boolean", 2, "6.5"),
        _F("encryptionVFlashSupported", "boolean", 2, "6.5"),
        _F("encryptionCBRCSupported", "boolean", 2, "6.5"),
        _F("encryptionHBRSupported", "boolean", 2, "6.5"),
        _F("ftEfiSupported", "boolean", 2, "6.7"),
        _F("unmapMethodSupported", "string", 2, "6.7"),
        _F("maxMemMBPerFtVm", "int", 2, "6.7"),
        _F("virtualMmuUsageIgnored", "boolean", 2, "6.7"),
        _F("virtualExecUsageIgnored", "boolean", 2, "6.7"),
        _F("vmCreateDateSupported", "boolean", 2, "6.7"),
        _F("vmfs3EOLSupported", "boolean", 2, "6.7"),
        _F("ftVmcpSupported", "boolean", 2, "6.7"),
        _F("quickBootSupported", "boolean", 2, "6.7.1"),
        _F("encryptedFtSupported", "boolean", 2, "7.0.2.0"),
        _F("assignableHardwareSupported", "boolean", 2, "7.0.0.0"),
        _F("suspendToMemorySupported", "boolean", 2, "7.0.2.0"),
        _F("useFeatureReqsForOldHWv", "boolean", 2, "6.8.7"),
        _F("markPerenniallyReservedSupported", "boolean", 2, "6.7.2"),
        _F("hppPspSupported", "boolean", 2, "7.0.0.0"),
        _F("deviceRebindWithoutRebootSupported", "boolean", 2, "7.0.0.0"),
        _F("storagePolicyChangeSupported", "boolean", 2, "7.0.0.0"),
        _F("precisionTimeProtocolSupported", "boolean", 2, "7.0.0.0"),
        _F("remoteDeviceVMotionSupported", "boolean", 2, "7.0.0.0"),
        _F("maxSupportedVmMemory", "int", 2, "7.0.0.0"),
        _F("ahDeviceHintsSupported", "boolean", 2, "7.0.2.0"),
        _F("nvmeOverTcpSupported", "boolean", 2, "7.0.3.0"),
        _F("nvmeStorageFabricServicesSupported", "boolean", 2, "7.0.3.0"),
        _F("assignHwPciConfigSupported", "boolean", 2, "7.0.2.0"),
        _F("timeConfigSupported", "boolean", 2, "7.0.3.0"),
        _F("nvmeBatchOperationsSupported", "boolean", 2, "7.0.3.0"),
        _F("pMemFailoverSupported", "boolean", 2, "7.0.2.0"),
        _F("hostConfigEncryptionSupported", "boolean", 2, "7.0.2.0"),
        _F("ptpConfigSupported", "boolean", 2, "7.0.3.0"),
        _F("maxSupportedPtpPorts", "int", 2, "7.0.3.0"),
        _F("pMemIndependentSnapshotSupported", "boolean", 2, "7.0.3.0"),
    )
    recursiveResourcePoolsSupported: bool
    cpuMemoryResourceConfigurationSupported: bool
    rebootSupported: bool
    shutdownSupported: bool
    vmotionSupported: bool
    standbySupported: bool
    ipmiSupported: bool | None
    maxSupportedVMs: int | None
    maxRunningVMs: int | None
    maxSupportedVcpus: int | None
    maxRegisteredVMs: int | None
    datastorePrincipalSupported: bool
    sanSupported: bool
    nfsSupported: bool
    iscsiSupported: bool
    vlanTaggingSupported: bool
    nicTeamingSupported: bool
    highGuestMemSupported: bool
    maintenanceModeSupported: bool
    suspendedRelocateSupported: bool
    restrictedSnapshotRelocateSupported: bool
    perVmSwapFiles: bool
    localSwapDatastoreSupported: bool
    unsharedSwapVMotionSupported: bool
    backgroundSnapshotsSupported: bool
    preAssignedPCIUnitNumbersSupported: bool
    screenshotSupported: bool
    scaledScreenshotSupported: bool
    storageVMotionSupported: bool | None
    vmotionWithStorageVMotionSupported: bool | None
    vmotionAcrossNetworkSupported: bool | None
    maxNumDisksSVMotion: int | None
    hbrNicSelectionSupported: bool | None
    vrNfcNicSelectionSupported: bool | None
    recordReplaySupported: bool | None
    ftSupported: bool | None
    replayUnsupportedReason: str | None
    replayCompatibilityIssues: list[str]
    smpFtSupported: bool | None
    ftCompatibilityIssues: list[str]
    smpFtCompatibilityIssues: list[str]
    maxVcpusPerFtVm: int | None
    loginBySSLThumbprintSupported: bool | None
    cloneFromSnapshotSupported: bool | None
    deltaDiskBackingsSupported: bool | None
    perVMNetworkTrafficShapingSupported: bool | None
    tpmSupported: bool | None
    tpmVersion: str | None
    txtEnabled: bool | None
    supportedCpuFeature: list[HostCpuIdInfo]
    virtualExecUsageSupported: bool | None
    storageIORMSupported: bool | None
    vmDirectPathGen2Supported: bool | None
    vmDirectPathGen2UnsupportedReason: list[str]
    vmDirectPathGen2UnsupportedReasonExtended: str | None
    supportedVmfsMajorVersion: list[int]
    vStorageCapable: bool | None
    snapshotRelayoutSupported: bool | None
    firewallIpRulesSupported: bool | None
    servicePackageInfoSupported: bool | None
    maxHostRunningVms: int | None
    maxHostSupportedVcpus: int | None
    vmfsDatastoreMountCapable: bool | None
    eightPlusHostVmfsSharedAccessSupported: bool | None
    nestedHVSupported: bool | None
    vPMCSupported: bool | None
    interVMCommunicationThroughVMCISupported: bool | None
    scheduledHardwareUpgradeSupported: bool | None
    featureCapabilitiesSupported: bool | None
    latencySensitivitySupported: bool | None
    storagePolicySupported: bool | None
    accel3dSupported: bool | None
    reliableMemoryAware: bool | None
    multipleNetworkStackInstanceSupported: bool | None
    messageBusProxySupported: bool | None
    vsanSupported: bool | None
    vFlashSupported: bool | None
    hostAccessManagerSupported: bool | None
    provisioningNicSelectionSupported: bool | None
    nfs41Supported: bool | None
    nfs41Krb5iSupported: bool | None
    turnDiskLocatorLedSupported: bool | None
    virtualVolumeDatastoreSupported: bool | None
    markAsSsdSupported: bool | None
    markAsLocalSupported: bool | None
    smartCardAuthenticationSupported: bool | None
    pMemSupported: bool | None
    pMemSnapshotSupported: bool | None
    cryptoSupported: bool | None
    oneKVolumeAPIsSupported: bool | None
    gatewayOnNicSupported: bool | None
    upitSupported: bool | None
    cpuHwMmuSupported: bool | None
    encryptedVMotionSupported: bool | None
    encryptionChangeOnAddRemoveSupported: bool | None
    encryptionHotOperationSupported: bool | None
    encryptionWithSnapshotsSupported: bool | None
    encryptionFaultToleranceSupported: bool | None
    encryptionMemorySaveSupported: bool | None
    encryptionRDMSupported: bool | None
    encryptionVFlashSupported: bool | None
    encryptionCBRCSupported: bool | None
    encryptionHBRSupported: bool | None
    ftEfiSupported: bool | None
    unmapMethodSupported: str | None
    maxMemMBPerFtVm: int | None
    virtualMmuUsageIgnored: bool | None
    virtualExecUsageIgnored: bool | None
    vmCreateDateSupported: bool | None
    vmfs3EOLSupported: bool | None
    ftVmcpSupported: bool | None
    quickBootSupported: bool | None
    encryptedFtSupported: bool | None
    assignableHardwareSupported: bool | None
    suspendToMemorySupported: bool | None
    useFeatureReqsForOldHWv: bool | None
    markPerenniallyReservedSupported: bool | None
    hppPspSupported: bool | None
    deviceRebindWithoutRebootSupported: bool | None
    storagePolicyChangeSupported: bool | None
    precisionTimeProtocolSupported: bool | None
    remoteDeviceVMotionSupported: bool | None
    maxSupportedVmMemory: int | None
    ahDeviceHintsSupported: bool | None
    nvmeOverTcpSupported: bool | None
    nvmeStorageFabricServicesSupported: bool | None
    assignHwPciConfigSupported: bool | None
    timeConfigSupported: bool | None
    nvmeBatchOperationsSupported: bool | None
    pMemFailoverSupported: bool | None
    hostConfigEncryptionSupported: bool | None
    ptpConfigSupported: bool | None
    maxSupportedPtpPorts: int | None
    pMemIndependentSnapshotSupported: bool | None

    def __init__(
        self,
        *,
        recursiveResourcePoolsSupported: bool,
        cpuMemoryResourceConfigurationSupported: bool,
        rebootSupported: bool,
        shutdownSupported: bool,
        vmotionSupported: bool,
        standbySupported: bool,
        datastorePrincipalSupported: bool,
        sanSupported: bool,
        nfsSupported: bool,
        iscsiSupported: bool,
        vlanTaggingSupported: bool,
        nicTeamingSupported: bool,
        highGuestMemSupported: bool,
        maintenanceModeSupported: bool,
        suspendedRelocateSupported: bool,
        restrictedSnapshotRelocateSupported: bool,
        perVmSwapFiles: bool,
        localSwapDatastoreSupported: bool,
        unsharedSwapVMotionSupported: bool,
        backgroundSnapshotsSupported: bool,
        preAssignedPCIUnitNumbersSupported: bool,
        screenshotSupported: bool,
        scaledScreenshotSupported: bool,
        ipmiSupported: bool | None = None,
        maxSupportedVMs: int | None = None,
        maxRunningVMs: int | None = None,
        maxSupportedVcpus: int | None = None,
        maxRegisteredVMs: int | None = None,
        storageVMotionSupported: bool | None = None,
        vmotionWithStorageVMotionSupported: bool | None = None,
        vmotionAcrossNetworkSupported: bool | None = None,
        maxNumDisksSVMotion: int | None = None,
        hbrNicSelectionSupported: bool | None = None,
        vrNfcNicSelectionSupported: bool | None = None,
        recordReplaySupported: bool | None = None,
        ftSupported: bool | None = None,
        replayUnsupportedReason: str | None = None,
        replayCompatibilityIssues: list[str] | None = None,
        smpFtSupported: bool | None = None,
        ftCompatibilityIssues: list[str] | None = None,
        smpFtCompatibilityIssues: list[str] | None = None,
        maxVcpusPerFtVm: int | None = None,
        loginBySSLThumbprintSupported: bool | None = None,
        cloneFromSnapshotSupported: bool | None = None,
        deltaDiskBackingsSupported: bool | None = None,
        perVMNetworkTrafficShapingSupported: bool | None = None,
        tpmSupported: bool | None = None,
        tpmVersion: str | None = None,
        txtEnabled: bool | None = None,
        supportedCpuFeature: list[HostCpuIdInfo] | None = None,
        virtualExecUsageSupported: bool | None = None,
        storageIORMSupported: bool | None = None,
        vmDirectPathGen2Supported: bool | None = None,
        vmDirectPathGen2UnsupportedReason: list[str] | None = None,
        vmDirectPathGen2UnsupportedReasonExtended: str | None = None,
        supportedVmfsMajorVersion: list[int] | None = None,
        vStorageCapable: bool | None = None,
        snapshotRelayoutSupported: bool | None = None,
        firewallIpRulesSupported: bool | None = None,
        servicePackageInfoSupported: bool | None = None,
        maxHostRunningVms: int | None = None,
        maxHostSupportedVcpus: int | None = None,
        vmfsDatastoreMountCapable: bool | None = None,
        eightPlusHostVmfsSharedAccessSupported: bool | None = None,
        nestedHVSupported: bool | None = None,
        vPMCSupported: bool | None = None,
        interVMCommunicationThroughVMCISupported: bool | None = None,
        scheduledHardwareUpgradeSupported: bool | None = None,
        featureCapabilitiesSupported: bool | None = None,
        latencySensitivitySupported: bool | None = None,
        storagePolicySupported: bool | None = None,
        accel3dSupported: bool | None = None,
        reliableMemoryAware: bool | None = None,
        multipleNetworkStackInstanceSupported: bool | None = None,
        messageBusProxySupported: bool | None = None,
        vsanSupported: bool | None = None,
        vFlashSupported: bool | None = None,
        hostAccessManagerSupported: bool | None = None,
        provisioningNicSelectionSupported: bool | None = None,
        nfs41Supported: bool | None = None,
        nfs41Krb5iSupported: bool | None = None,
        turnDiskLocatorLedSupported: bool | None = None,
        virtualVolumeDatastoreSupported: bool | None = None,
        markAsSsdSupported: bool | None = None,
        markAsLocalSupported: bool | None = None,
        smartCardAuthenticationSupported: bool | None = None,
        pMemSupported: bool | None = None,
        pMemSnapshotSupported: bool | None = None,
        cryptoSupported: bool | None = None,
        oneKVolumeAPIsSupported: bool | None = None,
        gatewayOnNicSupported: bool | None = None,
        upitSupported: bool | None = None,
        cpuHwMmuSupported: bool | None = None,
        encryptedVMotionSupported: bool | None = None,
        encryptionChangeOnAddRemoveSupported: bool | None = None,
        encryptionHotOperationSupported: bool | None = None,
        encryptionWithSnapshotsSupported: bool | None = None,
        encryptionFaultToleranceSupported: bool | None = None,
        encryptionMemorySaveSupported: bool | None = None,
        encryptionRDMSupported: bool | None = None,
        encryptionVFlashSupported: bool | None = None,
        encryptionCBRCSupported: bool | None = None,
        encryptionHBRSupported: bool | None = None,
        ftEfiSupported: bool | None = None,
        unmapMethodSupported: str | None = None,
        maxMemMBPerFtVm: int | None = None,
        virtualMmuUsageIgnored: bool | None = None,
        virtualExecUsageIgnored: bool | None = None,
        vmCreateDateSupported: bool | None = None,
        vmfs3EOLSupported: bool | None = None,
        ftVmcpSupported: bool | None = None,
        quickBootSupported: bool | None = None,
        encryptedFtSupported: bool | None = None,
        assignableHardwareSupported: bool | None = None,
        suspendToMemorySupported: bool | None = None,
        useFeatureReqsForOldHWv: bool | None = None,
        markPerenniallyReservedSupported: bool | None = None,
        hppPspSupported: bool | None = None,
        deviceRebindWithoutRebootSupported: bool | None = None,
        storagePolicyChangeSupported: bool | None = None,
        precisionTimeProtocolSupported: bool | None = None,
        remoteDeviceVMotionSupported: bool | None = None,
        maxSupportedVmMemory: int | None = None,
        ahDeviceHintsSupported: bool | None = None,
        nvmeOverTcpSupported: bool | None = None,
        nvmeStorageFabricServicesSupported: bool | None = None,
        assignHwPciConfigSupported: bool | None = None,
        timeConfigSupported: bool | None = None,
        nvmeBatchOperationsSupported: bool | None = None,
        pMemFailoverSupported: bool | None = None,
        hostConfigEncryptionSupported: bool | None = None,
        ptpConfigSupported: bool | None = None,
        maxSupportedPtpPorts: int | None = None,
        pMemIndependentSnapshotSupported: bool | None = None,
    ) -> None:
        self.recursiveResourcePoolsSupported = recursiveResourcePoolsSupported
        self.cpuMemoryResourceConfigurationSupported = cpuMemoryResourceConfigurationSupported
        self.rebootSupported = rebootSupported
        self.shutdownSupported = shutdownSupported
        self.vmotionSupported = vmotionSupported
        self.standbySupported = standbySupported
        self.ipmiSupported = ipmiSupported
        self.maxSupportedVMs = maxSupportedVMs
        self.maxRunningVMs = maxRunningVMs
        self.maxSupportedVcpus = maxSupportedVcpus
        self.maxRegisteredVMs = maxRegisteredVMs
        self.datastorePrincipalSupported = datastorePrincipalSupported
        self.sanSupported = sanSupported
        self.nfsSupported = nfsSupported
        self.iscsiSupported = iscsiSupported
        self.vlanTaggingSupported = vlanTaggingSupported
        self.nicTeamingSupported = nicTeamingSupported
        self.highGuestMemSupported = highGuestMemSupported
        self.maintenanceModeSupported = maintenanceModeSupported
        self.suspendedRelocateSupported = suspendedRelocateSupported
        self.restrictedSnapshotRelocateSupported = restrictedSnapshotRelocateSupported
        self.perVmSwapFiles = perVmSwapFiles
        self.localSwapDatastoreSupported = localSwapDatastoreSupported
        self.unsharedSwapVMotionSupported = unsharedSwapVMotionSupported
        self.backgroundSnapshotsSupported = backgroundSnapshotsSupported
        self.preAssignedPCIUnitNumbersSupported = preAssignedPCIUnitNumbersSupported
        self.screenshotSupported = screenshotSupported
        self.scaledScreenshotSupported = scaledScreenshotSupported
        self.storageVMotionSupported = storageVMotionSupported
        self.vmotionWithStorageVMotionSupported = vmotionWithStorageVMotionSupported
        self.vmotionAcrossNetworkSupported = vmotionAcrossNetworkSupported
        self.maxNumDisksSVMotion = maxNumDisksSVMotion
        self.hbrNicSelectionSupported = hbrNicSelectionSupported
        self.vrNfcNicSelectionSupported = vrNfcNicSelectionSupported
        self.recordReplaySupported = recordReplaySupported
        self.ftSupported = ftSupported
        self.replayUnsupportedReason = replayUnsupportedReason
        self.replayCompatibilityIssues = [] if replayCompatibilityIssues is None else replayCompatibilityIssues
        self.smpFtSupported = smpFtSupported
        self.ftCompatibilityIssues = [] if ftCompatibilityIssues is None else ftCompatibilityIssues
        self.smpFtCompatibilityIssues = [] if smpFtCompatibilityIssues is None else smpFtCompatibilityIssues
        self.maxVcpusPerFtVm = maxVcpusPerFtVm
        self.loginBySSLThumbprintSupported = loginBySSLThumbprintSupported
        self.cloneFromSnapshotSupported = cloneFromSnapshotSupported
        self.deltaDiskBackingsSupported = deltaDiskBackingsSupported
        self.perVMNetworkTrafficShapingSupported = perVMNetworkTrafficShapingSupported
        self.tpmSupported = tpmSupported
        self.tpmVersion = tpmVersion
        self.txtEnabled = txtEnabled
        self.supportedCpuFeature = [] if supportedCpuFeature is None else supportedCpuFeature
        self.virtualExecUsageSupported = virtualExecUsageSupported
        self.storageIORMSupported = storageIORMSupported
        self.vmDirectPathGen2Supported = vmDirectPathGen2Supported
        self.vmDirectPathGen2UnsupportedReason = [] if vmDirectPathGen2UnsupportedReason is None else vmDirectPathGen2UnsupportedReason
        self.vmDirectPathGen2UnsupportedReasonExtended = vmDirectPathGen2UnsupportedReasonExtended
        self.supportedVmfsMajorVersion = [] if supportedVmfsMajorVersion is None else supportedVmfsMajorVersion
        self.vStorageCapable = vStorageCapable
        self.snapshotRelayoutSupported = snapshotRelayoutSupported
        self.firewallIpRulesSupported = firewallIpRulesSupported
        self.servicePackageInfoSupported = servicePackageInfoSupported
        self.maxHostRunningVms = maxHostRunningVms
        self.maxHostSupportedVcpus = maxHostSupportedVcpus
        self.vmfsDatastoreMountCapable = vmfsDatastoreMountCapable
        self.eightPlusHostVmfsSharedAccessSupported = eightPlusHostVmfsSharedAccessSupported
        self.nestedHVSupported = nestedHVSupported
        self.vPMCSupported = vPMCSupported
        self.interVMCommunicationThroughVMCISupported = interVMCommunicationThroughVMCISupported
        self.scheduledHardwareUpgradeSupported = scheduledHardwareUpgradeSupported
        self.featureCapabilitiesSupported = featureCapabilitiesSupported
        self.latencySensitivitySupported = latencySensitivitySupported
        self.storagePolicySupported = storagePolicySupported
        self.accel3dSupported = accel3dSupported
        self.reliableMemoryAware = reliableMemoryAware
        self.multipleNetworkStackInstanceSupported = multipleNetworkStackInstanceSupported
        self.messageBusProxySupported = messageBusProxySupported
        self.vsanSupported = vsanSupported
        self.vFlashSupported = vFlashSupported
        self.hostAccessManagerSupported = hostAccessManagerSupported
        self.provisioningNicSelectionSupported = provisioningNicSelectionSupported
        self.nfs41Supported = nfs41Supported
        self.nfs41Krb5iSupported = nfs41Krb5iSupported
        self.turnDiskLocatorLedSupported = turnDiskLocatorLedSupported
        self.virtualVolumeDatastoreSupported = virtualVolumeDatastoreSupported
        self.markAsSsdSupported = markAsSsdSupported
        self.markAsLocalSupported = markAsLocalSupported
        self.smartCardAuthenticationSupported = smartCardAuthenticationSupported
        self.pMemSupported = pMemSupported
        self.pMemSnapshotSupported = pMemSnapshotSupported
        self.cryptoSupported = cryptoSupported
        self.oneKVolumeAPIsSupported = oneKVolumeAPIsSupported
        self.gatewayOnNicSupported = gatewayOnNicSupported
        self.upitSupported = upitSupported
        self.cpuHwMmuSupported = cpuHwMmuSupported
        self.encryptedVMotionSupported = encryptedVMotionSupported
        self.encryptionChangeOnAddRemoveSupported = encryptionChangeOnAddRemoveSupported
        self.encryptionHotOperationSupported = encryptionHotOperationSupported
        self.encryptionWithSnapshotsSupported = encryptionWithSnapshotsSupported
        self.encryptionFaultToleranceSupported = encryptionFaultToleranceSupported
        self.encryptionMemorySaveSupported = encryptionMemorySaveSupported
        self.encryptionRDMSupported = encryptionRDMSupported
        self.encryptionVFlashSupported = encryptionVFlashSupported
        self.encryptionCBRCSupported = encryptionCBRCSupported
        self.encryptionHBRSupported = encryptionHBRSupported
        self.ftEfiSupported = ftEfiSupported
        self.unmapMethodSupported = unmapMethodSupported
        self.maxMemMBPerFtVm = maxMemMBPerFtVm
        self.virtualMmuUsageIgnored = virtualMmuUsageIgnored
        self.virtualExecUsageIgnored = virtualExecUsageIgnored
        self.vmCreateDateSupported = vmCreateDateSupported
        self.vmfs3EOLSupported = vmfs3EOLSupported
        self.ftVmcpSupported = ftVmcpSupported
        self.quickBootSupported = quickBootSupported
        self.encryptedFtSupported = encryptedFtSupported
        self.assignableHardwareSupported = assignableHardwareSupported
        self.suspendToMemorySupported = suspendToMemorySupported
        self.useFeatureReqsForOldHWv = useFeatureReqsForOldHWv
        self.markPerenniallyReservedSupported = markPerenniallyReservedSupported
        self.hppPspSupported = hppPspSupported
        self.deviceRebindWithoutRebootSupported = deviceRebindWithoutRebootSupported
        self.storagePolicyChangeSupported = storagePolicyChangeSupported
        self.precisionTimeProtocolSupported = precisionTimeProtocolSupported
        self.remoteDeviceVMotionSupported = remoteDeviceVMotionSupported
        self.maxSupportedVmMemory = maxSupportedVmMemory
        self.ahDeviceHintsSupported = ahDeviceHintsSupported
        self.nvmeOverTcpSupported = nvmeOverTcpSupported
        self.nvmeStorageFabricServicesSupported = nvmeStorageFabricServicesSupported
        self.assignHwPciConfigSupported = assignHwPciConfigSupported
        self.timeConfigSupported = timeConfigSupported
        self.nvmeBatchOperationsSupported = nvmeBatchOperationsSupported
        self.pMemFailoverSupported = pMemFailoverSupported
        self.hostConfigEncryptionSupported = hostConfigEncryptionSupported
        self.ptpConfigSupported = ptpConfigSupported
        self.maxSupportedPtpPorts = maxSupportedPtpPorts
        self.pMemIndependentSnapshotSupported = pMemIndependentSnapshotSupported
