# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsIpNetworkRuleQualifier: data object type, extends DvsNetworkRuleQualifier. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dvs_network_rule_qualifier import DvsNetworkRuleQualifier
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_ip_port import DvsIpPort
    from .int_expression import IntExpression
    from .ip_address import IpAddress


class DvsIpNetworkRuleQualifier(DvsNetworkRuleQualifier):
    """DvsIpNetworkRuleQualifier: data object extending DvsNetworkRuleQualifier, since 5.5.

    Attributes:
        sourceAddress: IpAddress, optional, since 5.5.
        destinationAddress: IpAddress, optional, since 5.5.
        protocol: IntExpression, optional, since 5.5.
        sourceIpPort: DvsIpPort, optional, since 5.5.
        destinationIpPort: DvsIpPort, optional, since 5.5.
        tcpFlags: IntExpression, optional, since 5.5.
    """

    __slots__ = ("sourceAddress", "destinationAddress", "protocol", "sourceIpPort", "destinationIpPort", "tcpFlags", )
    _wire_name_: ClassVar[str] = "DvsIpNetworkRuleQualifier"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "5.5"),
        _F("sourceAddress", "IpAddress", 2, "5.5"),
        _F("destinationAddress", "IpAddress", 2, "5.5"),
        _F("protocol", "IntExpression", 2, "5.5"),
        _F("sourceIpPort", "DvsIpPort", 2, "5.5"),
        _F("destinationIpPort", "DvsIpPort", 2, "5.5"),
        _F("tcpFlags", "IntExpression", 2, "5.5"),
    )
    sourceAddress: IpAddress | None
    destinationAddress: IpAddress | None
    protocol: IntExpression | None
    sourceIpPort: DvsIpPort | None
    destinationIpPort: DvsIpPort | None
    tcpFlags: IntExpression | None

    def __init__(
        self,
        *,
        key: str | None = None,
        sourceAddress: IpAddress | None = None,
        destinationAddress: IpAddress | None = None,
        protocol: IntExpression | None = None,
        sourceIpPort: DvsIpPort | None = None,
        destinationIpPort: DvsIpPort | None = None,
        tcpFlags: IntExpression | None = None,
    ) -> None:
        self.key = key
        self.sourceAddress = sourceAddress
        self.destinationAddress = destinationAddress
        self.protocol = protocol
        self.sourceIpPort = sourceIpPort
        self.destinationIpPort = destinationIpPort
        self.tcpFlags = tcpFlags
