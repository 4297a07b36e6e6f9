# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Alarm: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.alarm_info import AlarmInfo
    from ..types.alarm_spec import AlarmSpec

_RECONFIGURE_ALARM: _Operation[None] = _Operation(
    "ReconfigureAlarm",
    (_F("spec", "AlarmSpec", 0, "2.0"), ),
    None,
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Alarm.Edit",
    safe=False,
    task_result=None,
)

_REMOVE_ALARM: _Operation[None] = _Operation(
    "RemoveAlarm",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Alarm.Delete",
    safe=False,
    task_result=None,
)


class AlarmProperties(ExtensibleManagedObjectProperties):
    """Alarm's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", )
    obj: Alarm  # pyright: ignore[reportIncompatibleVariableOverride]
    info: AlarmInfo


class Alarm(ExtensibleManagedObject):
    """Alarm: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: AlarmInfo, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Alarm"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "AlarmInfo", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ReconfigureAlarm": _RECONFIGURE_ALARM,
        "RemoveAlarm": _REMOVE_ALARM,
    }
    _property_class_ = AlarmProperties

    def fetch(self, *paths: str) -> AlarmProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, AlarmProperties, paths)

    def ReconfigureAlarm(
        self,
        *,
        spec: AlarmSpec,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureAlarm: an operation of Alarm, since 2.0.

        Privilege: Alarm.Edit.

        Args:
            spec: AlarmSpec, since 2.0.

        Returns:
            None.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_ALARM, (spec, ), _timeout)

    def RemoveAlarm(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RemoveAlarm: an operation of Alarm, since 2.0.

        Privilege: Alarm.Delete.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_ALARM, (), _timeout)
