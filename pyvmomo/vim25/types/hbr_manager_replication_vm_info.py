# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HbrManagerReplicationVmInfo: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .localized_method_fault import LocalizedMethodFault
    from .replication_vm_progress_info import ReplicationVmProgressInfo


class HbrManagerReplicationVmInfo(DynamicData):
    """HbrManagerReplicationVmInfo: data object extending DynamicData, since 5.0.

    Attributes:
        state: string, since 5.0.
        progressInfo: ReplicationVmProgressInfo, optional, since 5.0.
        imageId: string, optional, since 5.0.
        lastError: LocalizedMethodFault, optional, since 5.0.
    """

    __slots__ = ("state", "progressInfo", "imageId", "lastError", )
    _wire_name_: ClassVar[str] = "HbrManagerReplicationVmInfo"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("state", "string", 0, "5.0"),
        _F("progressInfo", "ReplicationVmProgressInfo", 2, "5.0"),
        _F("imageId", "string", 2, "5.0"),
        _F("lastError", "LocalizedMethodFault", 2, "5.0"),
    )
    state: str
    progressInfo: ReplicationVmProgressInfo | None
    imageId: str | None
    lastError: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        state: str,
        progressInfo: ReplicationVmProgressInfo | None = None,
        imageId: str | None = None,
        lastError: LocalizedMethodFault | None = None,
    ) -> None:
        self.state = state
        self.progressInfo = progressInfo
        self.imageId = imageId
        self.lastError = lastError
