# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IpPool: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .ip_pool_association import IpPoolAssociation
    from .ip_pool_ip_pool_config_info import IpPoolIpPoolConfigInfo


class IpPool(DynamicData):
    """IpPool: data object extending DynamicData, since 4.0.

    Attributes:
        id: int, optional, since 4.0.
        name: string, optional, since 4.0.
        ipv4Config: IpPoolIpPoolConfigInfo, optional, since 4.0.
        ipv6Config: IpPoolIpPoolConfigInfo, optional, since 4.0.
        dnsDomain: string, optional, since 4.0.
        dnsSearchPath: string, optional, since 4.0.
        hostPrefix: string, optional, since 4.0.
        httpProxy: string, optional, since 4.0.
        networkAssociation: list of IpPoolAssociation, since 4.0.
        availableIpv4Addresses: int, optional, since 5.1.
        availableIpv6Addresses: int, optional, since 5.1.
        allocatedIpv4Addresses: int, optional, since 5.1.
        allocatedIpv6Addresses: int, optional, since 5.1.
    """

    __slots__ = ("id", "name", "ipv4Config", "ipv6Config", "dnsDomain", "dnsSearchPath", "hostPrefix", "httpProxy", "networkAssociation", "availableIpv4Addresses", "availableIpv6Addresses", "allocatedIpv4Addresses", "allocatedIpv6Addresses", )
    _wire_name_: ClassVar[str] = "IpPool"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "int", 2, "4.0"),
        _F("name", "string", 2, "4.0"),
        _F("ipv4Config", "IpPoolIpPoolConfigInfo", 2, "4.0"),
        _F("ipv6Config", "IpPoolIpPoolConfigInfo", 2, "4.0"),
        _F("dnsDomain", "string", 2, "4.0"),
        _F("dnsSearchPath", "string", 2, "4.0"),
        _F("hostPrefix", "string", 2, "4.0"),
        _F("httpProxy", "string", 2, "4.0"),
        _F("networkAssociation", "IpPoolAssociation", 3, "4.0"),
        _F("availableIpv4Addresses", "int", 2, "5.1"),
        _F("availableIpv6Addresses", "int", 2, "5.1"),
        _F("allocatedIpv4Addresses", "int", 2, "5.1"),
        _F("allocatedIpv6Addresses", "int", 2, "5.1"),
    )
    id: int | None
    name: str | None
    ipv4Config: IpPoolIpPoolConfigInfo | None
    ipv6Config: IpPoolIpPoolConfigInfo | None
    dnsDomain: str | None
    dnsSearchPath: str | None
    hostPrefix: str | None
    httpProxy: str | None
    networkAssociation: list[IpPoolAssociation]
    availableIpv4Addresses: int | None
    availableIpv6Addresses: int | None
    allocatedIpv4Addresses: int | None
    allocatedIpv6Addresses: int | None

    def __init__(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        ipv4Config: IpPoolIpPoolConfigInfo | None = None,
        ipv6Config: IpPoolIpPoolConfigInfo | None = None,
        dnsDomain: str | None = None,
        dnsSearchPath: str | None = None,
        hostPrefix: str | None = None,
        httpProxy: str | None = None,
        networkAssociation: list[IpPoolAssociation] | None = None,
        availableIpv4Addresses: int | None = None,
        availableIpv6Addresses: int | None = None,
        allocatedIpv4Addresses: int | None = None,
        allocatedIpv6Addresses: int | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.ipv4Config = ipv4Config
        self.ipv6Config = ipv6Config
        self.dnsDomain = dnsDomain
        self.dnsSearchPath = dnsSearchPath
        self.hostPrefix = hostPrefix
        self.httpProxy = httpProxy
        self.networkAssociation = [] if networkAssociation is None else networkAssociation
        self.availableIpv4Addresses = availableIpv4Addresses
        self.availableIpv6Addresses = availableIpv6Addresses
        self.allocatedIpv4Addresses = allocatedIpv4Addresses
        self.allocatedIpv6Addresses = allocatedIpv6Addresses
