# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""FileManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..faults.method_fault import MethodFault
    from ..types.task_report import TaskReport

_DELETE_FILE: _Operation[None] = _Operation(
    "DeleteFile",
    (_F("name", "string", 0, "7.0.3.0"), ),
    None,
    faults=("FileFault", "FileNotFound", "RuntimeFault", ),
    since="7.0.3.0",
    privilege="Datastore.DeleteFile",
    safe=False,
    task_result=None,
)

_REPORT_FAULT: _Operation[TaskReport] = _Operation(
    "ReportFault",
    (_F("fault", "MethodFault", 0, "7.0.3.0"), ),
    _F("returnval", "TaskReport", 0, "7.0.3.0"),
    faults=("RuntimeFault", ),
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
        "DeleteFile": _DELETE_FILE,
        "ReportFault": _REPORT_FAULT,
    }
    _property_class_ = FileManagerProperties

    def fetch(self, *paths: str) -> FileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, FileManagerProperties, paths)

    def DeleteFile(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteFile: an operation of FileManager, since 7.0.3.0.

        Privilege: Datastore.DeleteFile.

        Args:
            name: string, since 7.0.3.0.

        Returns:
            None.

        Raises:
            FileFault, FileNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_FILE, (name, ), _timeout)

    def ReportFault(
        self,
        *,
        fault: MethodFault,
        _timeout: float | None = None,
    ) -> TaskReport:
        """ReportFault: an operation of FileManager, since 7.0.3.0.

        Args:
            fault: MethodFault, since 7.0.3.0.

        Returns:
            TaskReport.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REPORT_FAULT, (fault, ), _timeout)
