# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmCapabilityMetadata: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_capability_metadata_unique_id import PbmCapabilityMetadataUniqueId
    from .pbm_capability_property_metadata import PbmCapabilityPropertyMetadata
    from .pbm_extended_element_description import PbmExtendedElementDescription


class PbmCapabilityMetadata(DynamicData):
    """PbmCapabilityMetadata: data object extending DynamicData, since 1.0.

    Attributes:
        id: PbmCapabilityMetadataUniqueId, since 1.0.
        summary: PbmExtendedElementDescription, since 1.0.
        mandatory: boolean, optional, since 1.0.
        hint: boolean, optional, since 1.0.
        keyId: string, optional, since 1.0.
        allowMultipleConstraints: boolean, optional, since 1.0.
        propertyMetadata: list of PbmCapabilityPropertyMetadata, since 1.0.
    """

    __slots__ = ("id", "summary", "mandatory", "hint", "keyId", "allowMultipleConstraints", "propertyMetadata", )
    _wire_name_: ClassVar[str] = "PbmCapabilityMetadata"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "PbmCapabilityMetadataUniqueId", 0, "1.0"),
        _F("summary", "PbmExtendedElementDescription", 0, "1.0"),
        _F("mandatory", "boolean", 2, "1.0"),
        _F("hint", "boolean", 2, "1.0"),
        _F("keyId", "string", 2, "1.0"),
        _F("allowMultipleConstraints", "boolean", 2, "1.0"),
        _F("propertyMetadata", "PbmCapabilityPropertyMetadata", 1, "1.0"),
    )
    id: PbmCapabilityMetadataUniqueId
    summary: PbmExtendedElementDescription
    mandatory: bool | None
    hint: bool | None
    keyId: str | None
    allowMultipleConstraints: bool | None
    propertyMetadata: list[PbmCapabilityPropertyMetadata]

    def __init__(
        self,
        *,
        id: PbmCapabilityMetadataUniqueId,
        summary: PbmExtendedElementDescription,
        propertyMetadata: list[PbmCapabilityPropertyMetadata],
        mandatory: bool | None = None,
        hint: bool | None = None,
        keyId: str | None = None,
        allowMultipleConstraints: bool | None = None,
    ) -> None:
        self.id = id
        self.summary = summary
        self.mandatory = mandatory
        self.hint = hint
        self.keyId = keyId
        self.allowMultipleConstraints = allowMultipleConstraints
        self.propertyMetadata = propertyMetadata
