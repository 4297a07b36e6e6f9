# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VcenterVStorageObjectManager: managed object proxy, extends VStorageObjectManagerBase. Since 6.5."""

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
    from ..types.disk_change_info import DiskChangeInfo
    from ..types.disk_crypto_spec import DiskCryptoSpec
    from ..types.id import ID
    from ..types.key_value import KeyValue
    from ..types.retrieve_v_storage_obj_spec import RetrieveVStorageObjSpec
    from .task import Task
    from ..types.v_storage_object import VStorageObject
    from ..types.v_storage_object_associations import VStorageObjectAssociations
    from ..types.v_storage_object_snapshot_details import VStorageObjectSnapshotDetails
    from ..types.v_storage_object_snapshot_info import VStorageObjectSnapshotInfo
    from ..types.v_storage_object_state_info import VStorageObjectStateInfo
    from ..types.virtual_machine_profile_spec import VirtualMachineProfileSpec
    from ..types.vslm_clone_spec import VslmCloneSpec
    from ..types.vslm_create_spec import VslmCreateSpec
    from ..types.vslm_relocate_spec import VslmRelocateSpec
    from ..types.vslm_tag_entry import VslmTagEntry
    from ..types.vslm_infrastructure_object_policy import vslmInfrastructureObjectPolicy
    from ..types.vslm_infrastructure_object_policy_spec import vslmInfrastructureObjectPolicySpec
    from ..types.vslm_v_clock_info import vslmVClockInfo

_ATTACH_TAG_TO_V_STORAGE_OBJECT: _Operation[None] = _Operation(
    "AttachTagToVStorageObject",
    (_F("id", "ID", 0, "6.5"), _F("category", "string", 0, "6.5"), _F("tag", "string", 0, "6.5"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_CLEAR_V_STORAGE_OBJECT_CONTROL_FLAGS: _Operation[None] = _Operation(
    "ClearVStorageObjectControlFlags",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("controlFlags", "string", 3, "6.7"), ),
    None,
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CLONE_V_STORAGE_OBJECT_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "CloneVStorageObject_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("spec", "VslmCloneSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.5"),
)

_CREATE_DISK_FROM_SNAPSHOT_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "CreateDiskFromSnapshot_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), _F("name", "string", 0, "6.7"), _F("profile", "VirtualMachineProfileSpec", 3, "6.7"), _F("crypto", "CryptoSpec", 2, "6.7"), _F("path", "string", 2, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.7"),
)

_CREATE_DISK_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "CreateDisk_Task",
    (_F("spec", "VslmCreateSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.5"),
)

_DELETE_SNAPSHOT_TASK: _Operation[Task[None]] = _Operation(
    "DeleteSnapshot_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_DELETE_V_STORAGE_OBJECT_EX_TASK: _Operation[Task[vslmVClockInfo]] = _Operation(
    "DeleteVStorageObjectEx_Task",
    (_F("id", "ID", 0, "7.0.2.0"), _F("datastore", "ManagedObjectReference", 0, "7.0.2.0", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.2.0", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="7.0.2.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "vslmVClockInfo", 0, "7.0.2.0"),
)

_DELETE_V_STORAGE_OBJECT_TASK: _Operation[Task[None]] = _Operation(
    "DeleteVStorageObject_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_DETACH_TAG_FROM_V_STORAGE_OBJECT: _Operation[None] = _Operation(
    "DetachTagFromVStorageObject",
    (_F("id", "ID", 0, "6.5"), _F("category", "string", 0, "6.5"), _F("tag", "string", 0, "6.5"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_EXTEND_DISK_TASK: _Operation[Task[None]] = _Operation(
    "ExtendDisk_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("newCapacityInMB", "long", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_INFLATE_DISK_TASK: _Operation[Task[None]] = _Operation(
    "InflateDisk_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_LIST_TAGS_ATTACHED_TO_V_STORAGE_OBJECT: _Operation[list[VslmTagEntry]] = _Operation(
    "ListTagsAttachedToVStorageObject",
    (_F("id", "ID", 0, "6.5"), ),
    _F("returnval", "VslmTagEntry", 3, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_LIST_V_STORAGE_OBJECT: _Operation[list[ID]] = _Operation(
    "ListVStorageObject",
    (_F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ID", 3, "6.5"),
    faults=("InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_LIST_V_STORAGE_OBJECTS_ATTACHED_TO_TAG: _Operation[list[ID]] = _Operation(
    "ListVStorageObjectsAttachedToTag",
    (_F("category", "string", 0, "6.5"), _F("tag", "string", 0, "6.5"), ),
    _F("returnval", "ID", 3, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RECONCILE_DATASTORE_INVENTORY_TASK: _Operation[Task[None]] = _Operation(
    "ReconcileDatastoreInventory_Task",
    (_F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_REGISTER_DISK: _Operation[VStorageObject] = _Operation(
    "RegisterDisk",
    (_F("path", "string", 0, "6.5"), _F("name", "string", 2, "6.5"), ),
    _F("returnval", "VStorageObject", 0, "6.5"),
    faults=("AlreadyExists", "FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_RELOCATE_V_STORAGE_OBJECT_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "RelocateVStorageObject_Task",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("spec", "VslmRelocateSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "6.5"),
)

_RENAME_V_STORAGE_OBJECT: _Operation[None] = _Operation(
    "RenameVStorageObject",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("name", "string", 0, "6.5"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_RETRIEVE_SNAPSHOT_DETAILS: _Operation[VStorageObjectSnapshotDetails] = _Operation(
    "RetrieveSnapshotDetails",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), ),
    _F("returnval", "VStorageObjectSnapshotDetails", 0, "6.7"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_SNAPSHOT_INFO: _Operation[VStorageObjectSnapshotInfo] = _Operation(
    "RetrieveSnapshotInfo",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), ),
    _F("returnval", "VStorageObjectSnapshotInfo", 0, "6.7"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY: _Operation[list[vslmInfrastructureObjectPolicy]] = _Operation(
    "RetrieveVStorageInfrastructureObjectPolicy",
    (_F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), ),
    _F("returnval", "vslmInfrastructureObjectPolicy", 3, "6.7"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_V_STORAGE_OBJECT: _Operation[VStorageObject] = _Operation(
    "RetrieveVStorageObject",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "VStorageObject", 0, "6.5"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_V_STORAGE_OBJECT_ASSOCIATIONS: _Operation[list[VStorageObjectAssociations]] = _Operation(
    "RetrieveVStorageObjectAssociations",
    (_F("ids", "RetrieveVStorageObjSpec", 3, "6.7"), ),
    _F("returnval", "VStorageObjectAssociations", 3, "6.7"),
    faults=("RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_V_STORAGE_OBJECT_STATE: _Operation[VStorageObjectStateInfo] = _Operation(
    "RetrieveVStorageObjectState",
    (_F("id", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    _F("returnval", "VStorageObjectStateInfo", 0, "6.5"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_REVERT_V_STORAGE_OBJECT_TASK: _Operation[Task[None]] = _Operation(
    "RevertVStorageObject_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_SCHEDULE_RECONCILE_DATASTORE_INVENTORY: _Operation[None] = _Operation(
    "ScheduleReconcileDatastoreInventory",
    (_F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), ),
    None,
    faults=("InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_SET_V_STORAGE_OBJECT_CONTROL_FLAGS: _Operation[None] = _Operation(
    "SetVStorageObjectControlFlags",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("controlFlags", "string", 3, "6.7"), ),
    None,
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_UPDATE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY_TASK: _Operation[Task[None]] = _Operation(
    "UpdateVStorageInfrastructureObjectPolicy_Task",
    (_F("spec", "vslmInfrastructureObjectPolicySpec", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_UPDATE_V_STORAGE_OBJECT_CRYPTO_TASK: _Operation[Task[None]] = _Operation(
    "UpdateVStorageObjectCrypto_Task",
    (_F("id", "ID", 0, "7.0.0.0"), _F("datastore", "ManagedObjectReference", 0, "7.0.0.0", target="Datastore"), _F("profile", "VirtualMachineProfileSpec", 3, "7.0.0.0"), _F("disksCrypto", "DiskCryptoSpec", 2, "7.0.0.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.0.0", target="Task"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_UPDATE_V_STORAGE_OBJECT_POLICY_TASK: _Operation[Task[None]] = _Operation(
    "UpdateVStorageObjectPolicy_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("profile", "VirtualMachineProfileSpec", 3, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "NotFound", "TaskInProgress", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_V_CENTER_UPDATE_V_STORAGE_OBJECT_METADATA_EX_TASK: _Operation[Task[VStorageObject]] = _Operation(
    "VCenterUpdateVStorageObjectMetadataEx_Task",
    (_F("id", "ID", 0, "7.0.2.0"), _F("datastore", "ManagedObjectReference", 0, "7.0.2.0", target="Datastore"), _F("metadata", "KeyValue", 3, "7.0.2.0"), _F("deleteKeys", "string", 3, "7.0.2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.2.0", target="Task"),
    faults=("InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="7.0.2.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "VStorageObject", 0, "7.0.2.0"),
)

_V_STORAGE_OBJECT_CREATE_SNAPSHOT_TASK: _Operation[Task[ID]] = _Operation(
    "VStorageObjectCreateSnapshot_Task",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("description", "string", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ID", 0, "6.7"),
)

_VSTORAGE_OBJECT_V_CENTER_QUERY_CHANGED_DISK_AREAS: _Operation[DiskChangeInfo] = _Operation(
    "VstorageObjectVCenterQueryChangedDiskAreas",
    (_F("id", "ID", 0, "6.7"), _F("datastore", "ManagedObjectReference", 0, "6.7", target="Datastore"), _F("snapshotId", "ID", 0, "6.7"), _F("startOffset", "long", 0, "6.7"), _F("changeId", "string", 0, "6.7"), ),
    _F("returnval", "DiskChangeInfo", 0, "6.7"),
    faults=("FileFault", "InvalidDatastore", "InvalidState", "NotFound", "InvalidArgument", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class VcenterVStorageObjectManagerProperties(VStorageObjectManagerBaseProperties):
    """VcenterVStorageObjectManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: VcenterVStorageObjectManager  # pyright: ignore[reportIncompatibleVariableOverride]


class VcenterVStorageObjectManager(VStorageObjectManagerBase):
    """VcenterVStorageObjectManager: managed object proxy extending VStorageObjectManagerBase, since 6.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "VcenterVStorageObjectManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AttachTagToVStorageObject": _ATTACH_TAG_TO_V_STORAGE_OBJECT,
        "ClearVStorageObjectControlFlags": _CLEAR_V_STORAGE_OBJECT_CONTROL_FLAGS,
        "CloneVStorageObject_Task": _CLONE_V_STORAGE_OBJECT_TASK,
        "CreateDiskFromSnapshot_Task": _CREATE_DISK_FROM_SNAPSHOT_TASK,
        "CreateDisk_Task": _CREATE_DISK_TASK,
        "DeleteSnapshot_Task": _DELETE_SNAPSHOT_TASK,
        "DeleteVStorageObjectEx_Task": _DELETE_V_STORAGE_OBJECT_EX_TASK,
        "DeleteVStorageObject_Task": _DELETE_V_STORAGE_OBJECT_TASK,
        "DetachTagFromVStorageObject": _DETACH_TAG_FROM_V_STORAGE_OBJECT,
        "ExtendDisk_Task": _EXTEND_DISK_TASK,
        "InflateDisk_Task": _INFLATE_DISK_TASK,
        "ListTagsAttachedToVStorageObject": _LIST_TAGS_ATTACHED_TO_V_STORAGE_OBJECT,
        "ListVStorageObject": _LIST_V_STORAGE_OBJECT,
        "ListVStorageObjectsAttachedToTag": _LIST_V_STORAGE_OBJECTS_ATTACHED_TO_TAG,
        "ReconcileDatastoreInventory_Task": _RECONCILE_DATASTORE_INVENTORY_TASK,
        "RegisterDisk": _REGISTER_DISK,
        "RelocateVStorageObject_Task": _RELOCATE_V_STORAGE_OBJECT_TASK,
        "RenameVStorageObject": _RENAME_V_STORAGE_OBJECT,
        "RetrieveSnapshotDetails": _RETRIEVE_SNAPSHOT_DETAILS,
        "RetrieveSnapshotInfo": _RETRIEVE_SNAPSHOT_INFO,
        "RetrieveVStorageInfrastructureObjectPolicy": _RETRIEVE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY,
        "RetrieveVStorageObject": _RETRIEVE_V_STORAGE_OBJECT,
        "RetrieveVStorageObjectAssociations": _RETRIEVE_V_STORAGE_OBJECT_ASSOCIATIONS,
        "RetrieveVStorageObjectState": _RETRIEVE_V_STORAGE_OBJECT_STATE,
        "RevertVStorageObject_Task": _REVERT_V_STORAGE_OBJECT_TASK,
        "ScheduleReconcileDatastoreInventory": _SCHEDULE_RECONCILE_DATASTORE_INVENTORY,
        "SetVStorageObjectControlFlags": _SET_V_STORAGE_OBJECT_CONTROL_FLAGS,
        "UpdateVStorageInfrastructureObjectPolicy_Task": _UPDATE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY_TASK,
        "UpdateVStorageObjectCrypto_Task": _UPDATE_V_STORAGE_OBJECT_CRYPTO_TASK,
        "UpdateVStorageObjectPolicy_Task": _UPDATE_V_STORAGE_OBJECT_POLICY_TASK,
        "VCenterUpdateVStorageObjectMetadataEx_Task": _V_CENTER_UPDATE_V_STORAGE_OBJECT_METADATA_EX_TASK,
        "VStorageObjectCreateSnapshot_Task": _V_STORAGE_OBJECT_CREATE_SNAPSHOT_TASK,
        "VstorageObjectVCenterQueryChangedDiskAreas": _VSTORAGE_OBJECT_V_CENTER_QUERY_CHANGED_DISK_AREAS,
    }
    _property_class_ = VcenterVStorageObjectManagerProperties

    def fetch(self, *paths: str) -> VcenterVStorageObjectManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VcenterVStorageObjectManagerProperties, paths)

    def AttachTagToVStorageObject(
        self,
        *,
        id: ID,
        category: str,
        tag: str,
        _timeout: float | None = None,
    ) -> None:
        """AttachTagToVStorageObject: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.Read.

        Args:
            id: ID, since 6.5.
            category: string, since 6.5.
            tag: string, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ATTACH_TAG_TO_V_STORAGE_OBJECT, (id, category, tag, ), _timeout)

    def ClearVStorageObjectControlFlags(
        self,
        *,
        id: ID,
        datastore: Datastore,
        controlFlags: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ClearVStorageObjectControlFlags: an operation of VcenterVStorageObjectManager, since 6.7.

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
        return self._transport.invoke(self, _CLEAR_V_STORAGE_OBJECT_CONTROL_FLAGS, (id, datastore, controlFlags, ), _timeout)

    def CloneVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        spec: VslmCloneSpec,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """CloneVStorageObject_Task: an operation of VcenterVStorageObjectManager, since 6.5.

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
        return self._transport.invoke(self, _CLONE_V_STORAGE_OBJECT_TASK, (id, datastore, spec, ), _timeout)

    def CreateDiskFromSnapshot_Task(
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
        """CreateDiskFromSnapshot_Task: an operation of VcenterVStorageObjectManager, since 6.7.

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
        return self._transport.invoke(self, _CREATE_DISK_FROM_SNAPSHOT_TASK, (id, datastore, snapshotId, name, profile, crypto, path, ), _timeout)

    def CreateDisk_Task(
        self,
        *,
        spec: VslmCreateSpec,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """CreateDisk_Task: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            spec: VslmCreateSpec, since 6.5.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DISK_TASK, (spec, ), _timeout)

    def DeleteSnapshot_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DeleteSnapshot_Task: an operation of VcenterVStorageObjectManager, since 6.7.

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
        return self._transport.invoke(self, _DELETE_SNAPSHOT_TASK, (id, datastore, snapshotId, ), _timeout)

    def DeleteVStorageObjectEx_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[vslmVClockInfo]:
        """DeleteVStorageObjectEx_Task: an operation of VcenterVStorageObjectManager, since 7.0.2.0.

        Privilege: System.View.

        Args:
            id: ID, since 7.0.2.0.
            datastore: reference to Datastore, since 7.0.2.0.

        Returns:
            A reference to the Task; its result is vslmVClockInfo.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_V_STORAGE_OBJECT_EX_TASK, (id, datastore, ), _timeout)

    def DeleteVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DeleteVStorageObject_Task: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5, needs Datastore.FileManagement on it.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_V_STORAGE_OBJECT_TASK, (id, datastore, ), _timeout)

    def DetachTagFromVStorageObject(
        self,
        *,
        id: ID,
        category: str,
        tag: str,
        _timeout: float | None = None,
    ) -> None:
        """DetachTagFromVStorageObject: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.Read.

        Args:
            id: ID, since 6.5.
            category: string, since 6.5.
            tag: string, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DETACH_TAG_FROM_V_STORAGE_OBJECT, (id, category, tag, ), _timeout)

    def ExtendDisk_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        newCapacityInMB: int,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ExtendDisk_Task: an operation of VcenterVStorageObjectManager, since 6.5.

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
        return self._transport.invoke(self, _EXTEND_DISK_TASK, (id, datastore, newCapacityInMB, ), _timeout)

    def InflateDisk_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[None]:
        """InflateDisk_Task: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _INFLATE_DISK_TASK, (id, datastore, ), _timeout)

    def ListTagsAttachedToVStorageObject(
        self,
        *,
        id: ID,
        _timeout: float | None = None,
    ) -> list[VslmTagEntry]:
        """ListTagsAttachedToVStorageObject: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.5.

        Returns:
            List of VslmTagEntry.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_TAGS_ATTACHED_TO_V_STORAGE_OBJECT, (id, ), _timeout)

    def ListVStorageObject(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> list[ID]:
        """ListVStorageObject: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 6.5.

        Returns:
            List of ID.

        Raises:
            InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_V_STORAGE_OBJECT, (datastore, ), _timeout)

    def ListVStorageObjectsAttachedToTag(
        self,
        *,
        category: str,
        tag: str,
        _timeout: float | None = None,
    ) -> list[ID]:
        """ListVStorageObjectsAttachedToTag: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            category: string, since 6.5.
            tag: string, since 6.5.

        Returns:
            List of ID.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_V_STORAGE_OBJECTS_ATTACHED_TO_TAG, (category, tag, ), _timeout)

    def ReconcileDatastoreInventory_Task(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconcileDatastoreInventory_Task: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            datastore: reference to Datastore, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONCILE_DATASTORE_INVENTORY_TASK, (datastore, ), _timeout)

    def RegisterDisk(
        self,
        *,
        path: str,
        name: str | None = None,
        _timeout: float | None = None,
    ) -> VStorageObject:
        """RegisterDisk: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            path: string, since 6.5.
            name: string, optional, since 6.5.

        Returns:
            VStorageObject.

        Raises:
            AlreadyExists, FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_DISK, (path, name, ), _timeout)

    def RelocateVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        spec: VslmRelocateSpec,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """RelocateVStorageObject_Task: an operation of VcenterVStorageObjectManager, since 6.5.

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
        return self._transport.invoke(self, _RELOCATE_V_STORAGE_OBJECT_TASK, (id, datastore, spec, ), _timeout)

    def RenameVStorageObject(
        self,
        *,
        id: ID,
        datastore: Datastore,
        name: str,
        _timeout: float | None = None,
    ) -> None:
        """RenameVStorageObject: an operation of VcenterVStorageObjectManager, since 6.5.

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
        return self._transport.invoke(self, _RENAME_V_STORAGE_OBJECT, (id, datastore, name, ), _timeout)

    def RetrieveSnapshotDetails(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        _timeout: float | None = None,
    ) -> VStorageObjectSnapshotDetails:
        """RetrieveSnapshotDetails: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7, needs Datastore.FileManagement on it.
            snapshotId: ID, since 6.7.

        Returns:
            VStorageObjectSnapshotDetails.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_SNAPSHOT_DETAILS, (id, datastore, snapshotId, ), _timeout)

    def RetrieveSnapshotInfo(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> VStorageObjectSnapshotInfo:
        """RetrieveSnapshotInfo: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.

        Returns:
            VStorageObjectSnapshotInfo.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_SNAPSHOT_INFO, (id, datastore, ), _timeout)

    def RetrieveVStorageInfrastructureObjectPolicy(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> list[vslmInfrastructureObjectPolicy]:
        """RetrieveVStorageInfrastructureObjectPolicy: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 6.7.

        Returns:
            List of vslmInfrastructureObjectPolicy.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY, (datastore, ), _timeout)

    def RetrieveVStorageObject(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> VStorageObject:
        """RetrieveVStorageObject: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            VStorageObject.

        Raises:
            FileFault, InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_V_STORAGE_OBJECT, (id, datastore, ), _timeout)

    def RetrieveVStorageObjectAssociations(
        self,
        *,
        ids: list[RetrieveVStorageObjSpec] | None = None,
        _timeout: float | None = None,
    ) -> list[VStorageObjectAssociations]:
        """RetrieveVStorageObjectAssociations: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            ids: list of RetrieveVStorageObjSpec, since 6.7.

        Returns:
            List of VStorageObjectAssociations.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_V_STORAGE_OBJECT_ASSOCIATIONS, (ids, ), _timeout)

    def RetrieveVStorageObjectState(
        self,
        *,
        id: ID,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> VStorageObjectStateInfo:
        """RetrieveVStorageObjectState: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.

        Returns:
            VStorageObjectStateInfo.

        Raises:
            FileFault, InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_V_STORAGE_OBJECT_STATE, (id, datastore, ), _timeout)

    def RevertVStorageObject_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RevertVStorageObject_Task: an operation of VcenterVStorageObjectManager, since 6.7.

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
        return self._transport.invoke(self, _REVERT_V_STORAGE_OBJECT_TASK, (id, datastore, snapshotId, ), _timeout)

    def ScheduleReconcileDatastoreInventory(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> None:
        """ScheduleReconcileDatastoreInventory: an operation of VcenterVStorageObjectManager, since 6.5.

        Privilege: System.View.

        Args:
            datastore: reference to Datastore, since 6.5.

        Returns:
            None.

        Raises:
            InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _SCHEDULE_RECONCILE_DATASTORE_INVENTORY, (datastore, ), _timeout)

    def SetVStorageObjectControlFlags(
        self,
        *,
        id: ID,
        datastore: Datastore,
        controlFlags: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetVStorageObjectControlFlags: an operation of VcenterVStorageObjectManager, since 6.7.

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
        return self._transport.invoke(self, _SET_V_STORAGE_OBJECT_CONTROL_FLAGS, (id, datastore, controlFlags, ), _timeout)

    def UpdateVStorageInfrastructureObjectPolicy_Task(
        self,
        *,
        spec: vslmInfrastructureObjectPolicySpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateVStorageInfrastructureObjectPolicy_Task: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            spec: vslmInfrastructureObjectPolicySpec, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidDatastore, InvalidState, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_V_STORAGE_INFRASTRUCTURE_OBJECT_POLICY_TASK, (spec, ), _timeout)

    def UpdateVStorageObjectCrypto_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        disksCrypto: DiskCryptoSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateVStorageObjectCrypto_Task: an operation of VcenterVStorageObjectManager, since 7.0.0.0.

        Privilege: System.View.

        Args:
            id: ID, since 7.0.0.0.
            datastore: reference to Datastore, since 7.0.0.0.
            profile: list of VirtualMachineProfileSpec, since 7.0.0.0.
            disksCrypto: DiskCryptoSpec, optional, since 7.0.0.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_V_STORAGE_OBJECT_CRYPTO_TASK, (id, datastore, profile, disksCrypto, ), _timeout)

    def UpdateVStorageObjectPolicy_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateVStorageObjectPolicy_Task: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.
            profile: list of VirtualMachineProfileSpec, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, NotFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_V_STORAGE_OBJECT_POLICY_TASK, (id, datastore, profile, ), _timeout)

    def VCenterUpdateVStorageObjectMetadataEx_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        metadata: list[KeyValue] | None = None,
        deleteKeys: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[VStorageObject]:
        """VCenterUpdateVStorageObjectMetadataEx_Task: an operation of VcenterVStorageObjectManager, since 7.0.2.0.

        Privilege: System.View.

        Args:
            id: ID, since 7.0.2.0.
            datastore: reference to Datastore, since 7.0.2.0, needs Datastore.FileManagement on it.
            metadata: list of KeyValue, since 7.0.2.0.
            deleteKeys: list of string, since 7.0.2.0.

        Returns:
            A reference to the Task; its result is VStorageObject.

        Raises:
            InvalidDatastore, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _V_CENTER_UPDATE_V_STORAGE_OBJECT_METADATA_EX_TASK, (id, datastore, metadata, deleteKeys, ), _timeout)

    def VStorageObjectCreateSnapshot_Task(
        self,
        *,
        id: ID,
        datastore: Datastore,
        description: str,
        _timeout: float | None = None,
    ) -> Task[ID]:
        """VStorageObjectCreateSnapshot_Task: an operation of VcenterVStorageObjectManager, since 6.7.

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
        return self._transport.invoke(self, _V_STORAGE_OBJECT_CREATE_SNAPSHOT_TASK, (id, datastore, description, ), _timeout)

    def VstorageObjectVCenterQueryChangedDiskAreas(
        self,
        *,
        id: ID,
        datastore: Datastore,
        snapshotId: ID,
        startOffset: int,
        changeId: str,
        _timeout: float | None = None,
    ) -> DiskChangeInfo:
        """VstorageObjectVCenterQueryChangedDiskAreas: an operation of VcenterVStorageObjectManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: ID, since 6.7.
            datastore: reference to Datastore, since 6.7.
            snapshotId: ID, since 6.7.
            startOffset: long, since 6.7.
            changeId: string, since 6.7.

        Returns:
            DiskChangeInfo.

        Raises:
            FileFault, InvalidDatastore, InvalidState, NotFound, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _VSTORAGE_OBJECT_V_CENTER_QUERY_CHANGED_DISK_AREAS, (id, datastore, snapshotId, startOffset, changeId, ), _timeout)
