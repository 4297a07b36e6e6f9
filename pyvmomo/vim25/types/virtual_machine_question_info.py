# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineQuestionInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .choice_option import ChoiceOption
    from .virtual_machine_message import VirtualMachineMessage


class VirtualMachineQuestionInfo(DynamicData):
    """VirtualMachineQuestionInfo: data object extending DynamicData, since 2.0.

    Attributes:
        id: string, since 2.0.
        text: string, since 2.0.
        choice: ChoiceOption, since 2.0.
        message: list of VirtualMachineMessage, since 2.5.
    """

    __slots__ = ("id", "text", "choice", "message", )
    _wire_name_: ClassVar[str] = "VirtualMachineQuestionInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "2.0"),
        _F("text", "string", 0, "2.0"),
        _F("choice", "ChoiceOption", 0, "2.0"),
        _F("message", "VirtualMachineMessage", 3, "2.5"),
    )
    id: str
    text: str
    choice: ChoiceOption
    message: list[VirtualMachineMessage]

    def __init__(
        self,
        *,
        id: str,
        text: str,
        choice: ChoiceOption,
        message: list[VirtualMachineMessage] | None = None,
    ) -> None:
        self.id = id
        self.text = text
        self.choice = choice
        self.message = [] if message is None else message
