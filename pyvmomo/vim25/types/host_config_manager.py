# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostConfigManager: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.crypto_manager import CryptoManager
    from ..managed.host_access_manager import HostAccessManager
    from ..managed.host_assignable_hardware_manager import HostAssignableHardwareManager
    from ..managed.host_authentication_manager import HostAuthenticationManager
    from ..managed.host_auto_start_manager import HostAutoStartManager
    from ..managed.host_boot_device_system import HostBootDeviceSystem
    from ..managed.host_cache_configuration_manager import HostCacheConfigurationManager
    from ..managed.host_certificate_manager import HostCertificateManager
    from ..managed.host_cpu_scheduler_system import HostCpuSchedulerSystem
    from ..managed.host_datastore_system import HostDatastoreSystem
    from ..managed.host_date_time_system import HostDateTimeSystem
    from ..managed.host_diagnostic_system import HostDiagnosticSystem
    from ..managed.host_esx_agent_host_manager import HostEsxAgentHostManager
    from ..managed.host_firewall_system import HostFirewallSystem
    from ..managed.host_firmware_system import HostFirmwareSystem
    from ..managed.host_graphics_manager import HostGraphicsManager
    from ..managed.host_health_status_system import HostHealthStatusSystem
    from ..managed.host_image_config_manager import HostImageConfigManager
    from ..managed.host_kernel_module_system import HostKernelModuleSystem
    from ..managed.host_local_account_manager import HostLocalAccountManager
    from ..managed.host_memory_system import HostMemorySystem
    from ..managed.host_network_system import HostNetworkSystem
    from ..managed.host_nvdimm_system import HostNvdimmSystem
    from ..managed.host_patch_manager import HostPatchManager
    from ..managed.host_pci_passthru_system import HostPciPassthruSystem
    from ..managed.host_power_system import HostPowerSystem
    from ..managed.host_service_system import HostServiceSystem
    from ..managed.host_snmp_system import HostSnmpSystem
    from ..managed.host_storage_system import HostStorageSystem
    from ..managed.host_v_flash_manager import HostVFlashManager
    from ..managed.host_v_motion_system import HostVMotionSystem
    from ..managed.host_virtual_nic_manager import HostVirtualNicManager
    from ..managed.host_vsan_internal_system import HostVsanInternalSystem
    from ..managed.host_vsan_system import HostVsanSystem
    from ..managed.iscsi_manager import IscsiManager
    from ..managed.license_manager import LicenseManager
    from ..managed.message_bus_proxy import MessageBusProxy
    from ..managed.option_manager import OptionManager
    from ..managed.user_directory import UserDirectory


class HostConfigManager(DynamicData):
    """HostConfigManager: data object extending DynamicData, since 2.0.

    Attributes:
        cpuScheduler: reference to HostCpuSchedulerSystem, optional, since 2.0.
        datastoreSystem: reference to HostDatastoreSystem, optional, since 2.0.
        memoryManager: reference to HostMemorySystem, optional, since 2.0.
        storageSystem: reference to HostStorageSystem, optional, since 2.0.
        networkSystem: reference to HostNetworkSystem, optional, since 2.0.
        vmotionSystem: reference to HostVMotionSystem, optional, since 2.0.
        virtualNicManager: reference to HostVirtualNicManager, optional, since 4.0.
        serviceSystem: reference to HostServiceSystem, optional, since 2.0.
        firewallSystem: reference to HostFirewallSystem, optional, since 2.0.
        advancedOption: reference to OptionManager, optional, since 2.0.
        diagnosticSystem: reference to HostDiagnosticSystem, optional, since 2.0.
        autoStartManager: reference to HostAutoStartManager, optional, since 2.0.
        snmpSystem: reference to HostSnmpSystem, optional, since 2.0.
        dateTimeSystem: reference to HostDateTimeSystem, optional, since 2.5.
        patchManager: reference to HostPatchManager, optional, since 2.5.
        imageConfigManager: reference to HostImageConfigManager, optional, since 5.0.
        bootDeviceSystem: reference to HostBootDeviceSystem, optional, since 2.5.
        firmwareSystem: reference to HostFirmwareSystem, optional, since 2.5.
        healthStatusSystem: reference to HostHealthStatusSystem, optional, since 2.5.
        pciPassthruSystem: reference to HostPciPassthruSystem, optional, since 4.0.
        licenseManager: reference to LicenseManager, optional, since 4.0.
        kernelModuleSystem: reference to HostKernelModuleSystem, optional, since 4.0.
        authenticationManager: reference to HostAuthenticationManager, optional, since 4.1.
        powerSystem: reference to HostPowerSystem, optional, since 4.1.
        cacheConfigurationManager: reference to HostCacheConfigurationManager, optional, since 5.0.
        esxAgentHostManager: reference to HostEsxAgentHostManager, optional, since 5.0.
        iscsiManager: reference to IscsiManager, optional, since 5.0.
        vFlashManager: reference to HostVFlashManager, optional, since 5.5.
        vsanSystem: reference to HostVsanSystem, optional, since 5.5.
        messageBusProxy: reference to MessageBusProxy, optional, since 6.0.
        userDirectory: reference to UserDirectory, optional, since 6.0.
        accountManager: reference to HostLocalAccountManager, optional, since 6.0.
        hostAccessManager: reference to HostAccessManager, optional, since 6.0.
        graphicsManager: reference to HostGraphicsManager, optional, since 5.5.
        vsanInternalSystem: reference to HostVsanInternalSystem, optional, since 5.5.
        certificateManager: reference to HostCertificateManager, optional, since 6.0.
        cryptoManager: reference to CryptoManager, optional, since 6.5.
        nvdimmSystem: reference to HostNvdimmSystem, optional, since 6.7.
        assignableHardwareManager: reference to HostAssignableHardwareManager, optional, since 7.0.0.0.
    """

    __slots__ = ("cpuScheduler", "datastoreSystem", "memoryManager", "storageSystem", "networkSystem", "vmotionSystem", "virtualNicManager", "serviceSystem", "firewallSystem", "advancedOption", "diagnosticSystem", "autoStartManager", "snmpSystem", "dateTimeSystem", "patchManager", "imageConfigManager", "bootDeviceSystem", "firmwareSystem", "healthStatusSystem", "pciPassthruSystem", "licenseManager", "kernelModuleSystem", "authenticationManager", "powerSystem", "cacheConfigurationManager", "esxAgentHostManager", "iscsiManager", "vFlashManager", "vsanSystem", "messageBusProxy", "userDirectory", "accountManager", "hostAccessManager", "graphicsManager", "vsanInternalSystem", "certificateManager", "cryptoManager", "nvdimmSystem", "assignableHardwareManager", )
    _wire_name_: ClassVar[str] = "HostConfigManager"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("cpuScheduler", "ManagedObjectReference", 2, "2.0", target="HostCpuSchedulerSystem"),
        _F("datastoreSystem", "ManagedObjectReference", 2, "2.0", target="HostDatastoreSystem"),
        _F("memoryManager", "ManagedObjectReference", 2, "2.0", target="HostMemorySystem"),
        _F("storageSystem", "ManagedObjectReference", 2, "2.0", target="HostStorageSystem"),
        _F("networkSystem", "ManagedObjectReference", 2, "2.0", target="HostNetworkSystem"),
        _F("vmotionSystem", "ManagedObjectReference", 2, "2.0", target="HostVMotionSystem"),
        _F("virtualNicManager", "ManagedObjectReference", 2, "4.0", target="HostVirtualNicManager"),
        _F("serviceSystem", "ManagedObjectReference", 2, "2.0", target="HostServiceSystem"),
        _F("firewallSystem", "ManagedObjectReference", 2, "2.0", target="HostFirewallSystem"),
        _F("advancedOption", "ManagedObjectReference", 2, "2.0", target="OptionManager"),
        _F("diagnosticSystem", "ManagedObjectReference", 2, "2.0", target="HostDiagnosticSystem"),
        _F("autoStartManager", "ManagedObjectReference", 2, "2.0", target="HostAutoStartManager"),
        _F("snmpSystem", "ManagedObjectReference", 2, "2.0", target="HostSnmpSystem"),
        _F("dateTimeSystem", "ManagedObjectReference", 2, "2.5", target="HostDateTimeSystem"),
        _F("patchManager", "ManagedObjectReference", 2, "2.5", target="HostPatchManager"),
        _F("imageConfigManager", "ManagedObjectReference", 2, "5.0", target="HostImageConfigManager"),
        _F("bootDeviceSystem", "ManagedObjectReference", 2, "2.5", target="HostBootDeviceSystem"),
        _F("firmwareSystem", "ManagedObjectReference", 2, "2.5", target="HostFirmwareSystem"),
        _F("healthStatusSystem", "ManagedObjectReference", 2, "2.5", target="HostHealthStatusSystem"),
        _F("pciPassthruSystem", "ManagedObjectReference", 2, "4.0", target="HostPciPassthruSystem"),
        _F("licenseManager", "ManagedObjectReference", 2, "4.0", target="LicenseManager"),
        _F("kernelModuleSystem", "ManagedObjectReference", 2, "4.0", target="HostKernelModuleSystem"),
        _F("authenticationManager", "ManagedObjectReference", 2, "4.1", target="HostAuthenticationManager"),
        _F("powerSystem", "ManagedObjectReference", 2, "4.1", target="HostPowerSystem"),
        _F("cacheConfigurationManager", "ManagedObjectReference", 2, "5.0", target="HostCacheConfigurationManager"),
        _F("esxAgentHostManager", "ManagedObjectReference", 2, "5.0", target="HostEsxAgentHostManager"),
        _F("iscsiManager", "ManagedObjectReference", 2, "5.0", target="IscsiManager"),
        _F("vFlashManager", "ManagedObjectReference", 2, "5.5", target="HostVFlashManager"),
        _F("vsanSystem", "ManagedObjectReference", 2, "5.5", target="HostVsanSystem"),
        _F("messageBusProxy", "ManagedObjectReference", 2, "6.0", target="MessageBusProxy"),
        _F("userDirectory", "ManagedObjectReference", 2, "6.0", target="UserDirectory"),
        _F("accountManager", "ManagedObjectReference", 2, "6.0", target="HostLocalAccountManager"),
        _F("hostAccessManager", "ManagedObjectReference", 2, "6.0", target="HostAccessManager"),
        _F("graphicsManager", "ManagedObjectReference", 2, "5.5", target="HostGraphicsManager"),
        _F("vsanInternalSystem", "ManagedObjectReference", 2, "5.5", target="HostVsanInternalSystem"),
        _F("certificateManager", "ManagedObjectReference", 2, "6.0", target="HostCertificateManager"),
        _F("cryptoManager", "ManagedObjectReference", 2, "6.5", target="CryptoManager"),
        _F("nvdimmSystem", "ManagedObjectReference", 2, "6.7", target="HostNvdimmSystem"),
        _F("assignableHardwareManager", "ManagedObjectReference", 2, "7.0.0.0", target="HostAssignableHardwareManager"),
    )
    cpuScheduler: HostCpuSchedulerSystem | None
    datastoreSystem: HostDatastoreSystem | None
    memoryManager: HostMemorySystem | None
    storageSystem: HostStorageSystem | None
    networkSystem: HostNetworkSystem | None
    vmotionSystem: HostVMotionSystem | None
    virtualNicManager: HostVirtualNicManager | None
    serviceSystem: HostServiceSystem | None
    firewallSystem: HostFirewallSystem | None
    advancedOption: OptionManager | None
    diagnosticSystem: HostDiagnosticSystem | None
    autoStartManager: HostAutoStartManager | None
    snmpSystem: HostSnmpSystem | None
    dateTimeSystem: HostDateTimeSystem | None
    patchManager: HostPatchManager | None
    imageConfigManager: HostImageConfigManager | None
    bootDeviceSystem: HostBootDeviceSystem | None
    firmwareSystem: HostFirmwareSystem | None
    healthStatusSystem: HostHealthStatusSystem | None
    pciPassthruSystem: HostPciPassthruSystem | None
    licenseManager: LicenseManager | None
    kernelModuleSystem: HostKernelModuleSystem | None
    authenticationManager: HostAuthenticationManager | None
    powerSystem: HostPowerSystem | None
    cacheConfigurationManager: HostCacheConfigurationManager | None
    esxAgentHostManager: HostEsxAgentHostManager | None
    iscsiManager: IscsiManager | None
    vFlashManager: HostVFlashManager | None
    vsanSystem: HostVsanSystem | None
    messageBusProxy: MessageBusProxy | None
    userDirectory: UserDirectory | None
    accountManager: HostLocalAccountManager | None
    hostAccessManager: HostAccessManager | None
    graphicsManager: HostGraphicsManager | None
    vsanInternalSystem: HostVsanInternalSystem | None
    certificateManager: HostCertificateManager | None
    cryptoManager: CryptoManager | None
    nvdimmSystem: HostNvdimmSystem | None
    assignableHardwareManager: HostAssignableHardwareManager | None

    def __init__(
        self,
        *,
        cpuScheduler: HostCpuSchedulerSystem | None = None,
        datastoreSystem: HostDatastoreSystem | None = None,
        memoryManager: HostMemorySystem | None = None,
        storageSystem: HostStorageSystem | None = None,
        networkSystem: HostNetworkSystem | None = None,
        vmotionSystem: HostVMotionSystem | None = None,
        virtualNicManager: HostVirtualNicManager | None = None,
        serviceSystem: HostServiceSystem | None = None,
        firewallSystem: HostFirewallSystem | None = None,
        advancedOption: OptionManager | None = None,
        diagnosticSystem: HostDiagnosticSystem | None = None,
        autoStartManager: HostAutoStartManager | None = None,
        snmpSystem: HostSnmpSystem | None = None,
        dateTimeSystem: HostDateTimeSystem | None = None,
        patchManager: HostPatchManager | None = None,
        imageConfigManager: HostImageConfigManager | None = None,
        bootDeviceSystem: HostBootDeviceSystem | None = None,
        firmwareSystem: HostFirmwareSystem | None = None,
        healthStatusSystem: HostHealthStatusSystem | None = None,
        pciPassthruSystem: HostPciPassthruSystem | None = None,
        licenseManager: LicenseManager | None = None,
        kernelModuleSystem: HostKernelModuleSystem | None = None,
        authenticationManager: HostAuthenticationManager | None = None,
        powerSystem: HostPowerSystem | None = None,
        cacheConfigurationManager: HostCacheConfigurationManager | None = None,
        esxAgentHostManager: HostEsxAgentHostManager | None = None,
        iscsiManager: IscsiManager | None = None,
        vFlashManager: HostVFlashManager | None = None,
        vsanSystem: HostVsanSystem | None = None,
        messageBusProxy: MessageBusProxy | None = None,
        userDirectory: UserDirectory | None = None,
        accountManager: HostLocalAccountManager | None = None,
        hostAccessManager: HostAccessManager | None = None,
        graphicsManager: HostGraphicsManager | None = None,
        vsanInternalSystem: HostVsanInternalSystem | None = None,
        certificateManager: HostCertificateManager | None = None,
        cryptoManager: CryptoManager | None = None,
        nvdimmSystem: HostNvdimmSystem | None = None,
        assignableHardwareManager: HostAssignableHardwareManager | None = None,
    ) -> None:
        self.cpuScheduler = cpuScheduler
        self.datastoreSystem = datastoreSystem
        self.memoryManager = memoryManager
        self.storageSystem = storageSystem
        self.networkSystem = networkSystem
        self.vmotionSystem = vmotionSystem
        self.virtualNicManager = virtualNicManager
        self.serviceSystem = serviceSystem
        self.firewallSystem = firewallSystem
        self.advancedOption = advancedOption
        self.diagnosticSystem = diagnosticSystem
        self.autoStartManager = autoStartManager
        self.snmpSystem = snmpSystem
        self.dateTimeSystem = dateTimeSystem
        self.patchManager = patchManager
        self.imageConfigManager = imageConfigManager
        self.bootDeviceSystem = bootDeviceSystem
        self.firmwareSystem = firmwareSystem
        self.healthStatusSystem = healthStatusSystem
        self.pciPassthruSystem = pciPassthruSystem
        self.licenseManager = licenseManager
        self.kernelModuleSystem = kernelModuleSystem
        self.authenticationManager = authenticationManager
        self.powerSystem = powerSystem
        self.cacheConfigurationManager = cacheConfigurationManager
        self.esxAgentHostManager = esxAgentHostManager
        self.iscsiManager = iscsiManager
        self.vFlashManager = vFlashManager
        self.vsanSystem = vsanSystem
        self.messageBusProxy = messageBusProxy
        self.userDirectory = userDirectory
        self.accountManager = accountManager
        self.hostAccessManager = hostAccessManager
        self.graphicsManager = graphicsManager
        self.vsanInternalSystem = vsanInternalSystem
        self.certificateManager = certificateManager
        self.cryptoManager = cryptoManager
        self.nvdimmSystem = nvdimmSystem
        self.assignableHardwareManager = assignableHardwareManager
