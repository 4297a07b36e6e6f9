# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EventFilterSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.alarm import Alarm
    from .event_filter_spec_by_entity import EventFilterSpecByEntity
    from .event_filter_spec_by_time import EventFilterSpecByTime
    from .event_filter_spec_by_username import EventFilterSpecByUsername
    from ..managed.scheduled_task import ScheduledTask


class EventFilterSpec(DynamicData):
    """EventFilterSpec: data object extending DynamicData, since 2.0.

    Attributes:
        entity: EventFilterSpecByEntity, optional, since 2.0.
        time: EventFilterSpecByTime, optional, since 2.0.
        userName: EventFilterSpecByUsername, optional, since 2.0.
        eventChainId: int, optional, since 2.0.
        alarm: reference to Alarm, optional, since 2.0.
        scheduledTask: reference to ScheduledTask, optional, since 2.0.
        disableFullMessage: boolean, optional, since 2.0.
        category: list of string, since 2.0.
        type: list of string, since 2.0.
        tag: list of string, since 4.0.
        eventTypeId: list of string, since 4.0.
        maxCount: int, optional, since 6.5.
    """

    __slots__ = ("entity", "time", "userName", "eventChainId", "alarm", "scheduledTask", "disableFullMessage", "category", "type", "tag", "eventTypeId", "maxCount", )
    _wire_name_: ClassVar[str] = "EventFilterSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "EventFilterSpecByEntity", 2, "2.0"),
        _F("time", "EventFilterSpecByTime", 2, "2.0"),
        _F("userName", "EventFilterSpecByUsername", 2, "2.0"),
        _F("eventChainId", "int", 2, "2.0"),
        _F("alarm", "ManagedObjectReference", 2, "2.0", target="Alarm"),
        _F("scheduledTask", "ManagedObjectReference", 2, "2.0", target="ScheduledTask"),
        _F("disableFullMessage", "boolean", 2, "2.0"),
        _F("category", "string", 3, "2.0"),
        _F("type", "string", 3, "2.0"),
        _F("tag", "string", 3, "4.0"),
        _F("eventTypeId", "string", 3, "4.0"),
        _F("maxCount", "int", 2, "6.5"),
    )
    entity: EventFilterSpecByEntity | None
    time: EventFilterSpecByTime | None
    userName: EventFilterSpecByUsername | None
    eventChainId: int | None
    alarm: Alarm | None
    scheduledTask: ScheduledTask | None
    disableFullMessage: bool | None
    category: list[str]
    type: list[str]
    tag: list[str]
    eventTypeId: list[str]
    maxCount: int | None

    def __init__(
        self,
        *,
        entity: EventFilterSpecByEntity | None = None,
        time: EventFilterSpecByTime | None = None,
        userName: EventFilterSpecByUsername | None = None,
        eventChainId: int | None = None,
        alarm: Alarm | None = None,
        scheduledTask: ScheduledTask | None = None,
        disableFullMessage: bool | None = None,
        category: list[str] | None = None,
        type: list[str] | None = None,
        tag: list[str] | None = None,
        eventTypeId: list[str] | None = None,
        maxCount: int | None = None,
    ) -> None:
        self.entity = entity
        self.time = time
        self.userName = userName
        self.eventChainId = eventChainId
        self.alarm = alarm
        self.scheduledTask = scheduledTask
        self.disableFullMessage = disableFullMessage
        self.category = [] if category is None else category
        self.type = [] if type is None else type
        self.tag = [] if tag is None else tag
        self.eventTypeId = [] if eventTypeId is None else eventTypeId
        self.maxCount = maxCount
