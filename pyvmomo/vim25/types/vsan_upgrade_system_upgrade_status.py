# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanUpgradeSystemUpgradeStatus: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .vsan_upgrade_system_upgrade_history_item import VsanUpgradeSystemUpgradeHistoryItem


class VsanUpgradeSystemUpgradeStatus(DynamicData):
    """VsanUpgradeSystemUpgradeStatus: data object extending DynamicData, since 6.0.

    Attributes:
        inProgress: boolean, since 6.0.
        history: list of VsanUpgradeSystemUpgradeHistoryItem, since 6.0.
        aborted: boolean, optional, since 6.0.
        completed: boolean, optional, since 6.0.
        progress: int, optional, since 6.0.
    """

    __slots__ = ("inProgress", "history", "aborted", "completed", "progress", )
    _wire_name_: ClassVar[str] = "VsanUpgradeSystemUpgradeStatus"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inProgress", "boolean", 0, "6.0"),
        _F("history", "VsanUpgradeSystemUpgradeHistoryItem", 3, "6.0"),
        _F("aborted", "boolean", 2, "6.0"),
        _F("completed", "boolean", 2, "6.0"),
        _F("progress", "int", 2, "6.0"),
    )
    inProgress: bool
    history: list[VsanUpgradeSystemUpgradeHistoryItem]
    aborted: bool | None
    completed: bool | None
    progress: int | None

    def __init__(
        self,
        *,
        inProgress: bool,
        history: Sequence[VsanUpgradeSystemUpgradeHistoryItem] | None = None,
        aborted: bool | None = None,
        completed: bool | None = None,
        progress: int | None = None,
    ) -> None:
        self.inProgress = inProgress
        self.history = [] if history is None else list(history)
        self.aborted = aborted
        self.completed = completed
        self.progress = progress
