# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNetworkInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_dhcp_service import HostDhcpService
    from .host_dns_config import HostDnsConfig
    from .host_ip_route_config import HostIpRouteConfig
    from .host_ip_route_table_info import HostIpRouteTableInfo
    from .host_nat_service import HostNatService
    from .host_net_stack_instance import HostNetStackInstance
    from .host_opaque_network_info import HostOpaqueNetworkInfo
    from .host_opaque_switch import HostOpaqueSwitch
    from .host_port_group import HostPortGroup
    from .host_proxy_switch import HostProxySwitch
    from .host_rdma_device import HostRdmaDevice
    from .host_virtual_nic import HostVirtualNic
    from .host_virtual_switch import HostVirtualSwitch
    from .physical_nic import PhysicalNic


class HostNetworkInfo(DynamicData):
    """HostNetworkInfo: data object extending DynamicData, since 2.0.

    Attributes:
        vswitch: list of HostVirtualSwitch, since 2.0.
        proxySwitch: list of HostProxySwitch, since 4.0.
        portgroup: list of HostPortGroup, since 2.0.
        pnic: list of PhysicalNic, since 2.0.
        rdmaDevice: list of HostRdmaDevice, since 7.0.0.0.
        vnic: list of HostVirtualNic, since 2.0.
        consoleVnic: list of HostVirtualNic, since 2.0.
        dnsConfig: HostDnsConfig, optional, since 2.0.
        ipRouteConfig: HostIpRouteConfig, optional, since 2.0.
        consoleIpRouteConfig: HostIpRouteConfig, optional, since 2.0.
        routeTableInfo: HostIpRouteTableInfo, optional, since 4.0.
        dhcp: list of HostDhcpService, since 2.5.
        nat: list of HostNatService, since 2.5.
        ipV6Enabled: boolean, optional, since 4.0.
        atBootIpV6Enabled: boolean, optional, since 4.1.
        netStackInstance: list of HostNetStackInstance, since 5.5.
        opaqueSwitch: list of HostOpaqueSwitch, since 5.5.
        opaqueNetwork: list of HostOpaqueNetworkInfo, since 5.5.
        nsxTransportNodeId: string, optional, since 7.0.0.0.
        nvdsToVdsMigrationRequired: boolean, optional, since 7.0.2.0.
        migrationStatus: string, optional, since 7.0.2.0.
    """

    __slots__ = ("vswitch", "proxySwitch", "portgroup", "pnic", "rdmaDevice", "vnic", "consoleVnic", "dnsConfig", "ipRouteConfig", "consoleIpRouteConfig", "routeTableInfo", "dhcp", "nat", "ipV6Enabled", "atBootIpV6Enabled", "netStackInstance", "opaqueSwitch", "opaqueNetwork", "nsxTransportNodeId", "nvdsToVdsMigrationRequired", "migrationStatus", )
    _wire_name_: ClassVar[str] = "HostNetworkInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vswitch", "HostVirtualSwitch", 3, "2.0"),
        _F("proxySwitch", "HostProxySwitch", 3, "4.0"),
        _F("portgroup", "HostPortGroup", 3, "2.0"),
        _F("pnic", "PhysicalNic", 3, "2.0"),
        _F("rdmaDevice", "HostRdmaDevice", 3, "7.0.0.0"),
        _F("vnic", "HostVirtualNic", 3, "2.0"),
        _F("consoleVnic", "HostVirtualNic", 3, "2.0"),
        _F("dnsConfig", "HostDnsConfig", 2, "2.0"),
        _F("ipRouteConfig", "HostIpRouteConfig", 2, "2.0"),
        _F("consoleIpRouteConfig", "HostIpRouteConfig", 2, "2.0"),
        _F("routeTableInfo", "HostIpRouteTableInfo", 2, "4.0"),
        _F("dhcp", "HostDhcpService", 3, "2.5"),
        _F("nat", "HostNatService", 3, "2.5"),
        _F("ipV6Enabled", "boolean", 2, "4.0"),
        _F("atBootIpV6Enabled", "boolean", 2, "4.1"),
        _F("netStackInstance", "HostNetStackInstance", 3, "5.5"),
        _F("opaqueSwitch", "HostOpaqueSwitch", 3, "5.5"),
        _F("opaqueNetwork", "HostOpaqueNetworkInfo", 3, "5.5"),
        _F("nsxTransportNodeId", "string", 2, "7.0.0.0"),
        _F("nvdsToVdsMigrationRequired", "boolean", 2, "7.0.2.0"),
        _F("migrationStatus", "string", 2, "7.0.2.0"),
    )
    vswitch: list[HostVirtualSwitch]
    proxySwitch: list[HostProxySwitch]
    portgroup: list[HostPortGroup]
    pnic: list[PhysicalNic]
    rdmaDevice: list[HostRdmaDevice]
    vnic: list[HostVirtualNic]
    consoleVnic: list[HostVirtualNic]
    dnsConfig: HostDnsConfig | None
    ipRouteConfig: HostIpRouteConfig | None
    consoleIpRouteConfig: HostIpRouteConfig | None
    routeTableInfo: HostIpRouteTableInfo | None
    dhcp: list[HostDhcpService]
    nat: list[HostNatService]
    ipV6Enabled: bool | None
    atBootIpV6Enabled: bool | None
    netStackInstance: list[HostNetStackInstance]
    opaqueSwitch: list[HostOpaqueSwitch]
    opaqueNetwork: list[HostOpaqueNetworkInfo]
    nsxTransportNodeId: str | None
    nvdsToVdsMigrationRequired: bool | None
    migrationStatus: str | None

    def __init__(
        self,
        *,
        vswitch: list[HostVirtualSwitch] | None = None,
        proxySwitch: list[HostProxySwitch] | None = None,
        portgroup: list[HostPortGroup] | None = None,
        pnic: list[PhysicalNic] | None = None,
        rdmaDevice: list[HostRdmaDevice] | None = None,
        vnic: list[HostVirtualNic] | None = None,
        consoleVnic: list[HostVirtualNic] | None = None,
        dnsConfig: HostDnsConfig | None = None,
        ipRouteConfig: HostIpRouteConfig | None = None,
        consoleIpRouteConfig: HostIpRouteConfig | None = None,
        routeTableInfo: HostIpRouteTableInfo | None = None,
        dhcp: list[HostDhcpService] | None = None,
        nat: list[HostNatService] | None = None,
        ipV6Enabled: bool | None = None,
        atBootIpV6Enabled: bool | None = None,
        netStackInstance: list[HostNetStackInstance] | None = None,
        opaqueSwitch: list[HostOpaqueSwitch] | None = None,
        opaqueNetwork: list[HostOpaqueNetworkInfo] | None = None,
        nsxTransportNodeId: str | None = None,
        nvdsToVdsMigrationRequired: bool | None = None,
        migrationStatus: str | None = None,
    ) -> None:
        self.vswitch = [] if vswitch is None else vswitch
        self.proxySwitch = [] if proxySwitch is None else proxySwitch
        self.portgroup = [] if portgroup is None else portgroup
        self.pnic = [] if pnic is None else pnic
        self.rdmaDevice = [] if rdmaDevice is None else rdmaDevice
        self.vnic = [] if vnic is None else vnic
        self.consoleVnic = [] if consoleVnic is None else consoleVnic
        self.dnsConfig = dnsConfig
        self.ipRouteConfig = ipRouteConfig
        self.consoleIpRouteConfig = consoleIpRouteConfig
        self.routeTableInfo = routeTableInfo
        self.dhcp = [] if dhcp is None else dhcp
        self.nat = [] if nat is None else nat
        self.ipV6Enabled = ipV6Enabled
        self.atBootIpV6Enabled = atBootIpV6Enabled
        self.netStackInstance = [] if netStackInstance is None else netStackInstance
        self.opaqueSwitch = [] if opaqueSwitch is None else opaqueSwitch
        self.opaqueNetwork = [] if opaqueNetwork is None else opaqueNetwork
        self.nsxTransportNodeId = nsxTransportNodeId
        self.nvdsToVdsMigrationRequired = nvdsToVdsMigrationRequired
        self.migrationStatus = migrationStatus
