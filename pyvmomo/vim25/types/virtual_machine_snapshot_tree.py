# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineSnapshotTree: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachinePowerStateValue
    from ..managed.virtual_machine import VirtualMachine
    from ..managed.virtual_machine_snapshot import VirtualMachineSnapshot


class VirtualMachineSnapshotTree(DynamicData):
    """VirtualMachineSnapshotTree: data object extending DynamicData, since 2.0.

    Attributes:
        snapshot: reference to VirtualMachineSnapshot, since 2.0.
        vm: reference to VirtualMachine, since 2.0.
        name: string, since 2.0.
        description: string, since 2.0.
        id: int, optional, since 4.0.
        createTime: dateTime, since 2.0.
        state: VirtualMachinePowerState value (str), since 2.0.
        quiesced: boolean, since 2.0.
        backupManifest: string, optional, since 4.0.
        childSnapshotList: list of VirtualMachineSnapshotTree, since 2.0.
        replaySupported: boolean, optional, since 4.0.
    """

    __slots__ = ("snapshot", "vm", "name", "description", "id", "createTime", "state", "quiesced", "backupManifest", "childSnapshotList", "replaySupported", )
    _wire_name_: ClassVar[str] = "VirtualMachineSnapshotTree"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("snapshot", "ManagedObjectReference", 0, "2.0", target="VirtualMachineSnapshot"),
        _F("vm", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
        _F("name", "string", 0, "2.0"),
        _F("description", "string", 0, "2.0"),
        _F("id", "int", 2, "4.0"),
        _F("createTime", "dateTime", 0, "2.0"),
        _F("state", "VirtualMachinePowerState", 0, "2.0"),
        _F("quiesced", "boolean", 0, "2.0"),
        _F("backupManifest", "string", 2, "4.0"),
        _F("childSnapshotList", "VirtualMachineSnapshotTree", 3, "2.0"),
        _F("replaySupported", "boolean", 2, "4.0"),
    )
    snapshot: VirtualMachineSnapshot
    vm: VirtualMachine
    name: str
    description: str
    id: int | None
    createTime: datetime
    state: str
    quiesced: bool
    backupManifest: str | None
    childSnapshotList: list[VirtualMachineSnapshotTree]
    replaySupported: bool | None

    def __init__(
        self,
        *,
        snapshot: VirtualMachineSnapshot,
        vm: VirtualMachine,
        name: str,
        description: str,
        createTime: datetime,
        state: VirtualMachinePowerStateValue | EnumValue,
        quiesced: bool,
        id: int | None = None,
        backupManifest: str | None = None,
        childSnapshotList: list[VirtualMachineSnapshotTree] | None = None,
        replaySupported: bool | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.vm = vm
        self.name = name
        self.description = description
        self.id = id
        self.createTime = createTime
        self.state = state
        self.quiesced = quiesced
        self.backupManifest = backupManifest
        self.childSnapshotList = [] if childSnapshotList is None else childSnapshotList
        self.replaySupported = replaySupported
