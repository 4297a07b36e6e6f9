# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManagerKmipCertificateInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class CryptoManagerKmipCertificateInfo(DynamicData):
    """CryptoManagerKmipCertificateInfo: data object extending DynamicData, since 6.5.

    Attributes:
        subject: string, since 6.5.
        issuer: string, since 6.5.
        serialNumber: string, since 6.5.
        notBefore: dateTime, since 6.5.
        notAfter: dateTime, since 6.5.
        fingerprint: string, since 6.5.
        checkTime: dateTime, since 6.5.
        secondsSinceValid: int, optional, since 6.5.
        secondsBeforeExpire: int, optional, since 6.5.
    """

    __slots__ = ("subject", "issuer", "serialNumber", "notBefore", "notAfter", "fingerprint", "checkTime", "secondsSinceValid", "secondsBeforeExpire", )
    _wire_name_: ClassVar[str] = "CryptoManagerKmipCertificateInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("subject", "string", 0, "6.5"),
        _F("issuer", "string", 0, "6.5"),
        _F("serialNumber", "string", 0, "6.5"),
        _F("notBefore", "dateTime", 0, "6.5"),
        _F("notAfter", "dateTime", 0, "6.5"),
        _F("fingerprint", "string", 0, "6.5"),
        _F("checkTime", "dateTime", 0, "6.5"),
        _F("secondsSinceValid", "int", 2, "6.5"),
        _F("secondsBeforeExpire", "int", 2, "6.5"),
    )
    subject: str
    issuer: str
    serialNumber: str
    notBefore: datetime
    notAfter: datetime
    fingerprint: str
    checkTime: datetime
    secondsSinceValid: int | None
    secondsBeforeExpire: int | None

    def __init__(
        self,
        *,
        subject: str,
        issuer: str,
        serialNumber: str,
        notBefore: datetime,
        notAfter: datetime,
        fingerprint: str,
        checkTime: datetime,
        secondsSinceValid: int | None = None,
        secondsBeforeExpire: int | None = None,
    ) -> None:
        self.subject = subject
        self.issuer = issuer
        self.serialNumber = serialNumber
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.fingerprint = fingerprint
        self.checkTime = checkTime
        self.secondsSinceValid = secondsSinceValid
        self.secondsBeforeExpire = secondsBeforeExpire
