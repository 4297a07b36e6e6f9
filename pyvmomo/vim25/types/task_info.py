# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TaskInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import TaskInfoStateValue
    from .localizable_message import LocalizableMessage
    from .localized_method_fault import LocalizedMethodFault
    from ..managed.managed_entity import ManagedEntity
    from ..managed.task import Task
    from .task_reason import TaskReason


class TaskInfo(DynamicData):
    """TaskInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        task: reference to Task, since 2.0.
        description: LocalizableMessage, optional, since 4.0.
        name: string, optional, since 2.0.
        descriptionId: string, since 2.0.
        entity: reference to ManagedEntity, optional, since 2.0.
        entityName: string, optional, since 2.0.
        locked: list of references to ManagedEntity, since 2.0.
        state: TaskInfoState value (str), since 2.0.
        cancelled: boolean, since 2.0.
        cancelable: boolean, since 2.0.
        error: LocalizedMethodFault, optional, since 2.0.
        result: any value (xsd:anyType), optional, since 2.0.
        progress: int, optional, since 2.0.
        reason: TaskReason, since 2.0.
        queueTime: dateTime, since 2.0.
        startTime: dateTime, optional, since 2.0.
        completeTime: dateTime, optional, since 2.0.
        eventChainId: int, since 2.0.
        changeTag: string, optional, since 4.0.
        parentTaskKey: string, optional, since 4.0.
        rootTaskKey: string, optional, since 4.0.
        activationId: string, optional, since 6.0.
    """

    __slots__ = ("key", "task", "description", "name", "descriptionId", "entity", "entityName", "locked", "state", "cancelled", "cancelable", "error", "result", "progress", "reason", "queueTime", "startTime", "completeTime", "eventChainId", "changeTag", "parentTaskKey", "rootTaskKey", "activationId", )
    _wire_name_: ClassVar[str] = "TaskInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("task", "ManagedObjectReference", 0, "2.0", target="Task"),
        _F("description", "LocalizableMessage", 2, "4.0"),
        _F("name", "string", 2, "2.0"),
        _F("descriptionId", "string", 0, "2.0"),
        _F("entity", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
        _F("entityName", "string", 2, "2.0"),
        _F("locked", "ManagedObjectReference", 3, "2.0", target="ManagedEntity"),
        _F("state", "TaskInfoState", 0, "2.0"),
        _F("cancelled", "boolean", 0, "2.0"),
        _F("cancelable", "boolean", 0, "2.0"),
        _F("error", "LocalizedMethodFault", 2, "2.0"),
        _F("result", "anyType", 2, "2.0"),
        _F("progress", "int", 2, "2.0"),
        _F("reason", "TaskReason", 0, "2.0"),
        _F("queueTime", "dateTime", 0, "2.0"),
        _F("startTime", "dateTime", 2, "2.0"),
        _F("completeTime", "dateTime", 2, "2.0"),
        _F("eventChainId", "int", 0, "2.0"),
        _F("changeTag", "string", 2, "4.0"),
        _F("parentTaskKey", "string", 2, "4.0"),
        _F("rootTaskKey", "string", 2, "4.0"),
        _F("activationId", "string", 2, "6.0"),
    )
    key: str
    task: Task[object]
    description: LocalizableMessage | None
    name: str | None
    descriptionId: str
    entity: ManagedEntity | None
    entityName: str | None
    locked: list[ManagedEntity]
    state: str
    cancelled: bool
    cancelable: bool
    error: LocalizedMethodFault | None
    result: Any | None
    progress: int | None
    reason: TaskReason
    queueTime: datetime
    startTime: datetime | None
    completeTime: datetime | None
    eventChainId: int
    changeTag: str | None
    parentTaskKey: str | None
    rootTaskKey: str | None
    activationId: str | None

    def __init__(
        self,
        *,
        key: str,
        task: Task[object],
        descriptionId: str,
        state: TaskInfoStateValue | EnumValue,
        cancelled: bool,
        cancelable: bool,
        reason: TaskReason,
        queueTime: datetime,
        eventChainId: int,
        description: LocalizableMessage | None = None,
        name: str | None = None,
        entity: ManagedEntity | None = None,
        entityName: str | None = None,
        locked: Sequence[ManagedEntity] | None = None,
        error: LocalizedMethodFault | None = None,
        result: Any | None = None,
        progress: int | None = None,
        startTime: datetime | None = None,
        completeTime: datetime | None = None,
        changeTag: str | None = None,
        parentTaskKey: str | None = None,
        rootTaskKey: str | None = None,
        activationId: str | None = None,
    ) -> None:
        self.key = key
        self.task = task
        self.description = description
        self.name = name
        self.descriptionId = descriptionId
        self.entity = entity
        self.entityName = entityName
        self.locked = [] if locked is None else list(locked)
        self.state = state
        self.cancelled = cancelled
        self.cancelable = cancelable
        self.error = error
        self.result = result
        self.progress = progress
        self.reason = reason
        self.queueTime = queueTime
        self.startTime = startTime
        self.completeTime = completeTime
        self.eventChainId = eventChainId
        self.changeTag = changeTag
        self.parentTaskKey = parentTaskKey
        self.rootTaskKey = rootTaskKey
        self.activationId = activationId
