# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineFileLayoutExSnapshotLayout: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .virtual_machine_file_layout_ex_disk_layout import VirtualMachineFileLayoutExDiskLayout
    from ..managed.virtual_machine_snapshot import VirtualMachineSnapshot


class VirtualMachineFileLayoutExSnapshotLayout(DynamicData):
    """VirtualMachineFileLayoutExSnapshotLayout: data object extending DynamicData, since 4.0.

    Attributes:
        key: reference to VirtualMachineSnapshot, since 4.0.
        dataKey: int, since 4.0.
        memoryKey: int, optional, since 6.0.
        disk: list of VirtualMachineFileLayoutExDiskLayout, since 4.0.
    """

    __slots__ = ("key", "dataKey", "memoryKey", "disk", )
    _wire_name_: ClassVar[str] = "VirtualMachineFileLayoutExSnapshotLayout"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "ManagedObjectReference", 0, "4.0", target="VirtualMachineSnapshot"),
        _F("dataKey", "int", 0, "4.0"),
        _F("memoryKey", "int", 2, "6.0"),
        _F("disk", "VirtualMachineFileLayoutExDiskLayout", 3, "4.0"),
    )
    key: VirtualMachineSnapshot
    dataKey: int
    memoryKey: int | None
    disk: list[VirtualMachineFileLayoutExDiskLayout]

    def __init__(
        self,
        *,
        key: VirtualMachineSnapshot,
        dataKey: int,
        memoryKey: int | None = None,
        disk: list[VirtualMachineFileLayoutExDiskLayout] | None = None,
    ) -> None:
        self.key = key
        self.dataKey = dataKey
        self.memoryKey = memoryKey
        self.disk = [] if disk is None else disk
