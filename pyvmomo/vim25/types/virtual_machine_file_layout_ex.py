# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineFileLayoutEx: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .virtual_machine_file_layout_ex_disk_layout import VirtualMachineFileLayoutExDiskLayout
    from .virtual_machine_file_layout_ex_file_info import VirtualMachineFileLayoutExFileInfo
    from .virtual_machine_file_layout_ex_snapshot_layout import VirtualMachineFileLayoutExSnapshotLayout


class VirtualMachineFileLayoutEx(DynamicData):
    """VirtualMachineFileLayoutEx: data object extending DynamicData, since 4.0.

    Attributes:
        file: list of VirtualMachineFileLayoutExFileInfo, since 4.0.
        disk: list of VirtualMachineFileLayoutExDiskLayout, since 4.0.
        snapshot: list of VirtualMachineFileLayoutExSnapshotLayout, since 4.0.
        timestamp: dateTime, since 4.0.
    """

    __slots__ = ("file", "disk", "snapshot", "timestamp", )
    _wire_name_: ClassVar[str] = "VirtualMachineFileLayoutEx"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("file", "VirtualMachineFileLayoutExFileInfo", 3, "4.0"),
        _F("disk", "VirtualMachineFileLayoutExDiskLayout", 3, "4.0"),
        _F("snapshot", "VirtualMachineFileLayoutExSnapshotLayout", 3, "4.0"),
        _F("timestamp", "dateTime", 0, "4.0"),
    )
    file: list[VirtualMachineFileLayoutExFileInfo]
    disk: list[VirtualMachineFileLayoutExDiskLayout]
    snapshot: list[VirtualMachineFileLayoutExSnapshotLayout]
    timestamp: datetime

    def __init__(
        self,
        *,
        timestamp: datetime,
        file: list[VirtualMachineFileLayoutExFileInfo] | None = None,
        disk: list[VirtualMachineFileLayoutExDiskLayout] | None = None,
        snapshot: list[VirtualMachineFileLayoutExSnapshotLayout] | None = None,
    ) -> None:
        self.file = [] if file is None else file
        self.disk = [] if disk is None else disk
        self.snapshot = [] if snapshot is None else snapshot
        self.timestamp = timestamp
