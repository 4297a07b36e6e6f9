# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostFirewallRule: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import HostFirewallRuleDirectionValue, HostFirewallRulePortTypeValue


class HostFirewallRule(DynamicData):
    """HostFirewallRule: data object extending DynamicData, since 2.0.

    Attributes:
        port: int, since 2.0.
        endPort: int, optional, since 2.0.
        direction: HostFirewallRuleDirection value (str), since 2.0.
        portType: HostFirewallRulePortType value (str), optional, since 5.0.
        protocol: string, since 2.0.
    """

    __slots__ = ("port", "endPort", "direction", "portType", "protocol", )
    _wire_name_: ClassVar[str] = "HostFirewallRule"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("port", "int", 0, "2.0"),
        _F("endPort", "int", 2, "2.0"),
        _F("direction", "HostFirewallRuleDirection", 0, "2.0"),
        _F("portType", "HostFirewallRulePortType", 2, "5.0"),
        _F("protocol", "string", 0, "2.0"),
    )
    port: int
    endPort: int | None
    direction: str
    portType: str | None
    protocol: str

    def __init__(
        self,
        *,
        port: int,
        direction: HostFirewallRuleDirectionValue | EnumValue,
        protocol: str,
        endPort: int | None = None,
        portType: HostFirewallRulePortTypeValue | EnumValue | None = None,
    ) -> None:
        self.port = port
        self.endPort = endPort
        self.direction = direction
        self.portType = portType
        self.protocol = protocol
