# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""Operations without an owner. Since 8.0.0.0."""

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
