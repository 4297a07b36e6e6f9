# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVffsVolume: data object type, extends HostFileSystemVolume. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_file_system_volume import HostFileSystemVolume
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_scsi_disk_partition import HostScsiDiskPartition


class HostVffsVolume(HostFileSystemVolume):
    """HostVffsVolume: data object extending HostFileSystemVolume, since 5.5.

    Attributes:
        majorVersion: int, since 5.5.
        version: string, since 5.5.
        uuid: string, since 5.5.
        extent: list of HostScsiDiskPartition, since 5.5.
    """

    __slots__ = ("majorVersion", "version", "uuid", "extent", )
    _wire_name_: ClassVar[str] = "HostVffsVolume"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("capacity", "long", 0, "2.0"),
        _F("majorVersion", "int", 0, "5.5"),
        _F("version", "string", 0, "5.5"),
        _F("uuid", "string", 0, "5.5"),
        _F("extent", "HostScsiDiskPartition", 1, "5.5"),
    )
    majorVersion: int
    version: str
    uuid: str
    extent: list[HostScsiDiskPartition]

    def __init__(
        self,
        *,
        type: str,
        name: str,
        capacity: int,
        majorVersion: int,
        version: str,
        uuid: str,
        extent: list[HostScsiDiskPartition],
    ) -> None:
        self.type = type
        self.name = name
        self.capacity = capacity
        self.majorVersion = majorVersion
        self.version = version
        self.uuid = uuid
        self.extent = extent
