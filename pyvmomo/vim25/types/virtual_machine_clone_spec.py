# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineCloneSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_spec import CustomizationSpec
    from .virtual_machine_config_spec import VirtualMachineConfigSpec
    from .virtual_machine_relocate_spec import VirtualMachineRelocateSpec
    from ..managed.virtual_machine_snapshot import VirtualMachineSnapshot


class VirtualMachineCloneSpec(DynamicData):
    """VirtualMachineCloneSpec: data object extending DynamicData, since 2.0.

    Attributes:
        location: VirtualMachineRelocateSpec, since 2.0.
        template: boolean, since 2.0.
        config: VirtualMachineConfigSpec, optional, since 2.0.
        customization: CustomizationSpec, optional, since 2.0.
        powerOn: boolean, since 2.0.
        snapshot: reference to VirtualMachineSnapshot, optional, since 4.0.
        memory: boolean, optional, since 5.5.
    """

    __slots__ = ("location", "template", "config", "customization", "powerOn", "snapshot", "memory", )
    _wire_name_: ClassVar[str] = "VirtualMachineCloneSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("location", "VirtualMachineRelocateSpec", 0, "2.0"),
        _F("template", "boolean", 0, "2.0"),
        _F("config", "VirtualMachineConfigSpec", 2, "2.0"),
        _F("customization", "CustomizationSpec", 2, "2.0"),
        _F("powerOn", "boolean", 0, "2.0"),
        _F("snapshot", "ManagedObjectReference", 2, "4.0", target="VirtualMachineSnapshot"),
        _F("memory", "boolean", 2, "5.5"),
    )
    location: VirtualMachineRelocateSpec
    template: bool
    config: VirtualMachineConfigSpec | None
    customization: CustomizationSpec | None
    powerOn: bool
    snapshot: VirtualMachineSnapshot | None
    memory: bool | None

    def __init__(
        self,
        *,
        location: VirtualMachineRelocateSpec,
        template: bool,
        powerOn: bool,
        config: VirtualMachineConfigSpec | None = None,
        customization: CustomizationSpec | None = None,
        snapshot: VirtualMachineSnapshot | None = None,
        memory: bool | None = None,
    ) -> None:
        self.location = location
        self.template = template
        self.config = config
        self.customization = customization
        self.powerOn = powerOn
        self.snapshot = snapshot
        self.memory = memory
