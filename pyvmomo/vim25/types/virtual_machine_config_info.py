# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from .crypto_key_id import CryptoKeyId
    from .fault_tolerance_config_info import FaultToleranceConfigInfo
    from .host_cpu_id_info import HostCpuIdInfo
    from .latency_sensitivity import LatencySensitivity
    from .managed_by_info import ManagedByInfo
    from .option_value import OptionValue
    from .replication_config_spec import ReplicationConfigSpec
    from .resource_allocation_info import ResourceAllocationInfo
    from .scheduled_hardware_upgrade_info import ScheduledHardwareUpgradeInfo
    from .tools_config_info import ToolsConfigInfo
    from .virtual_hardware import VirtualHardware
    from .virtual_machine_affinity_info import VirtualMachineAffinityInfo
    from .virtual_machine_boot_options import VirtualMachineBootOptions
    from .virtual_machine_config_info_datastore_url_pair import VirtualMachineConfigInfoDatastoreUrlPair
    from .virtual_machine_config_info_overhead_info import VirtualMachineConfigInfoOverheadInfo
    from .virtual_machine_console_preferences import VirtualMachineConsolePreferences
    from .virtual_machine_content_library_item_info import VirtualMachineContentLibraryItemInfo
    from .virtual_machine_default_power_op_info import VirtualMachineDefaultPowerOpInfo
    from .virtual_machine_file_info import VirtualMachineFileInfo
    from .virtual_machine_flag_info import VirtualMachineFlagInfo
    from .virtual_machine_fork_config_info import VirtualMachineForkConfigInfo
    from .virtual_machine_guest_integrity_info import VirtualMachineGuestIntegrityInfo
    from .virtual_machine_guest_monitoring_mode_info import VirtualMachineGuestMonitoringModeInfo
    from .virtual_machine_network_shaper_info import VirtualMachineNetworkShaperInfo
    from .virtual_machine_sgx_info import VirtualMachineSgxInfo
    from .virtual_machine_vcpu_config import VirtualMachineVcpuConfig
    from .virtual_machine_virtual_p_mem import VirtualMachineVirtualPMem
    from .vm_config_info import VmConfigInfo


class VirtualMachineConfigInfo(DynamicData):
    """VirtualMachineConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        changeVersion: string, since 2.0.
        modified: dateTime, since 2.0.
        name: string, since 2.0.
        guestFullName: string, since 2.0.
        version: string, since 2.0.
        uuid: string, since 2.0.
        createDate: dateTime, optional, since 6.7.
        instanceUuid: string, optional, since 4.0.
        npivNodeWorldWideName: list of long, since 2.5.
        npivPortWorldWideName: list of long, since 2.5.
        npivWorldWideNameType: string, optional, since 2.5.
        npivDesiredNodeWwns: short, optional, since 4.0.
        npivDesiredPortWwns: short, optional, since 4.0.
        npivTemporaryDisabled: boolean, optional, since 4.0.
        npivOnNonRdmDisks: boolean, optional, since 4.0.
        locationId: string, optional, since 2.0.
        template: boolean, since 2.0.
        guestId: string, since 2.0.
        alternateGuestName: string, since 2.5.
        annotation: string, optional, since 2.0.
        files: VirtualMachineFileInfo, since 2.0.
        tools: ToolsConfigInfo, optional, since 2.0.
        flags: VirtualMachineFlagInfo, since 2.0.
        consolePreferences: VirtualMachineConsolePreferences, optional, since 2.0.
        defaultPowerOps: VirtualMachineDefaultPowerOpInfo, since 2.0.
        hardware: VirtualHardware, since 2.0.
        vcpuConfig: list of VirtualMachineVcpuConfig, since 7.0.0.0.
        cpuAllocation: ResourceAllocationInfo, optional, since 2.0.
        memoryAllocation: ResourceAllocationInfo, optional, since 2.0.
        latencySensitivity: LatencySensitivity, optional, since 5.1.
        memoryHotAddEnabled: boolean, optional, since 4.0.
        cpuHotAddEnabled: boolean, optional, since 4.0.
        cpuHotRemoveEnabled: boolean, optional, since 4.0.
        hotPlugMemoryLimit: long, optional, since 4.0.
        hotPlugMemoryIncrementSize: long, optional, since 4.0.
        cpuAffinity: VirtualMachineAffinityInfo, optional, since 2.0.
        memoryAffinity: VirtualMachineAffinityInfo, optional, since 2.0.
        networkShaper: VirtualMachineNetworkShaperInfo, optional, since 2.0.
        extraConfig: list of OptionValue, since 2.0.
        cpuFeatureMask: list of HostCpuIdInfo, since 2.0.
        datastoreUrl: list of VirtualMachineConfigInfoDatastoreUrlPair, since 2.0.
        swapPlacement: string, optional, since 2.5.
        bootOptions: VirtualMachineBootOptions, optional, since 2.5.
        ftInfo: FaultToleranceConfigInfo, optional, since 4.0.
        repConfig: ReplicationConfigSpec, optional, since 6.0.
        vAppConfig: VmConfigInfo, optional, since 4.0.
        vAssertsEnabled: boolean, optional, since 4.0.
        changeTrackingEnabled: boolean, optional, since 4.0.
        firmware: string, optional, since 5.0.
        maxMksConnections: int, optional, since 5.0.
        guestAutoLockEnabled: boolean, optional, since 5.0.
        managedBy: ManagedByInfo, optional, since 5.0.
        memoryReservationLockedToMax: boolean, optional, since 5.0.
        initialOverhead: VirtualMachineConfigInfoOverheadInfo, optional, since 5.0.
        nestedHVEnabled: boolean, optional, since 5.1.
        vPMCEnabled: boolean, optional, since 5.1.
        scheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo, optional, since 5.1.
        forkConfigInfo: VirtualMachineForkConfigInfo, optional, since 6.0.
        vFlashCacheReservation: long, optional, since 5.5.
        vmxConfigChecksum: base64Binary, optional, since 6.0.
        messageBusTunnelEnabled: boolean, optional, since 6.0.
        vmStorageObjectId: string, optional, since 6.0.
        swapStorageObjectId: string, optional, since 6.0.
        keyId: CryptoKeyId, optional, since 6.5.
        guestIntegrityInfo: VirtualMachineGuestIntegrityInfo, optional, since 6.5.
        migrateEncryption: string, optional, since 6.5.
        sgxInfo: VirtualMachineSgxInfo, optional, since 7.0.0.0.
        contentLibItemInfo: VirtualMachineContentLibraryItemInfo, optional, since 7.0.0.0.
        ftEncryptionMode: string, optional, since 7.0.2.0.
        guestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo, optional, since 7.0.0.0.
        sevEnabled: boolean, optional, since 7.0.1.0.
        pmemFailoverEnabled: boolean, optional, since 7.0.2.0.
        vmOpNotificationToAppEnabled: boolean, optional, since 7.0.3.0.
        pmem: VirtualMachineVirtualPMem, optional, since 7.0.3.0.
    """

    __slots__ = ("changeVersion", "modified", "name", "guestFullName", "version", "uuid", "createDate", "instanceUuid", "npivNodeWorldWideName", "npivPortWorldWideName", "npivWorldWideNameType", "npivDesiredNodeWwns", "npivDesiredPortWwns", "npivTemporaryDisabled", "npivOnNonRdmDisks", "locationId", "template", "guestId", "alternateGuestName", "annotation", "files", "tools", "flags", "consolePreferences", "defaultPowerOps", "hardware", "vcpuConfig", "cpuAllocation", "memoryAllocation", "latencySensitivity", "memoryHotAddEnabled", "cpuHotAddEnabled", "cpuHotRemoveEnabled", "hotPlugMemoryLimit", "hotPlugMemoryIncrementSize", "cpuAffinity", "memoryAffinity", "networkShaper", "extraConfig", "cpuFeatureMask", "datastoreUrl", "swapPlacement", "bootOptions", "ftInfo", "repConfig", "vAppConfig", "vAssertsEnabled", "changeTrackingEnabled", "firmware", "maxMksConnections", "guestAutoLockEnabled", "managedBy", "memoryReservationLockedToMax", "initialOverhead", "nestedHVEnabled", "vPMCEnabled", "scheduledHardwareUpgradeInfo", "forkConfigInfo", "vFlashCacheReservation", "vmxConfigChecksum", "messageBusTunnelEnabled", "vmStorageObjectId", "swapStorageObjectId", "keyId", "guestIntegrityInfo", "migrateEncryption", "sgxInfo", "contentLibItemInfo", "ftEncryptionMode", "guestMonitoringModeInfo", "sevEnabled", "pmemFailoverEnabled", "vmOpNotificationToAppEnabled", "pmem", )
    _wire_name_: ClassVar[str] = "VirtualMachineConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("changeVersion", "string", 0, "2.0"),
        _F("modified", "dateTime", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("guestFullName", "string", 0, "2.0"),
        _F("version", "string", 0, "2.0"),
        _F("uuid", "string", 0, "2.0"),
        _F("createDate", "dateTime", 2, "6.7"),
        _F("instanceUuid", "string", 2, "4.0"),
        _F("npivNodeWorldWideName", "long", 3, "2.5"),
        _F("npivPortWorldWideName", "long", 3, "2.5"),
        _F("npivWorldWideNameType", "string", 2, "2.5"),
        _F("npivDesiredNodeWwns", "short", 2, "4.0"),
        _F("npivDesiredPortWwns", "short", 2, "4.0"),
        _F("npivTemporaryDisabled", "boolean", 2, "4.0"),
        _F("npivOnNonRdmDisks", "boolean", 2, "4.0"),
        _F("locationId", "string", 2, "2.0"),
        _F("template", "boolean", 0, "2.0"),
        _F("guestId", "string", 0, "2.0"),
        _F("alternateGuestName", "string", 0, "2.5"),
        _F("annotation", "string", 2, "2.0"),
        _F("files", "VirtualMachineFileInfo", 0, "2.0"),
        _F("tools", "ToolsConfigInfo", 2, "2.0"),
        _F("flags", "VirtualMachineFlagInfo", 0, "2.0"),
        _F("consolePreferences", "VirtualMachineConsolePreferences", 2, "2.0"),
        _F("defaultPowerOps", "VirtualMachineDefaultPowerOpInfo", 0, "2.0"),
        _F("hardware", "VirtualHardware", 0, "2.0"),
        _F("vcpuConfig", "VirtualMachineVcpuConfig", 3, "7.0.0.0"),
        _F("cpuAllocation", "ResourceAllocationInfo", 2, "2.0"),
        _F("memoryAllocation", "ResourceAllocationInfo", 2, "2.0"),
        _F("latencySensitivity", "LatencySensitivity", 2, "5.1"),
        _F("memoryHotAddEnabled", "boolean", 2, "4.0"),
        _F("cpuHotAddEnabled", "boolean", 2, "4.0"),
        _F("cpuHotRemoveEnabled", "boolean", 2, "4.0"),
        _F("hotPlugMemoryLimit", "long", 2, "4.0"),
        _F("hotPlugMemoryIncrementSize", "long", 2, "4.0"),
        _F("cpuAffinity", "VirtualMachineAffinityInfo", 2, "2.0"),
        _F("memoryAffinity", "VirtualMachineAffinityInfo", 2, "2.0"),
        _F("networkShaper", "VirtualMachineNetworkShaperInfo", 2, "2.0"),
        _F("extraConfig", "OptionValue", 3, "2.0"),
        _F("cpuFeatureMask", "HostCpuIdInfo", 3, "2.0"),
        _F("datastoreUrl", "VirtualMachineConfigInfoDatastoreUrlPair", 3, "2.0"),
        _F("swapPlacement", "string", 2, "2.5"),
        _F("bootOptions", "VirtualMachineBootOptions", 2, "2.5"),
        _F("ftInfo", "FaultToleranceConfigInfo", 2, "4.0"),
        _F("repConfig", "ReplicationConfigSpec", 2, "6.0"),
        _F("vAppConfig", "VmConfigInfo", 2, "4.0"),
        _F("vAssertsEnabled", "boolean", 2, "4.0"),
        _F("changeTrackingEnabled", "boolean", 2, "4.0"),
        _F("firmware", "string", 2, "5.0"),
        _F("maxMksConnections", "int", 2, "5.0"),
        _F("guestAutoLockEnabled", "boolean", 2, "5.0"),
        _F("managedBy", "ManagedByInfo", 2, "5.0"),
        _F("memoryReservationLockedToMax", "boolean", 2, "5.0"),
        _F("initialOverhead", "VirtualMachineConfigInfoOverheadInfo", 2, "5.0"),
        _F("nestedHVEnabled", "boolean", 2, "5.1"),
        _F("vPMCEnabled", "boolean", 2, "5.1"),
        _F("scheduledHardwareUpgradeInfo", "ScheduledHardwareUpgradeInfo", 2, "5.1"),
        _F("forkConfigInfo", "VirtualMachineForkConfigInfo", 2, "6.0"),
        _F("vFlashCacheReservation", "long", 2, "5.5"),
        _F("vmxConfigChecksum", "base64Binary", 2, "6.0"),
        _F("messageBusTunnelEnabled", "boolean", 2, "6.0"),
        _F("vmStorageObjectId", "string", 2, "6.0"),
        _F("swapStorageObjectId", "string", 2, "6.0"),
        _F("keyId", "CryptoKeyId", 2, "6.5"),
        _F("guestIntegrityInfo", "VirtualMachineGuestIntegrityInfo", 2, "6.5"),
        _F("migrateEncryption", "string", 2, "6.5"),
        _F("sgxInfo", "VirtualMachineSgxInfo", 2, "7.0.0.0"),
        _F("contentLibItemInfo", "VirtualMachineContentLibraryItemInfo", 2, "7.0.0.0"),
        _F("ftEncryptionMode", "string", 2, "7.0.2.0"),
        _F("guestMonitoringModeInfo", "VirtualMachineGuestMonitoringModeInfo", 2, "7.0.0.0"),
        _F("sevEnabled", "boolean", 2, "7.0.1.0"),
        _F("pmemFailoverEnabled", "boolean", 2, "7.0.2.0"),
        _F("vmOpNotificationToAppEnabled", "boolean", 2, "7.0.3.0"),
        _F("pmem", "VirtualMachineVirtualPMem", 2, "7.0.3.0"),
    )
    changeVersion: str
    modified: datetime
    name: str
    guestFullName: str
    version: str
    uuid: str
    createDate: datetime | None
    instanceUuid: str | None
    npivNodeWorldWideName: list[int]
    npivPortWorldWideName: list[int]
    npivWorldWideNameType: str | None
    npivDesiredNodeWwns: int | None
    npivDesiredPortWwns: int | None
    npivTemporaryDisabled: bool | None
    npivOnNonRdmDisks: bool | None
    locationId: str | None
    template: bool
    guestId: str
    alternateGuestName: str
    annotation: str | None
    files: VirtualMachineFileInfo
    tools: ToolsConfigInfo | None
    flags: VirtualMachineFlagInfo
    consolePreferences: VirtualMachineConsolePreferences | None
    defaultPowerOps: VirtualMachineDefaultPowerOpInfo
    hardware: VirtualHardware
    vcpuConfig: list[VirtualMachineVcpuConfig]
    cpuAllocation: ResourceAllocationInfo | None
    memoryAllocation: ResourceAllocationInfo | None
    latencySensitivity: LatencySensitivity | None
    memoryHotAddEnabled: bool | None
    cpuHotAddEnabled: bool | None
    cpuHotRemoveEnabled: bool | None
    hotPlugMemoryLimit: int | None
    hotPlugMemoryIncrementSize: int | None
    cpuAffinity: VirtualMachineAffinityInfo | None
    memoryAffinity: VirtualMachineAffinityInfo | None
    networkShaper: VirtualMachineNetworkShaperInfo | None
    extraConfig: list[OptionValue]
    cpuFeatureMask: list[HostCpuIdInfo]
    datastoreUrl: list[VirtualMachineConfigInfoDatastoreUrlPair]
    swapPlacement: str | None
    bootOptions: VirtualMachineBootOptions | None
    ftInfo: FaultToleranceConfigInfo | None
    repConfig: ReplicationConfigSpec | None
    vAppConfig: VmConfigInfo | None
    vAssertsEnabled: bool | None
    changeTrackingEnabled: bool | None
    firmware: str | None
    maxMksConnections: int | None
    guestAutoLockEnabled: bool | None
    managedBy: ManagedByInfo | None
    memoryReservationLockedToMax: bool | None
    initialOverhead: VirtualMachineConfigInfoOverheadInfo | None
    nestedHVEnabled: bool | None
    vPMCEnabled: bool | None
    scheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo | None
    forkConfigInfo: VirtualMachineForkConfigInfo | None
    vFlashCacheReservation: int | None
    vmxConfigChecksum: bytes | None
    messageBusTunnelEnabled: bool | None
    vmStorageObjectId: str | None
    swapStorageObjectId: str | None
    keyId: CryptoKeyId | None
    guestIntegrityInfo: VirtualMachineGuestIntegrityInfo | None
    migrateEncryption: str | None
    sgxInfo: VirtualMachineSgxInfo | None
    contentLibItemInfo: VirtualMachineContentLibraryItemInfo | None
    ftEncryptionMode: str | None
    guestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo | None
    sevEnabled: bool | None
    pmemFailoverEnabled: bool | None
    vmOpNotificationToAppEnabled: bool | None
    pmem: VirtualMachineVirtualPMem | None

    def __init__(
        self,
        *,
        changeVersion: str,
        modified: datetime,
        name: str,
        guestFullName: str,
        version: str,
        uuid: str,
        template: bool,
        guestId: str,
        alternateGuestName: str,
        files: VirtualMachineFileInfo,
        flags: VirtualMachineFlagInfo,
        defaultPowerOps: VirtualMachineDefaultPowerOpInfo,
        hardware: VirtualHardware,
        createDate: datetime | None = None,
        instanceUuid: str | None = None,
        npivNodeWorldWideName: list[int] | None = None,
        npivPortWorldWideName: list[int] | None = None,
        npivWorldWideNameType: str | None = None,
        npivDesiredNodeWwns: int | None = None,
        npivDesiredPortWwns: int | None = None,
        npivTemporaryDisabled: bool | None = None,
        npivOnNonRdmDisks: bool | None = None,
        locationId: str | None = None,
        annotation: str | None = None,
        tools: ToolsConfigInfo | None = None,
        consolePreferences: VirtualMachineConsolePreferences | None = None,
        vcpuConfig: list[VirtualMachineVcpuConfig] | None = None,
        cpuAllocation: ResourceAllocationInfo | None = None,
        memoryAllocation: ResourceAllocationInfo | None = None,
        latencySensitivity: LatencySensitivity | None = None,
        memoryHotAddEnabled: bool | None = None,
        cpuHotAddEnabled: bool | None = None,
        cpuHotRemoveEnabled: bool | None = None,
        hotPlugMemoryLimit: int | None = None,
        hotPlugMemoryIncrementSize: int | None = None,
        cpuAffinity: VirtualMachineAffinityInfo | None = None,
        memoryAffinity: VirtualMachineAffinityInfo | None = None,
        networkShaper: VirtualMachineNetworkShaperInfo | None = None,
        extraConfig: Sequence[OptionValue] | None = None,
        cpuFeatureMask: list[HostCpuIdInfo] | None = None,
        datastoreUrl: list[VirtualMachineConfigInfoDatastoreUrlPair] | None = None,
        swapPlacement: str | None = None,
        bootOptions: VirtualMachineBootOptions | None = None,
        ftInfo: FaultToleranceConfigInfo | None = None,
        repConfig: ReplicationConfigSpec | None = None,
        vAppConfig: VmConfigInfo | None = None,
        vAssertsEnabled: bool | None = None,
        changeTrackingEnabled: bool | None = None,
        firmware: str | None = None,
        maxMksConnections: int | None = None,
        guestAutoLockEnabled: bool | None = None,
        managedBy: ManagedByInfo | None = None,
        memoryReservationLockedToMax: bool | None = None,
        initialOverhead: VirtualMachineConfigInfoOverheadInfo | None = None,
        nestedHVEnabled: bool | None = None,
        vPMCEnabled: bool | None = None,
        scheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo | None = None,
        forkConfigInfo: VirtualMachineForkConfigInfo | None = None,
        vFlashCacheReservation: int | None = None,
        vmxConfigChecksum: bytes | None = None,
        messageBusTunnelEnabled: bool | None = None,
        vmStorageObjectId: str | None = None,
        swapStorageObjectId: str | None = None,
        keyId: CryptoKeyId | None = None,
        guestIntegrityInfo: VirtualMachineGuestIntegrityInfo | None = None,
        migrateEncryption: str | None = None,
        sgxInfo: VirtualMachineSgxInfo | None = None,
        contentLibItemInfo: VirtualMachineContentLibraryItemInfo | None = None,
        ftEncryptionMode: str | None = None,
        guestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo | None = None,
        sevEnabled: bool | None = None,
        pmemFailoverEnabled: bool | None = None,
        vmOpNotificationToAppEnabled: bool | None = None,
        pmem: VirtualMachineVirtualPMem | None = None,
    ) -> None:
        self.changeVersion = changeVersion
        self.modified = modified
        self.name = name
        self.guestFullName = guestFullName
        self.version = version
        self.uuid = uuid
        self.createDate = createDate
        self.instanceUuid = instanceUuid
        self.npivNodeWorldWideName = [] if npivNodeWorldWideName is None else npivNodeWorldWideName
        self.npivPortWorldWideName = [] if npivPortWorldWideName is None else npivPortWorldWideName
        self.npivWorldWideNameType = npivWorldWideNameType
        self.npivDesiredNodeWwns = npivDesiredNodeWwns
        self.npivDesiredPortWwns = npivDesiredPortWwns
        self.npivTemporaryDisabled = npivTemporaryDisabled
        self.npivOnNonRdmDisks = npivOnNonRdmDisks
        self.locationId = locationId
        self.template = template
        self.guestId = guestId
        self.alternateGuestName = alternateGuestName
        self.annotation = annotation
        self.files = files
        self.tools = tools
        self.flags = flags
        self.consolePreferences = consolePreferences
        self.defaultPowerOps = defaultPowerOps
        self.hardware = hardware
        self.vcpuConfig = [] if vcpuConfig is None else vcpuConfig
        self.cpuAllocation = cpuAllocation
        self.memoryAllocation = memoryAllocation
        self.latencySensitivity = latencySensitivity
        self.memoryHotAddEnabled = memoryHotAddEnabled
        self.cpuHotAddEnabled = cpuHotAddEnabled
        self.cpuHotRemoveEnabled = cpuHotRemoveEnabled
        self.hotPlugMemoryLimit = hotPlugMemoryLimit
        self.hotPlugMemoryIncrementSize = hotPlugMemoryIncrementSize
        self.cpuAffinity = cpuAffinity
        self.memoryAffinity = memoryAffinity
        self.networkShaper = networkShaper
        self.extraConfig = [] if extraConfig is None else list(extraConfig)
        self.cpuFeatureMask = [] if cpuFeatureMask is None else cpuFeatureMask
        self.datastoreUrl = [] if datastoreUrl is None else datastoreUrl
        self.swapPlacement = swapPlacement
        self.bootOptions = bootOptions
        self.ftInfo = ftInfo
        self.repConfig = repConfig
        self.vAppConfig = vAppConfig
        self.vAssertsEnabled = vAssertsEnabled
        self.changeTrackingEnabled = changeTrackingEnabled
        self.firmware = firmware
        self.maxMksConnections = maxMksConnections
        self.guestAutoLockEnabled = guestAutoLockEnabled
        self.managedBy = managedBy
        self.memoryReservationLockedToMax = memoryReservationLockedToMax
        self.initialOverhead = initialOverhead
        self.nestedHVEnabled = nestedHVEnabled
        self.vPMCEnabled = vPMCEnabled
        self.scheduledHardwareUpgradeInfo = scheduledHardwareUpgradeInfo
        self.forkConfigInfo = forkConfigInfo
        self.vFlashCacheReservation = vFlashCacheReservation
        self.vmxConfigChecksum = vmxConfigChecksum
        self.messageBusTunnelEnabled = messageBusTunnelEnabled
        self.vmStorageObjectId = vmStorageObjectId
        self.swapStorageObjectId = swapStorageObjectId
        self.keyId = keyId
        self.guestIntegrityInfo = guestIntegrityInfo
        self.migrateEncryption = migrateEncryption
        self.sgxInfo = sgxInfo
        self.contentLibItemInfo = contentLibItemInfo
        self.ftEncryptionMode = ftEncryptionMode
        self.guestMonitoringModeInfo = guestMonitoringModeInfo
        self.sevEnabled = sevEnabled
        self.pmemFailoverEnabled = pmemFailoverEnabled
        self.vmOpNotificationToAppEnabled = vmOpNotificationToAppEnabled
        self.pmem = pmem
