# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVffsSpec: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_disk_partition_spec import HostDiskPartitionSpec


class HostVffsSpec(DynamicData):
    """HostVffsSpec: data object extending DynamicData, since 5.5.

    Attributes:
        devicePath: string, since 5.5.
        partition: HostDiskPartitionSpec, optional, since 5.5.
        majorVersion: int, since 5.5.
        volumeName: string, since 5.5.
    """

    __slots__ = ("devicePath", "partition", "majorVersion", "volumeName", )
    _wire_name_: ClassVar[str] = "HostVffsSpec"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("devicePath", "string", 0, "5.5"),
        _F("partition", "HostDiskPartitionSpec", 2, "5.5"),
        _F("majorVersion", "int", 0, "5.5"),
        _F("volumeName", "string", 0, "5.5"),
    )
    devicePath: str
    partition: HostDiskPartitionSpec | None
    majorVersion: int
    volumeName: str

    def __init__(
        self,
        *,
        devicePath: str,
        majorVersion: int,
        volumeName: str,
        partition: HostDiskPartitionSpec | None = None,
    ) -> None:
        self.devicePath = devicePath
        self.partition = partition
        self.majorVersion = majorVersion
        self.volumeName = volumeName
