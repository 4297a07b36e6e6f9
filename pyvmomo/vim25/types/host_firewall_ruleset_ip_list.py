# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostFirewallRulesetIpList: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_firewall_ruleset_ip_network import HostFirewallRulesetIpNetwork


class HostFirewallRulesetIpList(DynamicData):
    """HostFirewallRulesetIpList: data object extending DynamicData, since 5.0.

    Attributes:
        ipAddress: list of string, since 5.0.
        ipNetwork: list of HostFirewallRulesetIpNetwork, since 5.0.
        allIp: boolean, since 5.0.
    """

    __slots__ = ("ipAddress", "ipNetwork", "allIp", )
    _wire_name_: ClassVar[str] = "HostFirewallRulesetIpList"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ipAddress", "string", 3, "5.0"),
        _F("ipNetwork", "HostFirewallRulesetIpNetwork", 3, "5.0"),
        _F("allIp", "boolean", 0, "5.0"),
    )
    ipAddress: list[str]
    ipNetwork: list[HostFirewallRulesetIpNetwork]
    allIp: bool

    def __init__(
        self,
        *,
        allIp: bool,
        ipAddress: list[str] | None = None,
        ipNetwork: list[HostFirewallRulesetIpNetwork] | None = None,
    ) -> None:
        self.ipAddress = [] if ipAddress is None else ipAddress
        self.ipNetwork = [] if ipNetwork is None else ipNetwork
        self.allIp = allIp
