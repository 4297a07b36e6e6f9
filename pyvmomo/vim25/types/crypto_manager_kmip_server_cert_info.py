# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManagerKmipServerCertInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .crypto_manager_kmip_certificate_info import CryptoManagerKmipCertificateInfo


class CryptoManagerKmipServerCertInfo(DynamicData):
    """CryptoManagerKmipServerCertInfo: data object extending DynamicData, since 6.5.

    Attributes:
        certificate: string, since 6.5.
        certInfo: CryptoManagerKmipCertificateInfo, optional, since 6.5.
        clientTrustServer: boolean, optional, since 6.5.
    """

    __slots__ = ("certificate", "certInfo", "clientTrustServer", )
    _wire_name_: ClassVar[str] = "CryptoManagerKmipServerCertInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("certificate", "string", 0, "6.5"),
        _F("certInfo", "CryptoManagerKmipCertificateInfo", 2, "6.5"),
        _F("clientTrustServer", "boolean", 2, "6.5"),
    )
    certificate: str
    certInfo: CryptoManagerKmipCertificateInfo | None
    clientTrustServer: bool | None

    def __init__(
        self,
        *,
        certificate: str,
        certInfo: CryptoManagerKmipCertificateInfo | None = None,
        clientTrustServer: bool | None = None,
    ) -> None:
        self.certificate = certificate
        self.certInfo = certInfo
        self.clientTrustServer = clientTrustServer
