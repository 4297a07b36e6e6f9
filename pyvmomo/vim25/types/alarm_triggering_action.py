# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmTriggeringAction: data object type, extends AlarmAction. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .alarm_action import AlarmAction
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .action import Action
    from .alarm_triggering_action_transition_spec import AlarmTriggeringActionTransitionSpec


class AlarmTriggeringAction(AlarmAction):
    """AlarmTriggeringAction: data object extending AlarmAction, since 2.0.

    Attributes:
        action: Action, since 2.0.
        transitionSpecs: list of AlarmTriggeringActionTransitionSpec, since 4.0.
        green2yellow: boolean, since 2.0.
        yellow2red: boolean, since 2.0.
        red2yellow: boolean, since 2.0.
        yellow2green: boolean, since 2.0.
    """

    __slots__ = ("action", "transitionSpecs", "green2yellow", "yellow2red", "red2yellow", "yellow2green", )
    _wire_name_: ClassVar[str] = "AlarmTriggeringAction"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("action", "Action", 0, "2.0"),
        _F("transitionSpecs", "AlarmTriggeringActionTransitionSpec", 3, "4.0"),
        _F("green2yellow", "boolean", 0, "2.0"),
        _F("yellow2red", "boolean", 0, "2.0"),
        _F("red2yellow", "boolean", 0, "2.0"),
        _F("yellow2green", "boolean", 0, "2.0"),
    )
    action: Action
    transitionSpecs: list[AlarmTriggeringActionTransitionSpec]
    green2yellow: bool
    yellow2red: bool
    red2yellow: bool
    yellow2green: bool

    def __init__(
        self,
        *,
        action: Action,
        green2yellow: bool,
        yellow2red: bool,
        red2yellow: bool,
        yellow2green: bool,
        transitionSpecs: list[AlarmTriggeringActionTransitionSpec] | None = None,
    ) -> None:
        self.action = action
        self.transitionSpecs = [] if transitionSpecs is None else transitionSpecs
        self.green2yellow = green2yellow
        self.yellow2red = yellow2red
        self.red2yellow = red2yellow
        self.yellow2green = yellow2green
