# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SAMLTokenAuthentication: data object type, extends GuestAuthentication. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .guest_authentication import GuestAuthentication
from pyvmomo._base import Field as _F


class SAMLTokenAuthentication(GuestAuthentication):
    """SAMLTokenAuthentication: data object extending GuestAuthentication, since 6.0.

    Attributes:
        token: string, since 6.0, secret (masked in repr).
        username: string, optional, since 6.0.
    """

    __slots__ = ("token", "username", )
    _wire_name_: ClassVar[str] = "SAMLTokenAuthentication"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("interactiveSession", "boolean", 0, "5.0"),
        _F("token", "string", 4, "6.0"),
        _F("username", "string", 2, "6.0"),
    )
    token: str
    username: str | None

    def __init__(
        self,
        *,
        interactiveSession: bool,
        token: str,
        username: str | None = None,
    ) -> None:
        self.interactiveSession = interactiveSession
        self.token = token
        self.username = username
