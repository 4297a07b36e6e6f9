# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ServiceContent: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .about_info import AboutInfo
    from ..managed.alarm_manager import AlarmManager
    from ..managed.authorization_manager import AuthorizationManager
    from ..managed.certificate_manager import CertificateManager
    from ..managed.cluster_profile_manager import ClusterProfileManager
    from ..managed.crypto_manager import CryptoManager
    from ..managed.custom_fields_manager import CustomFieldsManager
    from ..managed.customization_spec_manager import CustomizationSpecManager
    from ..managed.datastore_namespace_manager import DatastoreNamespaceManager
    from ..managed.diagnostic_manager import DiagnosticManager
    from ..managed.distributed_virtual_switch_manager import DistributedVirtualSwitchManager
    from ..managed.event_manager import EventManager
    from ..managed.extension_manager import ExtensionManager
    from ..managed.failover_cluster_configurator import FailoverClusterConfigurator
    from ..managed.failover_cluster_manager import FailoverClusterManager
    from ..managed.file_manager import FileManager
    from ..managed.folder import Folder
    from ..managed.guest_operations_manager import GuestOperationsManager
    from ..managed.health_update_manager import HealthUpdateManager
    from ..managed.host_local_account_manager import HostLocalAccountManager
    from ..managed.host_profile_manager import HostProfileManager
    from ..managed.host_snmp_system import HostSnmpSystem
    from ..managed.host_specification_manager import HostSpecificationManager
    from ..managed.io_filter_manager import IoFilterManager
    from ..managed.ip_pool_manager import IpPoolManager
    from ..managed.license_manager import LicenseManager
    from ..managed.localization_manager import LocalizationManager
    from ..managed.option_manager import OptionManager
    from ..managed.overhead_memory_manager import OverheadMemoryManager
    from ..managed.ovf_manager import OvfManager
    from ..managed.performance_manager import PerformanceManager
    from ..managed.profile_compliance_manager import ProfileComplianceManager
    from ..managed.property_collector import PropertyCollector
    from ..managed.scheduled_task_manager import ScheduledTaskManager
    from ..managed.search_index import SearchIndex
    from ..managed.service_manager import ServiceManager
    from ..managed.session_manager import SessionManager
    from ..managed.site_info_manager import SiteInfoManager
    from ..managed.storage_query_manager import StorageQueryManager
    from ..managed.storage_resource_manager import StorageResourceManager
    from ..managed.task_manager import TaskManager
    from ..managed.tenant_tenant_manager import TenantTenantManager
    from ..managed.user_directory import UserDirectory
    from ..managed.v_storage_object_manager_base import VStorageObjectManagerBase
    from ..managed.view_manager import ViewManager
    from ..managed.virtual_disk_manager import VirtualDiskManager
    from ..managed.virtual_machine_compatibility_checker import VirtualMachineCompatibilityChecker
    from ..managed.virtual_machine_guest_customization_manager import VirtualMachineGuestCustomizationManager
    from ..managed.virtual_machine_provisioning_checker import VirtualMachineProvisioningChecker
    from ..managed.virtualization_manager import VirtualizationManager


class ServiceContent(DynamicData):
    """ServiceContent: data object extending DynamicData, since 2.0.

    Attributes:
        rootFolder: reference to Folder, since 2.0.
        propertyCollector: reference to PropertyCollector, since 2.0.
        viewManager: reference to ViewManager, optional, since 2.5.
        about: AboutInfo, since 2.0.
        setting: reference to OptionManager, optional, since 2.0.
        userDirectory: reference to UserDirectory, optional, since 2.0.
        sessionManager: reference to SessionManager, optional, since 2.0.
        authorizationManager: reference to AuthorizationManager, optional, since 2.0.
        serviceManager: reference to ServiceManager, optional, since 5.1.
        perfManager: reference to PerformanceManager, optional, since 2.0.
        scheduledTaskManager: reference to ScheduledTaskManager, optional, since 2.0.
        alarmManager: reference to AlarmManager, optional, since 2.0.
        eventManager: reference to EventManager, optional, since 2.0.
        taskManager: reference to TaskManager, optional, since 2.0.
        extensionManager: reference to ExtensionManager, optional, since 2.5.
        customizationSpecManager: reference to CustomizationSpecManager, optional, since 2.0.
        guestCustomizationManager: reference to VirtualMachineGuestCustomizationManager, optional, since 6.8.7.
        customFieldsManager: reference to CustomFieldsManager, optional, since 2.0.
        accountManager: reference to HostLocalAccountManager, optional, since 2.0.
        diagnosticManager: reference to DiagnosticManager, optional, since 2.0.
        licenseManager: reference to LicenseManager, optional, since 2.0.
        searchIndex: reference to SearchIndex, optional, since 2.0.
        fileManager: reference to FileManager, optional, since 2.5.
        datastoreNamespaceManager: reference to DatastoreNamespaceManager, optional, since 5.5.
        virtualDiskManager: reference to VirtualDiskManager, optional, since 2.5.
        virtualizationManager: reference to VirtualizationManager, optional, since 2.5.
        snmpSystem: reference to HostSnmpSystem, optional, since 4.0.
        vmProvisioningChecker: reference to VirtualMachineProvisioningChecker, optional, since 4.0.
        vmCompatibilityChecker: reference to VirtualMachineCompatibilityChecker, optional, since 4.0.
        ovfManager: reference to OvfManager, optional, since 4.0.
        ipPoolManager: reference to IpPoolManager, optional, since 4.0.
        dvSwitchManager: reference to DistributedVirtualSwitchManager, optional, since 4.0.
        hostProfileManager: reference to HostProfileManager, optional, since 4.0.
        clusterProfileManager: reference to ClusterProfileManager, optional, since 4.0.
        complianceManager: reference to ProfileComplianceManager, optional, since 4.0.
        localizationManager: reference to LocalizationManager, optional, since 4.0.
        storageResourceManager: reference to StorageResourceManager, optional, since 4.1.
        guestOperationsManager: reference to GuestOperationsManager, optional, since 5.0.
        overheadMemoryManager: reference to OverheadMemoryManager, optional, since 6.0.
        certificateManager: reference to CertificateManager, optional, since 6.0.
        ioFilterManager: reference to IoFilterManager, optional, since 6.0.
        vStorageObjectManager: reference to VStorageObjectManagerBase, optional, since 6.5.
        hostSpecManager: reference to HostSpecificationManager, optional, since 6.5.
        cryptoManager: reference to CryptoManager, optional, since 6.5.
        healthUpdateManager: reference to HealthUpdateManager, optional, since 6.5.
        failoverClusterConfigurator: reference to FailoverClusterConfigurator, optional, since 6.5.
        failoverClusterManager: reference to FailoverClusterManager, optional, since 6.5.
        tenantManager: reference to TenantTenantManager, optional, since 6.9.1.
        siteInfoManager: reference to SiteInfoManager, optional, since 7.0.0.0.
        storageQueryManager: reference to StorageQueryManager, optional, since 6.7.2.
    """

    __slots__ = ("rootFolder", "propertyCollector", "viewManager", "about", "setting", "userDirectory", "sessionManager", "authorizationManager", "serviceManager", "perfManager", "scheduledTaskManager", "alarmManager", "eventManager", "taskManager", "extensionManager", "customizationSpecManager", "guestCustomizationManager", "customFieldsManager", "accountManager", "diagnosticManager", "licenseManager", "searchIndex", "fileManager", "datastoreNamespaceManager", "virtualDiskManager", "virtualizationManager", "snmpSystem", "vmProvisioningChecker", "vmCompatibilityChecker", "ovfManager", "ipPoolManager", "dvSwitchManager", "hostProfileManager", "clusterProfileManager", "complianceManager", "localizationManager", "storageResourceManager", "guestOperationsManager", "overheadMemoryManager", "certificateManager", "ioFilterManager", "vStorageObjectManager", "hostSpecManager", "cryptoManager", "healthUpdateManager", "failoverClusterConfigurator", "failoverClusterManager", "tenantManager", "siteInfoManager", "storageQueryManager", )
    _wire_name_: ClassVar[str] = "ServiceContent"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("rootFolder", "ManagedObjectReference", 0, "2.0", target="Folder"),
        _F("propertyCollector", "ManagedObjectReference", 0, "2.0", target="PropertyCollector"),
        _F("viewManager", "ManagedObjectReference", 2, "2.5", target="ViewManager"),
        _F("about", "AboutInfo", 0, "2.0"),
        _F("setting", "ManagedObjectReference", 2, "2.0", target="OptionManager"),
        _F("userDirectory", "ManagedObjectReference", 2, "2.0", target="UserDirectory"),
        _F("sessionManager", "ManagedObjectReference", 2, "2.0", target="SessionManager"),
        _F("authorizationManager", "ManagedObjectReference", 2, "2.0", target="AuthorizationManager"),
        _F("serviceManager", "ManagedObjectReference", 2, "5.1", target="ServiceManager"),
        _F("perfManager", "ManagedObjectReference", 2, "2.0", target="PerformanceManager"),
        _F("scheduledTaskManager", "ManagedObjectReference", 2, "2.0", target="ScheduledTaskManager"),
        _F("alarmManager", "ManagedObjectReference", 2, "2.0", target="AlarmManager"),
        _F("eventManager", "ManagedObjectReference", 2, "2.0", target="EventManager"),
        _F("taskManager", "ManagedObjectReference", 2, "2.0", target="TaskManager"),
        _F("extensionManager", "ManagedObjectReference", 2, "2.5", target="ExtensionManager"),
        _F("customizationSpecManager", "ManagedObjectReference", 2, "2.0", target="CustomizationSpecManager"),
        _F("guestCustomizationManager", "ManagedObjectReference", 2, "6.8.7", target="VirtualMachineGuestCustomizationManager"),
        _F("customFieldsManager", "ManagedObjectReference", 2, "2.0", target="CustomFieldsManager"),
        _F("accountManager", "ManagedObjectReference", 2, "2.0", target="HostLocalAccountManager"),
        _F("diagnosticManager", "ManagedObjectReference", 2, "2.0", target="DiagnosticManager"),
        _F("licenseManager", "ManagedObjectReference", 2, "2.0", target="LicenseManager"),
        _F("searchIndex", "ManagedObjectReference", 2, "2.0", target="SearchIndex"),
        _F("fileManager", "ManagedObjectReference", 2, "2.5", target="FileManager"),
        _F("datastoreNamespaceManager", "ManagedObjectReference", 2, "5.5", target="DatastoreNamespaceManager"),
        _F("virtualDiskManager", "ManagedObjectReference", 2, "2.5", target="VirtualDiskManager"),
        _F("virtualizationManager", "ManagedObjectReference", 2, "2.5", target="VirtualizationManager"),
        _F("snmpSystem", "ManagedObjectReference", 2, "4.0", target="HostSnmpSystem"),
        _F("vmProvisioningChecker", "ManagedObjectReference", 2, "4.0", target="VirtualMachineProvisioningChecker"),
        _F("vmCompatibilityChecker", "ManagedObjectReference", 2, "4.0", target="VirtualMachineCompatibilityChecker"),
        _F("ovfManager", "ManagedObjectReference", 2, "4.0", target="OvfManager"),
        _F("ipPoolManager", "ManagedObjectReference", 2, "4.0", target="IpPoolManager"),
        _F("dvSwitchManager", "ManagedObjectReference", 2, "4.0", target="DistributedVirtualSwitchManager"),
        _F("hostProfileManager", "ManagedObjectReference", 2, "4.0", target="HostProfileManager"),
        _F("clusterProfileManager", "ManagedObjectReference", 2, "4.0", target="ClusterProfileManager"),
        _F("complianceManager", "ManagedObjectReference", 2, "4.0", target="ProfileComplianceManager"),
        _F("localizationManager", "ManagedObjectReference", 2, "4.0", target="LocalizationManager"),
        _F("storageResourceManager", "ManagedObjectReference", 2, "4.1", target="StorageResourceManager"),
        _F("guestOperationsManager", "ManagedObjectReference", 2, "5.0", target="GuestOperationsManager"),
        _F("overheadMemoryManager", "ManagedObjectReference", 2, "6.0", target="OverheadMemoryManager"),
        _F("certificateManager", "ManagedObjectReference", 2, "6.0", target="CertificateManager"),
        _F("ioFilterManager", "ManagedObjectReference", 2, "6.0", target="IoFilterManager"),
        _F("vStorageObjectManager", "ManagedObjectReference", 2, "6.5", target="VStorageObjectManagerBase"),
        _F("hostSpecManager", "ManagedObjectReference", 2, "6.5", target="HostSpecificationManager"),
        _F("cryptoManager", "ManagedObjectReference", 2, "6.5", target="CryptoManager"),
        _F("healthUpdateManager", "ManagedObjectReference", 2, "6.5", target="HealthUpdateManager"),
        _F("failoverClusterConfigurator", "ManagedObjectReference", 2, "6.5", target="FailoverClusterConfigurator"),
        _F("failoverClusterManager", "ManagedObjectReference", 2, "6.5", target="FailoverClusterManager"),
        _F("tenantManager", "ManagedObjectReference", 2, "6.9.1", target="TenantTenantManager"),
        _F("siteInfoManager", "ManagedObjectReference", 2, "7.0.0.0", target="SiteInfoManager"),
        _F("storageQueryManager", "ManagedObjectReference", 2, "6.7.2", target="StorageQueryManager"),
    )
    rootFolder: Folder
    propertyCollector: PropertyCollector
    viewManager: ViewManager | None
    about: AboutInfo
    setting: OptionManager | None
    userDirectory: UserDirectory | None
    sessionManager: SessionManager | None
    authorizationManager: AuthorizationManager | None
    serviceManager: ServiceManager | None
    perfManager: PerformanceManager | None
    scheduledTaskManager: ScheduledTaskManager | None
    alarmManager: AlarmManager | None
    eventManager: EventManager | None
    taskManager: TaskManager | None
    extensionManager: ExtensionManager | None
    customizationSpecManager: CustomizationSpecManager | None
    guestCustomizationManager: VirtualMachineGuestCustomizationManager | None
    customFieldsManager: CustomFieldsManager | None
    accountManager: HostLocalAccountManager | None
    diagnosticManager: DiagnosticManager | None
    licenseManager: LicenseManager | None
    searchIndex: SearchIndex | None
    fileManager: FileManager | None
    datastoreNamespaceManager: DatastoreNamespaceManager | None
    virtualDiskManager: VirtualDiskManager | None
    virtualizationManager: VirtualizationManager | None
    snmpSystem: HostSnmpSystem | None
    vmProvisioningChecker: VirtualMachineProvisioningChecker | None
    vmCompatibilityChecker: VirtualMachineCompatibilityChecker | None
    ovfManager: OvfManager | None
    ipPoolManager: IpPoolManager | None
    dvSwitchManager: DistributedVirtualSwitchManager | None
    hostProfileManager: HostProfileManager | None
    clusterProfileManager: ClusterProfileManager | None
    complianceManager: ProfileComplianceManager | None
    localizationManager: LocalizationManager | None
    storageResourceManager: StorageResourceManager | None
    guestOperationsManager: GuestOperationsManager | None
    overheadMemoryManager: OverheadMemoryManager | None
    certificateManager: CertificateManager | None
    ioFilterManager: IoFilterManager | None
    vStorageObjectManager: VStorageObjectManagerBase | None
    hostSpecManager: HostSpecificationManager | None
    cryptoManager: CryptoManager | None
    healthUpdateManager: HealthUpdateManager | None
    failoverClusterConfigurator: FailoverClusterConfigurator | None
    failoverClusterManager: FailoverClusterManager | None
    tenantManager: TenantTenantManager | None
    siteInfoManager: SiteInfoManager | None
    storageQueryManager: StorageQueryManager | None

    def __init__(
        self,
        *,
        rootFolder: Folder,
        propertyCollector: PropertyCollector,
        about: AboutInfo,
        viewManager: ViewManager | None = None,
        setting: OptionManager | None = None,
        userDirectory: UserDirectory | None = None,
        sessionManager: SessionManager | None = None,
        authorizationManager: AuthorizationManager | None = None,
        serviceManager: ServiceManager | None = None,
        perfManager: PerformanceManager | None = None,
        scheduledTaskManager: ScheduledTaskManager | None = None,
        alarmManager: AlarmManager | None = None,
        eventManager: EventManager | None = None,
        taskManager: TaskManager | None = None,
        extensionManager: ExtensionManager | None = None,
        customizationSpecManager: CustomizationSpecManager | None = None,
        guestCustomizationManager: VirtualMachineGuestCustomizationManager | None = None,
        customFieldsManager: CustomFieldsManager | None = None,
        accountManager: HostLocalAccountManager | None = None,
        diagnosticManager: DiagnosticManager | None = None,
        licenseManager: LicenseManager | None = None,
        searchIndex: SearchIndex | None = None,
        fileManager: FileManager | None = None,
        datastoreNamespaceManager: DatastoreNamespaceManager | None = None,
        virtualDiskManager: VirtualDiskManager | None = None,
        virtualizationManager: VirtualizationManager | None = None,
        snmpSystem: HostSnmpSystem | None = None,
        vmProvisioningChecker: VirtualMachineProvisioningChecker | None = None,
        vmCompatibilityChecker: VirtualMachineCompatibilityChecker | None = None,
        ovfManager: OvfManager | None = None,
        ipPoolManager: IpPoolManager | None = None,
        dvSwitchManager: DistributedVirtualSwitchManager | None = None,
        hostProfileManager: HostProfileManager | None = None,
        clusterProfileManager: ClusterProfileManager | None = None,
        complianceManager: ProfileComplianceManager | None = None,
        localizationManager: LocalizationManager | None = None,
        storageResourceManager: StorageResourceManager | None = None,
        guestOperationsManager: GuestOperationsManager | None = None,
        overheadMemoryManager: OverheadMemoryManager | None = None,
        certificateManager: CertificateManager | None = None,
        ioFilterManager: IoFilterManager | None = None,
        vStorageObjectManager: VStorageObjectManagerBase | None = None,
        hostSpecManager: HostSpecificationManager | None = None,
        cryptoManager: CryptoManager | None = None,
        healthUpdateManager: HealthUpdateManager | None = None,
        failoverClusterConfigurator: FailoverClusterConfigurator | None = None,
        failoverClusterManager: FailoverClusterManager | None = None,
        tenantManager: TenantTenantManager | None = None,
        siteInfoManager: SiteInfoManager | None = None,
        storageQueryManager: StorageQueryManager | None = None,
    ) -> None:
        self.rootFolder = rootFolder
        self.propertyCollector = propertyCollector
        self.viewManager = viewManager
        self.about = about
        self.setting = setting
        self.userDirectory = userDirectory
        self.sessionManager = sessionManager
        self.authorizationManager = authorizationManager
        self.serviceManager = serviceManager
        self.perfManager = perfManager
        self.scheduledTaskManager = scheduledTaskManager
        self.alarmManager = alarmManager
        self.eventManager = eventManager
        self.taskManager = taskManager
        self.extensionManager = extensionManager
        self.customizationSpecManager = customizationSpecManager
        self.guestCustomizationManager = guestCustomizationManager
        self.customFieldsManager = customFieldsManager
        self.accountManager = accountManager
        self.diagnosticManager = diagnosticManager
        self.licenseManager = licenseManager
        self.searchIndex = searchIndex
        self.fileManager = fileManager
        self.datastoreNamespaceManager = datastoreNamespaceManager
        self.virtualDiskManager = virtualDiskManager
        self.virtualizationManager = virtualizationManager
        self.snmpSystem = snmpSystem
        self.vmProvisioningChecker = vmProvisioningChecker
        self.vmCompatibilityChecker = vmCompatibilityChecker
        self.ovfManager = ovfManager
        self.ipPoolManager = ipPoolManager
        self.dvSwitchManager = dvSwitchManager
        self.hostProfileManager = hostProfileManager
        self.clusterProfileManager = clusterProfileManager
        self.complianceManager = complianceManager
        self.localizationManager = localizationManager
        self.storageResourceManager = storageResourceManager
        self.guestOperationsManager = guestOperationsManager
        self.overheadMemoryManager = overheadMemoryManager
        self.certificateManager = certificateManager
        self.ioFilterManager = ioFilterManager
        self.vStorageObjectManager = vStorageObjectManager
        self.hostSpecManager = hostSpecManager
        self.cryptoManager = cryptoManager
        self.healthUpdateManager = healthUpdateManager
        self.failoverClusterConfigurator = failoverClusterConfigurator
        self.failoverClusterManager = failoverClusterManager
        self.tenantManager = tenantManager
        self.siteInfoManager = siteInfoManager
        self.storageQueryManager = storageQueryManager
