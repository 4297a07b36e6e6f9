# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDnsConfigSpec: data object type, extends HostDnsConfig. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_dns_config import HostDnsConfig
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_virtual_nic_connection import HostVirtualNicConnection


class HostDnsConfigSpec(HostDnsConfig):
    """HostDnsConfigSpec: data object extending HostDnsConfig, since 4.0.

    Attributes:
        virtualNicConnection: HostVirtualNicConnection, optional, since 4.0.
        virtualNicConnectionV6: HostVirtualNicConnection, optional, since 6.7.
    """

    __slots__ = ("virtualNicConnection", "virtualNicConnectionV6", )
    _wire_name_: ClassVar[str] = "HostDnsConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dhcp", "boolean", 0, "2.0"),
        _F("virtualNicDevice", "string", 2, "2.0"),
        _F("ipv6VirtualNicDevice", "string", 2, "6.7"),
        _F("hostName", "string", 0, "2.0"),
        _F("domainName", "string", 0, "2.0"),
        _F("address", "string", 3, "2.0"),
        _F("searchDomain", "string", 3, "2.0"),
        _F("virtualNicConnection", "HostVirtualNicConnection", 2, "4.0"),
        _F("virtualNicConnectionV6", "HostVirtualNicConnection", 2, "6.7"),
    )
    virtualNicConnection: HostVirtualNicConnection | None
    virtualNicConnectionV6: HostVirtualNicConnection | None

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
        virtualNicConnection: HostVirtualNicConnection | None = None,
        virtualNicConnectionV6: HostVirtualNicConnection | None = None,
    ) -> None:
        self.dhcp = dhcp
        self.virtualNicDevice = virtualNicDevice
        self.ipv6VirtualNicDevice = ipv6VirtualNicDevice
        self.hostName = hostName
        self.domainName = domainName
        self.address: list[str] = [] if address is None else address
        self.searchDomain: list[str] = [] if searchDomain is None else searchDomain
        self.virtualNicConnection = virtualNicConnection
        self.virtualNicConnectionV6 = virtualNicConnectionV6
