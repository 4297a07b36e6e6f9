# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNetStackInstance: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_dns_config import HostDnsConfig
    from .host_ip_route_config import HostIpRouteConfig
    from .host_ip_route_table_config import HostIpRouteTableConfig


class HostNetStackInstance(DynamicData):
    """HostNetStackInstance: data object extending DynamicData, since 5.5.

    Attributes:
        key: string, optional, since 5.5.
        name: string, optional, since 5.5.
        dnsConfig: HostDnsConfig, optional, since 5.5.
        ipRouteConfig: HostIpRouteConfig, optional, since 5.5.
        requestedMaxNumberOfConnections: int, optional, since 5.5.
        congestionControlAlgorithm: string, optional, since 5.5.
        ipV6Enabled: boolean, optional, since 5.5.
        routeTableConfig: HostIpRouteTableConfig, optional, since 5.5.
    """

    __slots__ = ("key", "name", "dnsConfig", "ipRouteConfig", "requestedMaxNumberOfConnections", "congestionControlAlgorithm", "ipV6Enabled", "routeTableConfig", )
    _wire_name_: ClassVar[str] = "HostNetStackInstance"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "5.5"),
        _F("name", "string", 2, "5.5"),
        _F("dnsConfig", "HostDnsConfig", 2, "5.5"),
        _F("ipRouteConfig", "HostIpRouteConfig", 2, "5.5"),
        _F("requestedMaxNumberOfConnections", "int", 2, "5.5"),
        _F("congestionControlAlgorithm", "string", 2, "5.5"),
        _F("ipV6Enabled", "boolean", 2, "5.5"),
        _F("routeTableConfig", "HostIpRouteTableConfig", 2, "5.5"),
    )
    key: str | None
    name: str | None
    dnsConfig: HostDnsConfig | None
    ipRouteConfig: HostIpRouteConfig | None
    requestedMaxNumberOfConnections: int | None
    congestionControlAlgorithm: str | None
    ipV6Enabled: bool | None
    routeTableConfig: HostIpRouteTableConfig | None

    def __init__(
        self,
        *,
        key: str | None = None,
        name: str | None = None,
        dnsConfig: HostDnsConfig | None = None,
        ipRouteConfig: HostIpRouteConfig | None = None,
        requestedMaxNumberOfConnections: int | None = None,
        congestionControlAlgorithm: str | None = None,
        ipV6Enabled: bool | None = None,
        routeTableConfig: HostIpRouteTableConfig | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.dnsConfig = dnsConfig
        self.ipRouteConfig = ipRouteConfig
        self.requestedMaxNumberOfConnections = requestedMaxNumberOfConnections
        self.congestionControlAlgorithm = congestionControlAlgorithm
        self.ipV6Enabled = ipV6Enabled
        self.routeTableConfig = routeTableConfig
