# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""Operations without an owner. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject


class _Unplaced(_ManagedObject):
    """Operations the catalogue places on no managed type; call them on any reference."""


    __slots__ = ()
    _type_: ClassVar[str] = "_Unplaced"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
    }
