# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmCapabilitySubProfile: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_capability_instance import PbmCapabilityInstance


class PbmCapabilitySubProfile(DynamicData):
    """PbmCapabilitySubProfile: data object extending DynamicData, since 1.0.

    Attributes:
        name: string, since 1.0.
        capability: list of PbmCapabilityInstance, since 1.0.
        forceProvision: boolean, optional, since 1.0.
    """

    __slots__ = ("name", "capability", "forceProvision", )
    _wire_name_: ClassVar[str] = "PbmCapabilitySubProfile"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "1.0"),
        _F("capability", "PbmCapabilityInstance", 1, "1.0"),
        _F("forceProvision", "boolean", 2, "1.0"),
    )
    name: str
    capability: list[PbmCapabilityInstance]
    forceProvision: bool | None

    def __init__(
        self,
        *,
        name: str,
        capability: list[PbmCapabilityInstance],
        forceProvision: bool | None = None,
    ) -> None:
        self.name = name
        self.capability = capability
        self.forceProvision = forceProvision
