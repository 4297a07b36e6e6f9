# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostLowLevelProvisioningManagerSnapshotLayoutSpec: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_low_level_provisioning_manager_disk_layout_spec import HostLowLevelProvisioningManagerDiskLayoutSpec


class HostLowLevelProvisioningManagerSnapshotLayoutSpec(DynamicData):
    """HostLowLevelProvisioningManagerSnapshotLayoutSpec: data object extending DynamicData, since 5.0.

    Attributes:
        id: int, since 5.0.
        srcFilename: string, since 5.0.
        dstFilename: string, since 5.0.
        disk: list of HostLowLevelProvisioningManagerDiskLayoutSpec, since 5.0.
    """

    __slots__ = ("id", "srcFilename", "dstFilename", "disk", )
    _wire_name_: ClassVar[str] = "HostLowLevelProvisioningManagerSnapshotLayoutSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "int", 0, "5.0"),
        _F("srcFilename", "string", 0, "5.0"),
        _F("dstFilename", "string", 0, "5.0"),
        _F("disk", "HostLowLevelProvisioningManagerDiskLayoutSpec", 3, "5.0"),
    )
    id: int
    srcFilename: str
    dstFilename: str
    disk: list[HostLowLevelProvisioningManagerDiskLayoutSpec]

    def __init__(
        self,
        *,
        id: int,
        srcFilename: str,
        dstFilename: str,
        disk: list[HostLowLevelProvisioningManagerDiskLayoutSpec] | None = None,
    ) -> None:
        self.id = id
        self.srcFilename = srcFilename
        self.dstFilename = dstFilename
        self.disk = [] if disk is None else disk
