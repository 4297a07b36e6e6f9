# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineInstantCloneSpec: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .option_value import OptionValue
    from .virtual_machine_relocate_spec import VirtualMachineRelocateSpec


class VirtualMachineInstantCloneSpec(DynamicData):
    """VirtualMachineInstantCloneSpec: data object extending DynamicData, since 6.7.

    Attributes:
        name: string, since 6.7.
        location: VirtualMachineRelocateSpec, since 6.7.
        config: list of OptionValue, since 6.7.
        biosUuid: string, optional, since 6.7.
    """

    __slots__ = ("name", "location", "config", "biosUuid", )
    _wire_name_: ClassVar[str] = "VirtualMachineInstantCloneSpec"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "6.7"),
        _F("location", "VirtualMachineRelocateSpec", 0, "6.7"),
        _F("config", "OptionValue", 3, "6.7"),
        _F("biosUuid", "string", 2, "6.7"),
    )
    name: str
    location: VirtualMachineRelocateSpec
    config: list[OptionValue]
    biosUuid: str | None

    def __init__(
        self,
        *,
        name: str,
        location: VirtualMachineRelocateSpec,
        config: Sequence[OptionValue] | None = None,
        biosUuid: str | None = None,
    ) -> None:
        self.name = name
        self.location = location
        self.config = [] if config is None else list(config)
        self.biosUuid = biosUuid
