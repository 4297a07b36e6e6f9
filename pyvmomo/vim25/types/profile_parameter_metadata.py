# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileParameterMetadata: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .extended_element_description import ExtendedElementDescription
    from .profile_parameter_metadata_parameter_relation_metadata import ProfileParameterMetadataParameterRelationMetadata


class ProfileParameterMetadata(DynamicData):
    """ProfileParameterMetadata: data object extending DynamicData, since 4.0.

    Attributes:
        id: ExtendedElementDescription, since 4.0.
        type: string, since 4.0.
        optional: boolean, since 4.0.
        defaultValue: any value (xsd:anyType), optional, since 4.0.
        hidden: boolean, optional, since 6.5.
        securitySensitive: boolean, optional, since 6.5.
        readOnly: boolean, optional, since 6.5.
        parameterRelations: list of ProfileParameterMetadataParameterRelationMetadata, since 6.7.
    """

    __slots__ = ("id", "type", "optional", "defaultValue", "hidden", "securitySensitive", "readOnly", "parameterRelations", )
    _wire_name_: ClassVar[str] = "ProfileParameterMetadata"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "ExtendedElementDescription", 0, "4.0"),
        _F("type", "string", 0, "4.0"),
        _F("optional", "boolean", 0, "4.0"),
        _F("defaultValue", "anyType", 2, "4.0"),
        _F("hidden", "boolean", 2, "6.5"),
        _F("securitySensitive", "boolean", 2, "6.5"),
        _F("readOnly", "boolean", 2, "6.5"),
        _F("parameterRelations", "ProfileParameterMetadataParameterRelationMetadata", 3, "6.7"),
    )
    id: ExtendedElementDescription
    type: str
    optional: bool
    defaultValue: Any | None
    hidden: bool | None
    securitySensitive: bool | None
    readOnly: bool | None
    parameterRelations: list[ProfileParameterMetadataParameterRelationMetadata]

    def __init__(
        self,
        *,
        id: ExtendedElementDescription,
        type: str,
        optional: bool,
        defaultValue: Any | None = None,
        hidden: bool | None = None,
        securitySensitive: bool | None = None,
        readOnly: bool | None = None,
        parameterRelations: list[ProfileParameterMetadataParameterRelationMetadata] | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.optional = optional
        self.defaultValue = defaultValue
        self.hidden = hidden
        self.securitySensitive = securitySensitive
        self.readOnly = readOnly
        self.parameterRelations = [] if parameterRelations is None else parameterRelations
