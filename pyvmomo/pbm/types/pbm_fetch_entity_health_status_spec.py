# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmFetchEntityHealthStatusSpec: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_server_object_ref import PbmServerObjectRef


class PbmFetchEntityHealthStatusSpec(DynamicData):
    """PbmFetchEntityHealthStatusSpec: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        objectRef: PbmServerObjectRef, since 7.0.3.0.
        backingId: string, optional, since 7.0.3.0.
    """

    __slots__ = ("objectRef", "backingId", )
    _wire_name_: ClassVar[str] = "PbmFetchEntityHealthStatusSpec"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("objectRef", "PbmServerObjectRef", 0, "7.0.3.0"),
        _F("backingId", "string", 2, "7.0.3.0"),
    )
    objectRef: PbmServerObjectRef
    backingId: str | None

    def __init__(
        self,
        *,
        objectRef: PbmServerObjectRef,
        backingId: str | None = None,
    ) -> None:
        self.objectRef = objectRef
        self.backingId = backingId
