# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TaskManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .task import Task
    from ..types.task_description import TaskDescription
    from ..types.task_filter_spec import TaskFilterSpec
    from .task_history_collector import TaskHistoryCollector
    from ..types.task_info import TaskInfo

_CREATE_COLLECTOR_FOR_TASKS: _Operation[TaskHistoryCollector] = _Operation(
    "CreateCollectorForTasks",
    (_F("filter", "TaskFilterSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="TaskHistoryCollector"),
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_TASK: _Operation[TaskInfo] = _Operation(
    "CreateTask",
    (_F("obj", "ManagedObjectReference", 0, "2.5"), _F("taskTypeId", "string", 0, "2.5"), _F("initiatedBy", "string", 2, "2.5"), _F("cancelable", "boolean", 0, "2.5"), _F("parentTaskKey", "string", 2, "4.0"), _F("activationId", "string", 2, "6.0"), ),
    _F("returnval", "TaskInfo", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Task.Create",
    safe=False,
    task_result=None,
)


class TaskManagerProperties(_ObjectProperties["TaskManager"]):
    """TaskManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("recentTask", "description", "maxCollector", )
    recentTask: list[Task[object]]
    description: TaskDescription
    maxCollector: int


class TaskManager(_ManagedObject):
    """TaskManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        recentTask: list of references to Task, since 2.0, read privilege System.View.
        description: TaskDescription, since 2.0, read privilege System.View.
        maxCollector: int, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "TaskManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "recentTask": _F("recentTask", "ManagedObjectReference", 3, "2.0", target="Task"),
        "description": _F("description", "TaskDescription", 0, "2.0"),
        "maxCollector": _F("maxCollector", "int", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateCollectorForTasks": _CREATE_COLLECTOR_FOR_TASKS,
        "CreateTask": _CREATE_TASK,
    }
    _property_class_ = TaskManagerProperties

    def fetch(self, *paths: str) -> TaskManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, TaskManagerProperties, paths)

    def CreateCollectorForTasks(
        self,
        *,
        filter: TaskFilterSpec,
        _timeout: float | None = None,
    ) -> TaskHistoryCollector:
        """CreateCollectorForTasks: an operation of TaskManager, since 2.0.

        Privilege: System.View.

        Args:
            filter: TaskFilterSpec, since 2.0.

        Returns:
            Reference to TaskHistoryCollector.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_COLLECTOR_FOR_TASKS, (filter, ), _timeout)

    def CreateTask(
        self,
        *,
        obj: _ManagedObject,
        taskTypeId: str,
        cancelable: bool,
        initiatedBy: str | None = None,
        parentTaskKey: str | None = None,
        activationId: str | None = None,
        _timeout: float | None = None,
    ) -> TaskInfo:
        """CreateTask: an operation of TaskManager, since 2.5.

        Privilege: Task.Create.

        Args:
            obj: reference to any managed object, since 2.5.
            taskTypeId: string, since 2.5.
            initiatedBy: string, optional, since 2.5.
            cancelable: boolean, since 2.5.
            parentTaskKey: string, optional, since 4.0.
            activationId: string, optional, since 6.0.

        Returns:
            TaskInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_TASK, (obj, taskTypeId, initiatedBy, cancelable, parentTaskKey, activationId, ), _timeout)
