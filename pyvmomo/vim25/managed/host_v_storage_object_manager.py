# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVStorageObjectManager: managed object proxy, extends VStorageObjectManagerBase. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .v_storage_object_manager_base import VStorageObjectManagerBase, VStorageObjectManagerBaseProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.crypto_spec import CryptoSpec
    from .datastore import Datastore
    from ..types.id import ID
    from ..types.key_value import KeyValue
    from .task import Task
    from ..types.v_storage_object import VStorageObject
    from ..types.v_storage_object_snapshot_info import VStorageObjectSnapshotInfo
    from ..types.v_storage_object_state_info import VStorageObjectStateInfo
    from ..types.virtual_machine_profile_spec import VirtualMachineProfileSpec
    from ..types.vslm_clone_spec import VslmCloneSpec
    from ..types.vslm_create_spec import VslmCreateSpec
    from ..types.vslm_relocate_spec import VslmRelocateSpec
    from ..types.vslm_infrastructure_object_policy import vslmInfrastructureObjectPolicy
    from ..types.vslm_v_clock_info import vslmVClockInfo

_HOST_CLEAR_V_STORAGE_OBJECT_CONTROL_FLAGS: _Operation[None] = _Operation(
    "HostClearVStorageObjectControlFlags",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("controlFlags", "string", 3, "6.7"), ),
    None,
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_CLONE_V_STORAGE_OBJECT_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "HostCloneVStorageObject_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("spec", "VslmCloneSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.5"),
)

_HOST_CREATE_DISK_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "HostCreateDisk_Task",
    (_F("spec", "VslmCreateSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.5"),
)

_HOST_DELETE_V_STORAGE_OBJECT_EX_TASK: _Operation[Task[vslmVClockInfo]] = _Operation(
    "HostDeleteVStorageObjectEx_Task",
    (_F("id", "ID", 0, "7.0.2.0"), _F("datastore", "ManagedObjectReference", 0, "7.0.2.0", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.2.0", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="7.0.2.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "vslmVClockInfo", 0, "7.0.2.0"),
)

_HOST_DELETE_V_STORAGE_OBJECT_TASK: _Operation[Task[None]] = _Operation(
    "HostDeleteVStorageObject_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_EXTEND_DISK_TASK: _Operation[Task[None]] = _Operation(
    "HostExtendDisk_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("newCapacityInMB", "long", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_INFLATE_DISK_TASK: _Operation[Task[None]] = _Operation(
    "HostInflateDisk_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_LIST_V_STORAGE_OBJECT: _Operation[list[ID]] = _Operation(
    "HostListVStorageObject",
    (_F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ID", 3, "6.5"),
    faults=("InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_RECONCILE_DATASTORE_INVENTORY_TASK: _Operation[Task[None]] = _Operation(
    "HostReconcileDatastoreInventory_Task",
    (_F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_REGISTER_DISK: _Operation[VStorageObject] = _Operation(
    "HostRegisterDisk",
    (_F("path", "string", 0, "6.5"), _F("name", "string", 2, "6.5"), ),
    _F("returnval", "VStorageObject", 0, "6.5"),
    faults=("AlreadyExists", "FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_RELOCATE_V_STORAGE_OBJECT_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "HostRelocateVStorageObject_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("spec", "VslmRelocateSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.5"),
)

_HOST_RENAME_V_STORAGE_OBJECT: _Operation[None] = _Operation(
    "HostRenameVStorageObject",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("name", "string", 0, "6.5"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_RETRIEVE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY: _Operation[list[vslmInfrastructureObjectPolicy]] = _Operation(
    "HostRetrieveVStorageInfrastructureObjectPolicy",
    (_F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), ),
    _F("returnval", "vslmInfrastructureObjectPolicy", 3, "6.7"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_RETRIEVE_V_STORAGE_OBJECT: _Operation[VStorageObject] = _Operation(
    "HostRetrieveVStorageObject",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "VStorageObject", 0, "6.5"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_RETRIEVE_V_STORAGE_OBJECT_METADATA: _Operation[list[KeyValue]] = _Operation(
    "HostRetrieveVStorageObjectMetadata",
    (_F("id", "ID", 0, "6.7.2"), _F("datastore", "ManagedObjectReference", 0, "6.7.2", target="Datastore"), _F("snapshotId", "ID", 2, "6.7.2"), _F("prefix", "string", 2, "6.7.2"), ),
    _F("returnval", "KeyValue", 3, "6.7.2"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7.2",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_RETRIEVE_V_STORAGE_OBJECT_METADATA_VALUE: _Operation[str] = _Operation(
    "HostRetrieveVStorageObjectMetadataValue",
    (_F("id", "ID", 0, "6.7.2"), _F("datastore", "ManagedObjectReference", 0, "6.7.2", target="Datastore"), _F("snapshotId", "ID", 2, "6.7.2"), _F("key", "string", 0, "6.7.2"), ),
    _F("returnval", "string", 0, "6.7.2"),
    faults=("InvalidDatastore", "InvalidState", "KeyNotFound", "NotFound", "RuntimeFault", ),
    since="6.7.2",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_RETRIEVE_V_STORAGE_OBJECT_STATE: _Operation[VStorageObjectStateInfo] = _Operation(
    "HostRetrieveVStorageObjectState",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "VStorageObjectStateInfo", 0, "6.5"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_SCHEDULE_RECONCILE_DATASTORE_INVENTORY: _Operation[None] = _Operation(
    "HostScheduleReconcileDatastoreInventory",
    (_F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    None,
    faults=("InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_SET_V_STORAGE_OBJECT_CONTROL_FLAGS: _Operation[None] = _Operation(
    "HostSetVStorageObjectControlFlags",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("controlFlags", "string", 3, "6.7"), ),
    None,
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_UPDATE_V_STORAGE_OBJECT_METADATA_EX_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "HostUpdateVStorageObjectMetadataEx_Task",
    (_F("id", "ID", 0, "7.0.2.0"), _F("datastore", "ManagedObjectReference", 0, "7.0.2.0", target="Datastore"), _F("metadata", "KeyValue", 3, "7.0.2.0"), _F("deleteKeys", "string", 3, "7.0.2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.2.0", target="Task"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="7.0.2.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "7.0.2.0"),
)

_HOST_UPDATE_V_STORAGE_OBJECT_METADATA_TASK: _Operation[Task[None]] = _Operation(
    "HostUpdateVStorageObjectMetadata_Task",
    (_F("id", "ID", 0, "6.7.2"), _F("datastore", "ManagedObjectReference", 0, "6.7.2", target="Datastore"), _F("metadata", "KeyValue", 3, "6.7.2"), _F("deleteKeys", "string", 3, "6.7.2"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.2", target="Task"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7.2",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_V_STORAGE_OBJECT_CREATE_DISK_FROM_SNAPSHOT_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "HostVStorageObjectCreateDiskFromSnapshot_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), _F("name", "string", 0, "6.7"), _F("profile", "VirtualMachineProfileSpec", 3, "6.7"), _F("crypto", "CryptoSpec", 2, "6.7"), _F("path", "string", 2, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.7"),
)

_HOST_V_STORAGE_OBJECT_CREATE_SNAPSHOT_TASK: _Operation[Task[ID]] = _Operation(
    "HostVStorageObjectCreateSnapshot_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("description", "string", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ID", 0, "6.7"),
)

_HOST_V_STORAGE_OBJECT_DELETE_SNAPSHOT_TASK: _Operation[Task[None]] = _Operation(
    "HostVStorageObjectDeleteSnapshot_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_V_STORAGE_OBJECT_RETRIEVE_SNAPSHOT_INFO: _Operation[VStorageObjectSnapshotInfo] = _Operation(
    "HostVStorageObjectRetrieveSnapshotInfo",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), ),
    _F("returnval", "VStorageObjectSnapshotInfo", 0, "6.7"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_V_STORAGE_OBJECT_REVERT_TASK: _Operation[Task[None]] = _Operation(
    "HostVStorageObjectRevert_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)


class HostVStorageObjectManagerProperties(VStorageObjectManagerBaseProperties):
    """HostVStorageObjectManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: HostVStorageObjectManager  # pyright: ignore[reportIncompatibleVariableOverride]


class HostVStorageObjectManager(VStorageObjectManagerBase):
    """HostVStorageObjectManager: managed object proxy extending VStorageObjectManagerBase, since 6.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostVStorageObjectManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "HostClearVStorageObjectControlFlags": _HOST_CLEAR_V_STORAGE_OBJECT_CONTROL_FLAGS,
        "HostCloneVStorageObject_Task": _HOST_CLONE_V_STORAGE_OBJECT_TASK,
        "HostCreateDisk_Task": _HOST_CREATE_DISK_TASK,
        "HostDeleteVStorageObjectEx_Task": _HOST_DELETE_V_STORAGE_OBJECT_EX_TASK,
        "HostDeleteVStorageObject_Task": _HOST_DELETE_V_STORAGE_OBJECT_TASK,
        "HostExtendDisk_Task": _HOST_EXTEND_DISK_TASK,
        "HostInflateDisk_Task": _HOST_INFLATE_DISK_TASK,
        "HostListVStorageObject": _HOST_LIST_V_STORAGE_OBJECT,
        "HostReconcileDatastoreInventory_Task": _HOST_RECONCILE_DATASTORE_INVENTORY_TASK,
        "HostRegisterDisk": _HOST_REGISTER_DISK,
        "HostRelocateVStorageObject_Task": _HOST_RELOCATE_V_STORAGE_OBJECT_TASK,
        "HostRenameVStorageObject": _HOST_RENAME_V_STORAGE_OBJECT,
        "HostRetrieveVStorageInfrastructureObjectPolicy": _HOST_RETRIEVE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY,
        "HostRetrieveVStorageObject": _HOST_RETRIEVE_V_STORAGE_OBJECT,
        "HostRetrieveVStorageObjectMetadata": _HOST_RETRIEVE_V_STORAGE_OBJECT_METADATA,
        "HostRetrieveVStorageObjectMetadataValue": _HOST_RETRIEVE_V_STORAGE_OBJECT_METADATA_VALUE,
        "HostRetrieveVStorageObjectState": _HOST_RETRIEVE_V_STORAGE_OBJECT_STATE,
        "HostScheduleReconcileDatastoreInventory": _HOST_SCHEDULE_RECONCILE_DATASTORE_INVENTORY,
        "HostSetVStorageObjectControlFlags": _HOST_SET_V_STORAGE_OBJECT_CONTROL_FLAGS,
        "HostUpdateVStorageObjectMetadataEx_Task": _HOST_UPDATE_V_STORAGE_OBJECT_METADATA_EX_TASK,
        "HostUpdateVStorageObjectMetadata_Task": _HOST_UPDATE_V_STORAGE_OBJECT_METADATA_TASK,
        "HostVStorageObjectCreateDiskFromSnapshot_Task": _HOST_V_STORAGE_OBJECT_CREATE_DISK_FROM_SNAPSHOT_TASK,
        "HostVStorageObjectCreateSnapshot_Task": _HOST_V_STORAGE_OBJECT_CREATE_SNAPSHOT_TASK,
        "HostVStorageObjectDeleteSnapshot_Task": _HOST_V_STORAGE_OBJECT_DELETE_SNAPSHOT_TASK,
        "HostVStorageObjectRetrieveSnapshotInfo": _HOST_V_STORAGE_OBJECT_RETRIEVE_SNAPSHOT_INFO,
        "HostVStorageObjectRevert_Task": _HOST_V_STORAGE_OBJECT_REVERT_TASK,
    }
    _property_class_ = HostVStorageObjectManagerProperties

    def fetch(self, *paths: str) -> HostVStorageObjectManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostVStorageObjectManagerProperties, paths)

    def HostClearVStorageObjectControlFlags(
        self,
        *,
        id: ID,
        datastore: Datastore,
        controlFlags: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """HostClearVStorageObjectControlFlags: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7, needs Datastore.FileManagement on it.
            controlFlags: list of string, since 6.7.

        Returns:
            None.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_CLEAR_V_STORAGE_OBJECT_CONTROL_FLAGS, (id, datastore, controlFlags, ), _timeout)

    def HostCloneVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        spec: VslmCloneSpec,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """HostCloneVStorageObject_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.
            spec: VslmCloneSpec, since 6.5.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            FileFault, InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_CLONE_V_STORAGE_OBJECT_TASK, (id, datastore, spec, ), _timeout)

    def HostCreateDisk_Task(
        self,
        *,
        spec: VslmCreateSpec,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """HostCreateDisk_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            spec: VslmCreateSpec, since 6.5.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_CREATE_DISK_TASK, (spec, ), _timeout)

    def HostDeleteVStorageObjectEx_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[vslmVClockInfo]:
        """HostDeleteVStorageObjectEx_Task: an operation of HostVStorageObjectManager, since 7.0.2.0.

        Privilege: System.View.

        Args:
            id: ID, since 7.0.2.0.
            datastore: reference to Datastore, since 7.0.2.0.

        Returns:
            A reference to the Task; its result is vslmVClockInfo.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_DELETE_V_STORAGE_OBJECT_EX_TASK, (id, datastore, ), _timeout)

    def HostDeleteVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostDeleteVStorageObject_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_DELETE_V_STORAGE_OBJECT_TASK, (id, datastore, ), _timeout)

    def HostExtendDisk_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        newCapacityInMB: int,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostExtendDisk_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.
            newCapacityInMB: long, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_EXTEND_DISK_TASK, (id, datastore, newCapacityInMB, ), _timeout)

    def HostInflateDisk_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostInflateDisk_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_INFLATE_DISK_TASK, (id, datastore, ), _timeout)

    def HostListVStorageObject(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> list[ID]:
        """HostListVStorageObject: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 6.5.

        Returns:
            List of ID.

        Raises:
            InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_LIST_V_STORAGE_OBJECT, (datastore, ), _timeout)

    def HostReconcileDatastoreInventory_Task(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostReconcileDatastoreInventory_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            datastore: reference to Datastore, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RECONCILE_DATASTORE_INVENTORY_TASK, (datastore, ), _timeout)

    def HostRegisterDisk(
        self,
        *,
        path: str,
        name: str | None = None,
        _timeout: float | None = None,
    ) -> VStorageObject:
        """HostRegisterDisk: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            path: string, since 6.5.
            name: string, optional, since 6.5.

        Returns:
            VStorageObject.

        Raises:
            AlreadyExists, FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_REGISTER_DISK, (path, name, ), _timeout)

    def HostRelocateVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        spec: VslmRelocateSpec,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """HostRelocateVStorageObject_Task: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.
            spec: VslmRelocateSpec, since 6.5.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RELOCATE_V_STORAGE_OBJECT_TASK, (id, datastore, spec, ), _timeout)

    def HostRenameVStorageObject(
        self,
        *,
        id: ID,
        datastore: Datastore,
        name: str,
        _timeout: float | None = None,
    ) -> None:
        """HostRenameVStorageObject: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.
            name: string, since 6.5.

        Returns:
            None.

        Raises:
            FileFault, InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RENAME_V_STORAGE_OBJECT, (id, datastore, name, ), _timeout)

    def HostRetrieveVStorageInfrastructureObjectPolicy(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> list[vslmInfrastructureObjectPolicy]:
        """HostRetrieveVStorageInfrastructureObjectPolicy: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 6.7.

        Returns:
            List of vslmInfrastructureObjectPolicy.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RETRIEVE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY, (datastore, ), _timeout)

    def HostRetrieveVStorageObject(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> VStorageObject:
        """HostRetrieveVStorageObject: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            VStorageObject.

        Raises:
            FileFault, InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RETRIEVE_V_STORAGE_OBJECT, (id, datastore, ), _timeout)

    def HostRetrieveVStorageObjectMetadata(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID | None = None,
        prefix: str | None = None,
        _timeout: float | None = None,
    ) -> list[KeyValue]:
        """HostRetrieveVStorageObjectMetadata: an operation of HostVStorageObjectManager, since 6.7.2.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.7.2.
            datastore: reference to Datastore, since 6.7.2.
            snapshotId: ID, optional, since 6.7.2.
            prefix: string, optional, since 6.7.2.

        Returns:
            List of KeyValue.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RETRIEVE_V_STORAGE_OBJECT_METADATA, (id, datastore, snapshotId, prefix, ), _timeout)

    def HostRetrieveVStorageObjectMetadataValue(
        self,
        *,
        id: ID,
        datastore: Datastore,
        key: str,
        snapshotId: ID | None = None,
        _timeout: float | None = None,
    ) -> str:
        """HostRetrieveVStorageObjectMetadataValue: an operation of HostVStorageObjectManager, since 6.7.2.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.7.2.
            datastore: reference to Datastore, since 6.7.2.
            snapshotId: ID, optional, since 6.7.2.
            key: string, since 6.7.2.

        Returns:
            String.

        Raises:
            InvalidDatastore, InvalidState, KeyNotFound, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RETRIEVE_V_STORAGE_OBJECT_METADATA_VALUE, (id, datastore, snapshotId, key, ), _timeout)

    def HostRetrieveVStorageObjectState(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> VStorageObjectStateInfo:
        """HostRetrieveVStorageObjectState: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            VStorageObjectStateInfo.

        Raises:
            FileFault, InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_RETRIEVE_V_STORAGE_OBJECT_STATE, (id, datastore, ), _timeout)

    def HostScheduleReconcileDatastoreInventory(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> None:
        """HostScheduleReconcileDatastoreInventory: an operation of HostVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            datastore: reference to Datastore, since 6.5.

        Returns:
            None.

        Raises:
            InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_SCHEDULE_RECONCILE_DATASTORE_INVENTORY, (datastore, ), _timeout)

    def HostSetVStorageObjectControlFlags(
        self,
        *,
        id: ID,
        datastore: Datastore,
        controlFlags: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """HostSetVStorageObjectControlFlags: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7, needs Datastore.FileManagement on it.
            controlFlags: list of string, since 6.7.

        Returns:
            None.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_SET_V_STORAGE_OBJECT_CONTROL_FLAGS, (id, datastore, controlFlags, ), _timeout)

    def HostUpdateVStorageObjectMetadataEx_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        metadata: list[KeyValue] | None = None,
        deleteKeys: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """HostUpdateVStorageObjectMetadataEx_Task: an operation of HostVStorageObjectManager, since 7.0.2.0.

        Privilege: System.View.

        Args:
            id: ID, since 7.0.2.0.
            datastore: reference to Datastore, since 7.0.2.0.
            metadata: list of KeyValue, since 7.0.2.0.
            deleteKeys: list of string, since 7.0.2.0.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_UPDATE_V_STORAGE_OBJECT_METADATA_EX_TASK, (id, datastore, metadata, deleteKeys, ), _timeout)

    def HostUpdateVStorageObjectMetadata_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        metadata: list[KeyValue] | None = None,
        deleteKeys: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostUpdateVStorageObjectMetadata_Task: an operation of HostVStorageObjectManager, since 6.7.2.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.2.
            datastore: reference to Datastore, since 6.7.2.
            metadata: list of KeyValue, since 6.7.2.
            deleteKeys: list of string, since 6.7.2.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_UPDATE_V_STORAGE_OBJECT_METADATA_TASK, (id, datastore, metadata, deleteKeys, ), _timeout)

    def HostVStorageObjectCreateDiskFromSnapshot_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        name: str,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        crypto: CryptoSpec | None = None,
        path: str | None = None,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """HostVStorageObjectCreateDiskFromSnapshot_Task: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.
            snapshotId: ID, since 6.7.
            name: string, since 6.7.
            profile: list of VirtualMachineProfileSpec, since 6.7.
            crypto: CryptoSpec, optional, since 6.7.
            path: string, optional, since 6.7.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_V_STORAGE_OBJECT_CREATE_DISK_FROM_SNAPSHOT_TASK, (id, datastore, snapshotId, name, profile, crypto, path, ), _timeout)

    def HostVStorageObjectCreateSnapshot_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        description: str,
        _timeout: float | None = None,
    ) -> Task[ID]:
        """HostVStorageObjectCreateSnapshot_Task: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.
            description: string, since 6.7.

        Returns:
            A reference to the Task; its result is ID.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_V_STORAGE_OBJECT_CREATE_SNAPSHOT_TASK, (id, datastore, description, ), _timeout)

    def HostVStorageObjectDeleteSnapshot_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostVStorageObjectDeleteSnapshot_Task: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.
            snapshotId: ID, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_V_STORAGE_OBJECT_DELETE_SNAPSHOT_TASK, (id, datastore, snapshotId, ), _timeout)

    def HostVStorageObjectRetrieveSnapshotInfo(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> VStorageObjectSnapshotInfo:
        """HostVStorageObjectRetrieveSnapshotInfo: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.

        Returns:
            VStorageObjectSnapshotInfo.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_V_STORAGE_OBJECT_RETRIEVE_SNAPSHOT_INFO, (id, datastore, ), _timeout)

    def HostVStorageObjectRevert_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HostVStorageObjectRevert_Task: an operation of HostVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.
            snapshotId: ID, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_V_STORAGE_OBJECT_REVERT_TASK, (id, datastore, snapshotId, ), _timeout)
