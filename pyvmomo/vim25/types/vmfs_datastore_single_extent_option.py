# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmfsDatastoreSingleExtentOption: data object type, extends VmfsDatastoreBaseOption. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vmfs_datastore_base_option import VmfsDatastoreBaseOption
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_disk_partition_block_range import HostDiskPartitionBlockRange
    from .host_disk_partition_layout import HostDiskPartitionLayout


class VmfsDatastoreSingleExtentOption(VmfsDatastoreBaseOption):
    """VmfsDatastoreSingleExtentOption: data object extending VmfsDatastoreBaseOption, since 2.0.

    Attributes:
        vmfsExtent: HostDiskPartitionBlockRange, since 2.0.
    """

    __slots__ = ("vmfsExtent", )
    _wire_name_: ClassVar[str] = "VmfsDatastoreSingleExtentOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("layout", "HostDiskPartitionLayout", 0, "2.0"),
        _F("partitionFormatChange", "boolean", 2, "5.0"),
        _F("vmfsExtent", "HostDiskPartitionBlockRange", 0, "2.0"),
    )
    vmfsExtent: HostDiskPartitionBlockRange

    def __init__(
        self,
        *,
        layout: HostDiskPartitionLayout,
        vmfsExtent: HostDiskPartitionBlockRange,
        partitionFormatChange: bool | None = None,
    ) -> None:
        self.layout = layout
        self.partitionFormatChange = partitionFormatChange
        self.vmfsExtent = vmfsExtent
