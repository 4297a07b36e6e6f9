# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NetIpRouteConfigSpecIpRouteSpec: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .net_ip_route_config_spec_gateway_spec import NetIpRouteConfigSpecGatewaySpec


class NetIpRouteConfigSpecIpRouteSpec(DynamicData):
    """NetIpRouteConfigSpecIpRouteSpec: data object extending DynamicData, since 4.1.

    Attributes:
        network: string, since 4.1.
        prefixLength: int, since 4.1.
        gateway: NetIpRouteConfigSpecGatewaySpec, since 4.1.
        operation: string, since 4.1.
    """

    __slots__ = ("network", "prefixLength", "gateway", "operation", )
    _wire_name_: ClassVar[str] = "NetIpRouteConfigSpecIpRouteSpec"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("network", "string", 0, "4.1"),
        _F("prefixLength", "int", 0, "4.1"),
        _F("gateway", "NetIpRouteConfigSpecGatewaySpec", 0, "4.1"),
        _F("operation", "string", 0, "4.1"),
    )
    network: str
    prefixLength: int
    gateway: NetIpRouteConfigSpecGatewaySpec
    operation: str

    def __init__(
        self,
        *,
        network: str,
        prefixLength: int,
        gateway: NetIpRouteConfigSpecGatewaySpec,
        operation: str,
    ) -> None:
        self.network = network
        self.prefixLength = prefixLength
        self.gateway = gateway
        self.operation = operation
