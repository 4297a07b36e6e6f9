# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanUpgradeSystemPreflightCheckResult: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .vsan_host_disk_mapping import VsanHostDiskMapping
    from .vsan_upgrade_system_preflight_check_issue import VsanUpgradeSystemPreflightCheckIssue


class VsanUpgradeSystemPreflightCheckResult(DynamicData):
    """VsanUpgradeSystemPreflightCheckResult: data object extending DynamicData, since 6.0.

    Attributes:
        issues: list of VsanUpgradeSystemPreflightCheckIssue, since 6.0.
        diskMappingToRestore: VsanHostDiskMapping, optional, since 6.0.
    """

    __slots__ = ("issues", "diskMappingToRestore", )
    _wire_name_: ClassVar[str] = "VsanUpgradeSystemPreflightCheckResult"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("issues", "VsanUpgradeSystemPreflightCheckIssue", 3, "6.0"),
        _F("diskMappingToRestore", "VsanHostDiskMapping", 2, "6.0"),
    )
    issues: list[VsanUpgradeSystemPreflightCheckIssue]
    diskMappingToRestore: VsanHostDiskMapping | None

    def __init__(
        self,
        *,
        issues: Sequence[VsanUpgradeSystemPreflightCheckIssue] | None = None,
        diskMappingToRestore: VsanHostDiskMapping | None = None,
    ) -> None:
        self.issues = [] if issues is None else list(issues)
        self.diskMappingToRestore = diskMappingToRestore
