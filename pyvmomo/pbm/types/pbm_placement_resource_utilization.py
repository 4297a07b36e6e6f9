# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmPlacementResourceUtilization: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_extended_element_description import PbmExtendedElementDescription


class PbmPlacementResourceUtilization(DynamicData):
    """PbmPlacementResourceUtilization: data object extending DynamicData, since 6.5.

    Attributes:
        name: PbmExtendedElementDescription, since 6.5.
        description: PbmExtendedElementDescription, since 6.5.
        availableBefore: long, optional, since 6.5.
        availableAfter: long, optional, since 6.5.
        total: long, optional, since 6.5.
    """

    __slots__ = ("name", "description", "availableBefore", "availableAfter", "total", )
    _wire_name_: ClassVar[str] = "PbmPlacementResourceUtilization"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "PbmExtendedElementDescription", 0, "6.5"),
        _F("description", "PbmExtendedElementDescription", 0, "6.5"),
        _F("availableBefore", "long", 2, "6.5"),
        _F("availableAfter", "long", 2, "6.5"),
        _F("total", "long", 2, "6.5"),
    )
    name: PbmExtendedElementDescription
    description: PbmExtendedElementDescription
    availableBefore: int | None
    availableAfter: int | None
    total: int | None

    def __init__(
        self,
        *,
        name: PbmExtendedElementDescription,
        description: PbmExtendedElementDescription,
        availableBefore: int | None = None,
        availableAfter: int | None = None,
        total: int | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.availableBefore = availableBefore
        self.availableAfter = availableAfter
        self.total = total
