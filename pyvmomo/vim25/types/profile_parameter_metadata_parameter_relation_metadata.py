# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileParameterMetadataParameterRelationMetadata: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .profile_property_path import ProfilePropertyPath


class ProfileParameterMetadataParameterRelationMetadata(DynamicData):
    """ProfileParameterMetadataParameterRelationMetadata: data object extending DynamicData, since 6.7.

    Attributes:
        relationTypes: list of string, since 6.7.
        values: list of any value (xsd:anyType), since 6.7.
        path: ProfilePropertyPath, optional, since 6.7.
        minCount: int, since 6.7.
        maxCount: int, since 6.7.
    """

    __slots__ = ("relationTypes", "values", "path", "minCount", "maxCount", )
    _wire_name_: ClassVar[str] = "ProfileParameterMetadataParameterRelationMetadata"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("relationTypes", "string", 3, "6.7"),
        _F("values", "anyType", 3, "6.7"),
        _F("path", "ProfilePropertyPath", 2, "6.7"),
        _F("minCount", "int", 0, "6.7"),
        _F("maxCount", "int", 0, "6.7"),
    )
    relationTypes: list[str]
    values: list[Any]
    path: ProfilePropertyPath | None
    minCount: int
    maxCount: int

    def __init__(
        self,
        *,
        minCount: int,
        maxCount: int,
        relationTypes: list[str] | None = None,
        values: list[Any] | None = None,
        path: ProfilePropertyPath | None = None,
    ) -> None:
        self.relationTypes = [] if relationTypes is None else relationTypes
        self.values = [] if values is None else values
        self.path = path
        self.minCount = minCount
        self.maxCount = maxCount
