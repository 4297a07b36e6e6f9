# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TaskFilterSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import TaskInfoStateValue
    from ..managed.alarm import Alarm
    from ..managed.scheduled_task import ScheduledTask
    from .task_filter_spec_by_entity import TaskFilterSpecByEntity
    from .task_filter_spec_by_time import TaskFilterSpecByTime
    from .task_filter_spec_by_username import TaskFilterSpecByUsername


class TaskFilterSpec(DynamicData):
    """TaskFilterSpec: data object extending DynamicData, since 2.0.

    Attributes:
        entity: TaskFilterSpecByEntity, optional, since 2.0.
        time: TaskFilterSpecByTime, optional, since 2.0.
        userName: TaskFilterSpecByUsername, optional, since 2.0.
        activationId: list of string, since 6.0.
        state: list of TaskInfoState value (str), since 2.0.
        alarm: reference to Alarm, optional, since 2.0.
        scheduledTask: reference to ScheduledTask, optional, since 2.0.
        eventChainId: list of int, since 4.0.
        tag: list of string, since 4.0.
        parentTaskKey: list of string, since 4.0.
        rootTaskKey: list of string, since 4.0.
    """

    __slots__ = ("entity", "time", "userName", "activationId", "state", "alarm", "scheduledTask", "eventChainId", "tag", "parentTaskKey", "rootTaskKey", )
    _wire_name_: ClassVar[str] = "TaskFilterSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "TaskFilterSpecByEntity", 2, "2.0"),
        _F("time", "TaskFilterSpecByTime", 2, "2.0"),
        _F("userName", "TaskFilterSpecByUsername", 2, "2.0"),
        _F("activationId", "string", 3, "6.0"),
        _F("state", "TaskInfoState", 3, "2.0"),
        _F("alarm", "ManagedObjectReference", 2, "2.0", target="Alarm"),
        _F("scheduledTask", "ManagedObjectReference", 2, "2.0", target="ScheduledTask"),
        _F("eventChainId", "int", 3, "4.0"),
        _F("tag", "string", 3, "4.0"),
        _F("parentTaskKey", "string", 3, "4.0"),
        _F("rootTaskKey", "string", 3, "4.0"),
    )
    entity: TaskFilterSpecByEntity | None
    time: TaskFilterSpecByTime | None
    userName: TaskFilterSpecByUsername | None
    activationId: list[str]
    state: list[str]
    alarm: Alarm | None
    scheduledTask: ScheduledTask | None
    eventChainId: list[int]
    tag: list[str]
    parentTaskKey: list[str]
    rootTaskKey: list[str]

    def __init__(
        self,
        *,
        entity: TaskFilterSpecByEntity | None = None,
        time: TaskFilterSpecByTime | None = None,
        userName: TaskFilterSpecByUsername | None = None,
        activationId: list[str] | None = None,
        state: Sequence[TaskInfoStateValue | EnumValue] | None = None,
        alarm: Alarm | None = None,
        scheduledTask: ScheduledTask | None = None,
        eventChainId: list[int] | None = None,
        tag: list[str] | None = None,
        parentTaskKey: list[str] | None = None,
        rootTaskKey: list[str] | None = None,
    ) -> None:
        self.entity = entity
        self.time = time
        self.userName = userName
        self.activationId = [] if activationId is None else activationId
        self.state = [] if state is None else list(state)
        self.alarm = alarm
        self.scheduledTask = scheduledTask
        self.eventChainId = [] if eventChainId is None else eventChainId
        self.tag = [] if tag is None else tag
        self.parentTaskKey = [] if parentTaskKey is None else parentTaskKey
        self.rootTaskKey = [] if rootTaskKey is None else rootTaskKey
