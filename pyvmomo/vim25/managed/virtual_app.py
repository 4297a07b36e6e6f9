# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualApp: managed object proxy, extends ResourcePool. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .resource_pool import ResourcePool, ResourcePoolProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .datastore import Datastore
    from .folder import Folder
    from .http_nfc_lease import HttpNfcLease
    from .managed_entity import ManagedEntity
    from .network import Network
    from .task import Task
    from ..types.v_app_clone_spec import VAppCloneSpec
    from ..types.v_app_config_info import VAppConfigInfo
    from ..types.v_app_config_spec import VAppConfigSpec
    from ..types.virtual_app_link_info import VirtualAppLinkInfo

_CLONE_V_APP_TASK: _Operation[Task[VirtualApp]] = _Operation(
    "CloneVApp_Task",
    (_F("name", "string", 0, "4.0"), _F("target", "ManagedObjectReference", 0, "4.0", target="ResourcePool"), _F("spec", "VAppCloneSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidState", "MigrationFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.Clone",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "4.0", target="VirtualApp"),
)

_EXPORT_V_APP: _Operation[HttpNfcLease] = _Operation(
    "ExportVApp",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="HttpNfcLease"),
    faults=("FileFault", "InvalidPowerState", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.Export",
    safe=False,
    task_result=None,
)

_POWER_OFF_V_APP_TASK: _Operation[Task[None]] = _Operation(
    "PowerOffVApp_Task",
    (_F("force", "boolean", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VAppConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.PowerOff",
    safe=False,
    task_result=None,
)

_POWER_ON_V_APP_TASK: _Operation[Task[None]] = _Operation(
    "PowerOnVApp_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidState", "TaskInProgress", "VAppConfigFault", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.PowerOn",
    safe=False,
    task_result=None,
)

_SUSPEND_V_APP_TASK: _Operation[Task[None]] = _Operation(
    "SuspendVApp_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VAppConfigFault", "RuntimeFault", ),
    since="4.1",
    privilege="VApp.Suspend",
    safe=False,
    task_result=None,
)

_UPDATE_LINKED_CHILDREN: _Operation[None] = _Operation(
    "UpdateLinkedChildren",
    (_F("addChangeSet", "VirtualAppLinkInfo", 3, "4.1"), _F("removeSet", "ManagedObjectReference", 3, "4.1", target="ManagedEntity"), ),
    None,
    faults=("ConcurrentAccess", "RuntimeFault", ),
    since="4.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_V_APP_CONFIG: _Operation[None] = _Operation(
    "UpdateVAppConfig",
    (_F("spec", "VAppConfigSpec", 0, "4.0"), ),
    None,
    faults=("ConcurrentAccess", "DuplicateName", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UNREGISTER_V_APP_TASK: _Operation[Task[None]] = _Operation(
    "unregisterVApp_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("ConcurrentAccess", "InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.Unregister",
    safe=False,
    task_result=None,
)


class VirtualAppProperties(ResourcePoolProperties):
    """VirtualApp's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("parentFolder", "datastore", "network", "vAppConfig", "parentVApp", "childLink", )
    obj: VirtualApp  # pyright: ignore[reportIncompatibleVariableOverride]
    parentFolder: Folder | None
    datastore: list[Datastore]
    network: list[Network]
    vAppConfig: VAppConfigInfo | None
    parentVApp: ManagedEntity | None
    childLink: list[VirtualAppLinkInfo]


class VirtualApp(ResourcePool):
    """VirtualApp: managed object proxy extending ResourcePool, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        parentFolder: reference to Folder, optional, since 4.0, read privilege System.View.
        datastore: list of references to Datastore, since 4.0, read privilege System.View.
        network: list of references to Network, since 4.0, read privilege System.View.
        vAppConfig: VAppConfigInfo, optional, since 4.0, read privilege System.Read.
        parentVApp: reference to ManagedEntity, optional, since 4.1.
        childLink: list of VirtualAppLinkInfo, since 4.1.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualApp"
    _properties_: ClassVar[dict[str, _F]] = {
        "parentFolder": _F("parentFolder", "ManagedObjectReference", 2, "4.0", target="Folder"),
        "datastore": _F("datastore", "ManagedObjectReference", 3, "4.0", target="Datastore"),
        "network": _F("network", "ManagedObjectReference", 3, "4.0", target="Network"),
        "vAppConfig": _F("vAppConfig", "VAppConfigInfo", 2, "4.0"),
        "parentVApp": _F("parentVApp", "ManagedObjectReference", 2, "4.1", target="ManagedEntity"),
        "childLink": _F("childLink", "VirtualAppLinkInfo", 3, "4.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CloneVApp_Task": _CLONE_V_APP_TASK,
        "ExportVApp": _EXPORT_V_APP,
        "PowerOffVApp_Task": _POWER_OFF_V_APP_TASK,
        "PowerOnVApp_Task": _POWER_ON_V_APP_TASK,
        "SuspendVApp_Task": _SUSPEND_V_APP_TASK,
        "UpdateLinkedChildren": _UPDATE_LINKED_CHILDREN,
        "UpdateVAppConfig": _UPDATE_V_APP_CONFIG,
        "unregisterVApp_Task": _UNREGISTER_V_APP_TASK,
    }
    _property_class_ = VirtualAppProperties

    def fetch(self, *paths: str) -> VirtualAppProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualAppProperties, paths)

    def CloneVApp_Task(
        self,
        *,
        name: str,
        target: ResourcePool,
        spec: VAppCloneSpec,
        _timeout: float | None = None,
    ) -> Task[VirtualApp]:
        """CloneVApp_Task: an operation of VirtualApp, since 4.0.

        Privilege: VApp.Clone.

        Args:
            name: string, since 4.0.
            target: reference to ResourcePool, since 4.0.
            spec: VAppCloneSpec, since 4.0.

        Returns:
            A reference to the Task; its result is reference to VirtualApp.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidState, MigrationFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CLONE_V_APP_TASK, (name, target, spec, ), _timeout)

    def ExportVApp(
        self,
        *,
        _timeout: float | None = None,
    ) -> HttpNfcLease:
        """ExportVApp: an operation of VirtualApp, since 4.0.

        Privilege: VApp.Export.

        Returns:
            Reference to HttpNfcLease.

        Raises:
            FileFault, InvalidPowerState, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _EXPORT_V_APP, (), _timeout)

    def PowerOffVApp_Task(
        self,
        *,
        force: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PowerOffVApp_Task: an operation of VirtualApp, since 4.0.

        Privilege: VApp.PowerOff.

        Args:
            force: boolean, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, VAppConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_OFF_V_APP_TASK, (force, ), _timeout)

    def PowerOnVApp_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PowerOnVApp_Task: an operation of VirtualApp, since 4.0.

        Privilege: VApp.PowerOn.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidState, TaskInProgress, VAppConfigFault, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_ON_V_APP_TASK, (), _timeout)

    def SuspendVApp_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """SuspendVApp_Task: an operation of VirtualApp, since 4.1.

        Privilege: VApp.Suspend.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, VAppConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _SUSPEND_V_APP_TASK, (), _timeout)

    def UpdateLinkedChildren(
        self,
        *,
        addChangeSet: list[VirtualAppLinkInfo] | None = None,
        removeSet: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateLinkedChildren: an operation of VirtualApp, since 4.1.

        Args:
            addChangeSet: list of VirtualAppLinkInfo, since 4.1.
            removeSet: list of references to ManagedEntity, since 4.1.

        Returns:
            None.

        Raises:
            ConcurrentAccess, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_LINKED_CHILDREN, (addChangeSet, removeSet, ), _timeout)

    def UpdateVAppConfig(
        self,
        *,
        spec: VAppConfigSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateVAppConfig: an operation of VirtualApp, since 4.0.

        Args:
            spec: VAppConfigSpec, since 4.0.

        Returns:
            None.

        Raises:
            ConcurrentAccess, DuplicateName, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_V_APP_CONFIG, (spec, ), _timeout)

    def unregisterVApp_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """unregisterVApp_Task: an operation of VirtualApp, since 4.0.

        Privilege: VApp.Unregister.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _UNREGISTER_V_APP_TASK, (), _timeout)
