# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanHostRuntimeInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .vsan_host_membership_info import VsanHostMembershipInfo
    from .vsan_host_runtime_info_disk_issue import VsanHostRuntimeInfoDiskIssue


class VsanHostRuntimeInfo(DynamicData):
    """VsanHostRuntimeInfo: data object extending DynamicData, since 5.5.

    Attributes:
        membershipList: list of VsanHostMembershipInfo, since 5.5.
        diskIssues: list of VsanHostRuntimeInfoDiskIssue, since 5.5.
        accessGenNo: int, optional, since 5.5.
    """

    __slots__ = ("membershipList", "diskIssues", "accessGenNo", )
    _wire_name_: ClassVar[str] = "VsanHostRuntimeInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("membershipList", "VsanHostMembershipInfo", 3, "5.5"),
        _F("diskIssues", "VsanHostRuntimeInfoDiskIssue", 3, "5.5"),
        _F("accessGenNo", "int", 2, "5.5"),
    )
    membershipList: list[VsanHostMembershipInfo]
    diskIssues: list[VsanHostRuntimeInfoDiskIssue]
    accessGenNo: int | None

    def __init__(
        self,
        *,
        membershipList: list[VsanHostMembershipInfo] | None = None,
        diskIssues: list[VsanHostRuntimeInfoDiskIssue] | None = None,
        accessGenNo: int | None = None,
    ) -> None:
        self.membershipList = [] if membershipList is None else membershipList
        self.diskIssues = [] if diskIssues is None else diskIssues
        self.accessGenNo = accessGenNo
