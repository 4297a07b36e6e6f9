# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineConfigSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from .crypto_spec import CryptoSpec
    from .fault_tolerance_config_info import FaultToleranceConfigInfo
    from .latency_sensitivity import LatencySensitivity
    from .managed_by_info import ManagedByInfo
    from .option_value import OptionValue
    from .replication_config_spec import ReplicationConfigSpec
    from .resource_allocation_info import ResourceAllocationInfo
    from .scheduled_hardware_upgrade_info import ScheduledHardwareUpgradeInfo
    from .tools_config_info import ToolsConfigInfo
    from .virtual_device_config_spec import VirtualDeviceConfigSpec
    from .virtual_machine_affinity_info import VirtualMachineAffinityInfo
    from .virtual_machine_boot_options import VirtualMachineBootOptions
    from .virtual_machine_console_preferences import VirtualMachineConsolePreferences
    from .virtual_machine_cpu_id_info_spec import VirtualMachineCpuIdInfoSpec
    from .virtual_machine_default_power_op_info import VirtualMachineDefaultPowerOpInfo
    from .virtual_machine_file_info import VirtualMachineFileInfo
    from .virtual_machine_flag_info import VirtualMachineFlagInfo
    from .virtual_machine_guest_monitoring_mode_info import VirtualMachineGuestMonitoringModeInfo
    from .virtual_machine_network_shaper_info import VirtualMachineNetworkShaperInfo
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec
    from .virtual_machine_sgx_info import VirtualMachineSgxInfo
    from .virtual_machine_vcpu_config import VirtualMachineVcpuConfig
    from .virtual_machine_virtual_p_mem import VirtualMachineVirtualPMem
    from .vm_config_spec import VmConfigSpec


class VirtualMachineConfigSpec(DynamicData):
    """VirtualMachineConfigSpec: data object extending DynamicData, since 2.0.

    Attributes:
        changeVersion: string, optional, since 2.0.
        name: string, optional, since 2.0.
        version: string, optional, since 2.0.
        createDate: dateTime, optional, since 6.7.
        uuid: string, optional, since 2.0.
        instanceUuid: string, optional, since 4.0.
        npivNodeWorldWideName: list of long, since 2.5.
        npivPortWorldWideName: list of long, since 2.5.
        npivWorldWideNameType: string, optional, since 2.5.
        npivDesiredNodeWwns: short, optional, since 4.0.
        npivDesiredPortWwns: short, optional, since 4.0.
        npivTemporaryDisabled: boolean, optional, since 4.0.
        npivOnNonRdmDisks: boolean, optional, since 4.0.
        npivWorldWideNameOp: string, optional, since 2.5.
        locationId: string, optional, since 2.0.
        guestId: string, optional, since 2.0.
        alternateGuestName: string, optional, since 2.5.
        annotation: string, optional, since 2.0.
        files: VirtualMachineFileInfo, optional, since 2.0.
        tools: ToolsConfigInfo, optional, since 2.0.
        flags: VirtualMachineFlagInfo, optional, since 2.0.
        consolePreferences: VirtualMachineConsolePreferences, optional, since 2.0.
        powerOpInfo: VirtualMachineDefaultPowerOpInfo, optional, since 2.0.
        numCPUs: int, optional, since 2.0.
        vcpuConfig: list of VirtualMachineVcpuConfig, since 7.0.0.0.
        numCoresPerSocket: int, optional, since 5.0.
        memoryMB: long, optional, since 2.0.
        memoryHotAddEnabled: boolean, optional, since 4.0.
        cpuHotAddEnabled: boolean, optional, since 4.0.
        cpuHotRemoveEnabled: boolean, optional, since 4.0.
        virtualICH7MPresent: boolean, optional, since 5.0.
        virtualSMCPresent: boolean, optional, since 5.0.
        deviceChange: list of VirtualDeviceConfigSpec, since 2.0.
        cpuAllocation: ResourceAllocationInfo, optional, since 2.0.
        memoryAllocation: ResourceAllocationInfo, optional, since 2.0.
        latencySensitivity: LatencySensitivity, optional, since 5.1.
        cpuAffinity: VirtualMachineAffinityInfo, optional, since 2.0.
        memoryAffinity: VirtualMachineAffinityInfo, optional, since 2.0.
        networkShaper: VirtualMachineNetworkShaperInfo, optional, since 2.0.
        cpuFeatureMask: list of VirtualMachineCpuIdInfoSpec, since 2.0.
        extraConfig: list of OptionValue, since 2.0.
        swapPlacement: string, optional, since 2.5.
        bootOptions: VirtualMachineBootOptions, optional, since 2.5.
        vAppConfig: VmConfigSpec, optional, since 4.0.
        ftInfo: FaultToleranceConfigInfo, optional, since 4.0.
        repConfig: ReplicationConfigSpec, optional, since 6.0.
        vAppConfigRemoved: boolean, optional, since 4.0.
        vAssertsEnabled: boolean, optional, since 4.0.
        changeTrackingEnabled: boolean, optional, since 4.0.
        firmware: string, optional, since 5.0.
        maxMksConnections: int, optional, since 5.0.
        guestAutoLockEnabled: boolean, optional, since 5.0.
        managedBy: ManagedByInfo, optional, since 5.0.
        memoryReservationLockedToMax: boolean, optional, since 5.0.
        nestedHVEnabled: boolean, optional, since 5.1.
        vPMCEnabled: boolean, optional, since 5.1.
        scheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo, optional, since 5.1.
        vmProfile: list of VirtualMachineProfileSpec, since 5.5.
        messageBusTunnelEnabled: boolean, optional, since 6.0.
        crypto: CryptoSpec, optional, since 6.5.
        migrateEncryption: string, optional, since 6.5.
        sgxInfo: VirtualMachineSgxInfo, optional, since 7.0.0.0.
        ftEncryptionMode: string, optional, since 7.0.2.0.
        guestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo, optional, since 7.0.0.0.
        sevEnabled: boolean, optional, since 7.0.1.0.
        pmemFailoverEnabled: boolean, optional, since 7.0.2.0.
        vmOpNotificationToAppEnabled: boolean, optional, since 7.0.3.0.
        pmem: VirtualMachineVirtualPMem, optional, since 7.0.3.0.
    """

    __slots__ = ("changeVersion", "name", "version", "createDate", "uuid", "instanceUuid", "npivNodeWorldWideName", "npivPortWorldWideName", "npivWorldWideNameType", "npivDesiredNodeWwns", "npivDesiredPortWwns", "npivTemporaryDisabled", "npivOnNonRdmDisks", "npivWorldWideNameOp", "locationId", "guestId", "alternateGuestName", "annotation", "files", "tools", "flags", "consolePreferences", "powerOpInfo", "numCPUs", "vcpuConfig", "numCoresPerSocket", "memoryMB", "memoryHotAddEnabled", "cpuHotAddEnabled", "cpuHotRemoveEnabled", "virtualICH7MPresent", "virtualSMCPresent", "deviceChange", "cpuAllocation", "memoryAllocation", "latencySensitivity", "cpuAffinity", "memoryAffinity", "networkShaper", "cpuFeatureMask", "extraConfig", "swapPlacement", "bootOptions", "vAppConfig", "ftInfo", "repConfig", "vAppConfigRemoved", "vAssertsEnabled", "changeTrackingEnabled", "firmware", "maxMksConnections", "guestAutoLockEnabled", "managedBy", "memoryReservationLockedToMax", "nestedHVEnabled", "vPMCEnabled", "scheduledHardwareUpgradeInfo", "vmProfile", "messageBusTunnelEnabled", "crypto", "migrateEncryption", "sgxInfo", "ftEncryptionMode", "guestMonitoringModeInfo", "sevEnabled", "pmemFailoverEnabled", "vmOpNotificationToAppEnabled", "pmem", )
    _wire_name_: ClassVar[str] = "VirtualMachineConfigSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("changeVersion", "string", 2, "2.0"),
        _F("name", "string", 2, "2.0"),
        _F("version", "string", 2, "2.0"),
        _F("createDate", "dateTime", 2, "6.7"),
        _F("uuid", "string", 2, "2.0"),
        _F("instanceUuid", "string", 2, "4.0"),
        _F("npivNodeWorldWideName", "long", 3, "2.5"),
        _F("npivPortWorldWideName", "long", 3, "2.5"),
        _F("npivWorldWideNameType", "string", 2, "2.5"),
        _F("npivDesiredNodeWwns", "short", 2, "4.0"),
        _F("npivDesiredPortWwns", "short", 2, "4.0"),
        _F("npivTemporaryDisabled", "boolean", 2, "4.0"),
        _F("npivOnNonRdmDisks", "boolean", 2, "4.0"),
        _F("npivWorldWideNameOp", "string", 2, "2.5"),
        _F("locationId", "string", 2, "2.0"),
        _F("guestId", "string", 2, "2.0"),
        _F("alternateGuestName", "string", 2, "2.5"),
        _F("annotation", "string", 2, "2.0"),
        _F("files", "VirtualMachineFileInfo", 2, "2.0"),
        _F("tools", "ToolsConfigInfo", 2, "2.0"),
        _F("flags", "VirtualMachineFlagInfo", 2, "2.0"),
        _F("consolePreferences", "VirtualMachineConsolePreferences", 2, "2.0"),
        _F("powerOpInfo", "VirtualMachineDefaultPowerOpInfo", 2, "2.0"),
        _F("numCPUs", "int", 2, "2.0"),
        _F("vcpuConfig", "VirtualMachineVcpuConfig", 3, "7.0.0.0"),
        _F("numCoresPerSocket", "int", 2, "5.0"),
        _F("memoryMB", "long", 2, "2.0"),
        _F("memoryHotAddEnabled", "boolean", 2, "4.0"),
        _F("cpuHotAddEnabled", "boolean", 2, "4.0"),
        _F("cpuHotRemoveEnabled", "boolean", 2, "4.0"),
        _F("virtualICH7MPresent", "boolean", 2, "5.0"),
        _F("virtualSMCPresent", "boolean", 2, "5.0"),
        _F("deviceChange", "VirtualDeviceConfigSpec", 3, "2.0"),
        _F("cpuAllocation", "ResourceAllocationInfo", 2, "2.0"),
        _F("memoryAllocation", "ResourceAllocationInfo", 2, "2.0"),
        _F("latencySensitivity", "LatencySensitivity", 2, "5.1"),
        _F("cpuAffinity", "VirtualMachineAffinityInfo", 2, "2.0"),
        _F("memoryAffinity", "VirtualMachineAffinityInfo", 2, "2.0"),
        _F("networkShaper", "VirtualMachineNetworkShaperInfo", 2, "2.0"),
        _F("cpuFeatureMask", "VirtualMachineCpuIdInfoSpec", 3, "2.0"),
        _F("extraConfig", "OptionValue", 3, "2.0"),
        _F("swapPlacement", "string", 2, "2.5"),
        _F("bootOptions", "VirtualMachineBootOptions", 2, "2.5"),
        _F("vAppConfig", "VmConfigSpec", 2, "4.0"),
        _F("ftInfo", "FaultToleranceConfigInfo", 2, "4.0"),
        _F("repConfig", "ReplicationConfigSpec", 2, "6.0"),
        _F("vAppConfigRemoved", "boolean", 2, "4.0"),
        _F("vAssertsEnabled", "boolean", 2, "4.0"),
        _F("changeTrackingEnabled", "boolean", 2, "4.0"),
        _F("firmware", "string", 2, "5.0"),
        _F("maxMksConnections", "int", 2, "5.0"),
        _F("guestAutoLockEnabled", "boolean", 2, "5.0"),
        _F("managedBy", "ManagedByInfo", 2, "5.0"),
        _F("memoryReservationLockedToMax", "boolean", 2, "5.0"),
        _F("nestedHVEnabled", "boolean", 2, "5.1"),
        _F("vPMCEnabled", "boolean", 2, "5.1"),
        _F("scheduledHardwareUpgradeInfo", "ScheduledHardwareUpgradeInfo", 2, "5.1"),
        _F("vmProfile", "VirtualMachineProfileSpec", 3, "5.5"),
        _F("messageBusTunnelEnabled", "boolean", 2, "6.0"),
        _F("crypto", "CryptoSpec", 2, "6.5"),
        _F("migrateEncryption", "string", 2, "6.5"),
        _F("sgxInfo", "VirtualMachineSgxInfo", 2, "7.0.0.0"),
        _F("ftEncryptionMode", "string", 2, "7.0.2.0"),
        _F("guestMonitoringModeInfo", "VirtualMachineGuestMonitoringModeInfo", 2, "7.0.0.0"),
        _F("sevEnabled", "boolean", 2, "7.0.1.0"),
        _F("pmemFailoverEnabled", "boolean", 2, "7.0.2.0"),
        _F("vmOpNotificationToAppEnabled", "boolean", 2, "7.0.3.0"),
        _F("pmem", "VirtualMachineVirtualPMem", 2, "7.0.3.0"),
    )
    changeVersion: str | None
    name: str | None
    version: str | None
    createDate: datetime | None
    uuid: str | None
    instanceUuid: str | None
    npivNodeWorldWideName: list[int]
    npivPortWorldWideName: list[int]
    npivWorldWideNameType: str | None
    npivDesiredNodeWwns: int | None
    npivDesiredPortWwns: int | None
    npivTemporaryDisabled: bool | None
    npivOnNonRdmDisks: bool | None
    npivWorldWideNameOp: str | None
    locationId: str | None
    guestId: str | None
    alternateGuestName: str | None
    annotation: str | None
    files: VirtualMachineFileInfo | None
    tools: ToolsConfigInfo | None
    flags: VirtualMachineFlagInfo | None
    consolePreferences: VirtualMachineConsolePreferences | None
    powerOpInfo: VirtualMachineDefaultPowerOpInfo | None
    numCPUs: int | None
    vcpuConfig: list[VirtualMachineVcpuConfig]
    numCoresPerSocket: int | None
    memoryMB: int | None
    memoryHotAddEnabled: bool | None
    cpuHotAddEnabled: bool | None
    cpuHotRemoveEnabled: bool | None
    virtualICH7MPresent: bool | None
    virtualSMCPresent: bool | None
    deviceChange: list[VirtualDeviceConfigSpec]
    cpuAllocation: ResourceAllocationInfo | None
    memoryAllocation: ResourceAllocationInfo | None
    latencySensitivity: LatencySensitivity | None
    cpuAffinity: VirtualMachineAffinityInfo | None
    memoryAffinity: VirtualMachineAffinityInfo | None
    networkShaper: VirtualMachineNetworkShaperInfo | None
    cpuFeatureMask: list[VirtualMachineCpuIdInfoSpec]
    extraConfig: list[OptionValue]
    swapPlacement: str | None
    bootOptions: VirtualMachineBootOptions | None
    vAppConfig: VmConfigSpec | None
    ftInfo: FaultToleranceConfigInfo | None
    repConfig: ReplicationConfigSpec | None
    vAppConfigRemoved: bool | None
    vAssertsEnabled: bool | None
    changeTrackingEnabled: bool | None
    firmware: str | None
    maxMksConnections: int | None
    guestAutoLockEnabled: bool | None
    managedBy: ManagedByInfo | None
    memoryReservationLockedToMax: bool | None
    nestedHVEnabled: bool | None
    vPMCEnabled: bool | None
    scheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo | None
    vmProfile: list[VirtualMachineProfileSpec]
    messageBusTunnelEnabled: bool | None
    crypto: CryptoSpec | None
    migrateEncryption: str | None
    sgxInfo: VirtualMachineSgxInfo | None
    ftEncryptionMode: str | None
    guestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo | None
    sevEnabled: bool | None
    pmemFailoverEnabled: bool | None
    vmOpNotificationToAppEnabled: bool | None
    pmem: VirtualMachineVirtualPMem | None

    def __init__(
        self,
        *,
        changeVersion: str | None = None,
        name: str | None = None,
        version: str | None = None,
        createDate: datetime | None = None,
        uuid: str | None = None,
        instanceUuid: str | None = None,
        npivNodeWorldWideName: list[int] | None = None,
        npivPortWorldWideName: list[int] | None = None,
        npivWorldWideNameType: str | None = None,
        npivDesiredNodeWwns: int | None = None,
        npivDesiredPortWwns: int | None = None,
        npivTemporaryDisabled: bool | None = None,
        npivOnNonRdmDisks: bool | None = None,
        npivWorldWideNameOp: str | None = None,
        locationId: str | None = None,
        guestId: str | None = None,
        alternateGuestName: str | None = None,
        annotation: str | None = None,
        files: VirtualMachineFileInfo | None = None,
        tools: ToolsConfigInfo | None = None,
        flags: VirtualMachineFlagInfo | None = None,
        consolePreferences: VirtualMachineConsolePreferences | None = None,
        powerOpInfo: VirtualMachineDefaultPowerOpInfo | None = None,
        numCPUs: int | None = None,
        vcpuConfig: list[VirtualMachineVcpuConfig] | None = None,
        numCoresPerSocket: int | None = None,
        memoryMB: int | None = None,
        memoryHotAddEnabled: bool | None = None,
        cpuHotAddEnabled: bool | None = None,
        cpuHotRemoveEnabled: bool | None = None,
        virtualICH7MPresent: bool | None = None,
        virtualSMCPresent: bool | None = None,
        deviceChange: Sequence[VirtualDeviceConfigSpec] | None = None,
        cpuAllocation: ResourceAllocationInfo | None = None,
        memoryAllocation: ResourceAllocationInfo | None = None,
        latencySensitivity: LatencySensitivity | None = None,
        cpuAffinity: VirtualMachineAffinityInfo | None = None,
        memoryAffinity: VirtualMachineAffinityInfo | None = None,
        networkShaper: VirtualMachineNetworkShaperInfo | None = None,
        cpuFeatureMask: list[VirtualMachineCpuIdInfoSpec] | None = None,
        extraConfig: Sequence[OptionValue] | None = None,
        swapPlacement: str | None = None,
        bootOptions: VirtualMachineBootOptions | None = None,
        vAppConfig: VmConfigSpec | None = None,
        ftInfo: FaultToleranceConfigInfo | None = None,
        repConfig: ReplicationConfigSpec | None = None,
        vAppConfigRemoved: bool | None = None,
        vAssertsEnabled: bool | None = None,
        changeTrackingEnabled: bool | None = None,
        firmware: str | None = None,
        maxMksConnections: int | None = None,
        guestAutoLockEnabled: bool | None = None,
        managedBy: ManagedByInfo | None = None,
        memoryReservationLockedToMax: bool | None = None,
        nestedHVEnabled: bool | None = None,
        vPMCEnabled: bool | None = None,
        scheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo | None = None,
        vmProfile: Sequence[VirtualMachineProfileSpec] | None = None,
        messageBusTunnelEnabled: bool | None = None,
        crypto: CryptoSpec | None = None,
        migrateEncryption: str | None = None,
        sgxInfo: VirtualMachineSgxInfo | None = None,
        ftEncryptionMode: str | None = None,
        guestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo | None = None,
        sevEnabled: bool | None = None,
        pmemFailoverEnabled: bool | None = None,
        vmOpNotificationToAppEnabled: bool | None = None,
        pmem: VirtualMachineVirtualPMem | None = None,
    ) -> None:
        self.changeVersion = changeVersion
        self.name = name
        self.version = version
        self.createDate = createDate
        self.uuid = uuid
        self.instanceUuid = instanceUuid
        self.npivNodeWorldWideName = [] if npivNodeWorldWideName is None else npivNodeWorldWideName
        self.npivPortWorldWideName = [] if npivPortWorldWideName is None else npivPortWorldWideName
        self.npivWorldWideNameType = npivWorldWideNameType
        self.npivDesiredNodeWwns = npivDesiredNodeWwns
        self.npivDesiredPortWwns = npivDesiredPortWwns
        self.npivTemporaryDisabled = npivTemporaryDisabled
        self.npivOnNonRdmDisks = npivOnNonRdmDisks
        self.npivWorldWideNameOp = npivWorldWideNameOp
        self.locationId = locationId
        self.guestId = guestId
        self.alternateGuestName = alternateGuestName
        self.annotation = annotation
        self.files = files
        self.tools = tools
        self.flags = flags
        self.consolePreferences = consolePreferences
        self.powerOpInfo = powerOpInfo
        self.numCPUs = numCPUs
        self.vcpuConfig = [] if vcpuConfig is None else vcpuConfig
        self.numCoresPerSocket = numCoresPerSocket
        self.memoryMB = memoryMB
        self.memoryHotAddEnabled = memoryHotAddEnabled
        self.cpuHotAddEnabled = cpuHotAddEnabled
        self.cpuHotRemoveEnabled = cpuHotRemoveEnabled
        self.virtualICH7MPresent = virtualICH7MPresent
        self.virtualSMCPresent = virtualSMCPresent
        self.deviceChange = [] if deviceChange is None else list(deviceChange)
        self.cpuAllocation = cpuAllocation
        self.memoryAllocation = memoryAllocation
        self.latencySensitivity = latencySensitivity
        self.cpuAffinity = cpuAffinity
        self.memoryAffinity = memoryAffinity
        self.networkShaper = networkShaper
        self.cpuFeatureMask = [] if cpuFeatureMask is None else cpuFeatureMask
        self.extraConfig = [] if extraConfig is None else list(extraConfig)
        self.swapPlacement = swapPlacement
        self.bootOptions = bootOptions
        self.vAppConfig = vAppConfig
        self.ftInfo = ftInfo
        self.repConfig = repConfig
        self.vAppConfigRemoved = vAppConfigRemoved
        self.vAssertsEnabled = vAssertsEnabled
        self.changeTrackingEnabled = changeTrackingEnabled
        self.firmware = firmware
        self.maxMksConnections = maxMksConnections
        self.guestAutoLockEnabled = guestAutoLockEnabled
        self.managedBy = managedBy
        self.memoryReservationLockedToMax = memoryReservationLockedToMax
        self.nestedHVEnabled = nestedHVEnabled
        self.vPMCEnabled = vPMCEnabled
        self.scheduledHardwareUpgradeInfo = scheduledHardwareUpgradeInfo
        self.vmProfile = [] if vmProfile is None else list(vmProfile)
        self.messageBusTunnelEnabled = messageBusTunnelEnabled
        self.crypto = crypto
        self.migrateEncryption = migrateEncryption
        self.sgxInfo = sgxInfo
        self.ftEncryptionMode = ftEncryptionMode
        self.guestMonitoringModeInfo = guestMonitoringModeInfo
        self.sevEnabled = sevEnabled
        self.pmemFailoverEnabled = pmemFailoverEnabled
        self.vmOpNotificationToAppEnabled = vmOpNotificationToAppEnabled
        self.pmem = pmem
