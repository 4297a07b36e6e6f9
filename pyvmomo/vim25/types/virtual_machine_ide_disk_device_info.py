# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineIdeDiskDeviceInfo: data object type, extends VirtualMachineDiskDeviceInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_disk_device_info import VirtualMachineDiskDeviceInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.virtual_machine import VirtualMachine
    from .virtual_machine_ide_disk_device_partition_info import VirtualMachineIdeDiskDevicePartitionInfo


class VirtualMachineIdeDiskDeviceInfo(VirtualMachineDiskDeviceInfo):
    """VirtualMachineIdeDiskDeviceInfo: data object extending VirtualMachineDiskDeviceInfo, since 2.0.

    Attributes:
        partitionTable: list of VirtualMachineIdeDiskDevicePartitionInfo, since 2.0.
    """

    __slots__ = ("partitionTable", )
    _wire_name_: ClassVar[str] = "VirtualMachineIdeDiskDeviceInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("capacity", "long", 2, "2.0"),
        _F("vm", "ManagedObjectReference", 3, "2.0", target="VirtualMachine"),
        _F("partitionTable", "VirtualMachineIdeDiskDevicePartitionInfo", 3, "2.0"),
    )
    partitionTable: list[VirtualMachineIdeDiskDevicePartitionInfo]

    def __init__(
        self,
        *,
        name: str,
        configurationTag: list[str] | None = None,
        capacity: int | None = None,
        vm: list[VirtualMachine] | None = None,
        partitionTable: list[VirtualMachineIdeDiskDevicePartitionInfo] | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.capacity = capacity
        self.vm: list[VirtualMachine] = [] if vm is None else vm
        self.partitionTable = [] if partitionTable is None else partitionTable
