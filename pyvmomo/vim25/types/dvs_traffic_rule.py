# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsTrafficRule: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .dvs_network_rule_action import DvsNetworkRuleAction
    from .dvs_network_rule_qualifier import DvsNetworkRuleQualifier


class DvsTrafficRule(DynamicData):
    """DvsTrafficRule: data object extending DynamicData, since 5.5.

    Attributes:
        key: string, optional, since 5.5.
        description: string, optional, since 5.5.
        sequence: int, optional, since 5.5.
        qualifier: list of DvsNetworkRuleQualifier, since 5.5.
        action: DvsNetworkRuleAction, optional, since 5.5.
        direction: string, optional, since 5.5.
    """

    __slots__ = ("key", "description", "sequence", "qualifier", "action", "direction", )
    _wire_name_: ClassVar[str] = "DvsTrafficRule"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "5.5"),
        _F("description", "string", 2, "5.5"),
        _F("sequence", "int", 2, "5.5"),
        _F("qualifier", "DvsNetworkRuleQualifier", 3, "5.5"),
        _F("action", "DvsNetworkRuleAction", 2, "5.5"),
        _F("direction", "string", 2, "5.5"),
    )
    key: str | None
    description: str | None
    sequence: int | None
    qualifier: list[DvsNetworkRuleQualifier]
    action: DvsNetworkRuleAction | None
    direction: str | None

    def __init__(
        self,
        *,
        key: str | None = None,
        description: str | None = None,
        sequence: int | None = None,
        qualifier: Sequence[DvsNetworkRuleQualifier] | None = None,
        action: DvsNetworkRuleAction | None = None,
        direction: str | None = None,
    ) -> None:
        self.key = key
        self.description = description
        self.sequence = sequence
        self.qualifier = [] if qualifier is None else list(qualifier)
        self.action = action
        self.direction = direction
