# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmPlacementCapabilityConstraintsRequirement: data object type, extends PbmPlacementRequirement. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .pbm_placement_requirement import PbmPlacementRequirement
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_capability_constraints import PbmCapabilityConstraints


class PbmPlacementCapabilityConstraintsRequirement(PbmPlacementRequirement):
    """PbmPlacementCapabilityConstraintsRequirement: data object extending PbmPlacementRequirement, since 6.5.

    Attributes:
        constraints: PbmCapabilityConstraints, since 6.5.
    """

    __slots__ = ("constraints", )
    _wire_name_: ClassVar[str] = "PbmPlacementCapabilityConstraintsRequirement"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("constraints", "PbmCapabilityConstraints", 0, "6.5"),
    )
    constraints: PbmCapabilityConstraints

    def __init__(
        self,
        *,
        constraints: PbmCapabilityConstraints,
    ) -> None:
        self.constraints = constraints
