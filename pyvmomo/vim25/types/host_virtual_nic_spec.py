# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVirtualNicSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_switch_port_connection import DistributedVirtualSwitchPortConnection
    from .host_ip_config import HostIpConfig
    from .host_virtual_nic_ip_route_spec import HostVirtualNicIpRouteSpec
    from .host_virtual_nic_opaque_network_spec import HostVirtualNicOpaqueNetworkSpec


class HostVirtualNicSpec(DynamicData):
    """HostVirtualNicSpec: data object extending DynamicData, since 2.0.

    Attributes:
        ip: HostIpConfig, optional, since 2.0.
        mac: string, optional, since 2.0.
        distributedVirtualPort: DistributedVirtualSwitchPortConnection, optional, since 4.0.
        portgroup: string, optional, since 4.0.
        mtu: int, optional, since 4.0.
        tsoEnabled: boolean, optional, since 4.0.
        netStackInstanceKey: string, optional, since 5.5.
        opaqueNetwork: HostVirtualNicOpaqueNetworkSpec, optional, since 6.0.
        externalId: string, optional, since 6.0.
        pinnedPnic: string, optional, since 6.0.
        ipRouteSpec: HostVirtualNicIpRouteSpec, optional, since 6.5.
        systemOwned: boolean, optional, since 7.0.0.0.
    """

    __slots__ = ("ip", "mac", "distributedVirtualPort", "portgroup", "mtu", "tsoEnabled", "netStackInstanceKey", "opaqueNetwork", "externalId", "pinnedPnic", "ipRouteSpec", "systemOwned", )
    _wire_name_: ClassVar[str] = "HostVirtualNicSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ip", "HostIpConfig", 2, "2.0"),
        _F("mac", "string", 2, "2.0"),
        _F("distributedVirtualPort", "DistributedVirtualSwitchPortConnection", 2, "4.0"),
        _F("portgroup", "string", 2, "4.0"),
        _F("mtu", "int", 2, "4.0"),
        _F("tsoEnabled", "boolean", 2, "4.0"),
        _F("netStackInstanceKey", "string", 2, "5.5"),
        _F("opaqueNetwork", "HostVirtualNicOpaqueNetworkSpec", 2, "6.0"),
        _F("externalId", "string", 2, "6.0"),
        _F("pinnedPnic", "string", 2, "6.0"),
        _F("ipRouteSpec", "HostVirtualNicIpRouteSpec", 2, "6.5"),
        _F("systemOwned", "boolean", 2, "7.0.0.0"),
    )
    ip: HostIpConfig | None
    mac: str | None
    distributedVirtualPort: DistributedVirtualSwitchPortConnection | None
    portgroup: str | None
    mtu: int | None
    tsoEnabled: bool | None
    netStackInstanceKey: str | None
    opaqueNetwork: HostVirtualNicOpaqueNetworkSpec | None
    externalId: str | None
    pinnedPnic: str | None
    ipRouteSpec: HostVirtualNicIpRouteSpec | None
    systemOwned: bool | None

    def __init__(
        self,
        *,
        ip: HostIpConfig | None = None,
        mac: str | None = None,
        distributedVirtualPort: DistributedVirtualSwitchPortConnection | None = None,
        portgroup: str | None = None,
        mtu: int | None = None,
        tsoEnabled: bool | None = None,
        netStackInstanceKey: str | None = None,
        opaqueNetwork: HostVirtualNicOpaqueNetworkSpec | None = None,
        externalId: str | None = None,
        pinnedPnic: str | None = None,
        ipRouteSpec: HostVirtualNicIpRouteSpec | None = None,
        systemOwned: bool | None = None,
    ) -> None:
        self.ip = ip
        self.mac = mac
        self.distributedVirtualPort = distributedVirtualPort
        self.portgroup = portgroup
        self.mtu = mtu
        self.tsoEnabled = tsoEnabled
        self.netStackInstanceKey = netStackInstanceKey
        self.opaqueNetwork = opaqueNetwork
        self.externalId = externalId
        self.pinnedPnic = pinnedPnic
        self.ipRouteSpec = ipRouteSpec
        self.systemOwned = systemOwned
