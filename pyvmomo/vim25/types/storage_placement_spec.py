# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StoragePlacementSpec: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineMovePriorityValue
    from ..managed.folder import Folder
    from ..managed.host_system import HostSystem
    from ..managed.resource_pool import ResourcePool
    from .storage_drs_pod_selection_spec import StorageDrsPodSelectionSpec
    from ..managed.virtual_machine import VirtualMachine
    from .virtual_machine_clone_spec import VirtualMachineCloneSpec
    from .virtual_machine_config_spec import VirtualMachineConfigSpec
    from .virtual_machine_relocate_spec import VirtualMachineRelocateSpec


class StoragePlacementSpec(DynamicData):
    """StoragePlacementSpec: data object extending DynamicData, since 5.0.

    Attributes:
        type: string, since 5.0.
        priority: VirtualMachineMovePriority value (str), optional, since 5.0.
        vm: reference to VirtualMachine, optional, since 5.0.
        podSelectionSpec: StorageDrsPodSelectionSpec, since 5.0.
        cloneSpec: VirtualMachineCloneSpec, optional, since 5.0.
        cloneName: string, optional, since 5.0.
        configSpec: VirtualMachineConfigSpec, optional, since 5.0.
        relocateSpec: VirtualMachineRelocateSpec, optional, since 5.0.
        resourcePool: reference to ResourcePool, optional, since 5.0.
        host: reference to HostSystem, optional, since 5.0.
        folder: reference to Folder, optional, since 5.0.
        disallowPrerequisiteMoves: boolean, optional, since 5.1.
        resourceLeaseDurationSec: int, optional, since 5.1.
    """

    __slots__ = ("type", "priority", "vm", "podSelectionSpec", "cloneSpec", "cloneName", "configSpec", "relocateSpec", "resourcePool", "host", "folder", "disallowPrerequisiteMoves", "resourceLeaseDurationSec", )
    _wire_name_: ClassVar[str] = "StoragePlacementSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "5.0"),
        _F("priority", "VirtualMachineMovePriority", 2, "5.0"),
        _F("vm", "ManagedObjectReference", 2, "5.0", target="VirtualMachine"),
        _F("podSelectionSpec", "StorageDrsPodSelectionSpec", 0, "5.0"),
        _F("cloneSpec", "VirtualMachineCloneSpec", 2, "5.0"),
        _F("cloneName", "string", 2, "5.0"),
        _F("configSpec", "VirtualMachineConfigSpec", 2, "5.0"),
        _F("relocateSpec", "VirtualMachineRelocateSpec", 2, "5.0"),
        _F("resourcePool", "ManagedObjectReference", 2, "5.0", target="ResourcePool"),
        _F("host", "ManagedObjectReference", 2, "5.0", target="HostSystem"),
        _F("folder", "ManagedObjectReference", 2, "5.0", target="Folder"),
        _F("disallowPrerequisiteMoves", "boolean", 2, "5.1"),
        _F("resourceLeaseDurationSec", "int", 2, "5.1"),
    )
    type: str
    priority: str | None
    vm: VirtualMachine | None
    podSelectionSpec: StorageDrsPodSelectionSpec
    cloneSpec: VirtualMachineCloneSpec | None
    cloneName: str | None
    configSpec: VirtualMachineConfigSpec | None
    relocateSpec: VirtualMachineRelocateSpec | None
    resourcePool: ResourcePool | None
    host: HostSystem | None
    folder: Folder | None
    disallowPrerequisiteMoves: bool | None
    resourceLeaseDurationSec: int | None

    def __init__(
        self,
        *,
        type: str,
        podSelectionSpec: StorageDrsPodSelectionSpec,
        priority: VirtualMachineMovePriorityValue | EnumValue | None = None,
        vm: VirtualMachine | None = None,
        cloneSpec: VirtualMachineCloneSpec | None = None,
        cloneName: str | None = None,
        configSpec: VirtualMachineConfigSpec | None = None,
        relocateSpec: VirtualMachineRelocateSpec | None = None,
        resourcePool: ResourcePool | None = None,
        host: HostSystem | None = None,
        folder: Folder | None = None,
        disallowPrerequisiteMoves: bool | None = None,
        resourceLeaseDurationSec: int | None = None,
    ) -> None:
        self.type = type
        self.priority = priority
        self.vm = vm
        self.podSelectionSpec = podSelectionSpec
        self.cloneSpec = cloneSpec
        self.cloneName = cloneName
        self.configSpec = configSpec
        self.relocateSpec = relocateSpec
        self.resourcePool = resourcePool
        self.host = host
        self.folder = folder
        self.disallowPrerequisiteMoves = disallowPrerequisiteMoves
        self.resourceLeaseDurationSec = resourceLeaseDurationSec
