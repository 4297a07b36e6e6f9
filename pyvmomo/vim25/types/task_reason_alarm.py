# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TaskReasonAlarm: data object type, extends TaskReason. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .task_reason import TaskReason
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.alarm import Alarm
    from ..managed.managed_entity import ManagedEntity


class TaskReasonAlarm(TaskReason):
    """TaskReasonAlarm: data object extending TaskReason, since 2.0.

    Attributes:
        alarmName: string, since 2.0.
        alarm: reference to Alarm, since 2.0.
        entityName: string, since 2.0.
        entity: reference to ManagedEntity, since 2.0.
    """

    __slots__ = ("alarmName", "alarm", "entityName", "entity", )
    _wire_name_: ClassVar[str] = "TaskReasonAlarm"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("alarmName", "string", 0, "2.0"),
        _F("alarm", "ManagedObjectReference", 0, "2.0", target="Alarm"),
        _F("entityName", "string", 0, "2.0"),
        _F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"),
    )
    alarmName: str
    alarm: Alarm
    entityName: str
    entity: ManagedEntity

    def __init__(
        self,
        *,
        alarmName: str,
        alarm: Alarm,
        entityName: str,
        entity: ManagedEntity,
    ) -> None:
        self.alarmName = alarmName
        self.alarm = alarm
        self.entityName = entityName
        self.entity = entity
