# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmSessionManager: managed object proxy. Since 1.0."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into


class PbmSessionManagerProperties(_ObjectProperties["PbmSessionManager"]):
    """PbmSessionManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class PbmSessionManager(_ManagedObject):
    """PbmSessionManager: managed object proxy, since 1.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "PbmSessionManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
    }
    _property_class_ = PbmSessionManagerProperties

    def fetch(self, *paths: str) -> PbmSessionManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PbmSessionManagerProperties, paths)
