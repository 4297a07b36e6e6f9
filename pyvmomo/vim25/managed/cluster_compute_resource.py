# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResource: managed object proxy, extends ComputeResource. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .compute_resource import ComputeResource, ComputeResourceProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.cluster_action_history import ClusterActionHistory
    from ..types.cluster_compute_resource_cluster_config_result import ClusterComputeResourceClusterConfigResult
    from ..types.cluster_compute_resource_hci_config_info import ClusterComputeResourceHCIConfigInfo
    from ..types.cluster_compute_resource_hci_config_spec import ClusterComputeResourceHCIConfigSpec
    from ..types.cluster_compute_resource_host_configuration_input import ClusterComputeResourceHostConfigurationInput
    from ..types.cluster_compute_resource_summary import ClusterComputeResourceSummary
    from ..types.cluster_compute_resource_validation_result_base import ClusterComputeResourceValidationResultBase
    from ..types.cluster_config_info import ClusterConfigInfo
    from ..types.cluster_config_spec import ClusterConfigSpec
    from ..types.cluster_das_advanced_runtime_info import ClusterDasAdvancedRuntimeInfo
    from ..types.cluster_drs_faults import ClusterDrsFaults
    from ..types.cluster_drs_migration import ClusterDrsMigration
    from ..types.cluster_drs_recommendation import ClusterDrsRecommendation
    from .cluster_evc_manager import ClusterEVCManager
    from ..types.cluster_enter_maintenance_result import ClusterEnterMaintenanceResult
    from ..types.cluster_host_recommendation import ClusterHostRecommendation
    from ..types.cluster_recommendation import ClusterRecommendation
    from ..types.cluster_resource_usage_summary import ClusterResourceUsageSummary
    from ..types.cluster_rule_info import ClusterRuleInfo
    from .datastore import Datastore
    from ..types.host_connect_spec import HostConnectSpec
    from .host_system import HostSystem
    from ..types.option_value import OptionValue
    from ..types.placement_result import PlacementResult
    from ..types.placement_spec import PlacementSpec
    from .resource_pool import ResourcePool
    from ..types.sddc_base import SDDCBase
    from .task import Task
    from .virtual_machine import VirtualMachine

_ABANDON_HCI_WORKFLOW: _Operation[None] = _Operation(
    "AbandonHciWorkflow",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7.1",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_ADD_HOST_TASK: _Operation[Task[HostSystem]] = _Operation(
    "AddHost_Task",
    (_F("spec", "HostConnectSpec", 0, "2.0"), _F("asConnected", "boolean", 0, "2.0"), _F("resourcePool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"), _F("license", "string", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("DuplicateName", "HostConnectFault", "InvalidLogin", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Inventory.AddHostToCluster",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "2.0", target="HostSystem"),
)

_APPLY_RECOMMENDATION: _Operation[None] = _Operation(
    "ApplyRecommendation",
    (_F("key", "string", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_CANCEL_RECOMMENDATION: _Operation[None] = _Operation(
    "CancelRecommendation",
    (_F("key", "string", 0, "4.1"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_CLUSTER_ENTER_MAINTENANCE_MODE: _Operation[ClusterEnterMaintenanceResult] = _Operation(
    "ClusterEnterMaintenanceMode",
    (_F("host", "ManagedObjectReference", 1, "5.0", target="HostSystem"), _F("option", "OptionValue", 3, "5.0"), ),
    _F("returnval", "ClusterEnterMaintenanceResult", 0, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CONFIGURE_HCI_TASK: _Operation[Task[ClusterComputeResourceClusterConfigResult]] = _Operation(
    "ConfigureHCI_Task",
    (_F("clusterSpec", "ClusterComputeResourceHCIConfigSpec", 0, "6.7.1"), _F("hostInputs", "ClusterComputeResourceHostConfigurationInput", 3, "6.7.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.1", target="Task"),
    faults=("RuntimeFault", ),
    since="6.7.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "ClusterComputeResourceClusterConfigResult", 0, "6.7.1"),
)

_EVC_MANAGER: _Operation[ClusterEVCManager | None] = _Operation(
    "EvcManager",
    (),
    _F("returnval", "ManagedObjectReference", 2, "6.0", target="ClusterEVCManager"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_EXTEND_HCI_TASK: _Operation[Task[ClusterComputeResourceClusterConfigResult]] = _Operation(
    "ExtendHCI_Task",
    (_F("hostInputs", "ClusterComputeResourceHostConfigurationInput", 3, "6.7.1"), _F("vSanConfigSpec", "SDDCBase", 2, "6.7.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.1", target="Task"),
    faults=("RuntimeFault", ),
    since="6.7.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "ClusterComputeResourceClusterConfigResult", 0, "6.7.1"),
)

_FIND_RULES_FOR_VM: _Operation[list[ClusterRuleInfo]] = _Operation(
    "FindRulesForVm",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), ),
    _F("returnval", "ClusterRuleInfo", 3, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_GET_RESOURCE_USAGE: _Operation[ClusterResourceUsageSummary] = _Operation(
    "GetResourceUsage",
    (),
    _F("returnval", "ClusterResourceUsageSummary", 0, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_GET_SYSTEM_V_MS_RESTRICTED_DATASTORES: _Operation[list[Datastore]] = _Operation(
    "GetSystemVMsRestrictedDatastores",
    (),
    _F("returnval", "ManagedObjectReference", 3, "7.0.3.0", target="Datastore"),
    faults=("RuntimeFault", ),
    since="7.0.3.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_MOVE_HOST_INTO_TASK: _Operation[Task[None]] = _Operation(
    "MoveHostInto_Task",
    (_F("host", "ManagedObjectReference", 0, "2.0", target="HostSystem"), _F("resourcePool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "TooManyHosts", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_MOVE_INTO_TASK: _Operation[Task[None]] = _Operation(
    "MoveInto_Task",
    (_F("host", "ManagedObjectReference", 1, "2.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("DuplicateName", "InvalidState", "TooManyHosts", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_PLACE_VM: _Operation[PlacementResult] = _Operation(
    "PlaceVm",
    (_F("placementSpec", "PlacementSpec", 0, "6.0"), ),
    _F("returnval", "PlacementResult", 0, "6.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RECOMMEND_HOSTS_FOR_VM: _Operation[list[ClusterHostRecommendation]] = _Operation(
    "RecommendHostsForVm",
    (_F("vm", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"), _F("pool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"), ),
    _F("returnval", "ClusterHostRecommendation", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RECONFIGURE_CLUSTER_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureCluster_Task",
    (_F("spec", "ClusterConfigSpec", 0, "2.0"), _F("modify", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_REFRESH_RECOMMENDATION: _Operation[None] = _Operation(
    "RefreshRecommendation",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_RETRIEVE_DAS_ADVANCED_RUNTIME_INFO: _Operation[ClusterDasAdvancedRuntimeInfo | None] = _Operation(
    "RetrieveDasAdvancedRuntimeInfo",
    (),
    _F("returnval", "ClusterDasAdvancedRuntimeInfo", 2, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_SET_CRYPTO_MODE: _Operation[None] = _Operation(
    "SetCryptoMode",
    (_F("cryptoMode", "string", 0, "7.0.0.0"), ),
    None,
    faults=("InvalidArgument", "InvalidRequest", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_STAMP_ALL_RULES_WITH_UUID_TASK: _Operation[Task[None]] = _Operation(
    "StampAllRulesWithUuid_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_VALIDATE_HCI_CONFIGURATION: _Operation[list[ClusterComputeResourceValidationResultBase]] = _Operation(
    "ValidateHCIConfiguration",
    (_F("hciConfigSpec", "ClusterComputeResourceHCIConfigSpec", 2, "6.7.1"), _F("hosts", "ManagedObjectReference", 3, "6.7.1", target="HostSystem"), ),
    _F("returnval", "ClusterComputeResourceValidationResultBase", 3, "6.7.1"),
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7.1",
    privilege="System.Read",
    safe=True,
    task_result=None,
)


class ClusterComputeResourceProperties(ComputeResourceProperties):
    """ClusterComputeResource's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("configuration", "recommendation", "drsRecommendation", "summaryEx", "hciConfig", "migrationHistory", "actionHistory", "drsFault", )
    obj: ClusterComputeResource  # pyright: ignore[reportIncompatibleVariableOverride]
    configuration: ClusterConfigInfo
    recommendation: list[ClusterRecommendation]
    drsRecommendation: list[ClusterDrsRecommendation]
    summaryEx: ClusterComputeResourceSummary
    hciConfig: ClusterComputeResourceHCIConfigInfo | None
    migrationHistory: list[ClusterDrsMigration]
    actionHistory: list[ClusterActionHistory]
    drsFault: list[ClusterDrsFaults]


class ClusterComputeResource(ComputeResource):
    """ClusterComputeResource: managed object proxy extending ComputeResource, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        configuration: ClusterConfigInfo, since 2.0.
        recommendation: list of ClusterRecommendation, since 2.5, read privilege System.Read.
        drsRecommendation: list of ClusterDrsRecommendation, since 2.0.
        summaryEx: ClusterComputeResourceSummary, since 7.0.1.1.
        hciConfig: ClusterComputeResourceHCIConfigInfo, optional, since 6.7.1.
        migrationHistory: list of ClusterDrsMigration, since 2.0.
        actionHistory: list of ClusterActionHistory, since 2.5.
        drsFault: list of ClusterDrsFaults, since 4.0, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ClusterComputeResource"
    _properties_: ClassVar[dict[str, _F]] = {
        "configuration": _F("configuration", "ClusterConfigInfo", 0, "2.0"),
        "recommendation": _F("recommendation", "ClusterRecommendation", 3, "2.5"),
        "drsRecommendation": _F("drsRecommendation", "ClusterDrsRecommendation", 3, "2.0"),
        "summaryEx": _F("summaryEx", "ClusterComputeResourceSummary", 0, "7.0.1.1"),
        "hciConfig": _F("hciConfig", "ClusterComputeResourceHCIConfigInfo", 2, "6.7.1"),
        "migrationHistory": _F("migrationHistory", "ClusterDrsMigration", 3, "2.0"),
        "actionHistory": _F("actionHistory", "ClusterActionHistory", 3, "2.5"),
        "drsFault": _F("drsFault", "ClusterDrsFaults", 3, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AbandonHciWorkflow": _ABANDON_HCI_WORKFLOW,
        "AddHost_Task": _ADD_HOST_TASK,
        "ApplyRecommendation": _APPLY_RECOMMENDATION,
        "CancelRecommendation": _CANCEL_RECOMMENDATION,
        "ClusterEnterMaintenanceMode": _CLUSTER_ENTER_MAINTENANCE_MODE,
        "ConfigureHCI_Task": _CONFIGURE_HCI_TASK,
        "EvcManager": _EVC_MANAGER,
        "ExtendHCI_Task": _EXTEND_HCI_TASK,
        "FindRulesForVm": _FIND_RULES_FOR_VM,
        "GetResourceUsage": _GET_RESOURCE_USAGE,
        "GetSystemVMsRestrictedDatastores": _GET_SYSTEM_V_MS_RESTRICTED_DATASTORES,
        "MoveHostInto_Task": _MOVE_HOST_INTO_TASK,
        "MoveInto_Task": _MOVE_INTO_TASK,
        "PlaceVm": _PLACE_VM,
        "RecommendHostsForVm": _RECOMMEND_HOSTS_FOR_VM,
        "ReconfigureCluster_Task": _RECONFIGURE_CLUSTER_TASK,
        "RefreshRecommendation": _REFRESH_RECOMMENDATION,
        "RetrieveDasAdvancedRuntimeInfo": _RETRIEVE_DAS_ADVANCED_RUNTIME_INFO,
        "SetCryptoMode": _SET_CRYPTO_MODE,
        "StampAllRulesWithUuid_Task": _STAMP_ALL_RULES_WITH_UUID_TASK,
        "ValidateHCIConfiguration": _VALIDATE_HCI_CONFIGURATION,
    }
    _property_class_ = ClusterComputeResourceProperties

    def fetch(self, *paths: str) -> ClusterComputeResourceProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ClusterComputeResourceProperties, paths)

    def AbandonHciWorkflow(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """AbandonHciWorkflow: an operation of ClusterComputeResource, since 6.7.1.

        Privilege: Host.Inventory.EditCluster.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _ABANDON_HCI_WORKFLOW, (), _timeout)

    def AddHost_Task(
        self,
        *,
        spec: HostConnectSpec,
        asConnected: bool,
        resourcePool: ResourcePool | None = None,
        license: str | None = None,
        _timeout: float | None = None,
    ) -> Task[HostSystem]:
        """AddHost_Task: an operation of ClusterComputeResource, since 2.0.

        Privilege: Host.Inventory.AddHostToCluster.

        Args:
            spec: HostConnectSpec, since 2.0.
            asConnected: boolean, since 2.0.
            resourcePool: reference to ResourcePool, optional, since 2.0, needs Resource.AssignVMToPool on it.
            license: string, optional, since 4.0.

        Returns:
            A reference to the Task; its result is reference to HostSystem.

        Raises:
            DuplicateName, HostConnectFault, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_HOST_TASK, (spec, asConnected, resourcePool, license, ), _timeout)

    def ApplyRecommendation(
        self,
        *,
        key: str,
        _timeout: float | None = None,
    ) -> None:
        """ApplyRecommendation: an operation of ClusterComputeResource, since 2.0.

        Args:
            key: string, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _APPLY_RECOMMENDATION, (key, ), _timeout)

    def CancelRecommendation(
        self,
        *,
        key: str,
        _timeout: float | None = None,
    ) -> None:
        """CancelRecommendation: an operation of ClusterComputeResource, since 4.1.

        Privilege: System.Read.

        Args:
            key: string, since 4.1.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CANCEL_RECOMMENDATION, (key, ), _timeout)

    def ClusterEnterMaintenanceMode(
        self,
        *,
        host: list[HostSystem],
        option: Sequence[OptionValue] | None = None,
        _timeout: float | None = None,
    ) -> ClusterEnterMaintenanceResult:
        """ClusterEnterMaintenanceMode: an operation of ClusterComputeResource, since 5.0.

        Privilege: System.View.

        Args:
            host: list of references to HostSystem, since 5.0, needs Host.Config.Maintenance on it.
            option: list of OptionValue, since 5.0.

        Returns:
            ClusterEnterMaintenanceResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CLUSTER_ENTER_MAINTENANCE_MODE, (host, option, ), _timeout)

    def ConfigureHCI_Task(
        self,
        *,
        clusterSpec: ClusterComputeResourceHCIConfigSpec,
        hostInputs: list[ClusterComputeResourceHostConfigurationInput] | None = None,
        _timeout: float | None = None,
    ) -> Task[ClusterComputeResourceClusterConfigResult]:
        """ConfigureHCI_Task: an operation of ClusterComputeResource, since 6.7.1.

        Args:
            clusterSpec: ClusterComputeResourceHCIConfigSpec, since 6.7.1.
            hostInputs: list of ClusterComputeResourceHostConfigurationInput, since 6.7.1.

        Returns:
            A reference to the Task; its result is ClusterComputeResourceClusterConfigResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_HCI_TASK, (clusterSpec, hostInputs, ), _timeout)

    def EvcManager(
        self,
        *,
        _timeout: float | None = None,
    ) -> ClusterEVCManager | None:
        """EvcManager: an operation of ClusterComputeResource, since 6.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            Reference to ClusterEVCManager, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _EVC_MANAGER, (), _timeout)

    def ExtendHCI_Task(
        self,
        *,
        hostInputs: list[ClusterComputeResourceHostConfigurationInput] | None = None,
        vSanConfigSpec: SDDCBase | None = None,
        _timeout: float | None = None,
    ) -> Task[ClusterComputeResourceClusterConfigResult]:
        """ExtendHCI_Task: an operation of ClusterComputeResource, since 6.7.1.

        Args:
            hostInputs: list of ClusterComputeResourceHostConfigurationInput, since 6.7.1.
            vSanConfigSpec: SDDCBase, optional, since 6.7.1.

        Returns:
            A reference to the Task; its result is ClusterComputeResourceClusterConfigResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _EXTEND_HCI_TASK, (hostInputs, vSanConfigSpec, ), _timeout)

    def FindRulesForVm(
        self,
        *,
        vm: VirtualMachine,
        _timeout: float | None = None,
    ) -> list[ClusterRuleInfo]:
        """FindRulesForVm: an operation of ClusterComputeResource, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 6.0.

        Returns:
            List of ClusterRuleInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_RULES_FOR_VM, (vm, ), _timeout)

    def GetResourceUsage(
        self,
        *,
        _timeout: float | None = None,
    ) -> ClusterResourceUsageSummary:
        """GetResourceUsage: an operation of ClusterComputeResource, since 6.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            ClusterResourceUsageSummary.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_RESOURCE_USAGE, (), _timeout)

    def GetSystemVMsRestrictedDatastores(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[Datastore]:
        """GetSystemVMsRestrictedDatastores: an operation of ClusterComputeResource, since 7.0.3.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            List of references to Datastore.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_SYSTEM_V_MS_RESTRICTED_DATASTORES, (), _timeout)

    def MoveHostInto_Task(
        self,
        *,
        host: HostSystem,
        resourcePool: ResourcePool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MoveHostInto_Task: an operation of ClusterComputeResource, since 2.0.

        Privilege: Host.Inventory.EditCluster.

        Args:
            host: reference to HostSystem, since 2.0, needs Host.Inventory.MoveHost on it.
            resourcePool: reference to ResourcePool, optional, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TooManyHosts, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_HOST_INTO_TASK, (host, resourcePool, ), _timeout)

    def MoveInto_Task(
        self,
        *,
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[None]:
        """MoveInto_Task: an operation of ClusterComputeResource, since 2.0.

        Privilege: Host.Inventory.EditCluster.

        Args:
            host: list of references to HostSystem, since 2.0, needs Host.Inventory.MoveHost on it.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DuplicateName, InvalidState, TooManyHosts, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_INTO_TASK, (host, ), _timeout)

    def PlaceVm(
        self,
        *,
        placementSpec: PlacementSpec,
        _timeout: float | None = None,
    ) -> PlacementResult:
        """PlaceVm: an operation of ClusterComputeResource, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            placementSpec: PlacementSpec, since 6.0.

        Returns:
            PlacementResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _PLACE_VM, (placementSpec, ), _timeout)

    def RecommendHostsForVm(
        self,
        *,
        vm: VirtualMachine,
        pool: ResourcePool | None = None,
        _timeout: float | None = None,
    ) -> list[ClusterHostRecommendation]:
        """RecommendHostsForVm: an operation of ClusterComputeResource, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 2.0.
            pool: reference to ResourcePool, optional, since 2.0.

        Returns:
            List of ClusterHostRecommendation.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECOMMEND_HOSTS_FOR_VM, (vm, pool, ), _timeout)

    def ReconfigureCluster_Task(
        self,
        *,
        spec: ClusterConfigSpec,
        modify: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureCluster_Task: an operation of ClusterComputeResource, since 2.0.

        Privilege: Host.Inventory.EditCluster.

        Args:
            spec: ClusterConfigSpec, since 2.0.
            modify: boolean, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_CLUSTER_TASK, (spec, modify, ), _timeout)

    def RefreshRecommendation(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshRecommendation: an operation of ClusterComputeResource, since 2.5.

        Privilege: Host.Inventory.EditCluster.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_RECOMMENDATION, (), _timeout)

    def RetrieveDasAdvancedRuntimeInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> ClusterDasAdvancedRuntimeInfo | None:
        """RetrieveDasAdvancedRuntimeInfo: an operation of ClusterComputeResource, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            ClusterDasAdvancedRuntimeInfo, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_DAS_ADVANCED_RUNTIME_INFO, (), _timeout)

    def SetCryptoMode(
        self,
        *,
        cryptoMode: str,
        _timeout: float | None = None,
    ) -> None:
        """SetCryptoMode: an operation of ClusterComputeResource, since 7.0.0.0.

        Privilege: Cryptographer.RegisterHost.

        Args:
            cryptoMode: string, since 7.0.0.0.

        Returns:
            None.

        Raises:
            InvalidArgument, InvalidRequest, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_CRYPTO_MODE, (cryptoMode, ), _timeout)

    def StampAllRulesWithUuid_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """StampAllRulesWithUuid_Task: an operation of ClusterComputeResource, since 6.0.

        Privilege: Host.Inventory.EditCluster.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _STAMP_ALL_RULES_WITH_UUID_TASK, (), _timeout)

    def ValidateHCIConfiguration(
        self,
        *,
        hciConfigSpec: ClusterComputeResourceHCIConfigSpec | None = None,
        hosts: list[HostSystem] | None = None,
        _timeout: float | None = None,
    ) -> list[ClusterComputeResourceValidationResultBase]:
        """ValidateHCIConfiguration: an operation of ClusterComputeResource, since 6.7.1.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            hciConfigSpec: ClusterComputeResourceHCIConfigSpec, optional, since 6.7.1.
            hosts: list of references to HostSystem, since 6.7.1.

        Returns:
            List of ClusterComputeResourceValidationResultBase.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _VALIDATE_HCI_CONFIGURATION, (hciConfigSpec, hosts, ), _timeout)
