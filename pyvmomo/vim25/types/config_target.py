# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ConfigTarget: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .distributed_virtual_portgroup_info import DistributedVirtualPortgroupInfo
    from .distributed_virtual_switch_info import DistributedVirtualSwitchInfo
    from .opaque_network_target_info import OpaqueNetworkTargetInfo
    from .resource_pool_runtime_info import ResourcePoolRuntimeInfo
    from .virtual_machine_cdrom_info import VirtualMachineCdromInfo
    from .virtual_machine_datastore_info import VirtualMachineDatastoreInfo
    from .virtual_machine_dynamic_passthrough_info import VirtualMachineDynamicPassthroughInfo
    from .virtual_machine_floppy_info import VirtualMachineFloppyInfo
    from .virtual_machine_ide_disk_device_info import VirtualMachineIdeDiskDeviceInfo
    from .virtual_machine_legacy_network_switch_info import VirtualMachineLegacyNetworkSwitchInfo
    from .virtual_machine_network_info import VirtualMachineNetworkInfo
    from .virtual_machine_parallel_info import VirtualMachineParallelInfo
    from .virtual_machine_pci_passthrough_info import VirtualMachinePciPassthroughInfo
    from .virtual_machine_pci_shared_gpu_passthrough_info import VirtualMachinePciSharedGpuPassthroughInfo
    from .virtual_machine_precision_clock_info import VirtualMachinePrecisionClockInfo
    from .virtual_machine_scsi_disk_device_info import VirtualMachineScsiDiskDeviceInfo
    from .virtual_machine_scsi_passthrough_info import VirtualMachineScsiPassthroughInfo
    from .virtual_machine_serial_info import VirtualMachineSerialInfo
    from .virtual_machine_sgx_target_info import VirtualMachineSgxTargetInfo
    from .virtual_machine_sound_info import VirtualMachineSoundInfo
    from .virtual_machine_sriov_info import VirtualMachineSriovInfo
    from .virtual_machine_usb_info import VirtualMachineUsbInfo
    from .virtual_machine_v_flash_module_info import VirtualMachineVFlashModuleInfo
    from .virtual_machine_vgpu_device_info import VirtualMachineVgpuDeviceInfo
    from .virtual_machine_vgpu_profile_info import VirtualMachineVgpuProfileInfo


class ConfigTarget(DynamicData):
    """ConfigTarget: data object extending DynamicData, since 2.0.

    Attributes:
        numCpus: int, since 2.0.
        numCpuCores: int, since 2.0.
        numNumaNodes: int, since 2.0.
        maxCpusPerHost: int, optional, since 7.0.0.0.
        smcPresent: boolean, optional, since 5.0.
        datastore: list of VirtualMachineDatastoreInfo, since 2.0.
        network: list of VirtualMachineNetworkInfo, since 2.0.
        opaqueNetwork: list of OpaqueNetworkTargetInfo, since 5.5.
        distributedVirtualPortgroup: list of DistributedVirtualPortgroupInfo, since 4.0.
        distributedVirtualSwitch: list of DistributedVirtualSwitchInfo, since 4.0.
        cdRom: list of VirtualMachineCdromInfo, since 2.0.
        serial: list of VirtualMachineSerialInfo, since 2.0.
        parallel: list of VirtualMachineParallelInfo, since 2.0.
        sound: list of VirtualMachineSoundInfo, since 2.5.
        usb: list of VirtualMachineUsbInfo, since 2.5.
        floppy: list of VirtualMachineFloppyInfo, since 2.0.
        legacyNetworkInfo: list of VirtualMachineLegacyNetworkSwitchInfo, since 2.0.
        scsiPassthrough: list of VirtualMachineScsiPassthroughInfo, since 2.0.
        scsiDisk: list of VirtualMachineScsiDiskDeviceInfo, since 2.0.
        ideDisk: list of VirtualMachineIdeDiskDeviceInfo, since 2.0.
        maxMemMBOptimalPerf: int, since 2.0.
        supportedMaxMemMB: int, optional, since 7.0.0.0.
        resourcePool: ResourcePoolRuntimeInfo, optional, since 2.0.
        autoVmotion: boolean, optional, since 2.0.
        pciPassthrough: list of VirtualMachinePciPassthroughInfo, since 4.0.
        sriov: list of VirtualMachineSriovInfo, since 5.5.
        vFlashModule: list of VirtualMachineVFlashModuleInfo, since 5.5.
        sharedGpuPassthroughTypes: list of VirtualMachinePciSharedGpuPassthroughInfo, since 6.0.
        availablePersistentMemoryReservationMB: long, optional, since 6.7.
        dynamicPassthrough: list of VirtualMachineDynamicPassthroughInfo, since 7.0.0.0.
        sgxTargetInfo: VirtualMachineSgxTargetInfo, optional, since 7.0.0.0.
        precisionClockInfo: list of VirtualMachinePrecisionClockInfo, since 7.0.0.0.
        sevSupported: boolean, optional, since 7.0.1.0.
        vgpuDeviceInfo: list of VirtualMachineVgpuDeviceInfo, since 7.0.3.0.
        vgpuProfileInfo: list of VirtualMachineVgpuProfileInfo, since 7.0.3.0.
    """

    __slots__ = ("numCpus", "numCpuCores", "numNumaNodes", "maxCpusPerHost", "smcPresent", "datastore", "network", "opaqueNetwork", "distributedVirtualPortgroup", "distributedVirtualSwitch", "cdRom", "serial", "parallel", "sound", "usb", "floppy", "legacyNetworkInfo", "scsiPassthrough", "scsiDisk", "ideDisk", "maxMemMBOptimalPerf", "supportedMaxMemMB", "resourcePool", "autoVmotion", "pciPassthrough", "sriov", "vFlashModule", "sharedGpuPassthroughTypes", "availablePersistentMemoryReservationMB", "dynamicPassthrough", "sgxTargetInfo", "precisionClockInfo", "sevSupported", "vgpuDeviceInfo", "vgpuProfileInfo", )
    _wire_name_: ClassVar[str] = "ConfigTarget"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("numCpus", "int", 0, "2.0"),
        _F("numCpuCores", "int", 0, "2.0"),
        _F("numNumaNodes", "int", 0, "2.0"),
        _F("maxCpusPerHost", "int", 2, "7.0.0.0"),
        _F("smcPresent", "boolean", 2, "5.0"),
        _F("datastore", "VirtualMachineDatastoreInfo", 3, "2.0"),
        _F("network", "VirtualMachineNetworkInfo", 3, "2.0"),
        _F("opaqueNetwork", "OpaqueNetworkTargetInfo", 3, "5.5"),
        _F("distributedVirtualPortgroup", "DistributedVirtualPortgroupInfo", 3, "4.0"),
        _F("distributedVirtualSwitch", "DistributedVirtualSwitchInfo", 3, "4.0"),
        _F("cdRom", "VirtualMachineCdromInfo", 3, "2.0"),
        _F("serial", "VirtualMachineSerialInfo", 3, "2.0"),
        _F("parallel", "VirtualMachineParallelInfo", 3, "2.0"),
        _F("sound", "VirtualMachineSoundInfo", 3, "2.5"),
        _F("usb", "VirtualMachineUsbInfo", 3, "2.5"),
        _F("floppy", "VirtualMachineFloppyInfo", 3, "2.0"),
        _F("legacyNetworkInfo", "VirtualMachineLegacyNetworkSwitchInfo", 3, "2.0"),
        _F("scsiPassthrough", "VirtualMachineScsiPassthroughInfo", 3, "2.0"),
        _F("scsiDisk", "VirtualMachineScsiDiskDeviceInfo", 3, "2.0"),
        _F("ideDisk", "VirtualMachineIdeDiskDeviceInfo", 3, "2.0"),
        _F("maxMemMBOptimalPerf", "int", 0, "2.0"),
        _F("supportedMaxMemMB", "int", 2, "7.0.0.0"),
        _F("resourcePool", "ResourcePoolRuntimeInfo", 2, "2.0"),
        _F("autoVmotion", "boolean", 2, "2.0"),
        _F("pciPassthrough", "VirtualMachinePciPassthroughInfo", 3, "4.0"),
        _F("sriov", "VirtualMachineSriovInfo", 3, "5.5"),
        _F("vFlashModule", "VirtualMachineVFlashModuleInfo", 3, "5.5"),
        _F("sharedGpuPassthroughTypes", "VirtualMachinePciSharedGpuPassthroughInfo", 3, "6.0"),
        _F("availablePersistentMemoryReservationMB", "long", 2, "6.7"),
        _F("dynamicPassthrough", "VirtualMachineDynamicPassthroughInfo", 3, "7.0.0.0"),
        _F("sgxTargetInfo", "VirtualMachineSgxTargetInfo", 2, "7.0.0.0"),
        _F("precisionClockInfo", "VirtualMachinePrecisionClockInfo", 3, "7.0.0.0"),
        _F("sevSupported", "boolean", 2, "7.0.1.0"),
        _F("vgpuDeviceInfo", "VirtualMachineVgpuDeviceInfo", 3, "7.0.3.0"),
        _F("vgpuProfileInfo", "VirtualMachineVgpuProfileInfo", 3, "7.0.3.0"),
    )
    numCpus: int
    numCpuCores: int
    numNumaNodes: int
    maxCpusPerHost: int | None
    smcPresent: bool | None
    datastore: list[VirtualMachineDatastoreInfo]
    network: list[VirtualMachineNetworkInfo]
    opaqueNetwork: list[OpaqueNetworkTargetInfo]
    distributedVirtualPortgroup: list[DistributedVirtualPortgroupInfo]
    distributedVirtualSwitch: list[DistributedVirtualSwitchInfo]
    cdRom: list[VirtualMachineCdromInfo]
    serial: list[VirtualMachineSerialInfo]
    parallel: list[VirtualMachineParallelInfo]
    sound: list[VirtualMachineSoundInfo]
    usb: list[VirtualMachineUsbInfo]
    floppy: list[VirtualMachineFloppyInfo]
    legacyNetworkInfo: list[VirtualMachineLegacyNetworkSwitchInfo]
    scsiPassthrough: list[VirtualMachineScsiPassthroughInfo]
    scsiDisk: list[VirtualMachineScsiDiskDeviceInfo]
    ideDisk: list[VirtualMachineIdeDiskDeviceInfo]
    maxMemMBOptimalPerf: int
    supportedMaxMemMB: int | None
    resourcePool: ResourcePoolRuntimeInfo | None
    autoVmotion: bool | None
    pciPassthrough: list[VirtualMachinePciPassthroughInfo]
    sriov: list[VirtualMachineSriovInfo]
    vFlashModule: list[VirtualMachineVFlashModuleInfo]
    sharedGpuPassthroughTypes: list[VirtualMachinePciSharedGpuPassthroughInfo]
    availablePersistentMemoryReservationMB: int | None
    dynamicPassthrough: list[VirtualMachineDynamicPassthroughInfo]
    sgxTargetInfo: VirtualMachineSgxTargetInfo | None
    precisionClockInfo: list[VirtualMachinePrecisionClockInfo]
    sevSupported: bool | None
    vgpuDeviceInfo: list[VirtualMachineVgpuDeviceInfo]
    vgpuProfileInfo: list[VirtualMachineVgpuProfileInfo]

    def __init__(
        self,
        *,
        numCpus: int,
        numCpuCores: int,
        numNumaNodes: int,
        maxMemMBOptimalPerf: int,
        maxCpusPerHost: int | None = None,
        smcPresent: bool | None = None,
        datastore: list[VirtualMachineDatastoreInfo] | None = None,
        network: list[VirtualMachineNetworkInfo] | None = None,
        opaqueNetwork: list[OpaqueNetworkTargetInfo] | None = None,
        distributedVirtualPortgroup: list[DistributedVirtualPortgroupInfo] | None = None,
        distributedVirtualSwitch: list[DistributedVirtualSwitchInfo] | None = None,
        cdRom: list[VirtualMachineCdromInfo] | None = None,
        serial: list[VirtualMachineSerialInfo] | None = None,
        parallel: list[VirtualMachineParallelInfo] | None = None,
        sound: list[VirtualMachineSoundInfo] | None = None,
        usb: list[VirtualMachineUsbInfo] | None = None,
        floppy: list[VirtualMachineFloppyInfo] | None = None,
        legacyNetworkInfo: list[VirtualMachineLegacyNetworkSwitchInfo] | None = None,
        scsiPassthrough: list[VirtualMachineScsiPassthroughInfo] | None = None,
        scsiDisk: list[VirtualMachineScsiDiskDeviceInfo] | None = None,
        ideDisk: list[VirtualMachineIdeDiskDeviceInfo] | None = None,
        supportedMaxMemMB: int | None = None,
        resourcePool: ResourcePoolRuntimeInfo | None = None,
        autoVmotion: bool | None = None,
        pciPassthrough: Sequence[VirtualMachinePciPassthroughInfo] | None = None,
        sriov: list[VirtualMachineSriovInfo] | None = None,
        vFlashModule: list[VirtualMachineVFlashModuleInfo] | None = None,
        sharedGpuPassthroughTypes: list[VirtualMachinePciSharedGpuPassthroughInfo] | None = None,
        availablePersistentMemoryReservationMB: int | None = None,
        dynamicPassthrough: list[VirtualMachineDynamicPassthroughInfo] | None = None,
        sgxTargetInfo: VirtualMachineSgxTargetInfo | None = None,
        precisionClockInfo: list[VirtualMachinePrecisionClockInfo] | None = None,
        sevSupported: bool | None = None,
        vgpuDeviceInfo: list[VirtualMachineVgpuDeviceInfo] | None = None,
        vgpuProfileInfo: list[VirtualMachineVgpuProfileInfo] | None = None,
    ) -> None:
        self.numCpus = numCpus
        self.numCpuCores = numCpuCores
        self.numNumaNodes = numNumaNodes
        self.maxCpusPerHost = maxCpusPerHost
        self.smcPresent = smcPresent
        self.datastore = [] if datastore is None else datastore
        self.network = [] if network is None else network
        self.opaqueNetwork = [] if opaqueNetwork is None else opaqueNetwork
        self.distributedVirtualPortgroup = [] if distributedVirtualPortgroup is None else distributedVirtualPortgroup
        self.distributedVirtualSwitch = [] if distributedVirtualSwitch is None else distributedVirtualSwitch
        self.cdRom = [] if cdRom is None else cdRom
        self.serial = [] if serial is None else serial
        self.parallel = [] if parallel is None else parallel
        self.sound = [] if sound is None else sound
        self.usb = [] if usb is None else usb
        self.floppy = [] if floppy is None else floppy
        self.legacyNetworkInfo = [] if legacyNetworkInfo is None else legacyNetworkInfo
        self.scsiPassthrough = [] if scsiPassthrough is None else scsiPassthrough
        self.scsiDisk = [] if scsiDisk is None else scsiDisk
        self.ideDisk = [] if ideDisk is None else ideDisk
        self.maxMemMBOptimalPerf = maxMemMBOptimalPerf
        self.supportedMaxMemMB = supportedMaxMemMB
        self.resourcePool = resourcePool
        self.autoVmotion = autoVmotion
        self.pciPassthrough = [] if pciPassthrough is None else list(pciPassthrough)
        self.sriov = [] if sriov is None else sriov
        self.vFlashModule = [] if vFlashModule is None else vFlashModule
        self.sharedGpuPassthroughTypes = [] if sharedGpuPassthroughTypes is None else sharedGpuPassthroughTypes
        self.availablePersistentMemoryReservationMB = availablePersistentMemoryReservationMB
        self.dynamicPassthrough = [] if dynamicPassthrough is None else dynamicPassthrough
        self.sgxTargetInfo = sgxTargetInfo
        self.precisionClockInfo = [] if precisionClockInfo is None else precisionClockInfo
        self.sevSupported = sevSupported
        self.vgpuDeviceInfo = [] if vgpuDeviceInfo is None else vgpuDeviceInfo
        self.vgpuProfileInfo = [] if vgpuProfileInfo is None else vgpuProfileInfo
