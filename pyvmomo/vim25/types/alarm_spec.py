# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .alarm_action import AlarmAction
    from .alarm_expression import AlarmExpression
    from .alarm_setting import AlarmSetting


class AlarmSpec(DynamicData):
    """AlarmSpec: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        systemName: string, optional, since 5.0.
        description: string, since 2.0.
        enabled: boolean, since 2.0.
        expression: AlarmExpression, since 2.0.
        action: AlarmAction, optional, since 2.0.
        actionFrequency: int, optional, since 4.0.
        setting: AlarmSetting, optional, since 2.0.
    """

    __slots__ = ("name", "systemName", "description", "enabled", "expression", "action", "actionFrequency", "setting", )
    _wire_name_: ClassVar[str] = "AlarmSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("systemName", "string", 2, "5.0"),
        _F("description", "string", 0, "2.0"),
        _F("enabled", "boolean", 0, "2.0"),
        _F("expression", "AlarmExpression", 0, "2.0"),
        _F("action", "AlarmAction", 2, "2.0"),
        _F("actionFrequency", "int", 2, "4.0"),
        _F("setting", "AlarmSetting", 2, "2.0"),
    )
    name: str
    systemName: str | None
    description: str
    enabled: bool
    expression: AlarmExpression
    action: AlarmAction | None
    actionFrequency: int | None
    setting: AlarmSetting | None

    def __init__(
        self,
        *,
        name: str,
        description: str,
        enabled: bool,
        expression: AlarmExpression,
        systemName: str | None = None,
        action: AlarmAction | None = None,
        actionFrequency: int | None = None,
        setting: AlarmSetting | None = None,
    ) -> None:
        self.name = name
        self.systemName = systemName
        self.description = description
        self.enabled = enabled
        self.expression = expression
        self.action = action
        self.actionFrequency = actionFrequency
        self.setting = setting
