# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitch: managed object proxy, extends ManagedEntity. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.dv_port_config_spec import DVPortConfigSpec
    from ..types.dv_portgroup_config_spec import DVPortgroupConfigSpec
    from ..types.dvs_capability import DVSCapability
    from ..types.dvs_config_info import DVSConfigInfo
    from ..types.dvs_config_spec import DVSConfigSpec
    from ..types.dvs_health_check_config import DVSHealthCheckConfig
    from ..types.dvs_network_resource_pool import DVSNetworkResourcePool
    from ..types.dvs_network_resource_pool_config_spec import DVSNetworkResourcePoolConfigSpec
    from ..types.dvs_runtime_info import DVSRuntimeInfo
    from ..types.dvs_summary import DVSSummary
    from ..types.distributed_virtual_port import DistributedVirtualPort
    from .distributed_virtual_portgroup import DistributedVirtualPortgroup
    from ..types.distributed_virtual_switch_port_criteria import DistributedVirtualSwitchPortCriteria
    from ..types.distributed_virtual_switch_product_spec import DistributedVirtualSwitchProductSpec
    from ..types.dvs_vm_vnic_resource_pool_config_spec import DvsVmVnicResourcePoolConfigSpec
    from ..types.entity_backup_config import EntityBackupConfig
    from .host_system import HostSystem
    from .task import Task

_ADD_DV_PORTGROUP_TASK: _Operation[Task[None]] = _Operation(
    "AddDVPortgroup_Task",
    (_F("spec", "DVPortgroupConfigSpec", 1, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("DuplicateName", "DvsFault", "InvalidName", "RuntimeFault", ),
    since="4.0",
    privilege="DVPortgroup.Create",
    safe=False,
    task_result=None,
)

_ADD_NETWORK_RESOURCE_POOL: _Operation[None] = _Operation(
    "AddNetworkResourcePool",
    (_F("configSpec", "DVSNetworkResourcePoolConfigSpec", 1, "5.0"), ),
    None,
    faults=("DvsFault", "InvalidName", "RuntimeFault", ),
    since="5.0",
    privilege="DVSwitch.ResourceManagement",
    safe=False,
    task_result=None,
)

_CREATE_DV_PORTGROUP_TASK: _Operation[Task[DistributedVirtualPortgroup]] = _Operation(
    "CreateDVPortgroup_Task",
    (_F("spec", "DVPortgroupConfigSpec", 0, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("DuplicateName", "DvsFault", "InvalidName", "RuntimeFault", ),
    since="5.1",
    privilege="DVPortgroup.Create",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "5.1", target="DistributedVirtualPortgroup"),
)

_DVS_ROLLBACK_TASK: _Operation[Task[DVSConfigSpec]] = _Operation(
    "DVSRollback_Task",
    (_F("entityBackup", "EntityBackupConfig", 2, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("DvsFault", "RollbackFailure", "RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "DVSConfigSpec", 0, "5.1"),
)

_DVS_RECONFIGURE_VM_VNIC_NETWORK_RESOURCE_POOL_TASK: _Operation[Task[None]] = _Operation(
    "DvsReconfigureVmVnicNetworkResourcePool_Task",
    (_F("configSpec", "DvsVmVnicResourcePoolConfigSpec", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("ConcurrentAccess", "ConflictingConfiguration", "DvsFault", "InvalidName", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="6.0",
    privilege="DVSwitch.ResourceManagement",
    safe=False,
    task_result=None,
)

_ENABLE_NETWORK_RESOURCE_MANAGEMENT: _Operation[None] = _Operation(
    "EnableNetworkResourceManagement",
    (_F("enable", "boolean", 0, "4.1"), ),
    None,
    faults=("DvsFault", "RuntimeFault", ),
    since="4.1",
    privilege="DVSwitch.ResourceManagement",
    safe=False,
    task_result=None,
)

_FETCH_DV_PORT_KEYS: _Operation[list[str]] = _Operation(
    "FetchDVPortKeys",
    (_F("criteria", "DistributedVirtualSwitchPortCriteria", 2, "4.0"), ),
    _F("returnval", "string", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_FETCH_DV_PORTS: _Operation[list[DistributedVirtualPort]] = _Operation(
    "FetchDVPorts",
    (_F("criteria", "DistributedVirtualSwitchPortCriteria", 2, "4.0"), ),
    _F("returnval", "DistributedVirtualPort", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_LOOKUP_DV_PORT_GROUP: _Operation[DistributedVirtualPortgroup | None] = _Operation(
    "LookupDvPortGroup",
    (_F("portgroupKey", "string", 0, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 2, "5.1", target="DistributedVirtualPortgroup"),
    faults=("NotFound", "RuntimeFault", ),
    since="5.1",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_MERGE_DVS_TASK: _Operation[Task[None]] = _Operation(
    "MergeDvs_Task",
    (_F("dvs", "ManagedObjectReference", 0, "4.0", target="DistributedVirtualSwitch"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("DvsFault", "InvalidHostState", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="4.0",
    privilege="DVSwitch.Modify",
    safe=False,
    task_result=None,
)

_MOVE_DV_PORT_TASK: _Operation[Task[None]] = _Operation(
    "MoveDVPort_Task",
    (_F("portKey", "string", 1, "4.0"), _F("destinationPortgroupKey", "string", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("ConcurrentAccess", "DvsFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="DVSwitch.Modify",
    safe=False,
    task_result=None,
)

_PERFORM_DVS_PRODUCT_SPEC_OPERATION_TASK: _Operation[Task[None]] = _Operation(
    "PerformDvsProductSpecOperation_Task",
    (_F("operation", "string", 0, "4.0"), _F("productSpec", "DistributedVirtualSwitchProductSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("DvsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="DVSwitch.Modify",
    safe=False,
    task_result=None,
)

_QUERY_USED_VLAN_ID_IN_DVS: _Operation[list[int]] = _Operation(
    "QueryUsedVlanIdInDvs",
    (),
    _F("returnval", "int", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RECONFIGURE_DV_PORT_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureDVPort_Task",
    (_F("port", "DVPortConfigSpec", 1, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("ConcurrentAccess", "DvsFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="4.0",
    privilege="DVSwitch.PortConfig",
    safe=False,
    task_result=None,
)

_RECONFIGURE_DVS_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureDvs_Task",
    (_F("spec", "DVSConfigSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("AlreadyExists", "ConcurrentAccess", "DuplicateName", "DvsFault", "DvsNotAuthorized", "InvalidName", "InvalidState", "LimitExceeded", "NotFound", "ResourceInUse", "ResourceNotAvailable", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RECTIFY_DVS_HOST_TASK: _Operation[Task[None]] = _Operation(
    "RectifyDvsHost_Task",
    (_F("hosts", "ManagedObjectReference", 3, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("DvsFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_REFRESH_DV_PORT_STATE: _Operation[None] = _Operation(
    "RefreshDVPortState",
    (_F("portKeys", "string", 3, "4.0"), ),
    None,
    faults=("DvsFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_REMOVE_NETWORK_RESOURCE_POOL: _Operation[None] = _Operation(
    "RemoveNetworkResourcePool",
    (_F("key", "string", 1, "5.0"), ),
    None,
    faults=("DvsFault", "InvalidName", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.0",
    privilege="DVSwitch.ResourceManagement",
    safe=False,
    task_result=None,
)

_UPDATE_DVS_HEALTH_CHECK_CONFIG_TASK: _Operation[Task[None]] = _Operation(
    "UpdateDVSHealthCheckConfig_Task",
    (_F("healthCheckConfig", "DVSHealthCheckConfig", 1, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("DvsFault", "RuntimeFault", ),
    since="5.1",
    privilege="DVSwitch.Modify",
    safe=False,
    task_result=None,
)

_UPDATE_DVS_CAPABILITY: _Operation[None] = _Operation(
    "UpdateDvsCapability",
    (_F("capability", "DVSCapability", 0, "4.0"), ),
    None,
    faults=("DvsFault", "RuntimeFault", ),
    since="4.0",
    privilege="DVSwitch.Modify",
    safe=False,
    task_result=None,
)

_UPDATE_NETWORK_RESOURCE_POOL: _Operation[None] = _Operation(
    "UpdateNetworkResourcePool",
    (_F("configSpec", "DVSNetworkResourcePoolConfigSpec", 1, "4.1"), ),
    None,
    faults=("ConcurrentAccess", "DvsFault", "InvalidName", "NotFound", "RuntimeFault", ),
    since="4.1",
    privilege="DVSwitch.ResourceManagement",
    safe=False,
    task_result=None,
)


class DistributedVirtualSwitchProperties(ManagedEntityProperties):
    """DistributedVirtualSwitch's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("uuid", "capability", "summary", "config", "networkResourcePool", "portgroup", "runtime", )
    obj: DistributedVirtualSwitch  # pyright: ignore[reportIncompatibleVariableOverride]
    uuid: str
    capability: DVSCapability
    summary: DVSSummary
    config: DVSConfigInfo
    networkResourcePool: list[DVSNetworkResourcePool]
    portgroup: list[DistributedVirtualPortgroup]
    runtime: DVSRuntimeInfo | None


class DistributedVirtualSwitch(ManagedEntity):
    """DistributedVirtualSwitch: managed object proxy extending ManagedEntity, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        uuid: string, since 4.0.
        capability: DVSCapability, since 4.0.
        summary: DVSSummary, since 4.0.
        config: DVSConfigInfo, since 4.0.
        networkResourcePool: list of DVSNetworkResourcePool, since 4.1.
        portgroup: list of references to DistributedVirtualPortgroup, since 4.0.
        runtime: DVSRuntimeInfo, optional, since 5.1.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "DistributedVirtualSwitch"
    _properties_: ClassVar[dict[str, _F]] = {
        "uuid": _F("uuid", "string", 0, "4.0"),
        "capability": _F("capability", "DVSCapability", 0, "4.0"),
        "summary": _F("summary", "DVSSummary", 0, "4.0"),
        "config": _F("config", "DVSConfigInfo", 0, "4.0"),
        "networkResourcePool": _F("networkResourcePool", "DVSNetworkResourcePool", 3, "4.1"),
        "portgroup": _F("portgroup", "ManagedObjectReference", 3, "4.0", target="DistributedVirtualPortgroup"),
        "runtime": _F("runtime", "DVSRuntimeInfo", 2, "5.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddDVPortgroup_Task": _ADD_DV_PORTGROUP_TASK,
        "AddNetworkResourcePool": _ADD_NETWORK_RESOURCE_POOL,
        "CreateDVPortgroup_Task": _CREATE_DV_PORTGROUP_TASK,
        "DVSRollback_Task": _DVS_ROLLBACK_TASK,
        "DvsReconfigureVmVnicNetworkResourcePool_Task": _DVS_RECONFIGURE_VM_VNIC_NETWORK_RESOURCE_POOL_TASK,
        "EnableNetworkResourceManagement": _ENABLE_NETWORK_RESOURCE_MANAGEMENT,
        "FetchDVPortKeys": _FETCH_DV_PORT_KEYS,
        "FetchDVPorts": _FETCH_DV_PORTS,
        "LookupDvPortGroup": _LOOKUP_DV_PORT_GROUP,
        "MergeDvs_Task": _MERGE_DVS_TASK,
        "MoveDVPort_Task": _MOVE_DV_PORT_TASK,
        "PerformDvsProductSpecOperation_Task": _PERFORM_DVS_PRODUCT_SPEC_OPERATION_TASK,
        "QueryUsedVlanIdInDvs": _QUERY_USED_VLAN_ID_IN_DVS,
        "ReconfigureDVPort_Task": _RECONFIGURE_DV_PORT_TASK,
        "ReconfigureDvs_Task": _RECONFIGURE_DVS_TASK,
        "RectifyDvsHost_Task": _RECTIFY_DVS_HOST_TASK,
        "RefreshDVPortState": _REFRESH_DV_PORT_STATE,
        "RemoveNetworkResourcePool": _REMOVE_NETWORK_RESOURCE_POOL,
        "UpdateDVSHealthCheckConfig_Task": _UPDATE_DVS_HEALTH_CHECK_CONFIG_TASK,
        "UpdateDvsCapability": _UPDATE_DVS_CAPABILITY,
        "UpdateNetworkResourcePool": _UPDATE_NETWORK_RESOURCE_POOL,
    }
    _property_class_ = DistributedVirtualSwitchProperties

    def fetch(self, *paths: str) -> DistributedVirtualSwitchProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DistributedVirtualSwitchProperties, paths)

    def AddDVPortgroup_Task(
        self,
        *,
        spec: list[DVPortgroupConfigSpec],
        _timeout: float | None = None,
    ) -> Task[None]:
        """AddDVPortgroup_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: DVPortgroup.Create.

        Args:
            spec: list of DVPortgroupConfigSpec, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DuplicateName, DvsFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_DV_PORTGROUP_TASK, (spec, ), _timeout)

    def AddNetworkResourcePool(
        self,
        *,
        configSpec: list[DVSNetworkResourcePoolConfigSpec],
        _timeout: float | None = None,
    ) -> None:
        """AddNetworkResourcePool: an operation of DistributedVirtualSwitch, since 5.0.

        Privilege: DVSwitch.ResourceManagement.

        Args:
            configSpec: list of DVSNetworkResourcePoolConfigSpec, since 5.0.

        Returns:
            None.

        Raises:
            DvsFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_NETWORK_RESOURCE_POOL, (configSpec, ), _timeout)

    def CreateDVPortgroup_Task(
        self,
        *,
        spec: DVPortgroupConfigSpec,
        _timeout: float | None = None,
    ) -> Task[DistributedVirtualPortgroup]:
        """CreateDVPortgroup_Task: an operation of DistributedVirtualSwitch, since 5.1.

        Privilege: DVPortgroup.Create.

        Args:
            spec: DVPortgroupConfigSpec, since 5.1.

        Returns:
            A reference to the Task; its result is reference to DistributedVirtualPortgroup.

        Raises:
            DuplicateName, DvsFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DV_PORTGROUP_TASK, (spec, ), _timeout)

    def DVSRollback_Task(
        self,
        *,
        entityBackup: EntityBackupConfig | None = None,
        _timeout: float | None = None,
    ) -> Task[DVSConfigSpec]:
        """DVSRollback_Task: an operation of DistributedVirtualSwitch, since 5.1.

        Args:
            entityBackup: EntityBackupConfig, optional, since 5.1.

        Returns:
            A reference to the Task; its result is DVSConfigSpec.

        Raises:
            DvsFault, RollbackFailure, RuntimeFault.
        """
        return self._transport.invoke(self, _DVS_ROLLBACK_TASK, (entityBackup, ), _timeout)

    def DvsReconfigureVmVnicNetworkResourcePool_Task(
        self,
        *,
        configSpec: list[DvsVmVnicResourcePoolConfigSpec],
        _timeout: float | None = None,
    ) -> Task[None]:
        """DvsReconfigureVmVnicNetworkResourcePool_Task: an operation of DistributedVirtualSwitch, since 6.0.

        Privilege: DVSwitch.ResourceManagement.

        Args:
            configSpec: list of DvsVmVnicResourcePoolConfigSpec, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, ConflictingConfiguration, DvsFault, InvalidName, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _DVS_RECONFIGURE_VM_VNIC_NETWORK_RESOURCE_POOL_TASK, (configSpec, ), _timeout)

    def EnableNetworkResourceManagement(
        self,
        *,
        enable: bool,
        _timeout: float | None = None,
    ) -> None:
        """EnableNetworkResourceManagement: an operation of DistributedVirtualSwitch, since 4.1.

        Privilege: DVSwitch.ResourceManagement.

        Args:
            enable: boolean, since 4.1.

        Returns:
            None.

        Raises:
            DvsFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_NETWORK_RESOURCE_MANAGEMENT, (enable, ), _timeout)

    def FetchDVPortKeys(
        self,
        *,
        criteria: DistributedVirtualSwitchPortCriteria | None = None,
        _timeout: float | None = None,
    ) -> list[str]:
        """FetchDVPortKeys: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            criteria: DistributedVirtualSwitchPortCriteria, optional, since 4.0.

        Returns:
            List of string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FETCH_DV_PORT_KEYS, (criteria, ), _timeout)

    def FetchDVPorts(
        self,
        *,
        criteria: DistributedVirtualSwitchPortCriteria | None = None,
        _timeout: float | None = None,
    ) -> list[DistributedVirtualPort]:
        """FetchDVPorts: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            criteria: DistributedVirtualSwitchPortCriteria, optional, since 4.0.

        Returns:
            List of DistributedVirtualPort.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FETCH_DV_PORTS, (criteria, ), _timeout)

    def LookupDvPortGroup(
        self,
        *,
        portgroupKey: str,
        _timeout: float | None = None,
    ) -> DistributedVirtualPortgroup | None:
        """LookupDvPortGroup: an operation of DistributedVirtualSwitch, since 5.1.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            portgroupKey: string, since 5.1.

        Returns:
            Reference to DistributedVirtualPortgroup, or None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _LOOKUP_DV_PORT_GROUP, (portgroupKey, ), _timeout)

    def MergeDvs_Task(
        self,
        *,
        dvs: DistributedVirtualSwitch,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MergeDvs_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: DVSwitch.Modify.

        Args:
            dvs: reference to DistributedVirtualSwitch, since 4.0, needs DVSwitch.Delete on it.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DvsFault, InvalidHostState, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _MERGE_DVS_TASK, (dvs, ), _timeout)

    def MoveDVPort_Task(
        self,
        *,
        portKey: list[str],
        destinationPortgroupKey: str | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MoveDVPort_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: DVSwitch.Modify.

        Args:
            portKey: list of string, since 4.0.
            destinationPortgroupKey: string, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, DvsFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_DV_PORT_TASK, (portKey, destinationPortgroupKey, ), _timeout)

    def PerformDvsProductSpecOperation_Task(
        self,
        *,
        operation: str,
        productSpec: DistributedVirtualSwitchProductSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PerformDvsProductSpecOperation_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: DVSwitch.Modify.

        Args:
            operation: string, since 4.0.
            productSpec: DistributedVirtualSwitchProductSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DvsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _PERFORM_DVS_PRODUCT_SPEC_OPERATION_TASK, (operation, productSpec, ), _timeout)

    def QueryUsedVlanIdInDvs(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[int]:
        """QueryUsedVlanIdInDvs: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of int.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_USED_VLAN_ID_IN_DVS, (), _timeout)

    def ReconfigureDVPort_Task(
        self,
        *,
        port: list[DVPortConfigSpec],
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureDVPort_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: DVSwitch.PortConfig.

        Args:
            port: list of DVPortConfigSpec, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, DvsFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_DV_PORT_TASK, (port, ), _timeout)

    def ReconfigureDvs_Task(
        self,
        *,
        spec: DVSConfigSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureDvs_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Args:
            spec: DVSConfigSpec, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            AlreadyExists, ConcurrentAccess, DuplicateName, DvsFault, DvsNotAuthorized, InvalidName, InvalidState, LimitExceeded, NotFound, ResourceInUse, ResourceNotAvailable, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_DVS_TASK, (spec, ), _timeout)

    def RectifyDvsHost_Task(
        self,
        *,
        hosts: list[HostSystem] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RectifyDvsHost_Task: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: System.Read.

        Args:
            hosts: list of references to HostSystem, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DvsFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RECTIFY_DVS_HOST_TASK, (hosts, ), _timeout)

    def RefreshDVPortState(
        self,
        *,
        portKeys: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """RefreshDVPortState: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: System.Read.

        Args:
            portKeys: list of string, since 4.0.

        Returns:
            None.

        Raises:
            DvsFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_DV_PORT_STATE, (portKeys, ), _timeout)

    def RemoveNetworkResourcePool(
        self,
        *,
        key: list[str],
        _timeout: float | None = None,
    ) -> None:
        """RemoveNetworkResourcePool: an operation of DistributedVirtualSwitch, since 5.0.

        Privilege: DVSwitch.ResourceManagement.

        Args:
            key: list of string, since 5.0.

        Returns:
            None.

        Raises:
            DvsFault, InvalidName, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_NETWORK_RESOURCE_POOL, (key, ), _timeout)

    def UpdateDVSHealthCheckConfig_Task(
        self,
        *,
        healthCheckConfig: Sequence[DVSHealthCheckConfig],
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateDVSHealthCheckConfig_Task: an operation of DistributedVirtualSwitch, since 5.1.

        Privilege: DVSwitch.Modify.

        Args:
            healthCheckConfig: list of DVSHealthCheckConfig, since 5.1.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DvsFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DVS_HEALTH_CHECK_CONFIG_TASK, (healthCheckConfig, ), _timeout)

    def UpdateDvsCapability(
        self,
        *,
        capability: DVSCapability,
        _timeout: float | None = None,
    ) -> None:
        """UpdateDvsCapability: an operation of DistributedVirtualSwitch, since 4.0.

        Privilege: DVSwitch.Modify.

        Args:
            capability: DVSCapability, since 4.0.

        Returns:
            None.

        Raises:
            DvsFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DVS_CAPABILITY, (capability, ), _timeout)

    def UpdateNetworkResourcePool(
        self,
        *,
        configSpec: list[DVSNetworkResourcePoolConfigSpec],
        _timeout: float | None = None,
    ) -> None:
        """UpdateNetworkResourcePool: an operation of DistributedVirtualSwitch, since 4.1.

        Privilege: DVSwitch.ResourceManagement.

        Args:
            configSpec: list of DVSNetworkResourcePoolConfigSpec, since 4.1.

        Returns:
            None.

        Raises:
            ConcurrentAccess, DvsFault, InvalidName, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_NETWORK_RESOURCE_POOL, (configSpec, ), _timeout)
