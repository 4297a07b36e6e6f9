# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Folder: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .cluster_compute_resource import ClusterComputeResource
    from ..types.cluster_config_spec import ClusterConfigSpec
    from ..types.cluster_config_spec_ex import ClusterConfigSpecEx
    from .compute_resource import ComputeResource
    from ..types.compute_resource_config_spec import ComputeResourceConfigSpec
    from ..types.dvs_create_spec import DVSCreateSpec
    from .datacenter import Datacenter
    from .distributed_virtual_switch import DistributedVirtualSwitch
    from ..types.folder_batch_add_hosts_to_cluster_result import FolderBatchAddHostsToClusterResult
    from ..types.folder_batch_add_standalone_hosts_result import FolderBatchAddStandaloneHostsResult
    from ..types.folder_new_host_spec import FolderNewHostSpec
    from ..types.host_connect_spec import HostConnectSpec
    from .host_system import HostSystem
    from .resource_pool import ResourcePool
    from .storage_pod import StoragePod
    from .task import Task
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_config_spec import VirtualMachineConfigSpec

_ADD_STANDALONE_HOST_TASK: _Operation[Task[ComputeResource]] = _Operation(
    "AddStandaloneHost_Task",
    (_F("spec", "HostConnectSpec", 0, "2.0"), _F("compResSpec", "ComputeResourceConfigSpec", 2, "2.5"), _F("addConnected", "boolean", 0, "2.0"), _F("license", "string", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("DuplicateName", "HostConnectFault", "InvalidLogin", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Inventory.AddStandaloneHost",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "2.0", target="ComputeResource"),
)

_BATCH_ADD_HOSTS_TO_CLUSTER_TASK: _Operation[Task[FolderBatchAddHostsToClusterResult]] = _Operation(
    "BatchAddHostsToCluster_Task",
    (_F("cluster", "ManagedObjectReference", 0, "6.7.1", target="ClusterComputeResource"), _F("newHosts", "FolderNewHostSpec", 3, "6.7.1"), _F("existingHosts", "ManagedObjectReference", 3, "6.7.1", target="HostSystem"), _F("compResSpec", "ComputeResourceConfigSpec", 2, "6.7.1"), _F("desiredState", "string", 2, "6.7.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.1", target="Task"),
    faults=("RuntimeFault", ),
    since="6.7.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "FolderBatchAddHostsToClusterResult", 0, "6.7.1"),
)

_BATCH_ADD_STANDALONE_HOSTS_TASK: _Operation[Task[FolderBatchAddStandaloneHostsResult]] = _Operation(
    "BatchAddStandaloneHosts_Task",
    (_F("newHosts", "FolderNewHostSpec", 3, "6.7.1"), _F("compResSpec", "ComputeResourceConfigSpec", 2, "6.7.1"), _F("addConnected", "boolean", 0, "6.7.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.1", target="Task"),
    faults=("RuntimeFault", ),
    since="6.7.1",
    privilege="Host.Inventory.AddStandaloneHost",
    safe=False,
    task_result=_F("result", "FolderBatchAddStandaloneHostsResult", 0, "6.7.1"),
)

_CREATE_CLUSTER: _Operation[ClusterComputeResource] = _Operation(
    "CreateCluster",
    (_F("name", "string", 0, "2.0"), _F("spec", "ClusterConfigSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="ClusterComputeResource"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Inventory.CreateCluster",
    safe=False,
    task_result=None,
)

_CREATE_CLUSTER_EX: _Operation[ClusterComputeResource] = _Operation(
    "CreateClusterEx",
    (_F("name", "string", 0, "2.5"), _F("spec", "ClusterConfigSpecEx", 0, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="ClusterComputeResource"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Inventory.CreateCluster",
    safe=False,
    task_result=None,
)

_CREATE_DVS_TASK: _Operation[Task[DistributedVirtualSwitch]] = _Operation(
    "CreateDVS_Task",
    (_F("spec", "DVSCreateSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("DuplicateName", "DvsFault", "DvsNotAuthorized", "InvalidName", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="DVSwitch.Create",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "4.0", target="DistributedVirtualSwitch"),
)

_CREATE_DATACENTER: _Operation[Datacenter] = _Operation(
    "CreateDatacenter",
    (_F("name", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Datacenter"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Datacenter.Create",
    safe=False,
    task_result=None,
)

_CREATE_FOLDER: _Operation[Folder] = _Operation(
    "CreateFolder",
    (_F("name", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Folder"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Folder.Create",
    safe=False,
    task_result=None,
)

_CREATE_STORAGE_POD: _Operation[StoragePod] = _Operation(
    "CreateStoragePod",
    (_F("name", "string", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="StoragePod"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="5.0",
    privilege="Folder.Create",
    safe=False,
    task_result=None,
)

_CREATE_VM_TASK: _Operation[Task[VirtualMachine]] = _Operation(
    "CreateVM_Task",
    (_F("config", "VirtualMachineConfigSpec", 0, "2.0"), _F("pool", "ManagedObjectReference", 0, "2.0", target="ResourcePool"), _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("AlreadyExists", "DuplicateName", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "InvalidState", "OutOfBounds", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Inventory.Create",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
)

_MOVE_INTO_FOLDER_TASK: _Operation[Task[None]] = _Operation(
    "MoveIntoFolder_Task",
    (_F("list", "ManagedObjectReference", 1, "2.0", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("DuplicateName", "InvalidFolder", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_REGISTER_VM_TASK: _Operation[Task[VirtualMachine]] = _Operation(
    "RegisterVM_Task",
    (_F("path", "string", 0, "2.0"), _F("name", "string", 2, "2.0"), _F("asTemplate", "boolean", 0, "2.0"), _F("pool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"), _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("AlreadyExists", "DuplicateName", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "InvalidState", "NotFound", "OutOfBounds", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Inventory.Register",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
)

_UNREGISTER_AND_DESTROY_TASK: _Operation[Task[None]] = _Operation(
    "UnregisterAndDestroy_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("ConcurrentAccess", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="Folder.Delete",
    safe=False,
    task_result=None,
)


class FolderProperties(ManagedEntityProperties):
    """Folder's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("childType", "childEntity", "namespace", )
    obj: Folder  # pyright: ignore[reportIncompatibleVariableOverride]
    childType: list[str]
    childEntity: list[ManagedEntity]
    namespace: str | None


class Folder(ManagedEntity):
    """Folder: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        childType: list of string, since 2.0, read privilege System.View.
        childEntity: list of references to ManagedEntity, since 2.0, read privilege System.View.
        namespace: string, optional, since 7.0.0.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Folder"
    _properties_: ClassVar[dict[str, _F]] = {
        "childType": _F("childType", "string", 3, "2.0"),
        "childEntity": _F("childEntity", "ManagedObjectReference", 3, "2.0", target="ManagedEntity"),
        "namespace": _F("namespace", "string", 2, "7.0.0.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddStandaloneHost_Task": _ADD_STANDALONE_HOST_TASK,
        "BatchAddHostsToCluster_Task": _BATCH_ADD_HOSTS_TO_CLUSTER_TASK,
        "BatchAddStandaloneHosts_Task": _BATCH_ADD_STANDALONE_HOSTS_TASK,
        "CreateCluster": _CREATE_CLUSTER,
        "CreateClusterEx": _CREATE_CLUSTER_EX,
        "CreateDVS_Task": _CREATE_DVS_TASK,
        "CreateDatacenter": _CREATE_DATACENTER,
        "CreateFolder": _CREATE_FOLDER,
        "CreateStoragePod": _CREATE_STORAGE_POD,
        "CreateVM_Task": _CREATE_VM_TASK,
        "MoveIntoFolder_Task": _MOVE_INTO_FOLDER_TASK,
        "RegisterVM_Task": _REGISTER_VM_TASK,
        "UnregisterAndDestroy_Task": _UNREGISTER_AND_DESTROY_TASK,
    }
    _property_class_ = FolderProperties

    def fetch(self, *paths: str) -> FolderProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, FolderProperties, paths)

    def AddStandaloneHost_Task(
        self,
        *,
        spec: HostConnectSpec,
        addConnected: bool,
        compResSpec: ComputeResourceConfigSpec | None = None,
        license: str | None = None,
        _timeout: float | None = None,
    ) -> Task[ComputeResource]:
        """AddStandaloneHost_Task: an operation of Folder, since 2.0.

        Privilege: Host.Inventory.AddStandaloneHost.

        Args:
            spec: HostConnectSpec, since 2.0.
            compResSpec: ComputeResourceConfigSpec, optional, since 2.5.
            addConnected: boolean, since 2.0.
            license: string, optional, since 4.0.

        Returns:
            A reference to the Task; its result is reference to ComputeResource.

        Raises:
            DuplicateName, HostConnectFault, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_STANDALONE_HOST_TASK, (spec, compResSpec, addConnected, license, ), _timeout)

    def BatchAddHostsToCluster_Task(
        self,
        *,
        cluster: ClusterComputeResource,
        newHosts: list[FolderNewHostSpec] | None = None,
        existingHosts: list[HostSystem] | None = None,
        compResSpec: ComputeResourceConfigSpec | None = None,
        desiredState: str | None = None,
        _timeout: float | None = None,
    ) -> Task[FolderBatchAddHostsToClusterResult]:
        """BatchAddHostsToCluster_Task: an operation of Folder, since 6.7.1.

        Args:
            cluster: reference to ClusterComputeResource, since 6.7.1.
            newHosts: list of FolderNewHostSpec, since 6.7.1.
            existingHosts: list of references to HostSystem, since 6.7.1.
            compResSpec: ComputeResourceConfigSpec, optional, since 6.7.1.
            desiredState: string, optional, since 6.7.1.

        Returns:
            A reference to the Task; its result is FolderBatchAddHostsToClusterResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _BATCH_ADD_HOSTS_TO_CLUSTER_TASK, (cluster, newHosts, existingHosts, compResSpec, desiredState, ), _timeout)

    def BatchAddStandaloneHosts_Task(
        self,
        *,
        addConnected: bool,
        newHosts: list[FolderNewHostSpec] | None = None,
        compResSpec: ComputeResourceConfigSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[FolderBatchAddStandaloneHostsResult]:
        """BatchAddStandaloneHosts_Task: an operation of Folder, since 6.7.1.

        Privilege: Host.Inventory.AddStandaloneHost.

        Args:
            newHosts: list of FolderNewHostSpec, since 6.7.1.
            compResSpec: ComputeResourceConfigSpec, optional, since 6.7.1.
            addConnected: boolean, since 6.7.1.

        Returns:
            A reference to the Task; its result is FolderBatchAddStandaloneHostsResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _BATCH_ADD_STANDALONE_HOSTS_TASK, (newHosts, compResSpec, addConnected, ), _timeout)

    def CreateCluster(
        self,
        *,
        name: str,
        spec: ClusterConfigSpec,
        _timeout: float | None = None,
    ) -> ClusterComputeResource:
        """CreateCluster: an operation of Folder, since 2.0.

        Privilege: Host.Inventory.CreateCluster.

        Args:
            name: string, since 2.0.
            spec: ClusterConfigSpec, since 2.0.

        Returns:
            Reference to ClusterComputeResource.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_CLUSTER, (name, spec, ), _timeout)

    def CreateClusterEx(
        self,
        *,
        name: str,
        spec: ClusterConfigSpecEx,
        _timeout: float | None = None,
    ) -> ClusterComputeResource:
        """CreateClusterEx: an operation of Folder, since 2.5.

        Privilege: Host.Inventory.CreateCluster.

        Args:
            name: string, since 2.5.
            spec: ClusterConfigSpecEx, since 2.5.

        Returns:
            Reference to ClusterComputeResource.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_CLUSTER_EX, (name, spec, ), _timeout)

    def CreateDVS_Task(
        self,
        *,
        spec: DVSCreateSpec,
        _timeout: float | None = None,
    ) -> Task[DistributedVirtualSwitch]:
        """CreateDVS_Task: an operation of Folder, since 4.0.

        Privilege: DVSwitch.Create.

        Args:
            spec: DVSCreateSpec, since 4.0.

        Returns:
            A reference to the Task; its result is reference to DistributedVirtualSwitch.

        Raises:
            DuplicateName, DvsFault, DvsNotAuthorized, InvalidName, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DVS_TASK, (spec, ), _timeout)

    def CreateDatacenter(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> Datacenter:
        """CreateDatacenter: an operation of Folder, since 2.0.

        Privilege: Datacenter.Create.

        Args:
            name: string, since 2.0.

        Returns:
            Reference to Datacenter.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DATACENTER, (name, ), _timeout)

    def CreateFolder(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> Folder:
        """CreateFolder: an operation of Folder, since 2.0.

        Privilege: Folder.Create.

        Args:
            name: string, since 2.0.

        Returns:
            Reference to Folder.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_FOLDER, (name, ), _timeout)

    def CreateStoragePod(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> StoragePod:
        """CreateStoragePod: an operation of Folder, since 5.0.

        Privilege: Folder.Create.

        Args:
            name: string, since 5.0.

        Returns:
            Reference to StoragePod.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_STORAGE_POD, (name, ), _timeout)

    def CreateVM_Task(
        self,
        *,
        config: VirtualMachineConfigSpec,
        pool: ResourcePool,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachine]:
        """CreateVM_Task: an operation of Folder, since 2.0.

        Privilege: VirtualMachine.Inventory.Create.

        Args:
            config: VirtualMachineConfigSpec, since 2.0.
            pool: reference to ResourcePool, since 2.0, needs Resource.AssignVMToPool on it.
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachine.

        Raises:
            AlreadyExists, DuplicateName, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, InvalidState, OutOfBounds, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_VM_TASK, (config, pool, host, ), _timeout)

    def MoveIntoFolder_Task(
        self,
        *,
        list: Sequence[ManagedEntity],
        _timeout: float | None = None,
    ) -> Task[None]:
        """MoveIntoFolder_Task: an operation of Folder, since 2.0.

        Args:
            list: list of references to ManagedEntity, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DuplicateName, InvalidFolder, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_INTO_FOLDER_TASK, (list, ), _timeout)

    def RegisterVM_Task(
        self,
        *,
        path: str,
        asTemplate: bool,
        name: str | None = None,
        pool: ResourcePool | None = None,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachine]:
        """RegisterVM_Task: an operation of Folder, since 2.0.

        Privilege: VirtualMachine.Inventory.Register.

        Args:
            path: string, since 2.0.
            name: string, optional, since 2.0.
            asTemplate: boolean, since 2.0.
            pool: reference to ResourcePool, optional, since 2.0, needs Resource.AssignVMToPool on it.
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachine.

        Raises:
            AlreadyExists, DuplicateName, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, InvalidState, NotFound, OutOfBounds, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_VM_TASK, (path, name, asTemplate, pool, host, ), _timeout)

    def UnregisterAndDestroy_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UnregisterAndDestroy_Task: an operation of Folder, since 2.0.

        Privilege: Folder.Delete.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _UNREGISTER_AND_DESTROY_TASK, (), _timeout)
