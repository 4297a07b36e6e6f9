# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl fbfa58361e4c, wsdl/catalogue.json e4353d7b904e
"""ProbeManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.counter import Counter
    from ..types.probe import Probe
    from ..types.probe import Probe as _Probe

_COUNT: _Operation[Counter] = _Operation(
    "Count",
    (),
    _F("returnval", "Counter", 0, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_PROBE: _Operation[Probe] = _Operation(
    "Probe",
    (_F("counter", "Counter", 0, "7.0.3.0"), ),
    _F("returnval", "Probe", 0, "7.0.3.0"),
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
        "Count": _COUNT,
        "Probe": _PROBE,
    }
    _property_class_ = ProbeManagerProperties

    def fetch(self, *paths: str) -> ProbeManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ProbeManagerProperties, paths)

    def Count(
        self,
        *,
        _timeout: float | None = None,
    ) -> Counter:
        """Count: an operation of ProbeManager, since 7.0.3.0.

        Returns:
            Counter.
        """
        return self._transport.invoke(self, _COUNT, (), _timeout)

    def Probe(
        self,
        *,
        counter: Counter,
        _timeout: float | None = None,
    ) -> _Probe:
        """Probe: an operation of ProbeManager, since 7.0.3.0.

        Args:
            counter: Counter, since 7.0.3.0.

        Returns:
            Probe.
        """
        return self._transport.invoke(self, _PROBE, (counter, ), _timeout)
