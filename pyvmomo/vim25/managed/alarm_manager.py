# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .alarm import Alarm
    from ..types.alarm_description import AlarmDescription
    from ..types.alarm_expression import AlarmExpression
    from ..types.alarm_filter_spec import AlarmFilterSpec
    from ..types.alarm_spec import AlarmSpec
    from ..types.alarm_state import AlarmState
    from .managed_entity import ManagedEntity

_ACKNOWLEDGE_ALARM: _Operation[None] = _Operation(
    "AcknowledgeAlarm",
    (_F("alarm", "ManagedObjectReference", 0, "4.0", target="Alarm"), _F("entity", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_ARE_ALARM_ACTIONS_ENABLED: _Operation[bool] = _Operation(
    "AreAlarmActionsEnabled",
    (_F("entity", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), ),
    _F("returnval", "boolean", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_CLEAR_TRIGGERED_ALARMS: _Operation[None] = _Operation(
    "ClearTriggeredAlarms",
    (_F("filter", "AlarmFilterSpec", 0, "6.7"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.7",
    privilege="Alarm.SetStatus",
    safe=False,
    task_result=None,
)

_CREATE_ALARM: _Operation[Alarm] = _Operation(
    "CreateAlarm",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("spec", "AlarmSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Alarm"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_DISABLE_ALARM: _Operation[None] = _Operation(
    "DisableAlarm",
    (_F("alarm", "ManagedObjectReference", 0, "6.9.1", target="Alarm"), _F("entity", "ManagedObjectReference", 0, "6.9.1", target="ManagedEntity"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.9.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_ENABLE_ALARM: _Operation[None] = _Operation(
    "EnableAlarm",
    (_F("alarm", "ManagedObjectReference", 0, "6.9.1", target="Alarm"), _F("entity", "ManagedObjectReference", 0, "6.9.1", target="ManagedEntity"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.9.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_ENABLE_ALARM_ACTIONS: _Operation[None] = _Operation(
    "EnableAlarmActions",
    (_F("entity", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), _F("enabled", "boolean", 0, "4.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_GET_ALARM: _Operation[list[Alarm]] = _Operation(
    "GetAlarm",
    (_F("entity", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 3, "2.0", target="Alarm"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_GET_ALARM_STATE: _Operation[list[AlarmState]] = _Operation(
    "GetAlarmState",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), ),
    _F("returnval", "AlarmState", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=True,
    task_result=None,
)


class AlarmManagerProperties(_ObjectProperties["AlarmManager"]):
    """AlarmManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("defaultExpression", "description", )
    defaultExpression: list[AlarmExpression]
    description: AlarmDescription


class AlarmManager(_ManagedObject):
    """AlarmManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        defaultExpression: list of AlarmExpression, since 2.0, read privilege System.View.
        description: AlarmDescription, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "AlarmManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "defaultExpression": _F("defaultExpression", "AlarmExpression", 3, "2.0"),
        "description": _F("description", "AlarmDescription", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AcknowledgeAlarm": _ACKNOWLEDGE_ALARM,
        "AreAlarmActionsEnabled": _ARE_ALARM_ACTIONS_ENABLED,
        "ClearTriggeredAlarms": _CLEAR_TRIGGERED_ALARMS,
        "CreateAlarm": _CREATE_ALARM,
        "DisableAlarm": _DISABLE_ALARM,
        "EnableAlarm": _ENABLE_ALARM,
        "EnableAlarmActions": _ENABLE_ALARM_ACTIONS,
        "GetAlarm": _GET_ALARM,
        "GetAlarmState": _GET_ALARM_STATE,
    }
    _property_class_ = AlarmManagerProperties

    def fetch(self, *paths: str) -> AlarmManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, AlarmManagerProperties, paths)

    def AcknowledgeAlarm(
        self,
        *,
        alarm: Alarm,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> None:
        """AcknowledgeAlarm: an operation of AlarmManager, since 4.0.

        Args:
            alarm: reference to Alarm, since 4.0, needs Alarm.Acknowledge on it.
            entity: reference to ManagedEntity, since 4.0, needs System.Read on it.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ACKNOWLEDGE_ALARM, (alarm, entity, ), _timeout)

    def AreAlarmActionsEnabled(
        self,
        *,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> bool:
        """AreAlarmActionsEnabled: an operation of AlarmManager, since 4.0.

        Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, since 4.0, needs System.Read on it.

        Returns:
            Boolean.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ARE_ALARM_ACTIONS_ENABLED, (entity, ), _timeout)

    def ClearTriggeredAlarms(
        self,
        *,
        filter: AlarmFilterSpec,
        _timeout: float | None = None,
    ) -> None:
        """ClearTriggeredAlarms: an operation of AlarmManager, since 6.7.

        Privilege: Alarm.SetStatus.

        Args:
            filter: AlarmFilterSpec, since 6.7.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CLEAR_TRIGGERED_ALARMS, (filter, ), _timeout)

    def CreateAlarm(
        self,
        *,
        entity: ManagedEntity,
        spec: AlarmSpec,
        _timeout: float | None = None,
    ) -> Alarm:
        """CreateAlarm: an operation of AlarmManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs Alarm.Create on it.
            spec: AlarmSpec, since 2.0.

        Returns:
            Reference to Alarm.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_ALARM, (entity, spec, ), _timeout)

    def DisableAlarm(
        self,
        *,
        alarm: Alarm,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> None:
        """DisableAlarm: an operation of AlarmManager, since 6.9.1.

        Args:
            alarm: reference to Alarm, since 6.9.1, needs Alarm.ToggleEnableOnEntity on it.
            entity: reference to ManagedEntity, since 6.9.1, needs System.Read on it.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_ALARM, (alarm, entity, ), _timeout)

    def EnableAlarm(
        self,
        *,
        alarm: Alarm,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> None:
        """EnableAlarm: an operation of AlarmManager, since 6.9.1.

        Args:
            alarm: reference to Alarm, since 6.9.1, needs Alarm.ToggleEnableOnEntity on it.
            entity: reference to ManagedEntity, since 6.9.1, needs System.Read on it.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_ALARM, (alarm, entity, ), _timeout)

    def EnableAlarmActions(
        self,
        *,
        entity: ManagedEntity,
        enabled: bool,
        _timeout: float | None = None,
    ) -> None:
        """EnableAlarmActions: an operation of AlarmManager, since 4.0.

        Args:
            entity: reference to ManagedEntity, since 4.0, needs Alarm.DisableActions on it.
            enabled: boolean, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_ALARM_ACTIONS, (entity, enabled, ), _timeout)

    def GetAlarm(
        self,
        *,
        entity: ManagedEntity | None = None,
        _timeout: float | None = None,
    ) -> list[Alarm]:
        """GetAlarm: an operation of AlarmManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, optional, since 2.0.

        Returns:
            List of references to Alarm.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_ALARM, (entity, ), _timeout)

    def GetAlarmState(
        self,
        *,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> list[AlarmState]:
        """GetAlarmState: an operation of AlarmManager, since 2.0.

        Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs System.Read on it.

        Returns:
            List of AlarmState.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_ALARM_STATE, (entity, ), _timeout)
