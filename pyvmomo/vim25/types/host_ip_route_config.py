# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostIpRouteConfig: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostIpRouteConfig(DynamicData):
    """HostIpRouteConfig: data object extending DynamicData, since 2.0.

    Attributes:
        defaultGateway: string, optional, since 2.0.
        gatewayDevice: string, optional, since 2.0.
        ipV6DefaultGateway: string, optional, since 4.0.
        ipV6GatewayDevice: string, optional, since 4.0.
    """

    __slots__ = ("defaultGateway", "gatewayDevice", "ipV6DefaultGateway", "ipV6GatewayDevice", )
    _wire_name_: ClassVar[str] = "HostIpRouteConfig"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("defaultGateway", "string", 2, "2.0"),
        _F("gatewayDevice", "string", 2, "2.0"),
        _F("ipV6DefaultGateway", "string", 2, "4.0"),
        _F("ipV6GatewayDevice", "string", 2, "4.0"),
    )
    defaultGateway: str | None
    gatewayDevice: str | None
    ipV6DefaultGateway: str | None
    ipV6GatewayDevice: str | None

    def __init__(
        self,
        *,
        defaultGateway: str | None = None,
        gatewayDevice: str | None = None,
        ipV6DefaultGateway: str | None = None,
        ipV6GatewayDevice: str | None = None,
    ) -> None:
        self.defaultGateway = defaultGateway
        self.gatewayDevice = gatewayDevice
        self.ipV6DefaultGateway = ipV6DefaultGateway
        self.ipV6GatewayDevice = ipV6GatewayDevice
