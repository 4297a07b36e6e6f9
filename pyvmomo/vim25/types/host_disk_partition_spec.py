# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDiskPartitionSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_disk_dimensions_chs import HostDiskDimensionsChs
    from .host_disk_partition_attributes import HostDiskPartitionAttributes


class HostDiskPartitionSpec(DynamicData):
    """HostDiskPartitionSpec: data object extending DynamicData, since 2.0.

    Attributes:
        partitionFormat: string, optional, since 5.0.
        chs: HostDiskDimensionsChs, optional, since 2.0.
        totalSectors: long, optional, since 2.0.
        partition: list of HostDiskPartitionAttributes, since 2.0.
    """

    __slots__ = ("partitionFormat", "chs", "totalSectors", "partition", )
    _wire_name_: ClassVar[str] = "HostDiskPartitionSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("partitionFormat", "string", 2, "5.0"),
        _F("chs", "HostDiskDimensionsChs", 2, "2.0"),
        _F("totalSectors", "long", 2, "2.0"),
        _F("partition", "HostDiskPartitionAttributes", 3, "2.0"),
    )
    partitionFormat: str | None
    chs: HostDiskDimensionsChs | None
    totalSectors: int | None
    partition: list[HostDiskPartitionAttributes]

    def __init__(
        self,
        *,
        partitionFormat: str | None = None,
        chs: HostDiskDimensionsChs | None = None,
        totalSectors: int | None = None,
        partition: list[HostDiskPartitionAttributes] | None = None,
    ) -> None:
        self.partitionFormat = partitionFormat
        self.chs = chs
        self.totalSectors = totalSectors
        self.partition = [] if partition is None else partition
