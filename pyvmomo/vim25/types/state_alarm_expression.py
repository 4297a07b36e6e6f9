# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StateAlarmExpression: data object type, extends AlarmExpression. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .alarm_expression import AlarmExpression
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import StateAlarmOperatorValue


class StateAlarmExpression(AlarmExpression):
    """StateAlarmExpression: data object extending AlarmExpression, since 2.0.

    Attributes:
        operator: StateAlarmOperator value (str), since 2.0.
        type: string, since 2.0.
        statePath: string, since 2.0.
        yellow: string, optional, since 2.0.
        red: string, optional, since 2.0.
    """

    __slots__ = ("operator", "type", "statePath", "yellow", "red", )
    _wire_name_: ClassVar[str] = "StateAlarmExpression"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operator", "StateAlarmOperator", 0, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("statePath", "string", 0, "2.0"),
        _F("yellow", "string", 2, "2.0"),
        _F("red", "string", 2, "2.0"),
    )
    operator: str
    type: str
    statePath: str
    yellow: str | None
    red: str | None

    def __init__(
        self,
        *,
        operator: StateAlarmOperatorValue | EnumValue,
        type: str,
        statePath: str,
        yellow: str | None = None,
        red: str | None = None,
    ) -> None:
        self.operator = operator
        self.type = type
        self.statePath = statePath
        self.yellow = yellow
        self.red = red
