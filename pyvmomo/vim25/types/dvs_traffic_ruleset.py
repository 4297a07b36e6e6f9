# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsTrafficRuleset: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_traffic_rule import DvsTrafficRule


class DvsTrafficRuleset(DynamicData):
    """DvsTrafficRuleset: data object extending DynamicData, since 5.5.

    Attributes:
        key: string, optional, since 5.5.
        enabled: boolean, optional, since 5.5.
        precedence: int, optional, since 5.5.
        rules: list of DvsTrafficRule, since 5.5.
    """

    __slots__ = ("key", "enabled", "precedence", "rules", )
    _wire_name_: ClassVar[str] = "DvsTrafficRuleset"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "5.5"),
        _F("enabled", "boolean", 2, "5.5"),
        _F("precedence", "int", 2, "5.5"),
        _F("rules", "DvsTrafficRule", 3, "5.5"),
    )
    key: str | None
    enabled: bool | None
    precedence: int | None
    rules: list[DvsTrafficRule]

    def __init__(
        self,
        *,
        key: str | None = None,
        enabled: bool | None = None,
        precedence: int | None = None,
        rules: list[DvsTrafficRule] | None = None,
    ) -> None:
        self.key = key
        self.enabled = enabled
        self.precedence = precedence
        self.rules = [] if rules is None else rules
