# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDnsConfig: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostDnsConfig(DynamicData):
    """HostDnsConfig: data object extending DynamicData, since 2.0.

    Attributes:
        dhcp: boolean, since 2.0.
        virtualNicDevice: string, optional, since 2.0.
        ipv6VirtualNicDevice: string, optional, since 6.7.
        hostName: string, since 2.0.
        domainName: string, since 2.0.
        address: list of string, since 2.0.
        searchDomain: list of string, since 2.0.
    """

    __slots__ = ("dhcp", "virtualNicDevice", "ipv6VirtualNicDevice", "hostName", "domainName", "address", "searchDomain", )
    _wire_name_: ClassVar[str] = "HostDnsConfig"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dhcp", "boolean", 0, "2.0"),
        _F("virtualNicDevice", "string", 2, "2.0"),
        _F("ipv6VirtualNicDevice", "string", 2, "6.7"),
        _F("hostName", "string", 0, "2.0"),
        _F("domainName", "string", 0, "2.0"),
        _F("address", "string", 3, "2.0"),
        _F("searchDomain", "string", 3, "2.0"),
    )
    dhcp: bool
    virtualNicDevice: str | None
    ipv6VirtualNicDevice: str | None
    hostName: str
    domainName: str
    address: list[str]
    searchDomain: list[str]

    def __init__(
        self,
        *,
        dhcp: bool,
        hostName: str,
        domainName: str,
        virtualNicDevice: str | None = None,
        ipv6VirtualNicDevice: str | None = None,
        address: list[str] | None = None,
        searchDomain: list[str] | None = None,
    ) -> None:
        self.dhcp = dhcp
        self.virtualNicDevice = virtualNicDevice
        self.ipv6VirtualNicDevice = ipv6VirtualNicDevice
        self.hostName = hostName
        self.domainName = domainName
        self.address = [] if address is None else address
        self.searchDomain = [] if searchDomain is None else searchDomain
