# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CompositePolicyOption: data object type, extends PolicyOption. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .policy_option import PolicyOption
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .key_any_value import KeyAnyValue


class CompositePolicyOption(PolicyOption):
    """CompositePolicyOption: data object extending PolicyOption, since 4.0.

    Attributes:
        option: list of PolicyOption, since 4.0.
    """

    __slots__ = ("option", )
    _wire_name_: ClassVar[str] = "CompositePolicyOption"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "4.0"),
        _F("parameter", "KeyAnyValue", 3, "4.0"),
        _F("option", "PolicyOption", 3, "4.0"),
    )
    option: list[PolicyOption]

    def __init__(
        self,
        *,
        id: str,
        parameter: list[KeyAnyValue] | None = None,
        option: Sequence[PolicyOption] | None = None,
    ) -> None:
        self.id = id
        self.parameter: list[KeyAnyValue] = [] if parameter is None else parameter
        self.option = [] if option is None else list(option)
