# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 31d6db253c59, wsdl/catalogue.json b16e28f45cb7
"""FileManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datacenter import Datacenter
    from ..types.move_spec import MoveSpec
    from .task import Task

_MOVE_FILE_TASK: _Operation[Task[None]] = _Operation(
    "MoveFile_Task",
    (_F("sourceName", "string", 0, "7.0.3.0"), _F("sourceDatacenter", "ManagedObjectReference", 2, "7.0.3.0", target="Datacenter"), _F("destinationName", "string", 0, "7.0.3.0"), _F("destinationDatacenter", "ManagedObjectReference", 2, "7.0.3.0", target="Datacenter"), _F("force", "boolean", 2, "7.0.3.0"), _F("paths", "string", 1, "7.0.3.0"), _F("spec", "MoveSpec", 2, "7.0.3.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.3.0", target="Task"),
    faults=(),
    since="7.0.3.0",
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
    """FileManager: managed object proxy, since 7.0.3.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "FileManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "MoveFile_Task": _MOVE_FILE_TASK,
    }
    _property_class_ = FileManagerProperties

    def fetch(self, *paths: str) -> FileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, FileManagerProperties, paths)

    def MoveFile_Task(
        self,
        *,
        sourceName: str,
        destinationName: str,
        paths: list[str],
        sourceDatacenter: Datacenter | None = None,
        destinationDatacenter: Datacenter | None = None,
        force: bool | None = None,
        spec: MoveSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MoveFile_Task: an operation of FileManager, since 7.0.3.0.

        Args:
            sourceName: string, since 7.0.3.0.
            sourceDatacenter: reference to Datacenter, optional, since 7.0.3.0, needs System.View on it.
            destinationName: string, since 7.0.3.0.
            destinationDatacenter: reference to Datacenter, optional, since 7.0.3.0, needs System.View on it.
            force: boolean, optional, since 7.0.3.0.
            paths: list of string, since 7.0.3.0.
            spec: MoveSpec, optional, since 7.0.3.0.

        Returns:
            A reference to the Task; its result is empty.
        """
        return self._transport.invoke(self, _MOVE_FILE_TASK, (sourceName, sourceDatacenter, destinationName, destinationDatacenter, force, paths, spec, ), _timeout)
