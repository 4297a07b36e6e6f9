# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineFileLayout: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .virtual_machine_file_layout_disk_layout import VirtualMachineFileLayoutDiskLayout
    from .virtual_machine_file_layout_snapshot_layout import VirtualMachineFileLayoutSnapshotLayout


class VirtualMachineFileLayout(DynamicData):
    """VirtualMachineFileLayout: data object extending DynamicData, since 2.0.

    Attributes:
        configFile: list of string, since 2.0.
        logFile: list of string, since 2.0.
        disk: list of VirtualMachineFileLayoutDiskLayout, since 2.0.
        snapshot: list of VirtualMachineFileLayoutSnapshotLayout, since 2.0.
        swapFile: string, optional, since 2.0.
    """

    __slots__ = ("configFile", "logFile", "disk", "snapshot", "swapFile", )
    _wire_name_: ClassVar[str] = "VirtualMachineFileLayout"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("configFile", "string", 3, "2.0"),
        _F("logFile", "string", 3, "2.0"),
        _F("disk", "VirtualMachineFileLayoutDiskLayout", 3, "2.0"),
        _F("snapshot", "VirtualMachineFileLayoutSnapshotLayout", 3, "2.0"),
        _F("swapFile", "string", 2, "2.0"),
    )
    configFile: list[str]
    logFile: list[str]
    disk: list[VirtualMachineFileLayoutDiskLayout]
    snapshot: list[VirtualMachineFileLayoutSnapshotLayout]
    swapFile: str | None

    def __init__(
        self,
        *,
        configFile: list[str] | None = None,
        logFile: list[str] | None = None,
        disk: list[VirtualMachineFileLayoutDiskLayout] | None = None,
        snapshot: list[VirtualMachineFileLayoutSnapshotLayout] | None = None,
        swapFile: str | None = None,
    ) -> None:
        self.configFile = [] if configFile is None else configFile
        self.logFile = [] if logFile is None else logFile
        self.disk = [] if disk is None else disk
        self.snapshot = [] if snapshot is None else snapshot
        self.swapFile = swapFile
