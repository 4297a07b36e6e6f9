# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourcePool: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .compute_resource import ComputeResource
    from .folder import Folder
    from .host_system import HostSystem
    from .http_nfc_lease import HttpNfcLease
    from ..types.import_spec import ImportSpec
    from ..types.resource_config_option import ResourceConfigOption
    from ..types.resource_config_spec import ResourceConfigSpec
    from ..types.resource_pool_runtime_info import ResourcePoolRuntimeInfo
    from ..types.resource_pool_summary import ResourcePoolSummary
    from .task import Task
    from ..types.v_app_config_spec import VAppConfigSpec
    from .virtual_app import VirtualApp
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_config_spec import VirtualMachineConfigSpec

_CREATE_CHILD_VM_TASK: _Operation[Task[VirtualMachine]] = _Operation(
    "CreateChildVM_Task",
    (_F("config", "VirtualMachineConfigSpec", 0, "4.0"), _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "OutOfBounds", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Inventory.Create",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"),
)

_CREATE_RESOURCE_POOL: _Operation[ResourcePool] = _Operation(
    "CreateResourcePool",
    (_F("name", "string", 0, "2.0"), _F("spec", "ResourceConfigSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="ResourcePool"),
    faults=("DuplicateName", "InsufficientResourcesFault", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Resource.CreatePool",
    safe=False,
    task_result=None,
)

_CREATE_V_APP: _Operation[VirtualApp] = _Operation(
    "CreateVApp",
    (_F("name", "string", 0, "4.0"), _F("resSpec", "ResourceConfigSpec", 0, "4.0"), _F("configSpec", "VAppConfigSpec", 0, "4.0"), _F("vmFolder", "ManagedObjectReference", 2, "4.0", target="Folder"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="VirtualApp"),
    faults=("DuplicateName", "InsufficientResourcesFault", "InvalidName", "InvalidState", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.Create",
    safe=False,
    task_result=None,
)

_DESTROY_CHILDREN: _Operation[None] = _Operation(
    "DestroyChildren",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_IMPORT_V_APP: _Operation[HttpNfcLease] = _Operation(
    "ImportVApp",
    (_F("spec", "ImportSpec", 0, "4.0"), _F("folder", "ManagedObjectReference", 2, "4.0", target="Folder"), _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="HttpNfcLease"),
    faults=("DuplicateName", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "OutOfBounds", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.Import",
    safe=False,
    task_result=None,
)

_MOVE_INTO_RESOURCE_POOL: _Operation[None] = _Operation(
    "MoveIntoResourcePool",
    (_F("list", "ManagedObjectReference", 1, "2.0", target="ManagedEntity"), ),
    None,
    faults=("DuplicateName", "InsufficientResourcesFault", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_QUERY_RESOURCE_CONFIG_OPTION: _Operation[ResourceConfigOption] = _Operation(
    "QueryResourceConfigOption",
    (),
    _F("returnval", "ResourceConfigOption", 0, "4.1"),
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="Resource.EditPool",
    safe=True,
    task_result=None,
)

_REFRESH_RUNTIME: _Operation[None] = _Operation(
    "RefreshRuntime",
    (),
    None,
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_REGISTER_CHILD_VM_TASK: _Operation[Task[VirtualMachine]] = _Operation(
    "RegisterChildVM_Task",
    (_F("path", "string", 0, "4.0"), _F("name", "string", 2, "4.0"), _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("AlreadyExists", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "NotFound", "OutOfBounds", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Inventory.Register",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"),
)

_UPDATE_CHILD_RESOURCE_CONFIGURATION: _Operation[None] = _Operation(
    "UpdateChildResourceConfiguration",
    (_F("spec", "ResourceConfigSpec", 1, "2.0"), ),
    None,
    faults=("InsufficientResourcesFault", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_CONFIG: _Operation[None] = _Operation(
    "UpdateConfig",
    (_F("name", "string", 2, "2.0"), _F("config", "ResourceConfigSpec", 2, "2.0"), ),
    None,
    faults=("ConcurrentAccess", "DuplicateName", "InsufficientResourcesFault", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class ResourcePoolProperties(ManagedEntityProperties):
    """ResourcePool's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("summary", "runtime", "owner", "resourcePool", "vm", "config", "namespace", "childConfiguration", )
    obj: ResourcePool  # pyright: ignore[reportIncompatibleVariableOverride]
    summary: ResourcePoolSummary
    runtime: ResourcePoolRuntimeInfo
    owner: ComputeResource
    resourcePool: list[ResourcePool]
    vm: list[VirtualMachine]
    config: ResourceConfigSpec
    namespace: str | None
    childConfiguration: list[ResourceConfigSpec]


class ResourcePool(ManagedEntity):
    """ResourcePool: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        summary: ResourcePoolSummary, since 2.0.
        runtime: ResourcePoolRuntimeInfo, since 2.0.
        owner: reference to ComputeResource, since 2.0, read privilege System.View.
        resourcePool: list of references to ResourcePool, since 2.0, read privilege System.View.
        vm: list of references to VirtualMachine, since 2.0, read privilege System.View.
        config: ResourceConfigSpec, since 2.0.
        namespace: string, optional, since 7.0.0.0, read privilege System.View.
        childConfiguration: list of ResourceConfigSpec, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ResourcePool"
    _properties_: ClassVar[dict[str, _F]] = {
        "summary": _F("summary", "ResourcePoolSummary", 0, "2.0"),
        "runtime": _F("runtime", "ResourcePoolRuntimeInfo", 0, "2.0"),
        "owner": _F("owner", "ManagedObjectReference", 0, "2.0", target="ComputeResource"),
        "resourcePool": _F("resourcePool", "ManagedObjectReference", 3, "2.0", target="ResourcePool"),
        "vm": _F("vm", "ManagedObjectReference", 3, "2.0", target="VirtualMachine"),
        "config": _F("config", "ResourceConfigSpec", 0, "2.0"),
        "namespace": _F("namespace", "string", 2, "7.0.0.0"),
        "childConfiguration": _F("childConfiguration", "ResourceConfigSpec", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateChildVM_Task": _CREATE_CHILD_VM_TASK,
        "CreateResourcePool": _CREATE_RESOURCE_POOL,
        "CreateVApp": _CREATE_V_APP,
        "DestroyChildren": _DESTROY_CHILDREN,
        "ImportVApp": _IMPORT_V_APP,
        "MoveIntoResourcePool": _MOVE_INTO_RESOURCE_POOL,
        "QueryResourceConfigOption": _QUERY_RESOURCE_CONFIG_OPTION,
        "RefreshRuntime": _REFRESH_RUNTIME,
        "RegisterChildVM_Task": _REGISTER_CHILD_VM_TASK,
        "UpdateChildResourceConfiguration": _UPDATE_CHILD_RESOURCE_CONFIGURATION,
        "UpdateConfig": _UPDATE_CONFIG,
    }
    _property_class_ = ResourcePoolProperties

    def fetch(self, *paths: str) -> ResourcePoolProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ResourcePoolProperties, paths)

    def CreateChildVM_Task(
        self,
        *,
        config: VirtualMachineConfigSpec,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachine]:
        """CreateChildVM_Task: an operation of ResourcePool, since 4.0.

        Privilege: VirtualMachine.Inventory.Create.

        Args:
            config: VirtualMachineConfigSpec, since 4.0.
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachine.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, OutOfBounds, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_CHILD_VM_TASK, (config, host, ), _timeout)

    def CreateResourcePool(
        self,
        *,
        name: str,
        spec: ResourceConfigSpec,
        _timeout: float | None = None,
    ) -> ResourcePool:
        """CreateResourcePool: an operation of ResourcePool, since 2.0.

        Privilege: Resource.CreatePool.

        Args:
            name: string, since 2.0.
            spec: ResourceConfigSpec, since 2.0.

        Returns:
            Reference to ResourcePool.

        Raises:
            DuplicateName, InsufficientResourcesFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_RESOURCE_POOL, (name, spec, ), _timeout)

    def CreateVApp(
        self,
        *,
        name: str,
        resSpec: ResourceConfigSpec,
        configSpec: VAppConfigSpec,
        vmFolder: Folder | None = None,
        _timeout: float | None = None,
    ) -> VirtualApp:
        """CreateVApp: an operation of ResourcePool, since 4.0.

        Privilege: VApp.Create.

        Args:
            name: string, since 4.0.
            resSpec: ResourceConfigSpec, since 4.0.
            configSpec: VAppConfigSpec, since 4.0.
            vmFolder: reference to Folder, optional, since 4.0.

        Returns:
            Reference to VirtualApp.

        Raises:
            DuplicateName, InsufficientResourcesFault, InvalidName, InvalidState, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_V_APP, (name, resSpec, configSpec, vmFolder, ), _timeout)

    def DestroyChildren(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DestroyChildren: an operation of ResourcePool, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_CHILDREN, (), _timeout)

    def ImportVApp(
        self,
        *,
        spec: ImportSpec,
        folder: Folder | None = None,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> HttpNfcLease:
        """ImportVApp: an operation of ResourcePool, since 4.0.

        Privilege: VApp.Import.

        Args:
            spec: ImportSpec, since 4.0.
            folder: reference to Folder, optional, since 4.0, needs VApp.Import on it.
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            Reference to HttpNfcLease.

        Raises:
            DuplicateName, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, OutOfBounds, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _IMPORT_V_APP, (spec, folder, host, ), _timeout)

    def MoveIntoResourcePool(
        self,
        *,
        list: Sequence[ManagedEntity],
        _timeout: float | None = None,
    ) -> None:
        """MoveIntoResourcePool: an operation of ResourcePool, since 2.0.

        Args:
            list: list of references to ManagedEntity, since 2.0.

        Returns:
            None.

        Raises:
            DuplicateName, InsufficientResourcesFault, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_INTO_RESOURCE_POOL, (list, ), _timeout)

    def QueryResourceConfigOption(
        self,
        *,
        _timeout: float | None = None,
    ) -> ResourceConfigOption:
        """QueryResourceConfigOption: an operation of ResourcePool, since 4.1.

        Privilege: Resource.EditPool. Safe to re-send after a lost reply.

        Returns:
            ResourceConfigOption.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_RESOURCE_CONFIG_OPTION, (), _timeout)

    def RefreshRuntime(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshRuntime: an operation of ResourcePool, since 4.1.

        Privilege: System.View.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_RUNTIME, (), _timeout)

    def RegisterChildVM_Task(
        self,
        *,
        path: str,
        name: str | None = None,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachine]:
        """RegisterChildVM_Task: an operation of ResourcePool, since 4.0.

        Privilege: VirtualMachine.Inventory.Register.

        Args:
            path: string, since 4.0.
            name: string, optional, since 4.0.
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachine.

        Raises:
            AlreadyExists, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, NotFound, OutOfBounds, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_CHILD_VM_TASK, (path, name, host, ), _timeout)

    def UpdateChildResourceConfiguration(
        self,
        *,
        spec: list[ResourceConfigSpec],
        _timeout: float | None = None,
    ) -> None:
        """UpdateChildResourceConfiguration: an operation of ResourcePool, since 2.0.

        Args:
            spec: list of ResourceConfigSpec, since 2.0.

        Returns:
            None.

        Raises:
            InsufficientResourcesFault, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_CHILD_RESOURCE_CONFIGURATION, (spec, ), _timeout)

    def UpdateConfig(
        self,
        *,
        name: str | None = None,
        config: ResourceConfigSpec | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateConfig: an operation of ResourcePool, since 2.0.

        Args:
            name: string, optional, since 2.0.
            config: ResourceConfigSpec, optional, since 2.0.

        Returns:
            None.

        Raises:
            ConcurrentAccess, DuplicateName, InsufficientResourcesFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_CONFIG, (name, config, ), _timeout)
