# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostIpConfig: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_ip_config_ip_v6_address_configuration import HostIpConfigIpV6AddressConfiguration


class HostIpConfig(DynamicData):
    """HostIpConfig: data object extending DynamicData, since 2.0.

    Attributes:
        dhcp: boolean, since 2.0.
        ipAddress: string, optional, since 2.0.
        subnetMask: string, optional, since 2.0.
        ipV6Config: HostIpConfigIpV6AddressConfiguration, optional, since 4.0.
    """

    __slots__ = ("dhcp", "ipAddress", "subnetMask", "ipV6Config", )
    _wire_name_: ClassVar[str] = "HostIpConfig"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dhcp", "boolean", 0, "2.0"),
        _F("ipAddress", "string", 2, "2.0"),
        _F("subnetMask", "string", 2, "2.0"),
        _F("ipV6Config", "HostIpConfigIpV6AddressConfiguration", 2, "4.0"),
    )
    dhcp: bool
    ipAddress: str | None
    subnetMask: str | None
    ipV6Config: HostIpConfigIpV6AddressConfiguration | None

    def __init__(
        self,
        *,
        dhcp: bool,
        ipAddress: str | None = None,
        subnetMask: str | None = None,
        ipV6Config: HostIpConfigIpV6AddressConfiguration | None = None,
    ) -> None:
        self.dhcp = dhcp
        self.ipAddress = ipAddress
        self.subnetMask = subnetMask
        self.ipV6Config = ipV6Config
