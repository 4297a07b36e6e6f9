# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileCompositeExpression: data object type, extends ProfileExpression. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .profile_expression import ProfileExpression
from pyvmomo._base import Field as _F


class ProfileCompositeExpression(ProfileExpression):
    """ProfileCompositeExpression: data object extending ProfileExpression, since 4.0.

    Attributes:
        operator: string, since 4.0.
        expressionName: list of string, since 4.0.
    """

    __slots__ = ("operator", "expressionName", )
    _wire_name_: ClassVar[str] = "ProfileCompositeExpression"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "4.0"),
        _F("displayName", "string", 0, "4.0"),
        _F("negated", "boolean", 0, "4.0"),
        _F("operator", "string", 0, "4.0"),
        _F("expressionName", "string", 1, "4.0"),
    )
    operator: str
    expressionName: list[str]

    def __init__(
        self,
        *,
        id: str,
        displayName: str,
        negated: bool,
        operator: str,
        expressionName: list[str],
    ) -> None:
        self.id = id
        self.displayName = displayName
        self.negated = negated
        self.operator = operator
        self.expressionName = expressionName
