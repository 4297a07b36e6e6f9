# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import HostLockdownModeValue
    from .about_info import AboutInfo
    from ..managed.datastore import Datastore
    from .host_assignable_hardware_binding import HostAssignableHardwareBinding
    from .host_assignable_hardware_config import HostAssignableHardwareConfig
    from .host_authentication_manager_info import HostAuthenticationManagerInfo
    from .host_auto_start_manager_config import HostAutoStartManagerConfig
    from .host_cache_configuration_info import HostCacheConfigurationInfo
    from .host_datastore_system_capabilities import HostDatastoreSystemCapabilities
    from .host_date_time_info import HostDateTimeInfo
    from .host_deployment_info import HostDeploymentInfo
    from .host_diagnostic_partition import HostDiagnosticPartition
    from .host_feature_capability import HostFeatureCapability
    from .host_feature_version_info import HostFeatureVersionInfo
    from .host_file_system_volume_info import HostFileSystemVolumeInfo
    from .host_firewall_info import HostFirewallInfo
    from .host_flag_info import HostFlagInfo
    from .host_graphics_config import HostGraphicsConfig
    from .host_graphics_info import HostGraphicsInfo
    from .host_hyper_thread_schedule_info import HostHyperThreadScheduleInfo
    from .host_io_filter_info import HostIoFilterInfo
    from .host_ipmi_info import HostIpmiInfo
    from .host_multipath_state_info import HostMultipathStateInfo
    from .host_net_capabilities import HostNetCapabilities
    from .host_net_offload_capabilities import HostNetOffloadCapabilities
    from .host_network_info import HostNetworkInfo
    from .host_pci_passthru_info import HostPciPassthruInfo
    from .host_service_info import HostServiceInfo
    from .host_shared_gpu_capabilities import HostSharedGpuCapabilities
    from .host_sriov_device_pool_info import HostSriovDevicePoolInfo
    from .host_ssl_thumbprint_info import HostSslThumbprintInfo
    from .host_storage_device_info import HostStorageDeviceInfo
    from ..managed.host_system import HostSystem
    from .host_system_resource_info import HostSystemResourceInfo
    from .host_system_swap_configuration import HostSystemSwapConfiguration
    from .host_v_flash_manager_v_flash_config_info import HostVFlashManagerVFlashConfigInfo
    from .host_v_motion_info import HostVMotionInfo
    from .host_virtual_nic_manager_info import HostVirtualNicManagerInfo
    from .option_def import OptionDef
    from .option_value import OptionValue
    from .power_system_capability import PowerSystemCapability
    from .power_system_info import PowerSystemInfo
    from .service_console_reservation_info import ServiceConsoleReservationInfo
    from .virtual_machine_memory_reservation_info import VirtualMachineMemoryReservationInfo
    from .vsan_host_config_info import VsanHostConfigInfo


class HostConfigInfo(DynamicData):
    """HostConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        host: reference to HostSystem, since 2.0.
        product: AboutInfo, since 2.0.
        deploymentInfo: HostDeploymentInfo, optional, since 6.5.
        hyperThread: HostHyperThreadScheduleInfo, optional, since 2.0.
        consoleReservation: ServiceConsoleReservationInfo, optional, since 2.0.
        virtualMachineReservation: VirtualMachineMemoryReservationInfo, optional, since 2.5.
        storageDevice: HostStorageDeviceInfo, optional, since 2.0.
        multipathState: HostMultipathStateInfo, optional, since 4.0.
        fileSystemVolume: HostFileSystemVolumeInfo, optional, since 2.0.
        systemFile: list of string, since 4.1.
        network: HostNetworkInfo, optional, since 2.0.
        vmotion: HostVMotionInfo, optional, since 2.0.
        virtualNicManagerInfo: HostVirtualNicManagerInfo, optional, since 4.0.
        capabilities: HostNetCapabilities, optional, since 2.0.
        datastoreCapabilities: HostDatastoreSystemCapabilities, optional, since 2.5.
        offloadCapabilities: HostNetOffloadCapabilities, optional, since 2.0.
        service: HostServiceInfo, optional, since 2.0.
        firewall: HostFirewallInfo, optional, since 2.0.
        autoStart: HostAutoStartManagerConfig, optional, since 2.0.
        activeDiagnosticPartition: HostDiagnosticPartition, optional, since 2.0.
        option: list of OptionValue, since 2.0.
        optionDef: list of OptionDef, since 2.0.
        datastorePrincipal: string, optional, since 2.0.
        localSwapDatastore: reference to Datastore, optional, since 2.5.
        systemSwapConfiguration: HostSystemSwapConfiguration, optional, since 5.1.
        systemResources: HostSystemResourceInfo, optional, since 2.0.
        dateTimeInfo: HostDateTimeInfo, optional, since 2.5.
        flags: HostFlagInfo, optional, since 2.5.
        adminDisabled: boolean, optional, since 2.5.
        lockdownMode: HostLockdownMode value (str), optional, since 6.0.
        ipmi: HostIpmiInfo, optional, since 4.0.
        sslThumbprintInfo: HostSslThumbprintInfo, optional, since 4.0.
        sslThumbprintData: list of HostSslThumbprintInfo, since 5.0.
        certificate: list of byte, since 5.0.
        pciPassthruInfo: list of HostPciPassthruInfo, since 4.0.
        authenticationManagerInfo: HostAuthenticationManagerInfo, optional, since 4.1.
        featureVersion: list of HostFeatureVersionInfo, since 4.1.
        powerSystemCapability: PowerSystemCapability, optional, since 4.1.
        powerSystemInfo: PowerSystemInfo, optional, since 4.1.
        cacheConfigurationInfo: list of HostCacheConfigurationInfo, since 5.0.
        wakeOnLanCapable: boolean, optional, since 5.0.
        featureCapability: list of HostFeatureCapability, since 5.1.
        maskedFeatureCapability: list of HostFeatureCapability, since 5.1.
        vFlashConfigInfo: HostVFlashManagerVFlashConfigInfo, optional, since 5.5.
        vsanHostConfig: VsanHostConfigInfo, optional, since 5.5.
        domainList: list of string, since 6.0.
        scriptCheckSum: base64Binary, optional, since 6.0.
        hostConfigCheckSum: base64Binary, optional, since 6.0.
        descriptionTreeCheckSum: base64Binary, optional, since 7.0.0.0.
        graphicsInfo: list of HostGraphicsInfo, since 5.5.
        sharedPassthruGpuTypes: list of string, since 6.0.
        graphicsConfig: HostGraphicsConfig, optional, since 6.5.
        sharedGpuCapabilities: list of HostSharedGpuCapabilities, since 6.7.
        ioFilterInfo: list of HostIoFilterInfo, since 6.0.
        sriovDevicePool: list of HostSriovDevicePoolInfo, since 6.5.
        assignableHardwareBinding: list of HostAssignableHardwareBinding, since 7.0.0.0.
        assignableHardwareConfig: HostAssignableHardwareConfig, optional, since 7.0.0.0.
    """

    __slots__ = ("host", "product", "deploymentInfo", "hyperThread", "consoleReservation", "virtualMachineReservation", "storageDevice", "multipathState", "fileSystemVolume", "systemFile", "network", "vmotion", "virtualNicManagerInfo", "capabilities", "datastoreCapabilities", "offloadCapabilities", "service", "firewall", "autoStart", "activeDiagnosticPartition", "option", "optionDef", "datastorePrincipal", "localSwapDatastore", "systemSwapConfiguration", "systemResources", "dateTimeInfo", "flags", "adminDisabled", "lockdownMode", "ipmi", "sslThumbprintInfo", "sslThumbprintData", "certificate", "pciPassthruInfo", "authenticationManagerInfo", "featureVersion", "powerSystemCapability", "powerSystemInfo", "cacheConfigurationInfo", "wakeOnLanCapable", "featureCapability", "maskedFeatureCapability", "vFlashConfigInfo", "vsanHostConfig", "domainList", "scriptCheckSum", "hostConfigCheckSum", "descriptionTreeCheckSum", "graphicsInfo", "sharedPassthruGpuTypes", "graphicsConfig", "sharedGpuCapabilities", "ioFilterInfo", "sriovDevicePool", "assignableHardwareBinding", "assignableHardwareConfig", )
    _wire_name_: ClassVar[str] = "HostConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("host", "ManagedObjectReference", 0, "2.0", target="HostSystem"),
        _F("product", "AboutInfo", 0, "2.0"),
        _F("deploymentInfo", "HostDeploymentInfo", 2, "6.5"),
        _F("hyperThread", "HostHyperThreadScheduleInfo", 2, "2.0"),
        _F("consoleReservation", "ServiceConsoleReservationInfo", 2, "2.0"),
        _F("virtualMachineReservation", "VirtualMachineMemoryReservationInfo", 2, "2.5"),
        _F("storageDevice", "HostStorageDeviceInfo", 2, "2.0"),
        _F("multipathState", "HostMultipathStateInfo", 2, "4.0"),
        _F("fileSystemVolume", "HostFileSystemVolumeInfo", 2, "2.0"),
        _F("systemFile", "string", 3, "4.1"),
        _F("network", "HostNetworkInfo", 2, "2.0"),
        _F("vmotion", "HostVMotionInfo", 2, "2.0"),
        _F("virtualNicManagerInfo", "HostVirtualNicManagerInfo", 2, "4.0"),
        _F("capabilities", "HostNetCapabilities", 2, "2.0"),
        _F("datastoreCapabilities", "HostDatastoreSystemCapabilities", 2, "2.5"),
        _F("offloadCapabilities", "HostNetOffloadCapabilities", 2, "2.0"),
        _F("service", "HostServiceInfo", 2, "2.0"),
        _F("firewall", "HostFirewallInfo", 2, "2.0"),
        _F("autoStart", "HostAutoStartManagerConfig", 2, "2.0"),
        _F("activeDiagnosticPartition", "HostDiagnosticPartition", 2, "2.0"),
        _F("option", "OptionValue", 3, "2.0"),
        _F("optionDef", "OptionDef", 3, "2.0"),
        _F("datastorePrincipal", "string", 2, "2.0"),
        _F("localSwapDatastore", "ManagedObjectReference", 2, "2.5", target="Datastore"),
        _F("systemSwapConfiguration", "HostSystemSwapConfiguration", 2, "5.1"),
        _F("systemResources", "HostSystemResourceInfo", 2, "2.0"),
        _F("dateTimeInfo", "HostDateTimeInfo", 2, "2.5"),
        _F("flags", "HostFlagInfo", 2, "2.5"),
        _F("adminDisabled", "boolean", 2, "2.5"),
        _F("lockdownMode", "HostLockdownMode", 2, "6.0"),
        _F("ipmi", "HostIpmiInfo", 2, "4.0"),
        _F("sslThumbprintInfo", "HostSslThumbprintInfo", 2, "4.0"),
        _F("sslThumbprintData", "HostSslThumbprintInfo", 3, "5.0"),
        _F("certificate", "byte", 3, "5.0"),
        _F("pciPassthruInfo", "HostPciPassthruInfo", 3, "4.0"),
        _F("authenticationManagerInfo", "HostAuthenticationManagerInfo", 2, "4.1"),
        _F("featureVersion", "HostFeatureVersionInfo", 3, "4.1"),
        _F("powerSystemCapability", "PowerSystemCapability", 2, "4.1"),
        _F("powerSystemInfo", "PowerSystemInfo", 2, "4.1"),
        _F("cacheConfigurationInfo", "HostCacheConfigurationInfo", 3, "5.0"),
        _F("wakeOnLanCapable", "boolean", 2, "5.0"),
        _F("featureCapability", "HostFeatureCapability", 3, "5.1"),
        _F("maskedFeatureCapability", "HostFeatureCapability", 3, "5.1"),
        _F("vFlashConfigInfo", "HostVFlashManagerVFlashConfigInfo", 2, "5.5"),
        _F("vsanHostConfig", "VsanHostConfigInfo", 2, "5.5"),
        _F("domainList", "string", 3, "6.0"),
        _F("scriptCheckSum", "base64Binary", 2, "6.0"),
        _F("hostConfigCheckSum", "base64Binary", 2, "6.0"),
        _F("descriptionTreeCheckSum", "base64Binary", 2, "7.0.0.0"),
        _F("graphicsInfo", "HostGraphicsInfo", 3, "5.5"),
        _F("sharedPassthruGpuTypes", "string", 3, "6.0"),
        _F("graphicsConfig", "HostGraphicsConfig", 2, "6.5"),
        _F("sharedGpuCapabilities", "HostSharedGpuCapabilities", 3, "6.7"),
        _F("ioFilterInfo", "HostIoFilterInfo", 3, "6.0"),
        _F("sriovDevicePool", "HostSriovDevicePoolInfo", 3, "6.5"),
        _F("assignableHardwareBinding", "HostAssignableHardwareBinding", 3, "7.0.0.0"),
        _F("assignableHardwareConfig", "HostAssignableHardwareConfig", 2, "7.0.0.0"),
    )
    host: HostSystem
    product: AboutInfo
    deploymentInfo: HostDeploymentInfo | None
    hyperThread: HostHyperThreadScheduleInfo | None
    consoleReservation: ServiceConsoleReservationInfo | None
    virtualMachineReservation: VirtualMachineMemoryReservationInfo | None
    storageDevice: HostStorageDeviceInfo | None
    multipathState: HostMultipathStateInfo | None
    fileSystemVolume: HostFileSystemVolumeInfo | None
    systemFile: list[str]
    network: HostNetworkInfo | None
    vmotion: HostVMotionInfo | None
    virtualNicManagerInfo: HostVirtualNicManagerInfo | None
    capabilities: HostNetCapabilities | None
    datastoreCapabilities: HostDatastoreSystemCapabilities | None
    offloadCapabilities: HostNetOffloadCapabilities | None
    service: HostServiceInfo | None
    firewall: HostFirewallInfo | None
    autoStart: HostAutoStartManagerConfig | None
    activeDiagnosticPartition: HostDiagnosticPartition | None
    option: list[OptionValue]
    optionDef: list[OptionDef]
    datastorePrincipal: str | None
    localSwapDatastore: Datastore | None
    systemSwapConfiguration: HostSystemSwapConfiguration | None
    systemResources: HostSystemResourceInfo | None
    dateTimeInfo: HostDateTimeInfo | None
    flags: HostFlagInfo | None
    adminDisabled: bool | None
    lockdownMode: str | None
    ipmi: HostIpmiInfo | None
    sslThumbprintInfo: HostSslThumbprintInfo | None
    sslThumbprintData: list[HostSslThumbprintInfo]
    certificate: list[int]
    pciPassthruInfo: list[HostPciPassthruInfo]
    authenticationManagerInfo: HostAuthenticationManagerInfo | None
    featureVersion: list[HostFeatureVersionInfo]
    powerSystemCapability: PowerSystemCapability | None
    powerSystemInfo: PowerSystemInfo | None
    cacheConfigurationInfo: list[HostCacheConfigurationInfo]
    wakeOnLanCapable: bool | None
    featureCapability: list[HostFeatureCapability]
    maskedFeatureCapability: list[HostFeatureCapability]
    vFlashConfigInfo: HostVFlashManagerVFlashConfigInfo | None
    vsanHostConfig: VsanHostConfigInfo | None
    domainList: list[str]
    scriptCheckSum: bytes | None
    hostConfigCheckSum: bytes | None
    descriptionTreeCheckSum: bytes | None
    graphicsInfo: list[HostGraphicsInfo]
    sharedPassthruGpuTypes: list[str]
    graphicsConfig: HostGraphicsConfig | None
    sharedGpuCapabilities: list[HostSharedGpuCapabilities]
    ioFilterInfo: list[HostIoFilterInfo]
    sriovDevicePool: list[HostSriovDevicePoolInfo]
    assignableHardwareBinding: list[HostAssignableHardwareBinding]
    assignableHardwareConfig: HostAssignableHardwareConfig | None

    def __init__(
        self,
        *,
        host: HostSystem,
        product: AboutInfo,
        deploymentInfo: HostDeploymentInfo | None = None,
        hyperThread: HostHyperThreadScheduleInfo | None = None,
        consoleReservation: ServiceConsoleReservationInfo | None = None,
        virtualMachineReservation: VirtualMachineMemoryReservationInfo | None = None,
        storageDevice: HostStorageDeviceInfo | None = None,
        multipathState: HostMultipathStateInfo | None = None,
        fileSystemVolume: HostFileSystemVolumeInfo | None = None,
        systemFile: list[str] | None = None,
        network: HostNetworkInfo | None = None,
        vmotion: HostVMotionInfo | None = None,
        virtualNicManagerInfo: HostVirtualNicManagerInfo | None = None,
        capabilities: HostNetCapabilities | None = None,
        datastoreCapabilities: HostDatastoreSystemCapabilities | None = None,
        offloadCapabilities: HostNetOffloadCapabilities | None = None,
        service: HostServiceInfo | None = None,
        firewall: HostFirewallInfo | None = None,
        autoStart: HostAutoStartManagerConfig | None = None,
        activeDiagnosticPartition: HostDiagnosticPartition | None = None,
        option: Sequence[OptionValue] | None = None,
        optionDef: list[OptionDef] | None = None,
        datastorePrincipal: str | None = None,
        localSwapDatastore: Datastore | None = None,
        systemSwapConfiguration: HostSystemSwapConfiguration | None = None,
        systemResources: HostSystemResourceInfo | None = None,
        dateTimeInfo: HostDateTimeInfo | None = None,
        flags: HostFlagInfo | None = None,
        adminDisabled: bool | None = None,
        lockdownMode: HostLockdownModeValue | EnumValue | None = None,
        ipmi: HostIpmiInfo | None = None,
        sslThumbprintInfo: HostSslThumbprintInfo | None = None,
        sslThumbprintData: list[HostSslThumbprintInfo] | None = None,
        certificate: list[int] | None = None,
        pciPassthruInfo: Sequence[HostPciPassthruInfo] | None = None,
        authenticationManagerInfo: HostAuthenticationManagerInfo | None = None,
        featureVersion: list[HostFeatureVersionInfo] | None = None,
        powerSystemCapability: PowerSystemCapability | None = None,
        powerSystemInfo: PowerSystemInfo | None = None,
        cacheConfigurationInfo: list[HostCacheConfigurationInfo] | None = None,
        wakeOnLanCapable: bool | None = None,
        featureCapability: list[HostFeatureCapability] | None = None,
        maskedFeatureCapability: list[HostFeatureCapability] | None = None,
        vFlashConfigInfo: HostVFlashManagerVFlashConfigInfo | None = None,
        vsanHostConfig: VsanHostConfigInfo | None = None,
        domainList: list[str] | None = None,
        scriptCheckSum: bytes | None = None,
        hostConfigCheckSum: bytes | None = None,
        descriptionTreeCheckSum: bytes | None = None,
        graphicsInfo: list[HostGraphicsInfo] | None = None,
        sharedPassthruGpuTypes: list[str] | None = None,
        graphicsConfig: HostGraphicsConfig | None = None,
        sharedGpuCapabilities: list[HostSharedGpuCapabilities] | None = None,
        ioFilterInfo: list[HostIoFilterInfo] | None = None,
        sriovDevicePool: Sequence[HostSriovDevicePoolInfo] | None = None,
        assignableHardwareBinding: list[HostAssignableHardwareBinding] | None = None,
        assignableHardwareConfig: HostAssignableHardwareConfig | None = None,
    ) -> None:
        self.host = host
        self.product = product
        self.deploymentInfo = deploymentInfo
        self.hyperThread = hyperThread
        self.consoleReservation = consoleReservation
        self.virtualMachineReservation = virtualMachineReservation
        self.storageDevice = storageDevice
        self.multipathState = multipathState
        self.fileSystemVolume = fileSystemVolume
        self.systemFile = [] if systemFile is None else systemFile
        self.network = network
        self.vmotion = vmotion
        self.virtualNicManagerInfo = virtualNicManagerInfo
        self.capabilities = capabilities
        self.datastoreCapabilities = datastoreCapabilities
        self.offloadCapabilities = offloadCapabilities
        self.service = service
        self.firewall = firewall
        self.autoStart = autoStart
        self.activeDiagnosticPartition = activeDiagnosticPartition
        self.option = [] if option is None else list(option)
        self.optionDef = [] if optionDef is None else optionDef
        self.datastorePrincipal = datastorePrincipal
        self.localSwapDatastore = localSwapDatastore
        self.systemSwapConfiguration = systemSwapConfiguration
        self.systemResources = systemResources
        self.dateTimeInfo = dateTimeInfo
        self.flags = flags
        self.adminDisabled = adminDisabled
        self.lockdownMode = lockdownMode
        self.ipmi = ipmi
        self.sslThumbprintInfo = sslThumbprintInfo
        self.sslThumbprintData = [] if sslThumbprintData is None else sslThumbprintData
        self.certificate = [] if certificate is None else certificate
        self.pciPassthruInfo = [] if pciPassthruInfo is None else list(pciPassthruInfo)
        self.authenticationManagerInfo = authenticationManagerInfo
        self.featureVersion = [] if featureVersion is None else featureVersion
        self.powerSystemCapability = powerSystemCapability
        self.powerSystemInfo = powerSystemInfo
        self.cacheConfigurationInfo = [] if cacheConfigurationInfo is None else cacheConfigurationInfo
        self.wakeOnLanCapable = wakeOnLanCapable
        self.featureCapability = [] if featureCapability is None else featureCapability
        self.maskedFeatureCapability = [] if maskedFeatureCapability is None else maskedFeatureCapability
        self.vFlashConfigInfo = vFlashConfigInfo
        self.vsanHostConfig = vsanHostConfig
        self.domainList = [] if domainList is None else domainList
        self.scriptCheckSum = scriptCheckSum
        self.hostConfigCheckSum = hostConfigCheckSum
        self.descriptionTreeCheckSum = descriptionTreeCheckSum
        self.graphicsInfo = [] if graphicsInfo is None else graphicsInfo
        self.sharedPassthruGpuTypes = [] if sharedPassthruGpuTypes is None else sharedPassthruGpuTypes
        self.graphicsConfig = graphicsConfig
        self.sharedGpuCapabilities = [] if sharedGpuCapabilities is None else sharedGpuCapabilities
        self.ioFilterInfo = [] if ioFilterInfo is None else ioFilterInfo
        self.sriovDevicePool = [] if sriovDevicePool is None else list(sriovDevicePool)
        self.assignableHardwareBinding = [] if assignableHardwareBinding is None else assignableHardwareBinding
        self.assignableHardwareConfig = assignableHardwareConfig
