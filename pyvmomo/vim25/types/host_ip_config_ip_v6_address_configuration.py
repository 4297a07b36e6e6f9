# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostIpConfigIpV6AddressConfiguration: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_ip_config_ip_v6_address import HostIpConfigIpV6Address


class HostIpConfigIpV6AddressConfiguration(DynamicData):
    """HostIpConfigIpV6AddressConfiguration: data object extending DynamicData, since 4.0.

    Attributes:
        ipV6Address: list of HostIpConfigIpV6Address, since 4.0.
        autoConfigurationEnabled: boolean, optional, since 4.0.
        dhcpV6Enabled: boolean, optional, since 4.0.
    """

    __slots__ = ("ipV6Address", "autoConfigurationEnabled", "dhcpV6Enabled", )
    _wire_name_: ClassVar[str] = "HostIpConfigIpV6AddressConfiguration"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ipV6Address", "HostIpConfigIpV6Address", 3, "4.0"),
        _F("autoConfigurationEnabled", "boolean", 2, "4.0"),
        _F("dhcpV6Enabled", "boolean", 2, "4.0"),
    )
    ipV6Address: list[HostIpConfigIpV6Address]
    autoConfigurationEnabled: bool | None
    dhcpV6Enabled: bool | None

    def __init__(
        self,
        *,
        ipV6Address: list[HostIpConfigIpV6Address] | None = None,
        autoConfigurationEnabled: bool | None = None,
        dhcpV6Enabled: bool | None = None,
    ) -> None:
        self.ipV6Address = [] if ipV6Address is None else ipV6Address
        self.autoConfigurationEnabled = autoConfigurationEnabled
        self.dhcpV6Enabled = dhcpV6Enabled
