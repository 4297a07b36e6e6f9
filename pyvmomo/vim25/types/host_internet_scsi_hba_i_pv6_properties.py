# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaIPv6Properties: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_internet_scsi_hba_iscsi_ipv6_address import HostInternetScsiHbaIscsiIpv6Address


class HostInternetScsiHbaIPv6Properties(DynamicData):
    """HostInternetScsiHbaIPv6Properties: data object extending DynamicData, since 6.0.

    Attributes:
        iscsiIpv6Address: list of HostInternetScsiHbaIscsiIpv6Address, since 6.0.
        ipv6DhcpConfigurationEnabled: boolean, optional, since 6.0.
        ipv6LinkLocalAutoConfigurationEnabled: boolean, optional, since 6.0.
        ipv6RouterAdvertisementConfigurationEnabled: boolean, optional, since 6.0.
        ipv6DefaultGateway: string, optional, since 6.0.
    """

    __slots__ = ("iscsiIpv6Address", "ipv6DhcpConfigurationEnabled", "ipv6LinkLocalAutoConfigurationEnabled", "ipv6RouterAdvertisementConfigurationEnabled", "ipv6DefaultGateway", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaIPv6Properties"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("iscsiIpv6Address", "HostInternetScsiHbaIscsiIpv6Address", 3, "6.0"),
        _F("ipv6DhcpConfigurationEnabled", "boolean", 2, "6.0"),
        _F("ipv6LinkLocalAutoConfigurationEnabled", "boolean", 2, "6.0"),
        _F("ipv6RouterAdvertisementConfigurationEnabled", "boolean", 2, "6.0"),
        _F("ipv6DefaultGateway", "string", 2, "6.0"),
    )
    iscsiIpv6Address: list[HostInternetScsiHbaIscsiIpv6Address]
    ipv6DhcpConfigurationEnabled: bool | None
    ipv6LinkLocalAutoConfigurationEnabled: bool | None
    ipv6RouterAdvertisementConfigurationEnabled: bool | None
    ipv6DefaultGateway: str | None

    def __init__(
        self,
        *,
        iscsiIpv6Address: list[HostInternetScsiHbaIscsiIpv6Address] | None = None,
        ipv6DhcpConfigurationEnabled: bool | None = None,
        ipv6LinkLocalAutoConfigurationEnabled: bool | None = None,
        ipv6RouterAdvertisementConfigurationEnabled: bool | None = None,
        ipv6DefaultGateway: str | None = None,
    ) -> None:
        self.iscsiIpv6Address = [] if iscsiIpv6Address is None else iscsiIpv6Address
        self.ipv6DhcpConfigurationEnabled = ipv6DhcpConfigurationEnabled
        self.ipv6LinkLocalAutoConfigurationEnabled = ipv6LinkLocalAutoConfigurationEnabled
        self.ipv6RouterAdvertisementConfigurationEnabled = ipv6RouterAdvertisementConfigurationEnabled
        self.ipv6DefaultGateway = ipv6DefaultGateway
