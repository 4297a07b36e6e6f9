# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanUpgradeSystemUpgradeHistoryDiskGroupOp: data object type, extends VsanUpgradeSystemUpgradeHistoryItem. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vsan_upgrade_system_upgrade_history_item import VsanUpgradeSystemUpgradeHistoryItem
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ..managed.host_system import HostSystem
    from ..managed.task import Task
    from .vsan_host_disk_mapping import VsanHostDiskMapping


class VsanUpgradeSystemUpgradeHistoryDiskGroupOp(VsanUpgradeSystemUpgradeHistoryItem):
    """VsanUpgradeSystemUpgradeHistoryDiskGroupOp: data object extending VsanUpgradeSystemUpgradeHistoryItem, since 6.0.

    Attributes:
        operation: string, since 6.0.
        diskMapping: VsanHostDiskMapping, since 6.0.
    """

    __slots__ = ("operation", "diskMapping", )
    _wire_name_: ClassVar[str] = "VsanUpgradeSystemUpgradeHistoryDiskGroupOp"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("timestamp", "dateTime", 0, "6.0"),
        _F("host", "ManagedObjectReference", 2, "6.0", target="HostSystem"),
        _F("message", "string", 0, "6.0"),
        _F("task", "ManagedObjectReference", 2, "6.0", target="Task"),
        _F("operation", "string", 0, "6.0"),
        _F("diskMapping", "VsanHostDiskMapping", 0, "6.0"),
    )
    operation: str
    diskMapping: VsanHostDiskMapping

    def __init__(
        self,
        *,
        timestamp: datetime,
        message: str,
        operation: str,
        diskMapping: VsanHostDiskMapping,
        host: HostSystem | None = None,
        task: Task[object] | None = None,
    ) -> None:
        self.timestamp = timestamp
        self.host = host
        self.message = message
        self.task = task
        self.operation = operation
        self.diskMapping = diskMapping
