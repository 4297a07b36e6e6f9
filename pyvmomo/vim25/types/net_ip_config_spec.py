# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NetIpConfigSpec: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .net_dhcp_config_spec import NetDhcpConfigSpec
    from .net_ip_config_spec_ip_address_spec import NetIpConfigSpecIpAddressSpec


class NetIpConfigSpec(DynamicData):
    """NetIpConfigSpec: data object extending DynamicData, since 4.1.

    Attributes:
        ipAddress: list of NetIpConfigSpecIpAddressSpec, since 4.1.
        dhcp: NetDhcpConfigSpec, optional, since 4.1.
        autoConfigurationEnabled: boolean, optional, since 4.1.
    """

    __slots__ = ("ipAddress", "dhcp", "autoConfigurationEnabled", )
    _wire_name_: ClassVar[str] = "NetIpConfigSpec"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ipAddress", "NetIpConfigSpecIpAddressSpec", 3, "4.1"),
        _F("dhcp", "NetDhcpConfigSpec", 2, "4.1"),
        _F("autoConfigurationEnabled", "boolean", 2, "4.1"),
    )
    ipAddress: list[NetIpConfigSpecIpAddressSpec]
    dhcp: NetDhcpConfigSpec | None
    autoConfigurationEnabled: bool | None

    def __init__(
        self,
        *,
        ipAddress: list[NetIpConfigSpecIpAddressSpec] | None = None,
        dhcp: NetDhcpConfigSpec | None = None,
        autoConfigurationEnabled: bool | None = None,
    ) -> None:
        self.ipAddress = [] if ipAddress is None else ipAddress
        self.dhcp = dhcp
        self.autoConfigurationEnabled = autoConfigurationEnabled
