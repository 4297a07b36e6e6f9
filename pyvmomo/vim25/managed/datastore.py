# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Datastore: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.datastore_capability import DatastoreCapability
    from ..types.datastore_host_mount import DatastoreHostMount
    from ..types.datastore_info import DatastoreInfo
    from ..types.datastore_mount_path_datastore_pair import DatastoreMountPathDatastorePair
    from ..types.datastore_summary import DatastoreSummary
    from ..types.datastore_v_vol_container_failover_pair import DatastoreVVolContainerFailoverPair
    from .host_datastore_browser import HostDatastoreBrowser
    from ..types.storage_iorm_info import StorageIORMInfo
    from ..types.storage_placement_result import StoragePlacementResult
    from .task import Task
    from ..types.update_virtual_machine_files_result import UpdateVirtualMachineFilesResult
    from ..types.v_vol_vm_config_file_update_result import VVolVmConfigFileUpdateResult
    from .virtual_machine import VirtualMachine

_DATASTORE_ENTER_MAINTENANCE_MODE: _Operation[StoragePlacementResult] = _Operation(
    "DatastoreEnterMaintenanceMode",
    (),
    _F("returnval", "StoragePlacementResult", 0, "5.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="5.0",
    privilege="Datastore.Config",
    safe=False,
    task_result=None,
)

_DATASTORE_EXIT_MAINTENANCE_MODE_TASK: _Operation[Task[None]] = _Operation(
    "DatastoreExitMaintenanceMode_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="5.0",
    privilege="Datastore.Config",
    safe=False,
    task_result=None,
)

_DESTROY_DATASTORE: _Operation[None] = _Operation(
    "DestroyDatastore",
    (),
    None,
    faults=("ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Datastore.Delete",
    safe=False,
    task_result=None,
)

_REFRESH_DATASTORE: _Operation[None] = _Operation(
    "RefreshDatastore",
    (),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_REFRESH_DATASTORE_STORAGE_INFO: _Operation[None] = _Operation(
    "RefreshDatastoreStorageInfo",
    (),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_RENAME_DATASTORE: _Operation[None] = _Operation(
    "RenameDatastore",
    (_F("newName", "string", 0, "2.0"), ),
    None,
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Datastore.Rename",
    safe=False,
    task_result=None,
)

_UPDATE_V_VOL_VIRTUAL_MACHINE_FILES_TASK: _Operation[Task[VVolVmConfigFileUpdateResult]] = _Operation(
    "UpdateVVolVirtualMachineFiles_Task",
    (_F("failoverPair", "DatastoreVVolContainerFailoverPair", 3, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("InvalidDatastore", "PlatformConfigFault", "TaskInProgress", "NotSupported", "RuntimeFault", ),
    since="6.5",
    privilege="Datastore.UpdateVirtualMachineFiles",
    safe=False,
    task_result=_F("result", "VVolVmConfigFileUpdateResult", 0, "6.5"),
)

_UPDATE_VIRTUAL_MACHINE_FILES_TASK: _Operation[Task[UpdateVirtualMachineFilesResult]] = _Operation(
    "UpdateVirtualMachineFiles_Task",
    (_F("mountPathDatastoreMapping", "DatastoreMountPathDatastorePair", 1, "4.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="Task"),
    faults=("InvalidDatastore", "PlatformConfigFault", "ResourceInUse", "TaskInProgress", "RuntimeFault", ),
    since="4.1",
    privilege="Datastore.UpdateVirtualMachineFiles",
    safe=False,
    task_result=_F("result", "UpdateVirtualMachineFilesResult", 0, "4.1"),
)


class DatastoreProperties(ManagedEntityProperties):
    """Datastore's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", "summary", "host", "vm", "browser", "capability", "iormConfiguration", )
    obj: Datastore  # pyright: ignore[reportIncompatibleVariableOverride]
    info: DatastoreInfo
    summary: DatastoreSummary
    host: list[DatastoreHostMount]
    vm: list[VirtualMachine]
    browser: HostDatastoreBrowser
    capability: DatastoreCapability
    iormConfiguration: StorageIORMInfo | None


class Datastore(ManagedEntity):
    """Datastore: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: DatastoreInfo, since 2.0.
        summary: DatastoreSummary, since 2.0.
        host: list of DatastoreHostMount, since 2.0.
        vm: list of references to VirtualMachine, since 2.0.
        browser: reference to HostDatastoreBrowser, since 2.0.
        capability: DatastoreCapability, since 2.0.
        iormConfiguration: StorageIORMInfo, optional, since 4.1.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Datastore"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "DatastoreInfo", 0, "2.0"),
        "summary": _F("summary", "DatastoreSummary", 0, "2.0"),
        "host": _F("host", "DatastoreHostMount", 3, "2.0"),
        "vm": _F("vm", "ManagedObjectReference", 3, "2.0", target="VirtualMachine"),
        "browser": _F("browser", "ManagedObjectReference", 0, "2.0", target="HostDatastoreBrowser"),
        "capability": _F("capability", "DatastoreCapability", 0, "2.0"),
        "iormConfiguration": _F("iormConfiguration", "StorageIORMInfo", 2, "4.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DatastoreEnterMaintenanceMode": _DATASTORE_ENTER_MAINTENANCE_MODE,
        "DatastoreExitMaintenanceMode_Task": _DATASTORE_EXIT_MAINTENANCE_MODE_TASK,
        "DestroyDatastore": _DESTROY_DATASTORE,
        "RefreshDatastore": _REFRESH_DATASTORE,
        "RefreshDatastoreStorageInfo": _REFRESH_DATASTORE_STORAGE_INFO,
        "RenameDatastore": _RENAME_DATASTORE,
        "UpdateVVolVirtualMachineFiles_Task": _UPDATE_V_VOL_VIRTUAL_MACHINE_FILES_TASK,
        "UpdateVirtualMachineFiles_Task": _UPDATE_VIRTUAL_MACHINE_FILES_TASK,
    }
    _property_class_ = DatastoreProperties

    def fetch(self, *paths: str) -> DatastoreProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DatastoreProperties, paths)

    def DatastoreEnterMaintenanceMode(
        self,
        *,
        _timeout: float | None = None,
    ) -> StoragePlacementResult:
        """DatastoreEnterMaintenanceMode: an operation of Datastore, since 5.0.

        Privilege: Datastore.Config.

        Returns:
            StoragePlacementResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _DATASTORE_ENTER_MAINTENANCE_MODE, (), _timeout)

    def DatastoreExitMaintenanceMode_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DatastoreExitMaintenanceMode_Task: an operation of Datastore, since 5.0.

        Privilege: Datastore.Config.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _DATASTORE_EXIT_MAINTENANCE_MODE_TASK, (), _timeout)

    def DestroyDatastore(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DestroyDatastore: an operation of Datastore, since 2.0.

        Privilege: Datastore.Delete.

        Returns:
            None.

        Raises:
            ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_DATASTORE, (), _timeout)

    def RefreshDatastore(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshDatastore: an operation of Datastore, since 2.0.

        Privilege: System.Read.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_DATASTORE, (), _timeout)

    def RefreshDatastoreStorageInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshDatastoreStorageInfo: an operation of Datastore, since 4.0.

        Privilege: System.Read.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_DATASTORE_STORAGE_INFO, (), _timeout)

    def RenameDatastore(
        self,
        *,
        newName: str,
        _timeout: float | None = None,
    ) -> None:
        """RenameDatastore: an operation of Datastore, since 2.0.

        Privilege: Datastore.Rename.

        Args:
            newName: string, since 2.0.

        Returns:
            None.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _RENAME_DATASTORE, (newName, ), _timeout)

    def UpdateVVolVirtualMachineFiles_Task(
        self,
        *,
        failoverPair: list[DatastoreVVolContainerFailoverPair] | None = None,
        _timeout: float | None = None,
    ) -> Task[VVolVmConfigFileUpdateResult]:
        """UpdateVVolVirtualMachineFiles_Task: an operation of Datastore, since 6.5.

        Privilege: Datastore.UpdateVirtualMachineFiles.

        Args:
            failoverPair: list of DatastoreVVolContainerFailoverPair, since 6.5.

        Returns:
            A reference to the Task; its result is VVolVmConfigFileUpdateResult.

        Raises:
            InvalidDatastore, PlatformConfigFault, TaskInProgress, NotSupported, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_V_VOL_VIRTUAL_MACHINE_FILES_TASK, (failoverPair, ), _timeout)

    def UpdateVirtualMachineFiles_Task(
        self,
        *,
        mountPathDatastoreMapping: list[DatastoreMountPathDatastorePair],
        _timeout: float | None = None,
    ) -> Task[UpdateVirtualMachineFilesResult]:
        """UpdateVirtualMachineFiles_Task: an operation of Datastore, since 4.1.

        Privilege: Datastore.UpdateVirtualMachineFiles.

        Args:
            mountPathDatastoreMapping: list of DatastoreMountPathDatastorePair, since 4.1.

        Returns:
            A reference to the Task; its result is UpdateVirtualMachineFilesResult.

        Raises:
            InvalidDatastore, PlatformConfigFault, ResourceInUse, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_VIRTUAL_MACHINE_FILES_TASK, (mountPathDatastoreMapping, ), _timeout)
