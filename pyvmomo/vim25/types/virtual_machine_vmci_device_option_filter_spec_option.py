# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineVMCIDeviceOptionFilterSpecOption: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .choice_option import ChoiceOption
    from .long_option import LongOption


class VirtualMachineVMCIDeviceOptionFilterSpecOption(DynamicData):
    """VirtualMachineVMCIDeviceOptionFilterSpecOption: data object extending DynamicData, since 6.0.

    Attributes:
        action: ChoiceOption, since 6.0.
        protocol: ChoiceOption, since 6.0.
        direction: ChoiceOption, since 6.0.
        lowerDstPortBoundary: LongOption, since 6.0.
        upperDstPortBoundary: LongOption, since 6.0.
    """

    __slots__ = ("action", "protocol", "direction", "lowerDstPortBoundary", "upperDstPortBoundary", )
    _wire_name_: ClassVar[str] = "VirtualMachineVMCIDeviceOptionFilterSpecOption"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("action", "ChoiceOption", 0, "6.0"),
        _F("protocol", "ChoiceOption", 0, "6.0"),
        _F("direction", "ChoiceOption", 0, "6.0"),
        _F("lowerDstPortBoundary", "LongOption", 0, "6.0"),
        _F("upperDstPortBoundary", "LongOption", 0, "6.0"),
    )
    action: ChoiceOption
    protocol: ChoiceOption
    direction: ChoiceOption
    lowerDstPortBoundary: LongOption
    upperDstPortBoundary: LongOption

    def __init__(
        self,
        *,
        action: ChoiceOption,
        protocol: ChoiceOption,
        direction: ChoiceOption,
        lowerDstPortBoundary: LongOption,
        upperDstPortBoundary: LongOption,
    ) -> None:
        self.action = action
        self.protocol = protocol
        self.direction = direction
        self.lowerDstPortBoundary = lowerDstPortBoundary
        self.upperDstPortBoundary = upperDstPortBoundary
