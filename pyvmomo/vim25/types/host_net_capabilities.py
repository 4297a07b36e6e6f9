# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNetCapabilities: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostNetCapabilities(DynamicData):
    """HostNetCapabilities: data object extending DynamicData, since 2.0.

    Attributes:
        canSetPhysicalNicLinkSpeed: boolean, since 2.0.
        supportsNicTeaming: boolean, since 2.0.
        nicTeamingPolicy: list of string, since 2.0.
        supportsVlan: boolean, since 2.0.
        usesServiceConsoleNic: boolean, since 2.0.
        supportsNetworkHints: boolean, since 2.0.
        maxPortGroupsPerVswitch: int, optional, since 2.5.
        vswitchConfigSupported: boolean, since 2.5.
        vnicConfigSupported: boolean, since 2.5.
        ipRouteConfigSupported: boolean, since 2.5.
        dnsConfigSupported: boolean, since 2.5.
        dhcpOnVnicSupported: boolean, since 2.5.
        ipV6Supported: boolean, optional, since 4.0.
        backupNfcNiocSupported: boolean, optional, since 7.0.1.0.
    """

    __slots__ = ("canSetPhysicalNicLinkSpeed", "supportsNicTeaming", "nicTeamingPolicy", "supportsVlan", "usesServiceConsoleNic", "supportsNetworkHints", "maxPortGroupsPerVswitch", "vswitchConfigSupported", "vnicConfigSupported", "ipRouteConfigSupported", "dnsConfigSupported", "dhcpOnVnicSupported", "ipV6Supported", "backupNfcNiocSupported", )
    _wire_name_: ClassVar[str] = "HostNetCapabilities"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("canSetPhysicalNicLinkSpeed", "boolean", 0, "2.0"),
        _F("supportsNicTeaming", "boolean", 0, "2.0"),
        _F("nicTeamingPolicy", "string", 3, "2.0"),
        _F("supportsVlan", "boolean", 0, "2.0"),
        _F("usesServiceConsoleNic", "boolean", 0, "2.0"),
        _F("supportsNetworkHints", "boolean", 0, "2.0"),
        _F("maxPortGroupsPerVswitch", "int", 2, "2.5"),
        _F("vswitchConfigSupported", "boolean", 0, "2.5"),
        _F("vnicConfigSupported", "boolean", 0, "2.5"),
        _F("ipRouteConfigSupported", "boolean", 0, "2.5"),
        _F("dnsConfigSupported", "boolean", 0, "2.5"),
        _F("dhcpOnVnicSupported", "boolean", 0, "2.5"),
        _F("ipV6Supported", "boolean", 2, "4.0"),
        _F("backupNfcNiocSupported", "boolean", 2, "7.0.1.0"),
    )
    canSetPhysicalNicLinkSpeed: bool
    supportsNicTeaming: bool
    nicTeamingPolicy: list[str]
    supportsVlan: bool
    usesServiceConsoleNic: bool
    supportsNetworkHints: bool
    maxPortGroupsPerVswitch: int | None
    vswitchConfigSupported: bool
    vnicConfigSupported: bool
    ipRouteConfigSupported: bool
    dnsConfigSupported: bool
    dhcpOnVnicSupported: bool
    ipV6Supported: bool | None
    backupNfcNiocSupported: bool | None

    def __init__(
        self,
        *,
        canSetPhysicalNicLinkSpeed: bool,
        supportsNicTeaming: bool,
        supportsVlan: bool,
        usesServiceConsoleNic: bool,
        supportsNetworkHints: bool,
        vswitchConfigSupported: bool,
        vnicConfigSupported: bool,
        ipRouteConfigSupported: bool,
        dnsConfigSupported: bool,
        dhcpOnVnicSupported: bool,
        nicTeamingPolicy: list[str] | None = None,
        maxPortGroupsPerVswitch: int | None = None,
        ipV6Supported: bool | None = None,
        backupNfcNiocSupported: bool | None = None,
    ) -> None:
        self.canSetPhysicalNicLinkSpeed = canSetPhysicalNicLinkSpeed
        self.supportsNicTeaming = supportsNicTeaming
        self.nicTeamingPolicy = [] if nicTeamingPolicy is None else nicTeamingPolicy
        self.supportsVlan = supportsVlan
        self.usesServiceConsoleNic = usesServiceConsoleNic
        self.supportsNetworkHints = supportsNetworkHints
        self.maxPortGroupsPerVswitch = maxPortGroupsPerVswitch
        self.vswitchConfigSupported = vswitchConfigSupported
        self.vnicConfigSupported = vnicConfigSupported
        self.ipRouteConfigSupported = ipRouteConfigSupported
        self.dnsConfigSupported = dnsConfigSupported
        self.dhcpOnVnicSupported = dhcpOnVnicSupported
        self.ipV6Supported = ipV6Supported
        self.backupNfcNiocSupported = backupNfcNiocSupported
