# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LongOption: data object type, extends OptionType. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .option_type import OptionType
from pyvmomo._base import Field as _F


class LongOption(OptionType):
    """LongOption: data object extending OptionType, since 2.0.

    Attributes:
        min: long, since 2.0.
        max: long, since 2.0.
        defaultValue: long, since 2.0.
    """

    __slots__ = ("min", "max", "defaultValue", )
    _wire_name_: ClassVar[str] = "LongOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("valueIsReadonly", "boolean", 2, "2.0"),
        _F("min", "long", 0, "2.0"),
        _F("max", "long", 0, "2.0"),
        _F("defaultValue", "long", 0, "2.0"),
    )
    min: int
    max: int
    defaultValue: int

    def __init__(
        self,
        *,
        min: int,
        max: int,
        defaultValue: int,
        valueIsReadonly: bool | None = None,
    ) -> None:
        self.valueIsReadonly = valueIsReadonly
        self.min = min
        self.max = max
        self.defaultValue = defaultValue
