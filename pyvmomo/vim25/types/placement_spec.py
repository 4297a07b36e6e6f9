# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PlacementSpec: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineMovePriorityValue
    from .cluster_rule_info import ClusterRuleInfo
    from ..managed.datastore import Datastore
    from ..managed.host_system import HostSystem
    from ..managed.storage_pod import StoragePod
    from ..managed.virtual_machine import VirtualMachine
    from .virtual_machine_clone_spec import VirtualMachineCloneSpec
    from .virtual_machine_config_spec import VirtualMachineConfigSpec
    from .virtual_machine_relocate_spec import VirtualMachineRelocateSpec


class PlacementSpec(DynamicData):
    """PlacementSpec: data object extending DynamicData, since 6.0.

    Attributes:
        priority: VirtualMachineMovePriority value (str), optional, since 6.0.
        vm: reference to VirtualMachine, optional, since 6.0.
        configSpec: VirtualMachineConfigSpec, optional, since 6.0.
        relocateSpec: VirtualMachineRelocateSpec, optional, since 6.0.
        hosts: list of references to HostSystem, since 6.0.
        datastores: list of references to Datastore, since 6.0.
        storagePods: list of references to StoragePod, since 6.0.
        disallowPrerequisiteMoves: boolean, optional, since 6.0.
        rules: list of ClusterRuleInfo, since 6.0.
        key: string, optional, since 6.0.
        placementType: string, optional, since 6.0.
        cloneSpec: VirtualMachineCloneSpec, optional, since 6.0.
        cloneName: string, optional, since 6.0.
    """

    __slots__ = ("priority", "vm", "configSpec", "relocateSpec", "hosts", "datastores", "storagePods", "disallowPrerequisiteMoves", "rules", "key", "placementType", "cloneSpec", "cloneName", )
    _wire_name_: ClassVar[str] = "PlacementSpec"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("priority", "VirtualMachineMovePriority", 2, "6.0"),
        _F("vm", "ManagedObjectReference", 2, "6.0", target="VirtualMachine"),
        _F("configSpec", "VirtualMachineConfigSpec", 2, "6.0"),
        _F("relocateSpec", "VirtualMachineRelocateSpec", 2, "6.0"),
        _F("hosts", "ManagedObjectReference", 3, "6.0", target="HostSystem"),
        _F("datastores", "ManagedObjectReference", 3, "6.0", target="Datastore"),
        _F("storagePods", "ManagedObjectReference", 3, "6.0", target="StoragePod"),
        _F("disallowPrerequisiteMoves", "boolean", 2, "6.0"),
        _F("rules", "ClusterRuleInfo", 3, "6.0"),
        _F("key", "string", 2, "6.0"),
        _F("placementType", "string", 2, "6.0"),
        _F("cloneSpec", "VirtualMachineCloneSpec", 2, "6.0"),
        _F("cloneName", "string", 2, "6.0"),
    )
    priority: str | None
    vm: VirtualMachine | None
    configSpec: VirtualMachineConfigSpec | None
    relocateSpec: VirtualMachineRelocateSpec | None
    hosts: list[HostSystem]
    datastores: list[Datastore]
    storagePods: list[StoragePod]
    disallowPrerequisiteMoves: bool | None
    rules: list[ClusterRuleInfo]
    key: str | None
    placementType: str | None
    cloneSpec: VirtualMachineCloneSpec | None
    cloneName: str | None

    def __init__(
        self,
        *,
        priority: VirtualMachineMovePriorityValue | EnumValue | None = None,
        vm: VirtualMachine | None = None,
        configSpec: VirtualMachineConfigSpec | None = None,
        relocateSpec: VirtualMachineRelocateSpec | None = None,
        hosts: list[HostSystem] | None = None,
        datastores: list[Datastore] | None = None,
        storagePods: list[StoragePod] | None = None,
        disallowPrerequisiteMoves: bool | None = None,
        rules: Sequence[ClusterRuleInfo] | None = None,
        key: str | None = None,
        placementType: str | None = None,
        cloneSpec: VirtualMachineCloneSpec | None = None,
        cloneName: str | None = None,
    ) -> None:
        self.priority = priority
        self.vm = vm
        self.configSpec = configSpec
        self.relocateSpec = relocateSpec
        self.hosts = [] if hosts is None else hosts
        self.datastores = [] if datastores is None else datastores
        self.storagePods = [] if storagePods is None else storagePods
        self.disallowPrerequisiteMoves = disallowPrerequisiteMoves
        self.rules = [] if rules is None else list(rules)
        self.key = key
        self.placementType = placementType
        self.cloneSpec = cloneSpec
        self.cloneName = cloneName
