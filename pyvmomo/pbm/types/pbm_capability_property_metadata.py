# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmCapabilityPropertyMetadata: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_capability_type_info import PbmCapabilityTypeInfo
    from .pbm_extended_element_description import PbmExtendedElementDescription


class PbmCapabilityPropertyMetadata(DynamicData):
    """PbmCapabilityPropertyMetadata: data object extending DynamicData, since 1.0.

    Attributes:
        id: string, since 1.0.
        summary: PbmExtendedElementDescription, since 1.0.
        mandatory: boolean, since 1.0.
        type: PbmCapabilityTypeInfo, optional, since 1.0.
        defaultValue: any value (xsd:anyType), optional, since 1.0.
        allowedValue: any value (xsd:anyType), optional, since 1.0.
        requirementsTypeHint: string, optional, since 1.0.
    """

    __slots__ = ("id", "summary", "mandatory", "type", "defaultValue", "allowedValue", "requirementsTypeHint", )
    _wire_name_: ClassVar[str] = "PbmCapabilityPropertyMetadata"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "1.0"),
        _F("summary", "PbmExtendedElementDescription", 0, "1.0"),
        _F("mandatory", "boolean", 0, "1.0"),
        _F("type", "PbmCapabilityTypeInfo", 2, "1.0"),
        _F("defaultValue", "anyType", 2, "1.0"),
        _F("allowedValue", "anyType", 2, "1.0"),
        _F("requirementsTypeHint", "string", 2, "1.0"),
    )
    id: str
    summary: PbmExtendedElementDescription
    mandatory: bool
    type: PbmCapabilityTypeInfo | None
    defaultValue: Any | None
    allowedValue: Any | None
    requirementsTypeHint: str | None

    def __init__(
        self,
        *,
        id: str,
        summary: PbmExtendedElementDescription,
        mandatory: bool,
        type: PbmCapabilityTypeInfo | None = None,
        defaultValue: Any | None = None,
        allowedValue: Any | None = None,
        requirementsTypeHint: str | None = None,
    ) -> None:
        self.id = id
        self.summary = summary
        self.mandatory = mandatory
        self.type = type
        self.defaultValue = defaultValue
        self.allowedValue = allowedValue
        self.requirementsTypeHint = requirementsTypeHint
