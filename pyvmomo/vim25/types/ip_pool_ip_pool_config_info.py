# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IpPoolIpPoolConfigInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class IpPoolIpPoolConfigInfo(DynamicData):
    """IpPoolIpPoolConfigInfo: data object extending DynamicData, since 4.0.

    Attributes:
        subnetAddress: string, optional, since 4.0.
        netmask: string, optional, since 4.0.
        gateway: string, optional, since 4.0.
        range: string, optional, since 4.0.
        dns: list of string, since 4.0.
        dhcpServerAvailable: boolean, optional, since 4.0.
        ipPoolEnabled: boolean, optional, since 4.0.
    """

    __slots__ = ("subnetAddress", "netmask", "gateway", "range", "dns", "dhcpServerAvailable", "ipPoolEnabled", )
    _wire_name_: ClassVar[str] = "IpPoolIpPoolConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("subnetAddress", "string", 2, "4.0"),
        _F("netmask", "string", 2, "4.0"),
        _F("gateway", "string", 2, "4.0"),
        _F("range", "string", 2, "4.0"),
        _F("dns", "string", 3, "4.0"),
        _F("dhcpServerAvailable", "boolean", 2, "4.0"),
        _F("ipPoolEnabled", "boolean", 2, "4.0"),
    )
    subnetAddress: str | None
    netmask: str | None
    gateway: str | None
    range: str | None
    dns: list[str]
    dhcpServerAvailable: bool | None
    ipPoolEnabled: bool | None

    def __init__(
        self,
        *,
        subnetAddress: str | None = None,
        netmask: str | None = None,
        gateway: str | None = None,
        range: str | None = None,
        dns: list[str] | None = None,
        dhcpServerAvailable: bool | None = None,
        ipPoolEnabled: bool | None = None,
    ) -> None:
        self.subnetAddress = subnetAddress
        self.netmask = netmask
        self.gateway = gateway
        self.range = range
        self.dns = [] if dns is None else dns
        self.dhcpServerAvailable = dhcpServerAvailable
        self.ipPoolEnabled = ipPoolEnabled
