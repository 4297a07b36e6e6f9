# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmCapabilityProfileCreateSpec: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_capability_constraints import PbmCapabilityConstraints
    from .pbm_profile_resource_type import PbmProfileResourceType


class PbmCapabilityProfileCreateSpec(DynamicData):
    """PbmCapabilityProfileCreateSpec: data object extending DynamicData, since 1.0.

    Attributes:
        name: string, since 1.0.
        description: string, optional, since 1.0.
        category: string, optional, since 6.5.
        resourceType: PbmProfileResourceType, since 1.0.
        constraints: PbmCapabilityConstraints, since 1.0.
    """

    __slots__ = ("name", "description", "category", "resourceType", "constraints", )
    _wire_name_: ClassVar[str] = "PbmCapabilityProfileCreateSpec"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "1.0"),
        _F("description", "string", 2, "1.0"),
        _F("category", "string", 2, "6.5"),
        _F("resourceType", "PbmProfileResourceType", 0, "1.0"),
        _F("constraints", "PbmCapabilityConstraints", 0, "1.0"),
    )
    name: str
    description: str | None
    category: str | None
    resourceType: PbmProfileResourceType
    constraints: PbmCapabilityConstraints

    def __init__(
        self,
        *,
        name: str,
        resourceType: PbmProfileResourceType,
        constraints: PbmCapabilityConstraints,
        description: str | None = None,
        category: str | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.category = category
        self.resourceType = resourceType
        self.constraints = constraints
