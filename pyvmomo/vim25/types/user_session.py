# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""UserSession: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class UserSession(DynamicData):
    """UserSession: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0, secret (masked in repr).
        userName: string, since 2.0.
        fullName: string, since 2.0.
        loginTime: dateTime, since 2.0.
        lastActiveTime: dateTime, since 2.0.
        locale: string, since 2.0.
        messageLocale: string, since 2.0.
        extensionSession: boolean, optional, since 5.0.
        ipAddress: string, optional, since 5.1.
        userAgent: string, optional, since 5.1.
        callCount: long, optional, since 5.1.
    """

    __slots__ = ("key", "userName", "fullName", "loginTime", "lastActiveTime", "locale", "messageLocale", "extensionSession", "ipAddress", "userAgent", "callCount", )
    _wire_name_: ClassVar[str] = "UserSession"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 4, "2.0"),
        _F("userName", "string", 0, "2.0"),
        _F("fullName", "string", 0, "2.0"),
        _F("loginTime", "dateTime", 0, "2.0"),
        _F("lastActiveTime", "dateTime", 0, "2.0"),
        _F("locale", "string", 0, "2.0"),
        _F("messageLocale", "string", 0, "2.0"),
        _F("extensionSession", "boolean", 2, "5.0"),
        _F("ipAddress", "string", 2, "5.1"),
        _F("userAgent", "string", 2, "5.1"),
        _F("callCount", "long", 2, "5.1"),
    )
    key: str
    userName: str
    fullName: str
    loginTime: datetime
    lastActiveTime: datetime
    locale: str
    messageLocale: str
    extensionSession: bool | None
    ipAddress: str | None
    userAgent: str | None
    callCount: int | None

    def __init__(
        self,
        *,
        key: str,
        userName: str,
        fullName: str,
        loginTime: datetime,
        lastActiveTime: datetime,
        locale: str,
        messageLocale: str,
        extensionSession: bool | None = None,
        ipAddress: str | None = None,
        userAgent: str | None = None,
        callCount: int | None = None,
    ) -> None:
        self.key = key
        self.userName = userName
        self.fullName = fullName
        self.loginTime = loginTime
        self.lastActiveTime = lastActiveTime
        self.locale = locale
        self.messageLocale = messageLocale
        self.extensionSession = extensionSession
        self.ipAddress = ipAddress
        self.userAgent = userAgent
        self.callCount = callCount
