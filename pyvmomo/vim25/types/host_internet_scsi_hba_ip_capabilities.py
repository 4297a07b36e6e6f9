# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaIPCapabilities: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostInternetScsiHbaIPCapabilities(DynamicData):
    """HostInternetScsiHbaIPCapabilities: data object extending DynamicData, since 2.0.

    Attributes:
        addressSettable: boolean, since 2.0.
        ipConfigurationMethodSettable: boolean, since 2.0.
        subnetMaskSettable: boolean, since 2.0.
        defaultGatewaySettable: boolean, since 2.0.
        primaryDnsServerAddressSettable: boolean, since 2.0.
        alternateDnsServerAddressSettable: boolean, since 2.0.
        ipv6Supported: boolean, optional, since 4.0.
        arpRedirectSettable: boolean, optional, since 4.0.
        mtuSettable: boolean, optional, since 4.0.
        hostNameAsTargetAddress: boolean, optional, since 4.0.
        nameAliasSettable: boolean, optional, since 4.1.
        ipv4EnableSettable: boolean, optional, since 6.0.
        ipv6EnableSettable: boolean, optional, since 6.0.
        ipv6PrefixLengthSettable: boolean, optional, since 6.0.
        ipv6PrefixLength: int, optional, since 6.0.
        ipv6DhcpConfigurationSettable: boolean, optional, since 6.0.
        ipv6LinkLocalAutoConfigurationSettable: boolean, optional, since 6.0.
        ipv6RouterAdvertisementConfigurationSettable: boolean, optional, since 6.0.
        ipv6DefaultGatewaySettable: boolean, optional, since 6.0.
        ipv6MaxStaticAddressesSupported: int, optional, since 6.0.
    """

    __slots__ = ("addressSettable", "ipConfigurationMethodSettable", "subnetMaskSettable", "defaultGatewaySettable", "primaryDnsServerAddressSettable", "alternateDnsServerAddressSettable", "ipv6Supported", "arpRedirectSettable", "mtuSettable", "hostNameAsTargetAddress", "nameAliasSettable", "ipv4EnableSettable", "ipv6EnableSettable", "ipv6PrefixLengthSettable", "ipv6PrefixLength", "ipv6DhcpConfigurationSettable", "ipv6LinkLocalAutoConfigurationSettable", "ipv6RouterAdvertisementConfigurationSettable", "ipv6DefaultGatewaySettable", "ipv6MaxStaticAddressesSupported", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaIPCapabilities"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("addressSettable", "boolean", 0, "2.0"),
        _F("ipConfigurationMethodSettable", "boolean", 0, "2.0"),
        _F("subnetMaskSettable", "boolean", 0, "2.0"),
        _F("defaultGatewaySettable", "boolean", 0, "2.0"),
        _F("primaryDnsServerAddressSettable", "boolean", 0, "2.0"),
        _F("alternateDnsServerAddressSettable", "boolean", 0, "2.0"),
        _F("ipv6Supported", "boolean", 2, "4.0"),
        _F("arpRedirectSettable", "boolean", 2, "4.0"),
        _F("mtuSettable", "boolean", 2, "4.0"),
        _F("hostNameAsTargetAddress", "boolean", 2, "4.0"),
        _F("nameAliasSettable", "boolean", 2, "4.1"),
        _F("ipv4EnableSettable", "boolean", 2, "6.0"),
        _F("ipv6EnableSettable", "boolean", 2, "6.0"),
        _F("ipv6PrefixLengthSettable", "boolean", 2, "6.0"),
        _F("ipv6PrefixLength", "int", 2, "6.0"),
        _F("ipv6DhcpConfigurationSettable", "boolean", 2, "6.0"),
        _F("ipv6LinkLocalAutoConfigurationSettable", "boolean", 2, "6.0"),
        _F("ipv6RouterAdvertisementConfigurationSettable", "boolean", 2, "6.0"),
        _F("ipv6DefaultGatewaySettable", "boolean", 2, "6.0"),
        _F("ipv6MaxStaticAddressesSupported", "int", 2, "6.0"),
    )
    addressSettable: bool
    ipConfigurationMethodSettable: bool
    subnetMaskSettable: bool
    defaultGatewaySettable: bool
    primaryDnsServerAddressSettable: bool
    alternateDnsServerAddressSettable: bool
    ipv6Supported: bool | None
    arpRedirectSettable: bool | None
    mtuSettable: bool | None
    hostNameAsTargetAddress: bool | None
    nameAliasSettable: bool | None
    ipv4EnableSettable: bool | None
    ipv6EnableSettable: bool | None
    ipv6PrefixLengthSettable: bool | None
    ipv6PrefixLength: int | None
    ipv6DhcpConfigurationSettable: bool | None
    ipv6LinkLocalAutoConfigurationSettable: bool | None
    ipv6RouterAdvertisementConfigurationSettable: bool | None
    ipv6DefaultGatewaySettable: bool | None
    ipv6MaxStaticAddressesSupported: int | None

    def __init__(
        self,
        *,
        addressSettable: bool,
        ipConfigurationMethodSettable: bool,
        subnetMaskSettable: bool,
        defaultGatewaySettable: bool,
        primaryDnsServerAddressSettable: bool,
        alternateDnsServerAddressSettable: bool,
        ipv6Supported: bool | None = None,
        arpRedirectSettable: bool | None = None,
        mtuSettable: bool | None = None,
        hostNameAsTargetAddress: bool | None = None,
        nameAliasSettable: bool | None = None,
        ipv4EnableSettable: bool | None = None,
        ipv6EnableSettable: bool | None = None,
        ipv6PrefixLengthSettable: bool | None = None,
        ipv6PrefixLength: int | None = None,
        ipv6DhcpConfigurationSettable: bool | None = None,
        ipv6LinkLocalAutoConfigurationSettable: bool | None = None,
        ipv6RouterAdvertisementConfigurationSettable: bool | None = None,
        ipv6DefaultGatewaySettable: bool | None = None,
        ipv6MaxStaticAddressesSupported: int | None = None,
    ) -> None:
        self.addressSettable = addressSettable
        self.ipConfigurationMethodSettable = ipConfigurationMethodSettable
        self.subnetMaskSettable = subnetMaskSettable
        self.defaultGatewaySettable = defaultGatewaySettable
        self.primaryDnsServerAddressSettable = primaryDnsServerAddressSettable
        self.alternateDnsServerAddressSettable = alternateDnsServerAddressSettable
        self.ipv6Supported = ipv6Supported
        self.arpRedirectSettable = arpRedirectSettable
        self.mtuSettable = mtuSettable
        self.hostNameAsTargetAddress = hostNameAsTargetAddress
        self.nameAliasSettable = nameAliasSettable
        self.ipv4EnableSettable = ipv4EnableSettable
        self.ipv6EnableSettable = ipv6EnableSettable
        self.ipv6PrefixLengthSettable = ipv6PrefixLengthSettable
        self.ipv6PrefixLength = ipv6PrefixLength
        self.ipv6DhcpConfigurationSettable = ipv6DhcpConfigurationSettable
        self.ipv6LinkLocalAutoConfigurationSettable = ipv6LinkLocalAutoConfigurationSettable
        self.ipv6RouterAdvertisementConfigurationSettable = ipv6RouterAdvertisementConfigurationSettable
        self.ipv6DefaultGatewaySettable = ipv6DefaultGatewaySettable
        self.ipv6MaxStaticAddressesSupported = ipv6MaxStaticAddressesSupported
