# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 653353e9f896, wsdl/catalogue.json 98c11151afe2
"""ProbeManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.alarm_status_change import AlarmStatusChange

_PROBE: _Operation[AlarmStatusChange] = _Operation(
    "Probe",
    (_F("from_", "string", 0, "7.0.3.0", wire="from"), _F("self_", "ManagedObjectReference", 0, "7.0.3.0", wire="self", target="ProbeManager"), _F("type", "string", 0, "7.0.3.0"), _F("id", "int", 2, "7.0.3.0"), ),
    _F("returnval", "AlarmStatusChange", 0, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class ProbeManagerProperties(_ObjectProperties["ProbeManager"]):
    """ProbeManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class ProbeManager(_ManagedObject):
    """ProbeManager: managed object proxy, since 7.0.3.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "ProbeManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "Probe": _PROBE,
    }
    _property_class_ = ProbeManagerProperties

    def fetch(self, *paths: str) -> ProbeManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ProbeManagerProperties, paths)

    def Probe(
        self,
        *,
        from_: str,
        self_: ProbeManager,
        type: str,
        id: int | None = None,
        _timeout: float | None = None,
    ) -> AlarmStatusChange:
        """Probe: an operation of ProbeManager, since 7.0.3.0.

        Args:
            from_: wire name "from"; string, since 7.0.3.0.
            self_: wire name "self"; reference to ProbeManager, since 7.0.3.0, needs System.View on it.
            type: string, since 7.0.3.0.
            id: int, optional, since 7.0.3.0.

        Returns:
            AlarmStatusChange.
        """
        return self._transport.invoke(self, _PROBE, (from_, self_, type, id, ), _timeout)
