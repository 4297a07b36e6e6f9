# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNetworkConfig: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_dhcp_service_config import HostDhcpServiceConfig
    from .host_dns_config import HostDnsConfig
    from .host_ip_route_config import HostIpRouteConfig
    from .host_ip_route_table_config import HostIpRouteTableConfig
    from .host_nat_service_config import HostNatServiceConfig
    from .host_network_config_net_stack_spec import HostNetworkConfigNetStackSpec
    from .host_port_group_config import HostPortGroupConfig
    from .host_proxy_switch_config import HostProxySwitchConfig
    from .host_virtual_nic_config import HostVirtualNicConfig
    from .host_virtual_switch_config import HostVirtualSwitchConfig
    from .physical_nic_config import PhysicalNicConfig


class HostNetworkConfig(DynamicData):
    """HostNetworkConfig: data object extending DynamicData, since 2.0.

    Attributes:
        vswitch: list of HostVirtualSwitchConfig, since 2.0.
        proxySwitch: list of HostProxySwitchConfig, since 4.0.
        portgroup: list of HostPortGroupConfig, since 2.0.
        pnic: list of PhysicalNicConfig, since 2.0.
        vnic: list of HostVirtualNicConfig, since 2.0.
        consoleVnic: list of HostVirtualNicConfig, since 2.0.
        dnsConfig: HostDnsConfig, optional, since 2.0.
        ipRouteConfig: HostIpRouteConfig, optional, since 2.0.
        consoleIpRouteConfig: HostIpRouteConfig, optional, since 2.0.
        routeTableConfig: HostIpRouteTableConfig, optional, since 4.0.
        dhcp: list of HostDhcpServiceConfig, since 2.5.
        nat: list of HostNatServiceConfig, since 2.5.
        ipV6Enabled: boolean, optional, since 4.0.
        netStackSpec: list of HostNetworkConfigNetStackSpec, since 5.5.
        migrationStatus: string, optional, since 7.0.2.0.
    """

    __slots__ = ("vswitch", "proxySwitch", "portgroup", "pnic", "vnic", "consoleVnic", "dnsConfig", "ipRouteConfig", "consoleIpRouteConfig", "routeTableConfig", "dhcp", "nat", "ipV6Enabled", "netStackSpec", "migrationStatus", )
    _wire_name_: ClassVar[str] = "HostNetworkConfig"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vswitch", "HostVirtualSwitchConfig", 3, "2.0"),
        _F("proxySwitch", "HostProxySwitchConfig", 3, "4.0"),
        _F("portgroup", "HostPortGroupConfig", 3, "2.0"),
        _F("pnic", "PhysicalNicConfig", 3, "2.0"),
        _F("vnic", "HostVirtualNicConfig", 3, "2.0"),
        _F("consoleVnic", "HostVirtualNicConfig", 3, "2.0"),
        _F("dnsConfig", "HostDnsConfig", 2, "2.0"),
        _F("ipRouteConfig", "HostIpRouteConfig", 2, "2.0"),
        _F("consoleIpRouteConfig", "HostIpRouteConfig", 2, "2.0"),
        _F("routeTableConfig", "HostIpRouteTableConfig", 2, "4.0"),
        _F("dhcp", "HostDhcpServiceConfig", 3, "2.5"),
        _F("nat", "HostNatServiceConfig", 3, "2.5"),
        _F("ipV6Enabled", "boolean", 2, "4.0"),
        _F("netStackSpec", "HostNetworkConfigNetStackSpec", 3, "5.5"),
        _F("migrationStatus", "string", 2, "7.0.2.0"),
    )
    vswitch: list[HostVirtualSwitchConfig]
    proxySwitch: list[HostProxySwitchConfig]
    portgroup: list[HostPortGroupConfig]
    pnic: list[PhysicalNicConfig]
    vnic: list[HostVirtualNicConfig]
    consoleVnic: list[HostVirtualNicConfig]
    dnsConfig: HostDnsConfig | None
    ipRouteConfig: HostIpRouteConfig | None
    consoleIpRouteConfig: HostIpRouteConfig | None
    routeTableConfig: HostIpRouteTableConfig | None
    dhcp: list[HostDhcpServiceConfig]
    nat: list[HostNatServiceConfig]
    ipV6Enabled: bool | None
    netStackSpec: list[HostNetworkConfigNetStackSpec]
    migrationStatus: str | None

    def __init__(
        self,
        *,
        vswitch: list[HostVirtualSwitchConfig] | None = None,
        proxySwitch: list[HostProxySwitchConfig] | None = None,
        portgroup: list[HostPortGroupConfig] | None = None,
        pnic: list[PhysicalNicConfig] | None = None,
        vnic: list[HostVirtualNicConfig] | None = None,
        consoleVnic: list[HostVirtualNicConfig] | None = None,
        dnsConfig: HostDnsConfig | None = None,
        ipRouteConfig: HostIpRouteConfig | None = None,
        consoleIpRouteConfig: HostIpRouteConfig | None = None,
        routeTableConfig: HostIpRouteTableConfig | None = None,
        dhcp: list[HostDhcpServiceConfig] | None = None,
        nat: list[HostNatServiceConfig] | None = None,
        ipV6Enabled: bool | None = None,
        netStackSpec: list[HostNetworkConfigNetStackSpec] | None = None,
        migrationStatus: str | None = None,
    ) -> None:
        self.vswitch = [] if vswitch is None else vswitch
        self.proxySwitch = [] if proxySwitch is None else proxySwitch
        self.portgroup = [] if portgroup is None else portgroup
        self.pnic = [] if pnic is None else pnic
        self.vnic = [] if vnic is None else vnic
        self.consoleVnic = [] if consoleVnic is None else consoleVnic
        self.dnsConfig = dnsConfig
        self.ipRouteConfig = ipRouteConfig
        self.consoleIpRouteConfig = consoleIpRouteConfig
        self.routeTableConfig = routeTableConfig
        self.dhcp = [] if dhcp is None else dhcp
        self.nat = [] if nat is None else nat
        self.ipV6Enabled = ipV6Enabled
        self.netStackSpec = [] if netStackSpec is None else netStackSpec
        self.migrationStatus = migrationStatus
