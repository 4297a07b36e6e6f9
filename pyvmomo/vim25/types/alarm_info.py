# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmInfo: data object type, extends AlarmSpec. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .alarm_spec import AlarmSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ..managed.alarm import Alarm
    from .alarm_action import AlarmAction
    from .alarm_expression import AlarmExpression
    from .alarm_setting import AlarmSetting
    from ..managed.managed_entity import ManagedEntity


class AlarmInfo(AlarmSpec):
    """AlarmInfo: data object extending AlarmSpec, since 2.0.

    Attributes:
        key: string, since 2.0.
        alarm: reference to Alarm, since 2.0.
        entity: reference to ManagedEntity, since 2.0.
        lastModifiedTime: dateTime, since 2.0.
        lastModifiedUser: string, since 2.0.
        creationEventId: int, since 2.0.
    """

    __slots__ = ("key", "alarm", "entity", "lastModifiedTime", "lastModifiedUser", "creationEventId", )
    _wire_name_: ClassVar[str] = "AlarmInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("systemName", "string", 2, "5.0"),
        _F("description", "string", 0, "2.0"),
        _F("enabled", "boolean", 0, "2.0"),
        _F("expression", "AlarmExpression", 0, "2.0"),
        _F("action", "AlarmAction", 2, "2.0"),
        _F("actionFrequency", "int", 2, "4.0"),
        _F("setting", "AlarmSetting", 2, "2.0"),
        _F("key", "string", 0, "2.0"),
        _F("alarm", "ManagedObjectReference", 0, "2.0", target="Alarm"),
        _F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"),
        _F("lastModifiedTime", "dateTime", 0, "2.0"),
        _F("lastModifiedUser", "string", 0, "2.0"),
        _F("creationEventId", "int", 0, "2.0"),
    )
    key: str
    alarm: Alarm
    entity: ManagedEntity
    lastModifiedTime: datetime
    lastModifiedUser: str
    creationEventId: int

    def __init__(
        self,
        *,
        name: str,
        description: str,
        enabled: bool,
        expression: AlarmExpression,
        key: str,
        alarm: Alarm,
        entity: ManagedEntity,
        lastModifiedTime: datetime,
        lastModifiedUser: str,
        creationEventId: int,
        systemName: str | None = None,
        action: AlarmAction | None = None,
        actionFrequency: int | None = None,
        setting: AlarmSetting | None = None,
    ) -> None:
        self.name = name
        self.systemName = systemName
        self.description = description
        self.enabled = enabled
        self.expression = expression
        self.action = action
        self.actionFrequency = actionFrequency
        self.setting = setting
        self.key = key
        self.alarm = alarm
        self.entity = entity
        self.lastModifiedTime = lastModifiedTime
        self.lastModifiedUser = lastModifiedUser
        self.creationEventId = creationEventId
