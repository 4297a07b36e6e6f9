# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSystem: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.answer_file_status_result import AnswerFileStatusResult
    from ..types.apply_host_profile_configuration_result import ApplyHostProfileConfigurationResult
    from ..types.apply_host_profile_configuration_spec import ApplyHostProfileConfigurationSpec
    from ..types.compliance_result import ComplianceResult
    from ..types.crypto_key_id import CryptoKeyId
    from ..types.crypto_key_plain import CryptoKeyPlain
    from .datastore import Datastore
    from ..types.host_capability import HostCapability
    from ..types.host_config_info import HostConfigInfo
    from ..types.host_config_manager import HostConfigManager
    from ..types.host_connect_info import HostConnectInfo
    from ..types.host_connect_spec import HostConnectSpec
    from .host_datastore_browser import HostDatastoreBrowser
    from ..types.host_flag_info import HostFlagInfo
    from ..types.host_hardware_info import HostHardwareInfo
    from ..types.host_ipmi_info import HostIpmiInfo
    from ..types.host_licensable_resource_info import HostLicensableResourceInfo
    from ..types.host_list_summary import HostListSummary
    from ..types.host_maintenance_spec import HostMaintenanceSpec
    from ..types.host_runtime_info import HostRuntimeInfo
    from ..types.host_service_ticket import HostServiceTicket
    from ..types.host_system_compliance_check_state import HostSystemComplianceCheckState
    from ..types.host_system_reconnect_spec import HostSystemReconnectSpec
    from ..types.host_system_remediation_state import HostSystemRemediationState
    from ..types.host_system_resource_info import HostSystemResourceInfo
    from ..types.host_system_swap_configuration import HostSystemSwapConfiguration
    from ..types.host_tpm_attestation_report import HostTpmAttestationReport
    from .network import Network
    from .task import Task
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_config_info import VirtualMachineConfigInfo

_ACQUIRE_CIM_SERVICES_TICKET: _Operation[HostServiceTicket] = _Operation(
    "AcquireCimServicesTicket",
    (),
    _F("returnval", "HostServiceTicket", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Cim.CimInteraction",
    safe=False,
    task_result=None,
)

_CONFIGURE_CRYPTO_KEY: _Operation[None] = _Operation(
    "ConfigureCryptoKey",
    (_F("keyId", "CryptoKeyId", 2, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_DISCONNECT_HOST_TASK: _Operation[Task[None]] = _Operation(
    "DisconnectHost_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Connection",
    safe=False,
    task_result=None,
)

_ENABLE_CRYPTO: _Operation[None] = _Operation(
    "EnableCrypto",
    (_F("keyPlain", "CryptoKeyPlain", 0, "6.5"), ),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_ENTER_LOCKDOWN_MODE: _Operation[None] = _Operation(
    "EnterLockdownMode",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.1",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_ENTER_MAINTENANCE_MODE_TASK: _Operation[Task[None]] = _Operation(
    "EnterMaintenanceMode_Task",
    (_F("timeout", "int", 0, "2.0"), _F("evacuatePoweredOffVms", "boolean", 2, "2.5"), _F("maintenanceSpec", "HostMaintenanceSpec", 2, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "Timedout", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_EXIT_LOCKDOWN_MODE: _Operation[None] = _Operation(
    "ExitLockdownMode",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.1",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_EXIT_MAINTENANCE_MODE_TASK: _Operation[Task[None]] = _Operation(
    "ExitMaintenanceMode_Task",
    (_F("timeout", "int", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "Timedout", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_POWER_DOWN_HOST_TO_STAND_BY_TASK: _Operation[Task[None]] = _Operation(
    "PowerDownHostToStandBy_Task",
    (_F("timeoutSec", "int", 0, "2.5"), _F("evacuatePoweredOffVms", "boolean", 2, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("HostPowerOpFailed", "InvalidState", "Timedout", "NotSupported", "RequestCanceled", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_POWER_UP_HOST_FROM_STAND_BY_TASK: _Operation[Task[None]] = _Operation(
    "PowerUpHostFromStandBy_Task",
    (_F("timeoutSec", "int", 0, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("HostPowerOpFailed", "InvalidState", "Timedout", "NotSupported", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_PREPARE_CRYPTO: _Operation[None] = _Operation(
    "PrepareCrypto",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_QUERY_HOST_CONNECTION_INFO: _Operation[HostConnectInfo] = _Operation(
    "QueryHostConnectionInfo",
    (),
    _F("returnval", "HostConnectInfo", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_MEMORY_OVERHEAD: _Operation[int] = _Operation(
    "QueryMemoryOverhead",
    (_F("memorySize", "long", 0, "2.0"), _F("videoRamSize", "int", 2, "2.0"), _F("numVcpus", "int", 0, "2.0"), ),
    _F("returnval", "long", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_MEMORY_OVERHEAD_EX: _Operation[int] = _Operation(
    "QueryMemoryOverheadEx",
    (_F("vmConfigInfo", "VirtualMachineConfigInfo", 0, "2.5"), ),
    _F("returnval", "long", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_PRODUCT_LOCKER_LOCATION: _Operation[str] = _Operation(
    "QueryProductLockerLocation",
    (),
    _F("returnval", "string", 0, "6.7.1"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.7.1",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_TPM_ATTESTATION_REPORT: _Operation[HostTpmAttestationReport | None] = _Operation(
    "QueryTpmAttestationReport",
    (),
    _F("returnval", "HostTpmAttestationReport", 2, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_REBOOT_HOST_TASK: _Operation[Task[None]] = _Operation(
    "RebootHost_Task",
    (_F("force", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_RECONFIGURE_HOST_FOR_DAS_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureHostForDAS_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("DasConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Connection",
    safe=False,
    task_result=None,
)

_RECONNECT_HOST_TASK: _Operation[Task[None]] = _Operation(
    "ReconnectHost_Task",
    (_F("cnxSpec", "HostConnectSpec", 2, "2.0"), _F("reconnectSpec", "HostSystemReconnectSpec", 2, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("HostConnectFault", "InvalidLogin", "InvalidName", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Connection",
    safe=False,
    task_result=None,
)

_RETRIEVE_FREE_EPC_MEMORY: _Operation[int] = _Operation(
    "RetrieveFreeEpcMemory",
    (),
    _F("returnval", "long", 0, "7.0.0.0"),
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RETRIEVE_HARDWARE_UPTIME: _Operation[int] = _Operation(
    "RetrieveHardwareUptime",
    (),
    _F("returnval", "long", 0, "4.1"),
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_SHUTDOWN_HOST_TASK: _Operation[Task[None]] = _Operation(
    "ShutdownHost_Task",
    (_F("force", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_UPDATE_FLAGS: _Operation[None] = _Operation(
    "UpdateFlags",
    (_F("flagInfo", "HostFlagInfo", 0, "2.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_UPDATE_IPMI: _Operation[None] = _Operation(
    "UpdateIpmi",
    (_F("ipmiInfo", "HostIpmiInfo", 0, "4.0"), ),
    None,
    faults=("InvalidIpmiLoginInfo", "InvalidIpmiMacAddress", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_UPDATE_PRODUCT_LOCKER_LOCATION_TASK: _Operation[Task[str]] = _Operation(
    "UpdateProductLockerLocation_Task",
    (_F("path", "string", 0, "6.7.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.1", target="Task"),
    faults=("FileNotFound", "HostConfigFault", "TaskInProgress", "InvalidArgument", "RuntimeFault", ),
    since="6.7.1",
    privilege="Host.Config.ProductLocker",
    safe=False,
    task_result=_F("result", "string", 0, "6.7.1"),
)

_UPDATE_SYSTEM_RESOURCES: _Operation[None] = _Operation(
    "UpdateSystemResources",
    (_F("resourceInfo", "HostSystemResourceInfo", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Resources",
    safe=False,
    task_result=None,
)

_UPDATE_SYSTEM_SWAP_CONFIGURATION: _Operation[None] = _Operation(
    "UpdateSystemSwapConfiguration",
    (_F("sysSwapConfig", "HostSystemSwapConfiguration", 0, "5.1"), ),
    None,
    faults=("RuntimeFault", ),
    since="5.1",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)


class HostSystemProperties(ManagedEntityProperties):
    """HostSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("runtime", "summary", "hardware", "capability", "licensableResource", "remediationState", "precheckRemediationResult", "remediationResult", "complianceCheckState", "complianceCheckResult", "configManager", "config", "vm", "datastore", "network", "datastoreBrowser", "systemResources", "answerFileValidationState", "answerFileValidationResult", )
    obj: HostSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    runtime: HostRuntimeInfo
    summary: HostListSummary
    hardware: HostHardwareInfo | None
    capability: HostCapability | None
    licensableResource: HostLicensableResourceInfo
    remediationState: HostSystemRemediationState | None
    precheckRemediationResult: ApplyHostProfileConfigurationSpec | None
    remediationResult: ApplyHostProfileConfigurationResult | None
    complianceCheckState: HostSystemComplianceCheckState | None
    complianceCheckResult: ComplianceResult | None
    configManager: HostConfigManager
    config: HostConfigInfo | None
    vm: list[VirtualMachine]
    datastore: list[Datastore]
    network: list[Network]
    datastoreBrowser: HostDatastoreBrowser
    systemResources: HostSystemResourceInfo | None
    answerFileValidationState: AnswerFileStatusResult | None
    answerFileValidationResult: AnswerFileStatusResult | None


class HostSystem(ManagedEntity):
    """HostSystem: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        runtime: HostRuntimeInfo, since 2.0.
        summary: HostListSummary, since 2.0.
        hardware: HostHardwareInfo, optional, since 2.0.
        capability: HostCapability, optional, since 2.0.
        licensableResource: HostLicensableResourceInfo, since 5.0.
        remediationState: HostSystemRemediationState, optional, since 6.7.
        precheckRemediationResult: ApplyHostProfileConfigurationSpec, optional, since 6.7.
        remediationResult: ApplyHostProfileConfigurationResult, optional, since 6.7.
        complianceCheckState: HostSystemComplianceCheckState, optional, since 6.7.
        complianceCheckResult: ComplianceResult, optional, since 6.7.
        configManager: HostConfigManager, since 2.0.
        config: HostConfigInfo, optional, since 2.0.
        vm: list of references to VirtualMachine, since 2.0.
        datastore: list of references to Datastore, since 2.0, read privilege System.View.
        network: list of references to Network, since 2.0, read privilege System.View.
        datastoreBrowser: reference to HostDatastoreBrowser, since 2.0, read privilege System.View.
        systemResources: HostSystemResourceInfo, optional, since 2.0.
        answerFileValidationState: AnswerFileStatusResult, optional, since 6.7.
        answerFileValidationResult: AnswerFileStatusResult, optional, since 6.7.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "runtime": _F("runtime", "HostRuntimeInfo", 0, "2.0"),
        "summary": _F("summary", "HostListSummary", 0, "2.0"),
        "hardware": _F("hardware", "HostHardwareInfo", 2, "2.0"),
        "capability": _F("capability", "HostCapability", 2, "2.0"),
        "licensableResource": _F("licensableResource", "HostLicensableResourceInfo", 0, "5.0"),
        "remediationState": _F("remediationState", "HostSystemRemediationState", 2, "6.7"),
        "precheckRemediationResult": _F("precheckRemediationResult", "ApplyHostProfileConfigurationSpec", 2, "6.7"),
        "remediationResult": _F("remediationResult", "ApplyHostProfileConfigurationResult", 2, "6.7"),
        "complianceCheckState": _F("complianceCheckState", "HostSystemComplianceCheckState", 2, "6.7"),
        "complianceCheckResult": _F("complianceCheckResult", "ComplianceResult", 2, "6.7"),
        "configManager": _F("configManager", "HostConfigManager", 0, "2.0"),
        "config": _F("config", "HostConfigInfo", 2, "2.0"),
        "vm": _F("vm", "ManagedObjectReference", 3, "2.0", target="VirtualMachine"),
        "datastore": _F("datastore", "ManagedObjectReference", 3, "2.0", target="Datastore"),
        "network": _F("network", "ManagedObjectReference", 3, "2.0", target="Network"),
        "datastoreBrowser": _F("datastoreBrowser", "ManagedObjectReference", 0, "2.0", target="HostDatastoreBrowser"),
        "systemResources": _F("systemResources", "HostSystemResourceInfo", 2, "2.0"),
        "answerFileValidationState": _F("answerFileValidationState", "AnswerFileStatusResult", 2, "6.7"),
        "answerFileValidationResult": _F("answerFileValidationResult", "AnswerFileStatusResult", 2, "6.7"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AcquireCimServicesTicket": _ACQUIRE_CIM_SERVICES_TICKET,
        "ConfigureCryptoKey": _CONFIGURE_CRYPTO_KEY,
        "DisconnectHost_Task": _DISCONNECT_HOST_TASK,
        "EnableCrypto": _ENABLE_CRYPTO,
        "EnterLockdownMode": _ENTER_LOCKDOWN_MODE,
        "EnterMaintenanceMode_Task": _ENTER_MAINTENANCE_MODE_TASK,
        "ExitLockdownMode": _EXIT_LOCKDOWN_MODE,
        "ExitMaintenanceMode_Task": _EXIT_MAINTENANCE_MODE_TASK,
        "PowerDownHostToStandBy_Task": _POWER_DOWN_HOST_TO_STAND_BY_TASK,
        "PowerUpHostFromStandBy_Task": _POWER_UP_HOST_FROM_STAND_BY_TASK,
        "PrepareCrypto": _PREPARE_CRYPTO,
        "QueryHostConnectionInfo": _QUERY_HOST_CONNECTION_INFO,
        "QueryMemoryOverhead": _QUERY_MEMORY_OVERHEAD,
        "QueryMemoryOverheadEx": _QUERY_MEMORY_OVERHEAD_EX,
        "QueryProductLockerLocation": _QUERY_PRODUCT_LOCKER_LOCATION,
        "QueryTpmAttestationReport": _QUERY_TPM_ATTESTATION_REPORT,
        "RebootHost_Task": _REBOOT_HOST_TASK,
        "ReconfigureHostForDAS_Task": _RECONFIGURE_HOST_FOR_DAS_TASK,
        "ReconnectHost_Task": _RECONNECT_HOST_TASK,
        "RetrieveFreeEpcMemory": _RETRIEVE_FREE_EPC_MEMORY,
        "RetrieveHardwareUptime": _RETRIEVE_HARDWARE_UPTIME,
        "ShutdownHost_Task": _SHUTDOWN_HOST_TASK,
        "UpdateFlags": _UPDATE_FLAGS,
        "UpdateIpmi": _UPDATE_IPMI,
        "UpdateProductLockerLocation_Task": _UPDATE_PRODUCT_LOCKER_LOCATION_TASK,
        "UpdateSystemResources": _UPDATE_SYSTEM_RESOURCES,
        "UpdateSystemSwapConfiguration": _UPDATE_SYSTEM_SWAP_CONFIGURATION,
    }
    _property_class_ = HostSystemProperties

    def fetch(self, *paths: str) -> HostSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostSystemProperties, paths)

    def AcquireCimServicesTicket(
        self,
        *,
        _timeout: float | None = None,
    ) -> HostServiceTicket:
        """AcquireCimServicesTicket: an operation of HostSystem, since 2.5.

        Privilege: Host.Cim.CimInteraction.

        Returns:
            HostServiceTicket.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_CIM_SERVICES_TICKET, (), _timeout)

    def ConfigureCryptoKey(
        self,
        *,
        keyId: CryptoKeyId | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ConfigureCryptoKey: an operation of HostSystem, since 6.5.

        Privilege: Cryptographer.RegisterHost.

        Args:
            keyId: CryptoKeyId, optional, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_CRYPTO_KEY, (keyId, ), _timeout)

    def DisconnectHost_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DisconnectHost_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Connection.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DISCONNECT_HOST_TASK, (), _timeout)

    def EnableCrypto(
        self,
        *,
        keyPlain: CryptoKeyPlain,
        _timeout: float | None = None,
    ) -> None:
        """EnableCrypto: an operation of HostSystem, since 6.5.

        Privilege: Cryptographer.RegisterHost.

        Args:
            keyPlain: CryptoKeyPlain, since 6.5.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_CRYPTO, (keyPlain, ), _timeout)

    def EnterLockdownMode(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """EnterLockdownMode: an operation of HostSystem, since 4.1.

        Privilege: Host.Config.Settings.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ENTER_LOCKDOWN_MODE, (), _timeout)

    def EnterMaintenanceMode_Task(
        self,
        *,
        timeout: int,
        evacuatePoweredOffVms: bool | None = None,
        maintenanceSpec: HostMaintenanceSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """EnterMaintenanceMode_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Maintenance.

        Args:
            timeout: int, since 2.0.
            evacuatePoweredOffVms: boolean, optional, since 2.5.
            maintenanceSpec: HostMaintenanceSpec, optional, since 5.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, Timedout, RuntimeFault.
        """
        return self._transport.invoke(self, _ENTER_MAINTENANCE_MODE_TASK, (timeout, evacuatePoweredOffVms, maintenanceSpec, ), _timeout)

    def ExitLockdownMode(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ExitLockdownMode: an operation of HostSystem, since 4.1.

        Privilege: Host.Config.Settings.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _EXIT_LOCKDOWN_MODE, (), _timeout)

    def ExitMaintenanceMode_Task(
        self,
        *,
        timeout: int,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ExitMaintenanceMode_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Maintenance.

        Args:
            timeout: int, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, Timedout, RuntimeFault.
        """
        return self._transport.invoke(self, _EXIT_MAINTENANCE_MODE_TASK, (timeout, ), _timeout)

    def PowerDownHostToStandBy_Task(
        self,
        *,
        timeoutSec: int,
        evacuatePoweredOffVms: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PowerDownHostToStandBy_Task: an operation of HostSystem, since 2.5.

        Privilege: Host.Config.Maintenance.

        Args:
            timeoutSec: int, since 2.5.
            evacuatePoweredOffVms: boolean, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostPowerOpFailed, InvalidState, Timedout, NotSupported, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_DOWN_HOST_TO_STAND_BY_TASK, (timeoutSec, evacuatePoweredOffVms, ), _timeout)

    def PowerUpHostFromStandBy_Task(
        self,
        *,
        timeoutSec: int,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PowerUpHostFromStandBy_Task: an operation of HostSystem, since 2.5.

        Privilege: Host.Config.Maintenance.

        Args:
            timeoutSec: int, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostPowerOpFailed, InvalidState, Timedout, NotSupported, RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_UP_HOST_FROM_STAND_BY_TASK, (timeoutSec, ), _timeout)

    def PrepareCrypto(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """PrepareCrypto: an operation of HostSystem, since 6.5.

        Privilege: Cryptographer.RegisterHost.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _PREPARE_CRYPTO, (), _timeout)

    def QueryHostConnectionInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> HostConnectInfo:
        """QueryHostConnectionInfo: an operation of HostSystem, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            HostConnectInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_HOST_CONNECTION_INFO, (), _timeout)

    def QueryMemoryOverhead(
        self,
        *,
        memorySize: int,
        numVcpus: int,
        videoRamSize: int | None = None,
        _timeout: float | None = None,
    ) -> int:
        """QueryMemoryOverhead: an operation of HostSystem, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            memorySize: long, since 2.0.
            videoRamSize: int, optional, since 2.0.
            numVcpus: int, since 2.0.

        Returns:
            Long.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_MEMORY_OVERHEAD, (memorySize, videoRamSize, numVcpus, ), _timeout)

    def QueryMemoryOverheadEx(
        self,
        *,
        vmConfigInfo: VirtualMachineConfigInfo,
        _timeout: float | None = None,
    ) -> int:
        """QueryMemoryOverheadEx: an operation of HostSystem, since 2.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            vmConfigInfo: VirtualMachineConfigInfo, since 2.5.

        Returns:
            Long.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_MEMORY_OVERHEAD_EX, (vmConfigInfo, ), _timeout)

    def QueryProductLockerLocation(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """QueryProductLockerLocation: an operation of HostSystem, since 6.7.1.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PRODUCT_LOCKER_LOCATION, (), _timeout)

    def QueryTpmAttestationReport(
        self,
        *,
        _timeout: float | None = None,
    ) -> HostTpmAttestationReport | None:
        """QueryTpmAttestationReport: an operation of HostSystem, since 5.1.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            HostTpmAttestationReport, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_TPM_ATTESTATION_REPORT, (), _timeout)

    def RebootHost_Task(
        self,
        *,
        force: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RebootHost_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Maintenance.

        Args:
            force: boolean, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _REBOOT_HOST_TASK, (force, ), _timeout)

    def ReconfigureHostForDAS_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureHostForDAS_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Connection.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DasConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_HOST_FOR_DAS_TASK, (), _timeout)

    def ReconnectHost_Task(
        self,
        *,
        cnxSpec: HostConnectSpec | None = None,
        reconnectSpec: HostSystemReconnectSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconnectHost_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Connection.

        Args:
            cnxSpec: HostConnectSpec, optional, since 2.0.
            reconnectSpec: HostSystemReconnectSpec, optional, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConnectFault, InvalidLogin, InvalidName, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONNECT_HOST_TASK, (cnxSpec, reconnectSpec, ), _timeout)

    def RetrieveFreeEpcMemory(
        self,
        *,
        _timeout: float | None = None,
    ) -> int:
        """RetrieveFreeEpcMemory: an operation of HostSystem, since 7.0.0.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            Long.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_FREE_EPC_MEMORY, (), _timeout)

    def RetrieveHardwareUptime(
        self,
        *,
        _timeout: float | None = None,
    ) -> int:
        """RetrieveHardwareUptime: an operation of HostSystem, since 4.1.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            Long.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_HARDWARE_UPTIME, (), _timeout)

    def ShutdownHost_Task(
        self,
        *,
        force: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ShutdownHost_Task: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Maintenance.

        Args:
            force: boolean, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _SHUTDOWN_HOST_TASK, (force, ), _timeout)

    def UpdateFlags(
        self,
        *,
        flagInfo: HostFlagInfo,
        _timeout: float | None = None,
    ) -> None:
        """UpdateFlags: an operation of HostSystem, since 2.5.

        Privilege: Host.Config.Settings.

        Args:
            flagInfo: HostFlagInfo, since 2.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_FLAGS, (flagInfo, ), _timeout)

    def UpdateIpmi(
        self,
        *,
        ipmiInfo: HostIpmiInfo,
        _timeout: float | None = None,
    ) -> None:
        """UpdateIpmi: an operation of HostSystem, since 4.0.

        Privilege: Host.Config.Settings.

        Args:
            ipmiInfo: HostIpmiInfo, since 4.0.

        Returns:
            None.

        Raises:
            InvalidIpmiLoginInfo, InvalidIpmiMacAddress, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_IPMI, (ipmiInfo, ), _timeout)

    def UpdateProductLockerLocation_Task(
        self,
        *,
        path: str,
        _timeout: float | None = None,
    ) -> Task[str]:
        """UpdateProductLockerLocation_Task: an operation of HostSystem, since 6.7.1.

        Privilege: Host.Config.ProductLocker.

        Args:
            path: string, since 6.7.1.

        Returns:
            A reference to the Task; its result is string.

        Raises:
            FileNotFound, HostConfigFault, TaskInProgress, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_PRODUCT_LOCKER_LOCATION_TASK, (path, ), _timeout)

    def UpdateSystemResources(
        self,
        *,
        resourceInfo: HostSystemResourceInfo,
        _timeout: float | None = None,
    ) -> None:
        """UpdateSystemResources: an operation of HostSystem, since 2.0.

        Privilege: Host.Config.Resources.

        Args:
            resourceInfo: HostSystemResourceInfo, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SYSTEM_RESOURCES, (resourceInfo, ), _timeout)

    def UpdateSystemSwapConfiguration(
        self,
        *,
        sysSwapConfig: HostSystemSwapConfiguration,
        _timeout: float | None = None,
    ) -> None:
        """UpdateSystemSwapConfiguration: an operation of HostSystem, since 5.1.

        Privilege: Host.Config.Settings.

        Args:
            sysSwapConfig: HostSystemSwapConfiguration, since 5.1.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SYSTEM_SWAP_CONFIGURATION, (sysSwapConfig, ), _timeout)
