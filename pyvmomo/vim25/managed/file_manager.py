# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FileManager: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datacenter import Datacenter
    from .task import Task

_CHANGE_OWNER: _Operation[None] = _Operation(
    "ChangeOwner",
    (_F("name", "string", 0, "4.0"), _F("datacenter", "ManagedObjectReference", 2, "4.0", target="Datacenter"), _F("owner", "string", 0, "4.0"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "UserNotFound", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_COPY_DATASTORE_FILE_TASK: _Operation[Task[None]] = _Operation(
    "CopyDatastoreFile_Task",
    (_F("sourceName", "string", 0, "2.5"), _F("sourceDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("destinationName", "string", 0, "2.5"), _F("destinationDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("force", "boolean", 2, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_DELETE_DATASTORE_FILE_TASK: _Operation[Task[None]] = _Operation(
    "DeleteDatastoreFile_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_MAKE_DIRECTORY: _Operation[None] = _Operation(
    "MakeDirectory",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("createParentDirectories", "boolean", 2, "2.5"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_MOVE_DATASTORE_FILE_TASK: _Operation[Task[None]] = _Operation(
    "MoveDatastoreFile_Task",
    (_F("sourceName", "string", 0, "2.5"), _F("sourceDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("destinationName", "string", 0, "2.5"), _F("destinationDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("force", "boolean", 2, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)


class FileManagerProperties(_ObjectProperties["FileManager"]):
    """FileManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class FileManager(_ManagedObject):
    """FileManager: managed object proxy, since 2.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "FileManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ChangeOwner": _CHANGE_OWNER,
        "CopyDatastoreFile_Task": _COPY_DATASTORE_FILE_TASK,
        "DeleteDatastoreFile_Task": _DELETE_DATASTORE_FILE_TASK,
        "MakeDirectory": _MAKE_DIRECTORY,
        "MoveDatastoreFile_Task": _MOVE_DATASTORE_FILE_TASK,
    }
    _property_class_ = FileManagerProperties

    def fetch(self, *paths: str) -> FileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, FileManagerProperties, paths)

    def ChangeOwner(
        self,
        *,
        name: str,
        owner: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ChangeOwner: an operation of FileManager, since 4.0.

        Args:
            name: string, since 4.0.
            datacenter: reference to Datacenter, optional, since 4.0, needs System.View on it.
            owner: string, since 4.0.

        Returns:
            None.

        Raises:
            FileFault, InvalidDatastore, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_OWNER, (name, datacenter, owner, ), _timeout)

    def CopyDatastoreFile_Task(
        self,
        *,
        sourceName: str,
        destinationName: str,
        sourceDatacenter: Datacenter | None = None,
        destinationDatacenter: Datacenter | None = None,
        force: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """CopyDatastoreFile_Task: an operation of FileManager, since 2.5.

        Args:
            sourceName: string, since 2.5.
            sourceDatacenter: reference to Datacenter, optional, since 2.5, needs System.View on it.
            destinationName: string, since 2.5.
            destinationDatacenter: reference to Datacenter, optional, since 2.5, needs System.View on it.
            force: boolean, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _COPY_DATASTORE_FILE_TASK, (sourceName, sourceDatacenter, destinationName, destinationDatacenter, force, ), _timeout)

    def DeleteDatastoreFile_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DeleteDatastoreFile_Task: an operation of FileManager, since 2.5.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5, needs System.View on it.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_DATASTORE_FILE_TASK, (name, datacenter, ), _timeout)

    def MakeDirectory(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        createParentDirectories: bool | None = None,
        _timeout: float | None = None,
    ) -> None:
        """MakeDirectory: an operation of FileManager, since 2.5.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5, needs System.View on it.
            createParentDirectories: boolean, optional, since 2.5.

        Returns:
            None.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _MAKE_DIRECTORY, (name, datacenter, createParentDirectories, ), _timeout)

    def MoveDatastoreFile_Task(
        self,
        *,
        sourceName: str,
        destinationName: str,
        sourceDatacenter: Datacenter | None = None,
        destinationDatacenter: Datacenter | None = None,
        force: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MoveDatastoreFile_Task: an operation of FileManager, since 2.5.

        Args:
            sourceName: string, since 2.5.
            sourceDatacenter: reference to Datacenter, optional, since 2.5, needs System.View on it.
            destinationName: string, since 2.5.
            destinationDatacenter: reference to Datacenter, optional, since 2.5, needs System.View on it.
            force: boolean, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_DATASTORE_FILE_TASK, (sourceName, sourceDatacenter, destinationName, destinationDatacenter, force, ), _timeout)
