# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestNicInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .net_bios_config_info import NetBIOSConfigInfo
    from .net_dns_config_info import NetDnsConfigInfo
    from .net_ip_config_info import NetIpConfigInfo


class GuestNicInfo(DynamicData):
    """GuestNicInfo: data object extending DynamicData, since 2.0.

    Attributes:
        network: string, optional, since 2.0.
        ipAddress: list of string, since 2.0.
        macAddress: string, optional, since 2.0.
        connected: boolean, since 2.0.
        deviceConfigId: int, since 2.0.
        dnsConfig: NetDnsConfigInfo, optional, since 4.1.
        ipConfig: NetIpConfigInfo, optional, since 4.1.
        netBIOSConfig: NetBIOSConfigInfo, optional, since 4.1.
    """

    __slots__ = ("network", "ipAddress", "macAddress", "connected", "deviceConfigId", "dnsConfig", "ipConfig", "netBIOSConfig", )
    _wire_name_: ClassVar[str] = "GuestNicInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("network", "string", 2, "2.0"),
        _F("ipAddress", "string", 3, "2.0"),
        _F("macAddress", "string", 2, "2.0"),
        _F("connected", "boolean", 0, "2.0"),
        _F("deviceConfigId", "int", 0, "2.0"),
        _F("dnsConfig", "NetDnsConfigInfo", 2, "4.1"),
        _F("ipConfig", "NetIpConfigInfo", 2, "4.1"),
        _F("netBIOSConfig", "NetBIOSConfigInfo", 2, "4.1"),
    )
    network: str | None
    ipAddress: list[str]
    macAddress: str | None
    connected: bool
    deviceConfigId: int
    dnsConfig: NetDnsConfigInfo | None
    ipConfig: NetIpConfigInfo | None
    netBIOSConfig: NetBIOSConfigInfo | None

    def __init__(
        self,
        *,
        connected: bool,
        deviceConfigId: int,
        network: str | None = None,
        ipAddress: list[str] | None = None,
        macAddress: str | None = None,
        dnsConfig: NetDnsConfigInfo | None = None,
        ipConfig: NetIpConfigInfo | None = None,
        netBIOSConfig: NetBIOSConfigInfo | None = None,
    ) -> None:
        self.network = network
        self.ipAddress = [] if ipAddress is None else ipAddress
        self.macAddress = macAddress
        self.connected = connected
        self.deviceConfigId = deviceConfigId
        self.dnsConfig = dnsConfig
        self.ipConfig = ipConfig
        self.netBIOSConfig = netBIOSConfig
