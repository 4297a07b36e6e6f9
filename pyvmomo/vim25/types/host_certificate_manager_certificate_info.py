# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCertificateManagerCertificateInfo: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class HostCertificateManagerCertificateInfo(DynamicData):
    """HostCertificateManagerCertificateInfo: data object extending DynamicData, since 6.0.

    Attributes:
        issuer: string, optional, since 6.0.
        notBefore: dateTime, optional, since 6.0.
        notAfter: dateTime, optional, since 6.0.
        subject: string, optional, since 6.0.
        status: string, since 6.0.
    """

    __slots__ = ("issuer", "notBefore", "notAfter", "subject", "status", )
    _wire_name_: ClassVar[str] = "HostCertificateManagerCertificateInfo"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("issuer", "string", 2, "6.0"),
        _F("notBefore", "dateTime", 2, "6.0"),
        _F("notAfter", "dateTime", 2, "6.0"),
        _F("subject", "string", 2, "6.0"),
        _F("status", "string", 0, "6.0"),
    )
    issuer: str | None
    notBefore: datetime | None
    notAfter: datetime | None
    subject: str | None
    status: str

    def __init__(
        self,
        *,
        status: str,
        issuer: str | None = None,
        notBefore: datetime | None = None,
        notAfter: datetime | None = None,
        subject: str | None = None,
    ) -> None:
        self.issuer = issuer
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.subject = subject
        self.status = status
