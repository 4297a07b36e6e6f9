# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestOsDescriptor: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_option import BoolOption
    from .host_cpu_id_info import HostCpuIdInfo
    from .int_option import IntOption


class GuestOsDescriptor(DynamicData):
    """GuestOsDescriptor: data object extending DynamicData, since 2.0.

    Attributes:
        id: string, since 2.0.
        family: string, since 2.0.
        fullName: string, since 2.0.
        supportedMaxCPUs: int, since 2.0.
        numSupportedPhysicalSockets: int, optional, since 5.0.
        numSupportedCoresPerSocket: int, optional, since 5.0.
        supportedMinMemMB: int, since 2.0.
        supportedMaxMemMB: int, since 2.0.
        recommendedMemMB: int, since 2.0.
        recommendedColorDepth: int, since 2.0.
        supportedDiskControllerList: list of string, since 2.0.
        recommendedSCSIController: string, optional, since 2.0.
        recommendedDiskController: string, since 2.0.
        supportedNumDisks: int, since 2.0.
        recommendedDiskSizeMB: int, since 2.0.
        recommendedCdromController: string, optional, since 5.5.
        supportedEthernetCard: list of string, since 2.0.
        recommendedEthernetCard: string, optional, since 2.0.
        supportsSlaveDisk: boolean, optional, since 2.0.
        cpuFeatureMask: list of HostCpuIdInfo, since 2.0.
        smcRequired: boolean, optional, since 5.0.
        supportsWakeOnLan: boolean, since 2.0.
        supportsVMI: boolean, optional, since 4.0.
        supportsMemoryHotAdd: boolean, optional, since 4.0.
        supportsCpuHotAdd: boolean, optional, since 4.0.
        supportsCpuHotRemove: boolean, optional, since 4.0.
        supportedFirmware: list of string, since 5.0.
        recommendedFirmware: string, optional, since 5.0.
        supportedUSBControllerList: list of string, since 5.0.
        recommendedUSBController: string, optional, since 5.0.
        supports3D: boolean, optional, since 5.0.
        recommended3D: boolean, optional, since 5.1.
        smcRecommended: boolean, optional, since 5.0.
        ich7mRecommended: boolean, optional, since 5.0.
        usbRecommended: boolean, optional, since 5.0.
        supportLevel: string, optional, since 5.0.
        supportedForCreate: boolean, optional, since 5.0.
        vRAMSizeInKB: IntOption, optional, since 5.0.
        numSupportedFloppyDevices: int, optional, since 6.0.
        wakeOnLanEthernetCard: list of string, since 6.0.
        supportsPvscsiControllerForBoot: boolean, optional, since 6.0.
        diskUuidEnabled: boolean, optional, since 6.0.
        supportsHotPlugPCI: boolean, optional, since 6.0.
        supportsSecureBoot: boolean, optional, since 6.5.
        defaultSecureBoot: boolean, optional, since 6.5.
        persistentMemorySupported: boolean, optional, since 6.7.
        supportedMinPersistentMemoryMB: long, optional, since 6.7.
        supportedMaxPersistentMemoryMB: long, optional, since 6.7.
        recommendedPersistentMemoryMB: long, optional, since 6.7.
        persistentMemoryHotAddSupported: boolean, optional, since 6.7.
        persistentMemoryHotRemoveSupported: boolean, optional, since 6.7.
        persistentMemoryColdGrowthSupported: boolean, optional, since 6.7.
        persistentMemoryColdGrowthGranularityMB: long, optional, since 6.7.
        persistentMemoryHotGrowthSupported: boolean, optional, since 6.7.
        persistentMemoryHotGrowthGranularityMB: long, optional, since 6.7.
        numRecommendedPhysicalSockets: int, optional, since 6.7.
        numRecommendedCoresPerSocket: int, optional, since 6.7.
        vvtdSupported: BoolOption, optional, since 6.7.
        vbsSupported: BoolOption, optional, since 6.7.
        vsgxSupported: BoolOption, optional, since 7.0.0.0.
        supportsTPM20: boolean, optional, since 6.7.
        vwdtSupported: boolean, optional, since 7.0.0.0.
    """

    __slots__ = ("id", "family", "fullName", "supportedMaxCPUs", "numSupportedPhysicalSockets", "numSupportedCoresPerSocket", "supportedMinMemMB", "supportedMaxMemMB", "recommendedMemMB", "recommendedColorDepth", "supportedDiskControllerList", "recommendedSCSIController", "recommendedDiskController", "supportedNumDisks", "recommendedDiskSizeMB", "recommendedCdromController", "supportedEthernetCard", "recommendedEthernetCard", "supportsSlaveDisk", "cpuFeatureMask", "smcRequired", "supportsWakeOnLan", "supportsVMI", "supportsMemoryHotAdd", "supportsCpuHotAdd", "supportsCpuHotRemove", "supportedFirmware", "recommendedFirmware", "supportedUSBControllerList", "recommendedUSBController", "supports3D", "recommended3D", "smcRecommended", "ich7mRecommended", "usbRecommended", "supportLevel", "supportedForCreate", "vRAMSizeInKB", "numSupportedFloppyDevices", "wakeOnLanEthernetCard", "supportsPvscsiControllerForBoot", "diskUuidEnabled", "supportsHotPlugPCI", "supportsSecureBoot", "defaultSecureBoot", "persistentMemorySupported", "supportedMinPersistentMemoryMB", "supportedMaxPersistentMemoryMB", "recommendedPersistentMemoryMB", "persistentMemoryHotAddSupported", "persistentMemoryHotRemoveSupported", "persistentMemoryColdGrowthSupported", "persistentMemoryColdGrowthGranularityMB", "persistentMemoryHotGrowthSupported", "persistentMemoryHotGrowthGranularityMB", "numRecommendedPhysicalSockets", "numRecommendedCoresPerSocket", "vvtdSupported", "vbsSupported", "vsgxSupported", "supportsTPM20", "vwdtSupported", )
    _wire_name_: ClassVar[str] = "GuestOsDescriptor"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "2.0"),
        _F("family", "string", 0, "2.0"),
        _F("fullName", "string", 0, "2.0"),
        _F("supportedMaxCPUs", "int", 0, "2.0"),
        _F("numSupportedPhysicalSockets", "int", 2, "5.0"),
        _F("numSupportedCoresPerSocket", "int", 2, "5.0"),
        _F("supportedMinMemMB", "int", 0, "2.0"),
        _F("supportedMaxMemMB", "int", 0, "2.0"),
        _F("recommendedMemMB", "int", 0, "2.0"),
        _F("recommendedColorDepth", "int", 0, "2.0"),
        _F("supportedDiskControllerList", "string", 1, "2.0"),
        _F("recommendedSCSIController", "string", 2, "2.0"),
        _F("recommendedDiskController", "string", 0, "2.0"),
        _F("supportedNumDisks", "int", 0, "2.0"),
        _F("recommendedDiskSizeMB", "int", 0, "2.0"),
        _F("recommendedCdromController", "string", 2, "5.5"),
        _F("supportedEthernetCard", "string", 1, "2.0"),
        _F("recommendedEthernetCard", "string", 2, "2.0"),
        _F("supportsSlaveDisk", "boolean", 2, "2.0"),
        _F("cpuFeatureMask", "HostCpuIdInfo", 3, "2.0"),
        _F("smcRequired", "boolean", 2, "5.0"),
        _F("supportsWakeOnLan", "boolean", 0, "2.0"),
        _F("supportsVMI", "boolean", 2, "4.0"),
        _F("supportsMemoryHotAdd", "boolean", 2, "4.0"),
        _F("supportsCpuHotAdd", "boolean", 2, "4.0"),
        _F("supportsCpuHotRemove", "boolean", 2, "4.0"),
        _F("supportedFirmware", "string", 3, "5.0"),
        _F("recommendedFirmware", "string", 2, "5.0"),
        _F("supportedUSBControllerList", "string", 3, "5.0"),
        _F("recommendedUSBController", "string", 2, "5.0"),
        _F("supports3D", "boolean", 2, "5.0"),
        _F("recommended3D", "boolean", 2, "5.1"),
        _F("smcRecommended", "boolean", 2, "5.0"),
        _F("ich7mRecommended", "boolean", 2, "5.0"),
        _F("usbRecommended", "boolean", 2, "5.0"),
        _F("supportLevel", "string", 2, "5.0"),
        _F("supportedForCreate", "boolean", 2, "5.0"),
        _F("vRAMSizeInKB", "IntOption", 2, "5.0"),
        _F("numSupportedFloppyDevices", "int", 2, "6.0"),
        _F("wakeOnLanEthernetCard", "string", 3, "6.0"),
        _F("supportsPvscsiControllerForBoot", "boolean", 2, "6.0"),
        _F("diskUuidEnabled", "boolean", 2, "6.0"),
        _F("supportsHotPlugPCI", "boolean", 2, "6.0"),
        _F("supportsSecureBoot", "boolean", 2, "6.5"),
        _F("defaultSecureBoot", "boolean", 2, "6.5"),
        _F("persistentMemorySupported", "boolean", 2, "6.7"),
        _F("supportedMinPersistentMemoryMB", "long", 2, "6.7"),
        _F("supportedMaxPersistentMemoryMB", "long", 2, "6.7"),
        _F("recommendedPersistentMemoryMB", "long", 2, "6.7"),
        _F("persistentMemoryHotAddSupported", "boolean", 2, "6.7"),
        _F("persistentMemoryHotRemoveSupported", "boolean", 2, "6.7"),
        _F("persistentMemoryColdGrowthSupported", "boolean", 2, "6.7"),
        _F("persistentMemoryColdGrowthGranularityMB", "long", 2, "6.7"),
        _F("persistentMemoryHotGrowthSupported", "boolean", 2, "6.7"),
        _F("persistentMemoryHotGrowthGranularityMB", "long", 2, "6.7"),
        _F("numRecommendedPhysicalSockets", "int", 2, "6.7"),
        _F("numRecommendedCoresPerSocket", "int", 2, "6.7"),
        _F("vvtdSupported", "BoolOption", 2, "6.7"),
        _F("vbsSupported", "BoolOption", 2, "6.7"),
        _F("vsgxSupported", "BoolOption", 2, "7.0.0.0"),
        _F("supportsTPM20", "boolean", 2, "6.7"),
        _F("vwdtSupported", "boolean", 2, "7.0.0.0"),
    )
    id: str
    family: str
    fullName: str
    supportedMaxCPUs: int
    numSupportedPhysicalSockets: int | None
    numSupportedCoresPerSocket: int | None
    supportedMinMemMB: int
    supportedMaxMemMB: int
    recommendedMemMB: int
    recommendedColorDepth: int
    supportedDiskControllerList: list[str]
    recommendedSCSIController: str | None
    recommendedDiskController: str
    supportedNumDisks: int
    recommendedDiskSizeMB: int
    recommendedCdromController: str | None
    supportedEthernetCard: list[str]
    recommendedEthernetCard: str | None
    supportsSlaveDisk: bool | None
    cpuFeatureMask: list[HostCpuIdInfo]
    smcRequired: bool | None
    supportsWakeOnLan: bool
    supportsVMI: bool | None
    supportsMemoryHotAdd: bool | None
    supportsCpuHotAdd: bool | None
    supportsCpuHotRemove: bool | None
    supportedFirmware: list[str]
    recommendedFirmware: str | None
    supportedUSBControllerList: list[str]
    recommendedUSBController: str | None
    supports3D: bool | None
    recommended3D: bool | None
    smcRecommended: bool | None
    ich7mRecommended: bool | None
    usbRecommended: bool | None
    supportLevel: str | None
    supportedForCreate: bool | None
    vRAMSizeInKB: IntOption | None
    numSupportedFloppyDevices: int | None
    wakeOnLanEthernetCard: list[str]
    supportsPvscsiControllerForBoot: bool | None
    diskUuidEnabled: bool | None
    supportsHotPlugPCI: bool | None
    supportsSecureBoot: bool | None
    defaultSecureBoot: bool | None
    persistentMemorySupported: bool | None
    supportedMinPersistentMemoryMB: int | None
    supportedMaxPersistentMemoryMB: int | None
    recommendedPersistentMemoryMB: int | None
    persistentMemoryHotAddSupported: bool | None
    persistentMemoryHotRemoveSupported: bool | None
    persistentMemoryColdGrowthSupported: bool | None
    persistentMemoryColdGrowthGranularityMB: int | None
    persistentMemoryHotGrowthSupported: bool | None
    persistentMemoryHotGrowthGranularityMB: int | None
    numRecommendedPhysicalSockets: int | None
    numRecommendedCoresPerSocket: int | None
    vvtdSupported: BoolOption | None
    vbsSupported: BoolOption | None
    vsgxSupported: BoolOption | None
    supportsTPM20: bool | None
    vwdtSupported: bool | None

    def __init__(
        self,
        *,
        id: str,
        family: str,
        fullName: str,
        supportedMaxCPUs: int,
        supportedMinMemMB: int,
        supportedMaxMemMB: int,
        recommendedMemMB: int,
        recommendedColorDepth: int,
        supportedDiskControllerList: list[str],
        recommendedDiskController: str,
        supportedNumDisks: int,
        recommendedDiskSizeMB: int,
        supportedEthernetCard: list[str],
        supportsWakeOnLan: bool,
        numSupportedPhysicalSockets: int | None = None,
        numSupportedCoresPerSocket: int | None = None,
        recommendedSCSIController: str | None = None,
        recommendedCdromController: str | None = None,
        recommendedEthernetCard: str | None = None,
        supportsSlaveDisk: bool | None = None,
        cpuFeatureMask: list[HostCpuIdInfo] | None = None,
        smcRequired: bool | None = None,
        supportsVMI: bool | None = None,
        supportsMemoryHotAdd: bool | None = None,
        supportsCpuHotAdd: bool | None = None,
        supportsCpuHotRemove: bool | None = None,
        supportedFirmware: list[str] | None = None,
        recommendedFirmware: str | None = None,
        supportedUSBControllerList: list[str] | None = None,
        recommendedUSBController: str | None = None,
        supports3D: bool | None = None,
        recommended3D: bool | None = None,
        smcRecommended: bool | None = None,
        ich7mRecommended: bool | None = None,
        usbRecommended: bool | None = None,
        supportLevel: str | None = None,
        supportedForCreate: bool | None = None,
        vRAMSizeInKB: IntOption | None = None,
        numSupportedFloppyDevices: int | None = None,
        wakeOnLanEthernetCard: list[str] | None = None,
        supportsPvscsiControllerForBoot: bool | None = None,
        diskUuidEnabled: bool | None = None,
        supportsHotPlugPCI: bool | None = None,
        supportsSecureBoot: bool | None = None,
        defaultSecureBoot: bool | None = None,
        persistentMemorySupported: bool | None = None,
        supportedMinPersistentMemoryMB: int | None = None,
        supportedMaxPersistentMemoryMB: int | None = None,
        recommendedPersistentMemoryMB: int | None = None,
        persistentMemoryHotAddSupported: bool | None = None,
        persistentMemoryHotRemoveSupported: bool | None = None,
        persistentMemoryColdGrowthSupported: bool | None = None,
        persistentMemoryColdGrowthGranularityMB: int | None = None,
        persistentMemoryHotGrowthSupported: bool | None = None,
        persistentMemoryHotGrowthGranularityMB: int | None = None,
        numRecommendedPhysicalSockets: int | None = None,
        numRecommendedCoresPerSocket: int | None = None,
        vvtdSupported: BoolOption | None = None,
        vbsSupported: BoolOption | None = None,
        vsgxSupported: BoolOption | None = None,
        supportsTPM20: bool | None = None,
        vwdtSupported: bool | None = None,
    ) -> None:
        self.id = id
        self.family = family
        self.fullName = fullName
        self.supportedMaxCPUs = supportedMaxCPUs
        self.numSupportedPhysicalSockets = numSupportedPhysicalSockets
        self.numSupportedCoresPerSocket = numSupportedCoresPerSocket
        self.supportedMinMemMB = supportedMinMemMB
        self.supportedMaxMemMB = supportedMaxMemMB
        self.recommendedMemMB = recommendedMemMB
        self.recommendedColorDepth = recommendedColorDepth
        self.supportedDiskControllerList = supportedDiskControllerList
        self.recommendedSCSIController = recommendedSCSIController
        self.recommendedDiskController = recommendedDiskController
        self.supportedNumDisks = supportedNumDisks
        self.recommendedDiskSizeMB = recommendedDiskSizeMB
        self.recommendedCdromController = recommendedCdromController
        self.supportedEthernetCard = supportedEthernetCard
        self.recommendedEthernetCard = recommendedEthernetCard
        self.supportsSlaveDisk = supportsSlaveDisk
        self.cpuFeatureMask = [] if cpuFeatureMask is None else cpuFeatureMask
        self.smcRequired = smcRequired
        self.supportsWakeOnLan = supportsWakeOnLan
        self.supportsVMI = supportsVMI
        self.supportsMemoryHotAdd = supportsMemoryHotAdd
        self.supportsCpuHotAdd = supportsCpuHotAdd
        self.supportsCpuHotRemove = supportsCpuHotRemove
        self.supportedFirmware = [] if supportedFirmware is None else supportedFirmware
        self.recommendedFirmware = recommendedFirmware
        self.supportedUSBControllerList = [] if supportedUSBControllerList is None else supportedUSBControllerList
        self.recommendedUSBController = recommendedUSBController
        self.supports3D = supports3D
        self.recommended3D = recommended3D
        self.smcRecommended = smcRecommended
        self.ich7mRecommended = ich7mRecommended
        self.usbRecommended = usbRecommended
        self.supportLevel = supportLevel
        self.supportedForCreate = supportedForCreate
        self.vRAMSizeInKB = vRAMSizeInKB
        self.numSupportedFloppyDevices = numSupportedFloppyDevices
        self.wakeOnLanEthernetCard = [] if wakeOnLanEthernetCard is None else wakeOnLanEthernetCard
        self.supportsPvscsiControllerForBoot = supportsPvscsiControllerForBoot
        self.diskUuidEnabled = diskUuidEnabled
        self.supportsHotPlugPCI = supportsHotPlugPCI
        self.supportsSecureBoot = supportsSecureBoot
        self.defaultSecureBoot = defaultSecureBoot
        self.persistentMemorySupported = persistentMemorySupported
        self.supportedMinPersistentMemoryMB = supportedMinPersistentMemoryMB
        self.supportedMaxPersistentMemoryMB = supportedMaxPersistentMemoryMB
        self.recommendedPersistentMemoryMB = recommendedPersistentMemoryMB
        self.persistentMemoryHotAddSupported = persistentMemoryHotAddSupported
        self.persistentMemoryHotRemoveSupported = persistentMemoryHotRemoveSupported
        self.persistentMemoryColdGrowthSupported = persistentMemoryColdGrowthSupported
        self.persistentMemoryColdGrowthGranularityMB = persistentMemoryColdGrowthGranularityMB
        self.persistentMemoryHotGrowthSupported = persistentMemoryHotGrowthSupported
        self.persistentMemoryHotGrowthGranularityMB = persistentMemoryHotGrowthGranularityMB
        self.numRecommendedPhysicalSockets = numRecommendedPhysicalSockets
        self.numRecommendedCoresPerSocket = numRecommendedCoresPerSocket
        self.vvtdSupported = vvtdSupported
        self.vbsSupported = vbsSupported
        self.vsgxSupported = vsgxSupported
        self.supportsTPM20 = supportsTPM20
        self.vwdtSupported = vwdtSupported
