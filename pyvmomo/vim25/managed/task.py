# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Task: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING, TypeVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into
from pyvmomo.task import TaskMixin as _TaskMixin

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import TaskInfoStateValue
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault
    from ..types.task_info import TaskInfo

_R = TypeVar("_R", covariant=True)

_CANCEL_TASK: _Operation[None] = _Operation(
    "CancelTask",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_SET_TASK_DESCRIPTION: _Operation[None] = _Operation(
    "SetTaskDescription",
    (_F("description", "LocalizableMessage", 0, "4.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Task.Update",
    safe=False,
    task_result=None,
)

_SET_TASK_STATE: _Operation[None] = _Operation(
    "SetTaskState",
    (_F("state", "TaskInfoState", 0, "2.5"), _F("result", "anyType", 2, "2.5"), _F("fault", "LocalizedMethodFault", 2, "2.5"), ),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="2.5",
    privilege="Task.Update",
    safe=False,
    task_result=None,
)

_UPDATE_PROGRESS: _Operation[None] = _Operation(
    "UpdateProgress",
    (_F("percentDone", "int", 0, "2.5"), ),
    None,
    faults=("InvalidState", "OutOfBounds", "RuntimeFault", ),
    since="2.5",
    privilege="Task.Update",
    safe=False,
    task_result=None,
)


class TaskProperties(ExtensibleManagedObjectProperties):
    """Task's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", )
    obj: Task[object]  # pyright: ignore[reportIncompatibleVariableOverride]
    info: TaskInfo


class Task(ExtensibleManagedObject, _TaskMixin[_R]):
    """Task: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: TaskInfo, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Task"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "TaskInfo", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CancelTask": _CANCEL_TASK,
        "SetTaskDescription": _SET_TASK_DESCRIPTION,
        "SetTaskState": _SET_TASK_STATE,
        "UpdateProgress": _UPDATE_PROGRESS,
    }
    _property_class_ = TaskProperties

    def fetch(self, *paths: str) -> TaskProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, TaskProperties, paths)

    def CancelTask(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """CancelTask: an operation of Task, since 2.0.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CANCEL_TASK, (), _timeout)

    def SetTaskDescription(
        self,
        *,
        description: LocalizableMessage,
        _timeout: float | None = None,
    ) -> None:
        """SetTaskDescription: an operation of Task, since 4.0.

        Privilege: Task.Update.

        Args:
            description: LocalizableMessage, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_TASK_DESCRIPTION, (description, ), _timeout)

    def SetTaskState(
        self,
        *,
        state: TaskInfoStateValue | EnumValue,
        result: Any | None = None,
        fault: LocalizedMethodFault | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetTaskState: an operation of Task, since 2.5.

        Privilege: Task.Update.

        Args:
            state: TaskInfoState value (str), since 2.5.
            result: any value (xsd:anyType), optional, since 2.5.
            fault: LocalizedMethodFault, optional, since 2.5.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_TASK_STATE, (state, result, fault, ), _timeout)

    def UpdateProgress(
        self,
        *,
        percentDone: int,
        _timeout: float | None = None,
    ) -> None:
        """UpdateProgress: an operation of Task, since 2.5.

        Privilege: Task.Update.

        Args:
            percentDone: int, since 2.5.

        Returns:
            None.

        Raises:
            InvalidState, OutOfBounds, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_PROGRESS, (percentDone, ), _timeout)
