# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ScheduledTaskInfo: data object type, extends ScheduledTaskSpec. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .scheduled_task_spec import ScheduledTaskSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import TaskInfoStateValue
    from .action import Action
    from .localized_method_fault import LocalizedMethodFault
    from ..managed.managed_entity import ManagedEntity
    from ..managed.scheduled_task import ScheduledTask
    from ..managed.task import Task
    from .task_scheduler import TaskScheduler
    from pyvmomo._base import ManagedObject as _ManagedObject


class ScheduledTaskInfo(ScheduledTaskSpec):
    """ScheduledTaskInfo: data object extending ScheduledTaskSpec, since 2.0.

    Attributes:
        scheduledTask: reference to ScheduledTask, since 2.0.
        entity: reference to ManagedEntity, since 2.0.
        lastModifiedTime: dateTime, since 2.0.
        lastModifiedUser: string, since 2.0.
        nextRunTime: dateTime, optional, since 2.0.
        prevRunTime: dateTime, optional, since 2.0.
        state: TaskInfoState value (str), since 2.0.
        error: LocalizedMethodFault, optional, since 2.0.
        result: any value (xsd:anyType), optional, since 2.0.
        progress: int, optional, since 2.0.
        activeTask: reference to Task, optional, since 2.0.
        taskObject: reference to any managed object, optional, since 4.0.
    """

    __slots__ = ("scheduledTask", "entity", "lastModifiedTime", "lastModifiedUser", "nextRunTime", "prevRunTime", "state", "error", "result", "progress", "activeTask", "taskObject", )
    _wire_name_: ClassVar[str] = "ScheduledTaskInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("description", "string", 0, "2.0"),
        _F("enabled", "boolean", 0, "2.0"),
        _F("scheduler", "TaskScheduler", 0, "2.0"),
        _F("action", "Action", 0, "2.0"),
        _F("notification", "string", 2, "2.0"),
        _F("scheduledTask", "ManagedObjectReference", 0, "2.0", target="ScheduledTask"),
        _F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"),
        _F("lastModifiedTime", "dateTime", 0, "2.0"),
        _F("lastModifiedUser", "string", 0, "2.0"),
        _F("nextRunTime", "dateTime", 2, "2.0"),
        _F("prevRunTime", "dateTime", 2, "2.0"),
        _F("state", "TaskInfoState", 0, "2.0"),
        _F("error", "LocalizedMethodFault", 2, "2.0"),
        _F("result", "anyType", 2, "2.0"),
        _F("progress", "int", 2, "2.0"),
        _F("activeTask", "ManagedObjectReference", 2, "2.0", target="Task"),
        _F("taskObject", "ManagedObjectReference", 2, "4.0"),
    )
    scheduledTask: ScheduledTask
    entity: ManagedEntity
    lastModifiedTime: datetime
    lastModifiedUser: str
    nextRunTime: datetime | None
    prevRunTime: datetime | None
    state: str
    error: LocalizedMethodFault | None
    result: Any | None
    progress: int | None
    activeTask: Task[object] | None
    taskObject: _ManagedObject | None

    def __init__(
        self,
        *,
        name: str,
        description: str,
        enabled: bool,
        scheduler: TaskScheduler,
        action: Action,
        scheduledTask: ScheduledTask,
        entity: ManagedEntity,
        lastModifiedTime: datetime,
        lastModifiedUser: str,
        state: TaskInfoStateValue | EnumValue,
        notification: str | None = None,
        nextRunTime: datetime | None = None,
        prevRunTime: datetime | None = None,
        error: LocalizedMethodFault | None = None,
        result: Any | None = None,
        progress: int | None = None,
        activeTask: Task[object] | None = None,
        taskObject: _ManagedObject | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.enabled = enabled
        self.scheduler = scheduler
        self.action = action
        self.notification = notification
        self.scheduledTask = scheduledTask
        self.entity = entity
        self.lastModifiedTime = lastModifiedTime
        self.lastModifiedUser = lastModifiedUser
        self.nextRunTime = nextRunTime
        self.prevRunTime = prevRunTime
        self.state = state
        self.error = error
        self.result = result
        self.progress = progress
        self.activeTask = activeTask
        self.taskObject = taskObject
