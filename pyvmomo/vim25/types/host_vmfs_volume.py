# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVmfsVolume: data object type, extends HostFileSystemVolume. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_file_system_volume import HostFileSystemVolume
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_force_mounted_info import HostForceMountedInfo
    from .host_scsi_disk_partition import HostScsiDiskPartition
    from .vmfs_unmap_bandwidth_spec import VmfsUnmapBandwidthSpec


class HostVmfsVolume(HostFileSystemVolume):
    """HostVmfsVolume: data object extending HostFileSystemVolume, since 2.0.

    Attributes:
        blockSizeMb: int, since 2.0.
        blockSize: int, optional, since 6.5.
        unmapGranularity: int, optional, since 6.5.
        unmapPriority: string, optional, since 6.5.
        unmapBandwidthSpec: VmfsUnmapBandwidthSpec, optional, since 6.7.
        maxBlocks: int, since 2.0.
        majorVersion: int, since 2.0.
        version: string, since 2.0.
        uuid: string, since 2.0.
        extent: list of HostScsiDiskPartition, since 2.0.
        vmfsUpgradable: boolean, since 2.0.
        forceMountedInfo: HostForceMountedInfo, optional, since 4.0.
        ssd: boolean, optional, since 5.0.
        local: boolean, optional, since 5.5.
        scsiDiskType: string, optional, since 6.5.
    """

    __slots__ = ("blockSizeMb", "blockSize", "unmapGranularity", "unmapPriority", "unmapBandwidthSpec", "maxBlocks", "majorVersion", "version", "uuid", "extent", "vmfsUpgradable", "forceMountedInfo", "ssd", "local", "scsiDiskType", )
    _wire_name_: ClassVar[str] = "HostVmfsVolume"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("capacity", "long", 0, "2.0"),
        _F("blockSizeMb", "int", 0, "2.0"),
        _F("blockSize", "int", 2, "6.5"),
        _F("unmapGranularity", "int", 2, "6.5"),
        _F("unmapPriority", "string", 2, "6.5"),
        _F("unmapBandwidthSpec", "VmfsUnmapBandwidthSpec", 2, "6.7"),
        _F("maxBlocks", "int", 0, "2.0"),
        _F("majorVersion", "int", 0, "2.0"),
        _F("version", "string", 0, "2.0"),
        _F("uuid", "string", 0, "2.0"),
        _F("extent", "HostScsiDiskPartition", 1, "2.0"),
        _F("vmfsUpgradable", "boolean", 0, "2.0"),
        _F("forceMountedInfo", "HostForceMountedInfo", 2, "4.0"),
        _F("ssd", "boolean", 2, "5.0"),
        _F("local", "boolean", 2, "5.5"),
        _F("scsiDiskType", "string", 2, "6.5"),
    )
    blockSizeMb: int
    blockSize: int | None
    unmapGranularity: int | None
    unmapPriority: str | None
    unmapBandwidthSpec: VmfsUnmapBandwidthSpec | None
    maxBlocks: int
    majorVersion: int
    version: str
    uuid: str
    extent: list[HostScsiDiskPartition]
    vmfsUpgradable: bool
    forceMountedInfo: HostForceMountedInfo | None
    ssd: bool | None
    local: bool | None
    scsiDiskType: str | None

    def __init__(
        self,
        *,
        type: str,
        name: str,
        capacity: int,
        blockSizeMb: int,
        maxBlocks: int,
        majorVersion: int,
        version: str,
        uuid: str,
        extent: list[HostScsiDiskPartition],
        vmfsUpgradable: bool,
        blockSize: int | None = None,
        unmapGranularity: int | None = None,
        unmapPriority: str | None = None,
        unmapBandwidthSpec: VmfsUnmapBandwidthSpec | None = None,
        forceMountedInfo: HostForceMountedInfo | None = None,
        ssd: bool | None = None,
        local: bool | None = None,
        scsiDiskType: str | None = None,
    ) -> None:
        self.type = type
        self.name = name
        self.capacity = capacity
        self.blockSizeMb = blockSizeMb
        self.blockSize = blockSize
        self.unmapGranularity = unmapGranularity
        self.unmapPriority = unmapPriority
        self.unmapBandwidthSpec = unmapBandwidthSpec
        self.maxBlocks = maxBlocks
        self.majorVersion = majorVersion
        self.version = version
        self.uuid = uuid
        self.extent = extent
        self.vmfsUpgradable = vmfsUpgradable
        self.forceMountedInfo = forceMountedInfo
        self.ssd = ssd
        self.local = local
        self.scsiDiskType = scsiDiskType
