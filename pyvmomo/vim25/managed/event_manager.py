# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EventManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.event import Event
    from ..types.event_arg_desc import EventArgDesc
    from ..types.event_description import EventDescription
    from ..types.event_filter_spec import EventFilterSpec
    from .event_history_collector import EventHistoryCollector
    from .managed_entity import ManagedEntity
    from ..types.task_info import TaskInfo

_CREATE_COLLECTOR_FOR_EVENTS: _Operation[EventHistoryCollector] = _Operation(
    "CreateCollectorForEvents",
    (_F("filter", "EventFilterSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="EventHistoryCollector"),
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_LOG_USER_EVENT: _Operation[None] = _Operation(
    "LogUserEvent",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("msg", "string", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_POST_EVENT: _Operation[None] = _Operation(
    "PostEvent",
    (_F("eventToPost", "Event", 0, "2.5"), _F("taskInfo", "TaskInfo", 2, "2.5"), ),
    None,
    faults=("InvalidEvent", "RuntimeFault", ),
    since="2.5",
    privilege="Global.LogEvent",
    safe=False,
    task_result=None,
)

_QUERY_EVENTS: _Operation[list[Event]] = _Operation(
    "QueryEvents",
    (_F("filter", "EventFilterSpec", 0, "2.0"), ),
    _F("returnval", "Event", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_ARGUMENT_DESCRIPTION: _Operation[list[EventArgDesc]] = _Operation(
    "RetrieveArgumentDescription",
    (_F("eventTypeId", "string", 0, "4.0"), ),
    _F("returnval", "EventArgDesc", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class EventManagerProperties(_ObjectProperties["EventManager"]):
    """EventManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("description", "latestEvent", "maxCollector", )
    description: EventDescription
    latestEvent: Event | None
    maxCollector: int


class EventManager(_ManagedObject):
    """EventManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        description: EventDescription, since 2.0, read privilege System.View.
        latestEvent: Event, optional, since 2.0, read privilege System.View.
        maxCollector: int, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "EventManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "description": _F("description", "EventDescription", 0, "2.0"),
        "latestEvent": _F("latestEvent", "Event", 2, "2.0"),
        "maxCollector": _F("maxCollector", "int", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateCollectorForEvents": _CREATE_COLLECTOR_FOR_EVENTS,
        "LogUserEvent": _LOG_USER_EVENT,
        "PostEvent": _POST_EVENT,
        "QueryEvents": _QUERY_EVENTS,
        "RetrieveArgumentDescription": _RETRIEVE_ARGUMENT_DESCRIPTION,
    }
    _property_class_ = EventManagerProperties

    def fetch(self, *paths: str) -> EventManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, EventManagerProperties, paths)

    def CreateCollectorForEvents(
        self,
        *,
        filter: EventFilterSpec,
        _timeout: float | None = None,
    ) -> EventHistoryCollector:
        """CreateCollectorForEvents: an operation of EventManager, since 2.0.

        Privilege: System.View.

        Args:
            filter: EventFilterSpec, since 2.0.

        Returns:
            Reference to EventHistoryCollector.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_COLLECTOR_FOR_EVENTS, (filter, ), _timeout)

    def LogUserEvent(
        self,
        *,
        entity: ManagedEntity,
        msg: str,
        _timeout: float | None = None,
    ) -> None:
        """LogUserEvent: an operation of EventManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs Global.LogEvent on it.
            msg: string, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _LOG_USER_EVENT, (entity, msg, ), _timeout)

    def PostEvent(
        self,
        *,
        eventToPost: Event,
        taskInfo: TaskInfo | None = None,
        _timeout: float | None = None,
    ) -> None:
        """PostEvent: an operation of EventManager, since 2.5.

        Privilege: Global.LogEvent.

        Args:
            eventToPost: Event, since 2.5.
            taskInfo: TaskInfo, optional, since 2.5.

        Returns:
            None.

        Raises:
            InvalidEvent, RuntimeFault.
        """
        return self._transport.invoke(self, _POST_EVENT, (eventToPost, taskInfo, ), _timeout)

    def QueryEvents(
        self,
        *,
        filter: EventFilterSpec,
        _timeout: float | None = None,
    ) -> list[Event]:
        """QueryEvents: an operation of EventManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            filter: EventFilterSpec, since 2.0.

        Returns:
            List of Event.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_EVENTS, (filter, ), _timeout)

    def RetrieveArgumentDescription(
        self,
        *,
        eventTypeId: str,
        _timeout: float | None = None,
    ) -> list[EventArgDesc]:
        """RetrieveArgumentDescription: an operation of EventManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            eventTypeId: string, since 4.0.

        Returns:
            List of EventArgDesc.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ARGUMENT_DESCRIPTION, (eventTypeId, ), _timeout)
