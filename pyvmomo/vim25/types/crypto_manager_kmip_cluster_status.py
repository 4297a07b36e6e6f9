# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManagerKmipClusterStatus: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .crypto_manager_kmip_certificate_info import CryptoManagerKmipCertificateInfo
    from .crypto_manager_kmip_server_status import CryptoManagerKmipServerStatus
    from .key_provider_id import KeyProviderId


class CryptoManagerKmipClusterStatus(DynamicData):
    """CryptoManagerKmipClusterStatus: data object extending DynamicData, since 6.5.

    Attributes:
        clusterId: KeyProviderId, since 6.5.
        overallStatus: ManagedEntityStatus value (str), optional, since 7.0.0.0.
        managementType: string, optional, since 7.0.0.0.
        servers: list of CryptoManagerKmipServerStatus, since 6.5.
        clientCertInfo: CryptoManagerKmipCertificateInfo, optional, since 6.5.
    """

    __slots__ = ("clusterId", "overallStatus", "managementType", "servers", "clientCertInfo", )
    _wire_name_: ClassVar[str] = "CryptoManagerKmipClusterStatus"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("clusterId", "KeyProviderId", 0, "6.5"),
        _F("overallStatus", "ManagedEntityStatus", 2, "7.0.0.0"),
        _F("managementType", "string", 2, "7.0.0.0"),
        _F("servers", "CryptoManagerKmipServerStatus", 1, "6.5"),
        _F("clientCertInfo", "CryptoManagerKmipCertificateInfo", 2, "6.5"),
    )
    clusterId: KeyProviderId
    overallStatus: str | None
    managementType: str | None
    servers: list[CryptoManagerKmipServerStatus]
    clientCertInfo: CryptoManagerKmipCertificateInfo | None

    def __init__(
        self,
        *,
        clusterId: KeyProviderId,
        servers: list[CryptoManagerKmipServerStatus],
        overallStatus: ManagedEntityStatusValue | EnumValue | None = None,
        managementType: str | None = None,
        clientCertInfo: CryptoManagerKmipCertificateInfo | None = None,
    ) -> None:
        self.clusterId = clusterId
        self.overallStatus = overallStatus
        self.managementType = managementType
        self.servers = servers
        self.clientCertInfo = clientCertInfo
