# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ManagedEntity: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.alarm_state import AlarmState
    from ..types.custom_field_value import CustomFieldValue
    from ..types.event import Event
    from ..types.permission import Permission
    from ..types.tag import Tag
    from .task import Task

_DESTROY_TASK: _Operation[Task[None]] = _Operation(
    "Destroy_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("VimFault", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RELOAD: _Operation[None] = _Operation(
    "Reload",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_RENAME_TASK: _Operation[Task[None]] = _Operation(
    "Rename_Task",
    (_F("newName", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class ManagedEntityProperties(ExtensibleManagedObjectProperties):
    """ManagedEntity's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("parent", "customValue", "overallStatus", "configStatus", "configIssue", "effectiveRole", "permission", "name", "disabledMethod", "recentTask", "declaredAlarmState", "triggeredAlarmState", "alarmActionsEnabled", "tag", )
    obj: ManagedEntity  # pyright: ignore[reportIncompatibleVariableOverride]
    parent: ManagedEntity | None
    customValue: list[CustomFieldValue]
    overallStatus: str
    configStatus: str
    configIssue: list[Event]
    effectiveRole: list[int]
    permission: list[Permission]
    name: str
    disabledMethod: list[str]
    recentTask: list[Task[object]]
    declaredAlarmState: list[AlarmState]
    triggeredAlarmState: list[AlarmState]
    alarmActionsEnabled: bool | None
    tag: list[Tag]


class ManagedEntity(ExtensibleManagedObject):
    """ManagedEntity: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        parent: reference to ManagedEntity, optional, since 2.0, read privilege System.View.
        customValue: list of CustomFieldValue, since 2.0, read privilege System.View.
        overallStatus: ManagedEntityStatus value (str), since 2.0.
        configStatus: ManagedEntityStatus value (str), since 2.0.
        configIssue: list of Event, since 2.0.
        effectiveRole: list of int, since 2.0, read privilege System.View.
        permission: list of Permission, since 2.0.
        name: string, since 2.0, read privilege System.View.
        disabledMethod: list of string, since 2.0.
        recentTask: list of references to Task, since 2.0.
        declaredAlarmState: list of AlarmState, since 2.0, read privilege System.View.
        triggeredAlarmState: list of AlarmState, since 2.0, read privilege System.View.
        alarmActionsEnabled: boolean, optional, since 4.0, read privilege System.Read.
        tag: list of Tag, since 4.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ManagedEntity"
    _properties_: ClassVar[dict[str, _F]] = {
        "parent": _F("parent", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
        "customValue": _F("customValue", "CustomFieldValue", 3, "2.0"),
        "overallStatus": _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
        "configStatus": _F("configStatus", "ManagedEntityStatus", 0, "2.0"),
        "configIssue": _F("configIssue", "Event", 3, "2.0"),
        "effectiveRole": _F("effectiveRole", "int", 3, "2.0"),
        "permission": _F("permission", "Permission", 3, "2.0"),
        "name": _F("name", "string", 0, "2.0"),
        "disabledMethod": _F("disabledMethod", "string", 3, "2.0"),
        "recentTask": _F("recentTask", "ManagedObjectReference", 3, "2.0", target="Task"),
        "declaredAlarmState": _F("declaredAlarmState", "AlarmState", 3, "2.0"),
        "triggeredAlarmState": _F("triggeredAlarmState", "AlarmState", 3, "2.0"),
        "alarmActionsEnabled": _F("alarmActionsEnabled", "boolean", 2, "4.0"),
        "tag": _F("tag", "Tag", 3, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "Destroy_Task": _DESTROY_TASK,
        "Reload": _RELOAD,
        "Rename_Task": _RENAME_TASK,
    }
    _property_class_ = ManagedEntityProperties

    def fetch(self, *paths: str) -> ManagedEntityProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ManagedEntityProperties, paths)

    def Destroy_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """Destroy_Task: an operation of ManagedEntity, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            VimFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_TASK, (), _timeout)

    def Reload(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """Reload: an operation of ManagedEntity, since 2.0.

        Privilege: System.Read.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RELOAD, (), _timeout)

    def Rename_Task(
        self,
        *,
        newName: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """Rename_Task: an operation of ManagedEntity, since 2.0.

        Args:
            newName: string, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _RENAME_TASK, (newName, ), _timeout)
