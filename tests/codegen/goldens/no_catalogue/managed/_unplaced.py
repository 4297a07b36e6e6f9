# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0b5a9291ee49
"""Operations without an owner. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ColourValue
    from ..types.info import Info

_PROBE: _Operation[Info] = _Operation(
    "Probe",
    (_F("colour", "Colour", 2, "7.0.3.0"), ),
    _F("returnval", "Info", 0, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class _Unplaced(_ManagedObject):
    """Operations the catalogue places on no managed type; call them on any reference."""


    __slots__ = ()
    _type_: ClassVar[str] = "_Unplaced"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "Probe": _PROBE,
    }

    def Probe(
        self,
        *,
        colour: ColourValue | EnumValue | None = None,
        _timeout: float | None = None,
    ) -> Info:
        """Probe: an operation of an unplaced owner, since 7.0.3.0.

        Args:
            colour: Colour value (str), optional, since 7.0.3.0.

        Returns:
            Info.
        """
        return self._transport.invoke(self, _PROBE, (colour, ), _timeout)
