# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestDiskInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .guest_info_virtual_disk_mapping import GuestInfoVirtualDiskMapping


class GuestDiskInfo(DynamicData):
    """GuestDiskInfo: data object extending DynamicData, since 2.0.

    Attributes:
        diskPath: string, optional, since 2.0.
        capacity: long, optional, since 2.0.
        freeSpace: long, optional, since 2.0.
        filesystemType: string, optional, since 7.0.0.0.
        mappings: list of GuestInfoVirtualDiskMapping, since 7.0.0.0.
    """

    __slots__ = ("diskPath", "capacity", "freeSpace", "filesystemType", "mappings", )
    _wire_name_: ClassVar[str] = "GuestDiskInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskPath", "string", 2, "2.0"),
        _F("capacity", "long", 2, "2.0"),
        _F("freeSpace", "long", 2, "2.0"),
        _F("filesystemType", "string", 2, "7.0.0.0"),
        _F("mappings", "GuestInfoVirtualDiskMapping", 3, "7.0.0.0"),
    )
    diskPath: str | None
    capacity: int | None
    freeSpace: int | None
    filesystemType: str | None
    mappings: list[GuestInfoVirtualDiskMapping]

    def __init__(
        self,
        *,
        diskPath: str | None = None,
        capacity: int | None = None,
        freeSpace: int | None = None,
        filesystemType: str | None = None,
        mappings: list[GuestInfoVirtualDiskMapping] | None = None,
    ) -> None:
        self.diskPath = diskPath
        self.capacity = capacity
        self.freeSpace = freeSpace
        self.filesystemType = filesystemType
        self.mappings = [] if mappings is None else mappings
