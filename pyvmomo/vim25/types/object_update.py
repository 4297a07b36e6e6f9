# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ObjectUpdate: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ObjectUpdateKindValue
    from .missing_property import MissingProperty
    from .property_change import PropertyChange
    from pyvmomo._base import ManagedObject as _ManagedObject


class ObjectUpdate(DynamicData):
    """ObjectUpdate: data object extending DynamicData, since 2.0.

    Attributes:
        kind: ObjectUpdateKind value (str), since 2.0.
        obj: reference to any managed object, since 2.0.
        changeSet: list of PropertyChange, since 2.0.
        missingSet: list of MissingProperty, since 2.0.
    """

    __slots__ = ("kind", "obj", "changeSet", "missingSet", )
    _wire_name_: ClassVar[str] = "ObjectUpdate"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("kind", "ObjectUpdateKind", 0, "2.0"),
        _F("obj", "ManagedObjectReference", 0, "2.0"),
        _F("changeSet", "PropertyChange", 3, "2.0"),
        _F("missingSet", "MissingProperty", 3, "2.0"),
    )
    kind: str
    obj: _ManagedObject
    changeSet: list[PropertyChange]
    missingSet: list[MissingProperty]

    def __init__(
        self,
        *,
        kind: ObjectUpdateKindValue | EnumValue,
        obj: _ManagedObject,
        changeSet: list[PropertyChange] | None = None,
        missingSet: list[MissingProperty] | None = None,
    ) -> None:
        self.kind = kind
        self.obj = obj
        self.changeSet = [] if changeSet is None else changeSet
        self.missingSet = [] if missingSet is None else missingSet
