# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""ChoiceManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import DatastoreAccessibleValue, DirectionValue
    from ..types.choice import Choice

_CHOOSE: _Operation[Choice] = _Operation(
    "Choose",
    (_F("answer", "DatastoreAccessible", 0, "7.0.3.0"), _F("way", "Direction", 2, "7.0.3.0"), ),
    _F("returnval", "Choice", 0, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class ChoiceManagerProperties(_ObjectProperties["ChoiceManager"]):
    """ChoiceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class ChoiceManager(_ManagedObject):
    """ChoiceManager: managed object proxy, since 7.0.3.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "ChoiceManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "Choose": _CHOOSE,
    }
    _property_class_ = ChoiceManagerProperties

    def fetch(self, *paths: str) -> ChoiceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ChoiceManagerProperties, paths)

    def Choose(
        self,
        *,
        answer: DatastoreAccessibleValue | EnumValue,
        way: DirectionValue | EnumValue | None = None,
        _timeout: float | None = None,
    ) -> Choice:
        """Choose: an operation of ChoiceManager, since 7.0.3.0.

        Args:
            answer: DatastoreAccessible value (str), since 7.0.3.0.
            way: Direction value (str), optional, since 7.0.3.0.

        Returns:
            Choice.
        """
        return self._transport.invoke(self, _CHOOSE, (answer, way, ), _timeout)
