# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""Task: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING, TypeVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into
from pyvmomo.task import TaskMixin as _TaskMixin

if TYPE_CHECKING:
    from ..types.task_info import TaskInfo

_R = TypeVar("_R", covariant=True)

_SET_TASK_STATE: _Operation[None] = _Operation(
    "SetTaskState",
    (_F("state", "string", 0, "7.0.3.0"), _F("result", "anyType", 2, "7.0.3.0"), ),
    None,
    faults=(),
    since="7.0.3.0",
    privilege="Task.Update",
    safe=False,
    task_result=None,
)


class TaskProperties(_ObjectProperties["Task[object]"]):
    """Task's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", )
    info: TaskInfo


class Task(_ManagedObject, _TaskMixin[_R]):
    """Task: managed object proxy, since 7.0.3.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: TaskInfo, since 7.0.3.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Task"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "TaskInfo", 0, "7.0.3.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "SetTaskState": _SET_TASK_STATE,
    }
    _property_class_ = TaskProperties

    def fetch(self, *paths: str) -> TaskProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, TaskProperties, paths)

    def SetTaskState(
        self,
        *,
        state: str,
        result: Any | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetTaskState: an operation of Task, since 7.0.3.0.

        Privilege: Task.Update.

        Args:
            state: string, since 7.0.3.0.
            result: any value (xsd:anyType), optional, since 7.0.3.0.

        Returns:
            None.
        """
        return self._transport.invoke(self, _SET_TASK_STATE, (state, result, ), _timeout)
