# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskSeSparseBackingInfo: data object type, extends VirtualDeviceFileBackingInfo. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device_file_backing_info import VirtualDeviceFileBackingInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .crypto_key_id import CryptoKeyId
    from ..managed.datastore import Datastore


class VirtualDiskSeSparseBackingInfo(VirtualDeviceFileBackingInfo):
    """VirtualDiskSeSparseBackingInfo: data object extending VirtualDeviceFileBackingInfo, since 5.1.

    Attributes:
        diskMode: string, since 5.1.
        writeThrough: boolean, optional, since 5.1.
        uuid: string, optional, since 5.1.
        contentId: string, optional, since 5.1.
        changeId: string, optional, since 5.1.
        parent: VirtualDiskSeSparseBackingInfo, optional, since 5.1.
        deltaDiskFormat: string, optional, since 5.1.
        digestEnabled: boolean, optional, since 5.1.
        grainSize: int, optional, since 5.1.
        keyId: CryptoKeyId, optional, since 6.5.
    """

    __slots__ = ("diskMode", "writeThrough", "uuid", "contentId", "changeId", "parent", "deltaDiskFormat", "digestEnabled", "grainSize", "keyId", )
    _wire_name_: ClassVar[str] = "VirtualDiskSeSparseBackingInfo"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("fileName", "string", 0, "2.0"),
        _F("datastore", "ManagedObjectReference", 2, "2.0", target="Datastore"),
        _F("backingObjectId", "string", 2, "5.5"),
        _F("diskMode", "string", 0, "5.1"),
        _F("writeThrough", "boolean", 2, "5.1"),
        _F("uuid", "string", 2, "5.1"),
        _F("contentId", "string", 2, "5.1"),
        _F("changeId", "string", 2, "5.1"),
        _F("parent", "VirtualDiskSeSparseBackingInfo", 2, "5.1"),
        _F("deltaDiskFormat", "string", 2, "5.1"),
        _F("digestEnabled", "boolean", 2, "5.1"),
        _F("grainSize", "int", 2, "5.1"),
        _F("keyId", "CryptoKeyId", 2, "6.5"),
    )
    diskMode: str
    writeThrough: bool | None
    uuid: str | None
    contentId: str | None
    changeId: str | None
    parent: VirtualDiskSeSparseBackingInfo | None
    deltaDiskFormat: str | None
    digestEnabled: bool | None
    grainSize: int | None
    keyId: CryptoKeyId | None

    def __init__(
        self,
        *,
        fileName: str,
        diskMode: str,
        datastore: Datastore | None = None,
        backingObjectId: str | None = None,
        writeThrough: bool | None = None,
        uuid: str | None = None,
        contentId: str | None = None,
        changeId: str | None = None,
        parent: VirtualDiskSeSparseBackingInfo | None = None,
        deltaDiskFormat: str | None = None,
        digestEnabled: bool | None = None,
        grainSize: int | None = None,
        keyId: CryptoKeyId | None = None,
    ) -> None:
        self.fileName = fileName
        self.datastore = datastore
        self.backingObjectId = backingObjectId
        self.diskMode = diskMode
        self.writeThrough = writeThrough
        self.uuid = uuid
        self.contentId = contentId
        self.changeId = changeId
        self.parent = parent
        self.deltaDiskFormat = deltaDiskFormat
        self.digestEnabled = digestEnabled
        self.grainSize = grainSize
        self.keyId = keyId
