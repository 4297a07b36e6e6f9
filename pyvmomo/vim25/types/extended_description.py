# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ExtendedDescription: data object type, extends Description. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .description import Description
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_any_value import KeyAnyValue


class ExtendedDescription(Description):
    """ExtendedDescription: data object extending Description, since 4.0.

    Attributes:
        messageCatalogKeyPrefix: string, since 4.0.
        messageArg: list of KeyAnyValue, since 4.0.
    """

    __slots__ = ("messageCatalogKeyPrefix", "messageArg", )
    _wire_name_: ClassVar[str] = "ExtendedDescription"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("label", "string", 0, "2.0"),
        _F("summary", "string", 0, "2.0"),
        _F("messageCatalogKeyPrefix", "string", 0, "4.0"),
        _F("messageArg", "KeyAnyValue", 3, "4.0"),
    )
    messageCatalogKeyPrefix: str
    messageArg: list[KeyAnyValue]

    def __init__(
        self,
        *,
        label: str,
        summary: str,
        messageCatalogKeyPrefix: str,
        messageArg: list[KeyAnyValue] | None = None,
    ) -> None:
        self.label = label
        self.summary = summary
        self.messageCatalogKeyPrefix = messageCatalogKeyPrefix
        self.messageArg = [] if messageArg is None else messageArg
