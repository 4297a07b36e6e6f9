# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PropertyFilterUpdate: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .missing_object import MissingObject
    from .object_update import ObjectUpdate
    from ..managed.property_filter import PropertyFilter


class PropertyFilterUpdate(DynamicData):
    """PropertyFilterUpdate: data object extending DynamicData, since 2.0.

    Attributes:
        filter: reference to PropertyFilter, since 2.0.
        objectSet: list of ObjectUpdate, since 2.0.
        missingSet: list of MissingObject, since 2.0.
    """

    __slots__ = ("filter", "objectSet", "missingSet", )
    _wire_name_: ClassVar[str] = "PropertyFilterUpdate"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("filter", "ManagedObjectReference", 0, "2.0", target="PropertyFilter"),
        _F("objectSet", "ObjectUpdate", 3, "2.0"),
        _F("missingSet", "MissingObject", 3, "2.0"),
    )
    filter: PropertyFilter
    objectSet: list[ObjectUpdate]
    missingSet: list[MissingObject]

    def __init__(
        self,
        *,
        filter: PropertyFilter,
        objectSet: list[ObjectUpdate] | None = None,
        missingSet: list[MissingObject] | None = None,
    ) -> None:
        self.filter = filter
        self.objectSet = [] if objectSet is None else objectSet
        self.missingSet = [] if missingSet is None else missingSet
