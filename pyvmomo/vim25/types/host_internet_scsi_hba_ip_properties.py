# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaIPProperties: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_internet_scsi_hba_i_pv6_properties import HostInternetScsiHbaIPv6Properties


class HostInternetScsiHbaIPProperties(DynamicData):
    """HostInternetScsiHbaIPProperties: data object extending DynamicData, since 2.0.

    Attributes:
        mac: string, optional, since 2.0.
        address: string, optional, since 2.0.
        dhcpConfigurationEnabled: boolean, since 2.0.
        subnetMask: string, optional, since 2.0.
        defaultGateway: string, optional, since 2.0.
        primaryDnsServerAddress: string, optional, since 2.0.
        alternateDnsServerAddress: string, optional, since 2.0.
        ipv6Address: string, optional, since 4.0.
        ipv6SubnetMask: string, optional, since 4.0.
        ipv6DefaultGateway: string, optional, since 4.0.
        arpRedirectEnabled: boolean, optional, since 4.0.
        mtu: int, optional, since 4.0.
        jumboFramesEnabled: boolean, optional, since 4.0.
        ipv4Enabled: boolean, optional, since 6.0.
        ipv6Enabled: boolean, optional, since 6.0.
        ipv6properties: HostInternetScsiHbaIPv6Properties, optional, since 6.0.
    """

    __slots__ = ("mac", "address", "dhcpConfigurationEnabled", "subnetMask", "defaultGateway", "primaryDnsServerAddress", "alternateDnsServerAddress", "ipv6Address", "ipv6SubnetMask", "ipv6DefaultGateway", "arpRedirectEnabled", "mtu", "jumboFramesEnabled", "ipv4Enabled", "ipv6Enabled", "ipv6properties", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaIPProperties"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("mac", "string", 2, "2.0"),
        _F("address", "string", 2, "2.0"),
        _F("dhcpConfigurationEnabled", "boolean", 0, "2.0"),
        _F("subnetMask", "string", 2, "2.0"),
        _F("defaultGateway", "string", 2, "2.0"),
        _F("primaryDnsServerAddress", "string", 2, "2.0"),
        _F("alternateDnsServerAddress", "string", 2, "2.0"),
        _F("ipv6Address", "string", 2, "4.0"),
        _F("ipv6SubnetMask", "string", 2, "4.0"),
        _F("ipv6DefaultGateway", "string", 2, "4.0"),
        _F("arpRedirectEnabled", "boolean", 2, "4.0"),
        _F("mtu", "int", 2, "4.0"),
        _F("jumboFramesEnabled", "boolean", 2, "4.0"),
        _F("ipv4Enabled", "boolean", 2, "6.0"),
        _F("ipv6Enabled", "boolean", 2, "6.0"),
        _F("ipv6properties", "HostInternetScsiHbaIPv6Properties", 2, "6.0"),
    )
    mac: str | None
    address: str | None
    dhcpConfigurationEnabled: bool
    subnetMask: str | None
    defaultGateway: str | None
    primaryDnsServerAddress: str | None
    alternateDnsServerAddress: str | None
    ipv6Address: str | None
    ipv6SubnetMask: str | None
    ipv6DefaultGateway: str | None
    arpRedirectEnabled: bool | None
    mtu: int | None
    jumboFramesEnabled: bool | None
    ipv4Enabled: bool | None
    ipv6Enabled: bool | None
    ipv6properties: HostInternetScsiHbaIPv6Properties | None

    def __init__(
        self,
        *,
        dhcpConfigurationEnabled: bool,
        mac: str | None = None,
        address: str | None = None,
        subnetMask: str | None = None,
        defaultGateway: str | None = None,
        primaryDnsServerAddress: str | None = None,
        alternateDnsServerAddress: str | None = None,
        ipv6Address: str | None = None,
        ipv6SubnetMask: str | None = None,
        ipv6DefaultGateway: str | None = None,
        arpRedirectEnabled: bool | None = None,
        mtu: int | None = None,
        jumboFramesEnabled: bool | None = None,
        ipv4Enabled: bool | None = None,
        ipv6Enabled: bool | None = None,
        ipv6properties: HostInternetScsiHbaIPv6Properties | None = None,
    ) -> None:
        self.mac = mac
        self.address = address
        self.dhcpConfigurationEnabled = dhcpConfigurationEnabled
        self.subnetMask = subnetMask
        self.defaultGateway = defaultGateway
        self.primaryDnsServerAddress = primaryDnsServerAddress
        self.alternateDnsServerAddress = alternateDnsServerAddress
        self.ipv6Address = ipv6Address
        self.ipv6SubnetMask = ipv6SubnetMask
        self.ipv6DefaultGateway = ipv6DefaultGateway
        self.arpRedirectEnabled = arpRedirectEnabled
        self.mtu = mtu
        self.jumboFramesEnabled = jumboFramesEnabled
        self.ipv4Enabled = ipv4Enabled
        self.ipv6Enabled = ipv6Enabled
        self.ipv6properties = ipv6properties
