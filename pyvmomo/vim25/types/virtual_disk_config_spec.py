# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskConfigSpec: data object type, extends VirtualDeviceConfigSpec. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device_config_spec import VirtualDeviceConfigSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualDeviceConfigSpecFileOperationValue, VirtualDeviceConfigSpecOperationValue
    from .virtual_device import VirtualDevice
    from .virtual_device_config_spec_backing_spec import VirtualDeviceConfigSpecBackingSpec
    from .virtual_machine_base_independent_filter_spec import VirtualMachineBaseIndependentFilterSpec
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec


class VirtualDiskConfigSpec(VirtualDeviceConfigSpec):
    """VirtualDiskConfigSpec: data object extending VirtualDeviceConfigSpec, since 5.5.

    Attributes:
        diskMoveType: string, optional, since 6.0.
        migrateCache: boolean, optional, since 5.5.
    """

    __slots__ = ("diskMoveType", "migrateCache", )
    _wire_name_: ClassVar[str] = "VirtualDiskConfigSpec"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "VirtualDeviceConfigSpecOperation", 2, "2.0"),
        _F("fileOperation", "VirtualDeviceConfigSpecFileOperation", 2, "2.0"),
        _F("device", "VirtualDevice", 0, "2.0"),
        _F("profile", "VirtualMachineProfileSpec", 3, "5.5"),
        _F("backing", "VirtualDeviceConfigSpecBackingSpec", 2, "6.5"),
        _F("filterSpec", "VirtualMachineBaseIndependentFilterSpec", 3, "7.0.2.1"),
        _F("diskMoveType", "string", 2, "6.0"),
        _F("migrateCache", "boolean", 2, "5.5"),
    )
    diskMoveType: str | None
    migrateCache: bool | None

    def __init__(
        self,
        *,
        device: VirtualDevice,
        operation: VirtualDeviceConfigSpecOperationValue | EnumValue | None = None,
        fileOperation: VirtualDeviceConfigSpecFileOperationValue | EnumValue | None = None,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        backing: VirtualDeviceConfigSpecBackingSpec | None = None,
        filterSpec: Sequence[VirtualMachineBaseIndependentFilterSpec] | None = None,
        diskMoveType: str | None = None,
        migrateCache: bool | None = None,
    ) -> None:
        self.operation: str | None = operation
        self.fileOperation: str | None = fileOperation
        self.device = device
        self.profile: list[VirtualMachineProfileSpec] = [] if profile is None else list(profile)
        self.backing = backing
        self.filterSpec: list[VirtualMachineBaseIndependentFilterSpec] = [] if filterSpec is None else list(filterSpec)
        self.diskMoveType = diskMoveType
        self.migrateCache = migrateCache
