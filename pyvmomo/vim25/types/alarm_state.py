# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmState: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from ..managed.alarm import Alarm
    from ..managed.managed_entity import ManagedEntity


class AlarmState(DynamicData):
    """AlarmState: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        entity: reference to ManagedEntity, since 2.0.
        alarm: reference to Alarm, since 2.0.
        overallStatus: ManagedEntityStatus value (str), since 2.0.
        time: dateTime, since 2.0.
        acknowledged: boolean, optional, since 4.0.
        acknowledgedByUser: string, optional, since 4.0.
        acknowledgedTime: dateTime, optional, since 4.0.
        eventKey: int, optional, since 6.0.
        disabled: boolean, optional, since 6.9.1.
    """

    __slots__ = ("key", "entity", "alarm", "overallStatus", "time", "acknowledged", "acknowledgedByUser", "acknowledgedTime", "eventKey", "disabled", )
    _wire_name_: ClassVar[str] = "AlarmState"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"),
        _F("alarm", "ManagedObjectReference", 0, "2.0", target="Alarm"),
        _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
        _F("time", "dateTime", 0, "2.0"),
        _F("acknowledged", "boolean", 2, "4.0"),
        _F("acknowledgedByUser", "string", 2, "4.0"),
        _F("acknowledgedTime", "dateTime", 2, "4.0"),
        _F("eventKey", "int", 2, "6.0"),
        _F("disabled", "boolean", 2, "6.9.1"),
    )
    key: str
    entity: ManagedEntity
    alarm: Alarm
    overallStatus: str
    time: datetime
    acknowledged: bool | None
    acknowledgedByUser: str | None
    acknowledgedTime: datetime | None
    eventKey: int | None
    disabled: bool | None

    def __init__(
        self,
        *,
        key: str,
        entity: ManagedEntity,
        alarm: Alarm,
        overallStatus: ManagedEntityStatusValue | EnumValue,
        time: datetime,
        acknowledged: bool | None = None,
        acknowledgedByUser: str | None = None,
        acknowledgedTime: datetime | None = None,
        eventKey: int | None = None,
        disabled: bool | None = None,
    ) -> None:
        self.key = key
        self.entity = entity
        self.alarm = alarm
        self.overallStatus = overallStatus
        self.time = time
        self.acknowledged = acknowledged
        self.acknowledgedByUser = acknowledgedByUser
        self.acknowledgedTime = acknowledgedTime
        self.eventKey = eventKey
        self.disabled = disabled
