# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostActiveDirectorySpec: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostActiveDirectorySpec(DynamicData):
    """HostActiveDirectorySpec: data object extending DynamicData, since 4.1.

    Attributes:
        domainName: string, optional, since 4.1.
        userName: string, optional, since 4.1.
        password: string, optional, since 4.1, secret (masked in repr).
        camServer: string, optional, since 5.0.
        thumbprint: string, optional, since 5.0.
        smartCardAuthenticationEnabled: boolean, optional, since 6.0.
        smartCardTrustAnchors: list of string, since 6.0.
    """

    __slots__ = ("domainName", "userName", "password", "camServer", "thumbprint", "smartCardAuthenticationEnabled", "smartCardTrustAnchors", )
    _wire_name_: ClassVar[str] = "HostActiveDirectorySpec"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("domainName", "string", 2, "4.1"),
        _F("userName", "string", 2, "4.1"),
        _F("password", "string", 6, "4.1"),
        _F("camServer", "string", 2, "5.0"),
        _F("thumbprint", "string", 2, "5.0"),
        _F("smartCardAuthenticationEnabled", "boolean", 2, "6.0"),
        _F("smartCardTrustAnchors", "string", 3, "6.0"),
    )
    domainName: str | None
    userName: str | None
    password: str | None
    camServer: str | None
    thumbprint: str | None
    smartCardAuthenticationEnabled: bool | None
    smartCardTrustAnchors: list[str]

    def __init__(
        self,
        *,
        domainName: str | None = None,
        userName: str | None = None,
        password: str | None = None,
        camServer: str | None = None,
        thumbprint: str | None = None,
        smartCardAuthenticationEnabled: bool | None = None,
        smartCardTrustAnchors: list[str] | None = None,
    ) -> None:
        self.domainName = domainName
        self.userName = userName
        self.password = password
        self.camServer = camServer
        self.thumbprint = thumbprint
        self.smartCardAuthenticationEnabled = smartCardAuthenticationEnabled
        self.smartCardTrustAnchors = [] if smartCardTrustAnchors is None else smartCardTrustAnchors
