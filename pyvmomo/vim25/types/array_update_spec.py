# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ArrayUpdateSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ArrayUpdateOperationValue


class ArrayUpdateSpec(DynamicData):
    """ArrayUpdateSpec: data object extending DynamicData, since 2.0.

    Attributes:
        operation: ArrayUpdateOperation value (str), since 2.0.
        removeKey: any value (xsd:anyType), optional, since 2.0.
    """

    __slots__ = ("operation", "removeKey", )
    _wire_name_: ClassVar[str] = "ArrayUpdateSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "ArrayUpdateOperation", 0, "2.0"),
        _F("removeKey", "anyType", 2, "2.0"),
    )
    operation: str
    removeKey: Any | None

    def __init__(
        self,
        *,
        operation: ArrayUpdateOperationValue | EnumValue,
        removeKey: Any | None = None,
    ) -> None:
        self.operation = operation
        self.removeKey = removeKey
