# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmfsDatastoreCreateSpec: data object type, extends VmfsDatastoreSpec. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vmfs_datastore_spec import VmfsDatastoreSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_disk_partition_spec import HostDiskPartitionSpec
    from .host_scsi_disk_partition import HostScsiDiskPartition
    from .host_vmfs_spec import HostVmfsSpec


class VmfsDatastoreCreateSpec(VmfsDatastoreSpec):
    """VmfsDatastoreCreateSpec: data object extending VmfsDatastoreSpec, since 2.0.

    Attributes:
        partition: HostDiskPartitionSpec, since 2.0.
        vmfs: HostVmfsSpec, since 2.0.
        extent: list of HostScsiDiskPartition, since 2.0.
    """

    __slots__ = ("partition", "vmfs", "extent", )
    _wire_name_: ClassVar[str] = "VmfsDatastoreCreateSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskUuid", "string", 0, "2.0"),
        _F("partition", "HostDiskPartitionSpec", 0, "2.0"),
        _F("vmfs", "HostVmfsSpec", 0, "2.0"),
        _F("extent", "HostScsiDiskPartition", 3, "2.0"),
    )
    partition: HostDiskPartitionSpec
    vmfs: HostVmfsSpec
    extent: list[HostScsiDiskPartition]

    def __init__(
        self,
        *,
        diskUuid: str,
        partition: HostDiskPartitionSpec,
        vmfs: HostVmfsSpec,
        extent: list[HostScsiDiskPartition] | None = None,
    ) -> None:
        self.diskUuid = diskUuid
        self.partition = partition
        self.vmfs = vmfs
        self.extent = [] if extent is None else extent
