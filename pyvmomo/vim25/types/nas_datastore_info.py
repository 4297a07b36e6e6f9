# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NasDatastoreInfo: data object type, extends DatastoreInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .datastore_info import DatastoreInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .host_nas_volume import HostNasVolume


class NasDatastoreInfo(DatastoreInfo):
    """NasDatastoreInfo: data object extending DatastoreInfo, since 2.0.

    Attributes:
        nas: HostNasVolume, optional, since 2.0.
    """

    __slots__ = ("nas", )
    _wire_name_: ClassVar[str] = "NasDatastoreInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("url", "string", 0, "2.0"),
        _F("freeSpace", "long", 0, "2.0"),
        _F("maxFileSize", "long", 0, "2.0"),
        _F("maxVirtualDiskCapacity", "long", 2, "5.5"),
        _F("maxMemoryFileSize", "long", 2, "6.0"),
        _F("timestamp", "dateTime", 2, "4.0"),
        _F("containerId", "string", 2, "5.5"),
        _F("aliasOf", "string", 2, "6.7.1"),
        _F("nas", "HostNasVolume", 2, "2.0"),
    )
    nas: HostNasVolume | None

    def __init__(
        self,
        *,
        name: str,
        url: str,
        freeSpace: int,
        maxFileSize: int,
        maxVirtualDiskCapacity: int | None = None,
        maxMemoryFileSize: int | None = None,
        timestamp: datetime | None = None,
        containerId: str | None = None,
        aliasOf: str | None = None,
        nas: HostNasVolume | None = None,
    ) -> None:
        self.name = name
        self.url = url
        self.freeSpace = freeSpace
        self.maxFileSize = maxFileSize
        self.maxVirtualDiskCapacity = maxVirtualDiskCapacity
        self.maxMemoryFileSize = maxMemoryFileSize
        self.timestamp = timestamp
        self.containerId = containerId
        self.aliasOf = aliasOf
        self.nas = nas
