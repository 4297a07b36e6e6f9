# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVmfsSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_scsi_disk_partition import HostScsiDiskPartition
    from .vmfs_unmap_bandwidth_spec import VmfsUnmapBandwidthSpec


class HostVmfsSpec(DynamicData):
    """HostVmfsSpec: data object extending DynamicData, since 2.0.

    Attributes:
        extent: HostScsiDiskPartition, since 2.0.
        blockSizeMb: int, optional, since 2.0.
        majorVersion: int, since 2.0.
        volumeName: string, since 2.0.
        blockSize: int, optional, since 6.5.
        unmapGranularity: int, optional, since 6.5.
        unmapPriority: string, optional, since 6.5.
        unmapBandwidthSpec: VmfsUnmapBandwidthSpec, optional, since 6.7.
    """

    __slots__ = ("extent", "blockSizeMb", "majorVersion", "volumeName", "blockSize", "unmapGranularity", "unmapPriority", "unmapBandwidthSpec", )
    _wire_name_: ClassVar[str] = "HostVmfsSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("extent", "HostScsiDiskPartition", 0, "2.0"),
        _F("blockSizeMb", "int", 2, "2.0"),
        _F("majorVersion", "int", 0, "2.0"),
        _F("volumeName", "string", 0, "2.0"),
        _F("blockSize", "int", 2, "6.5"),
        _F("unmapGranularity", "int", 2, "6.5"),
        _F("unmapPriority", "string", 2, "6.5"),
        _F("unmapBandwidthSpec", "VmfsUnmapBandwidthSpec", 2, "6.7"),
    )
    extent: HostScsiDiskPartition
    blockSizeMb: int | None
    majorVersion: int
    volumeName: str
    blockSize: int | None
    unmapGranularity: int | None
    unmapPriority: str | None
    unmapBandwidthSpec: VmfsUnmapBandwidthSpec | None

    def __init__(
        self,
        *,
        extent: HostScsiDiskPartition,
        majorVersion: int,
        volumeName: str,
        blockSizeMb: int | None = None,
        blockSize: int | None = None,
        unmapGranularity: int | None = None,
        unmapPriority: str | None = None,
        unmapBandwidthSpec: VmfsUnmapBandwidthSpec | None = None,
    ) -> None:
        self.extent = extent
        self.blockSizeMb = blockSizeMb
        self.majorVersion = majorVersion
        self.volumeName = volumeName
        self.blockSize = blockSize
        self.unmapGranularity = unmapGranularity
        self.unmapPriority = unmapPriority
        self.unmapBandwidthSpec = unmapBandwidthSpec
