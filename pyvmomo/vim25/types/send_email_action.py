# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SendEmailAction: data object type, extends Action. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .action import Action
from pyvmomo._base import Field as _F


class SendEmailAction(Action):
    """SendEmailAction: data object extending Action, since 2.0.

    Attributes:
        toList: string, since 2.0.
        ccList: string, since 2.0.
        subject: string, since 2.0.
        body: string, since 2.0.
    """

    __slots__ = ("toList", "ccList", "subject", "body", )
    _wire_name_: ClassVar[str] = "SendEmailAction"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("toList", "string", 0, "2.0"),
        _F("ccList", "string", 0, "2.0"),
        _F("subject", "string", 0, "2.0"),
        _F("body", "string", 0, "2.0"),
    )
    toList: str
    ccList: str
    subject: str
    body: str

    def __init__(
        self,
        *,
        toList: str,
        ccList: str,
        subject: str,
        body: str,
    ) -> None:
        self.toList = toList
        self.ccList = ccList
        self.subject = subject
        self.body = body
