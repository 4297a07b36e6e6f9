# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSMacLearningPolicy: data object type, extends InheritablePolicy. Since 6.7."""

from __future__ import annotations

from typing import ClassVar

from .inheritable_policy import InheritablePolicy
from pyvmomo._base import Field as _F


class DVSMacLearningPolicy(InheritablePolicy):
    """DVSMacLearningPolicy: data object extending InheritablePolicy, since 6.7.

    Attributes:
        enabled: boolean, since 6.7.
        allowUnicastFlooding: boolean, optional, since 6.7.
        limit: int, optional, since 6.7.
        limitPolicy: string, optional, since 6.7.
    """

    __slots__ = ("enabled", "allowUnicastFlooding", "limit", "limitPolicy", )
    _wire_name_: ClassVar[str] = "DVSMacLearningPolicy"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("enabled", "boolean", 0, "6.7"),
        _F("allowUnicastFlooding", "boolean", 2, "6.7"),
        _F("limit", "int", 2, "6.7"),
        _F("limitPolicy", "string", 2, "6.7"),
    )
    enabled: bool
    allowUnicastFlooding: bool | None
    limit: int | None
    limitPolicy: str | None

    def __init__(
        self,
        *,
        inherited: bool,
        enabled: bool,
        allowUnicastFlooding: bool | None = None,
        limit: int | None = None,
        limitPolicy: str | None = None,
    ) -> None:
        self.inherited = inherited
        self.enabled = enabled
        self.allowUnicastFlooding = allowUnicastFlooding
        self.limit = limit
        self.limitPolicy = limitPolicy
