# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskFlatVer2BackingInfo: data object type, extends VirtualDeviceFileBackingInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device_file_backing_info import VirtualDeviceFileBackingInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .crypto_key_id import CryptoKeyId
    from ..managed.datastore import Datastore


class VirtualDiskFlatVer2BackingInfo(VirtualDeviceFileBackingInfo):
    """VirtualDiskFlatVer2BackingInfo: data object extending VirtualDeviceFileBackingInfo, since 2.0.

    Attributes:
        diskMode: string, since 2.0.
        split: boolean, optional, since 2.0.
        writeThrough: boolean, optional, since 2.0.
        thinProvisioned: boolean, optional, since 2.0.
        eagerlyScrub: boolean, optional, since 4.0.
        uuid: string, optional, since 2.5.
        contentId: string, optional, since 4.0.
        changeId: string, optional, since 4.0.
        parent: VirtualDiskFlatVer2BackingInfo, optional, since 4.0.
        deltaDiskFormat: string, optional, since 5.0.
        digestEnabled: boolean, optional, since 5.0.
        deltaGrainSize: int, optional, since 5.1.
        deltaDiskFormatVariant: string, optional, since 6.0.
        sharing: string, optional, since 6.0.
        keyId: CryptoKeyId, optional, since 6.5.
    """

    __slots__ = ("diskMode", "split", "writeThrough", "thinProvisioned", "eagerlyScrub", "uuid", "contentId", "changeId", "parent", "deltaDiskFormat", "digestEnabled", "deltaGrainSize", "deltaDiskFormatVariant", "sharing", "keyId", )
    _wire_name_: ClassVar[str] = "VirtualDiskFlatVer2BackingInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("fileName", "string", 0, "2.0"),
        _F("datastore", "ManagedObjectReference", 2, "2.0", target="Datastore"),
        _F("backingObjectId", "string", 2, "5.5"),
        _F("diskMode", "string", 0, "2.0"),
        _F("split", "boolean", 2, "2.0"),
        _F("writeThrough", "boolean", 2, "2.0"),
        _F("thinProvisioned", "boolean", 2, "2.0"),
        _F("eagerlyScrub", "boolean", 2, "4.0"),
        _F("uuid", "string", 2, "2.5"),
        _F("contentId", "string", 2, "4.0"),
        _F("changeId", "string", 2, "4.0"),
        _F("parent", "VirtualDiskFlatVer2BackingInfo", 2, "4.0"),
        _F("deltaDiskFormat", "string", 2, "5.0"),
        _F("digestEnabled", "boolean", 2, "5.0"),
        _F("deltaGrainSize", "int", 2, "5.1"),
        _F("deltaDiskFormatVariant", "string", 2, "6.0"),
        _F("sharing", "string", 2, "6.0"),
        _F("keyId", "CryptoKeyId", 2, "6.5"),
    )
    diskMode: str
    split: bool | None
    writeThrough: bool | None
    thinProvisioned: bool | None
    eagerlyScrub: bool | None
    uuid: str | None
    contentId: str | None
    changeId: str | None
    parent: VirtualDiskFlatVer2BackingInfo | None
    deltaDiskFormat: str | None
    digestEnabled: bool | None
    deltaGrainSize: int | None
    deltaDiskFormatVariant: str | None
    sharing: str | None
    keyId: CryptoKeyId | None

    def __init__(
        self,
        *,
        fileName: str,
        diskMode: str,
        datastore: Datastore | None = None,
        backingObjectId: str | None = None,
        split: bool | None = None,
        writeThrough: bool | None = None,
        thinProvisioned: bool | None = None,
        eagerlyScrub: bool | None = None,
        uuid: str | None = None,
        contentId: str | None = None,
        changeId: str | None = None,
        parent: VirtualDiskFlatVer2BackingInfo | None = None,
        deltaDiskFormat: str | None = None,
        digestEnabled: bool | None = None,
        deltaGrainSize: int | None = None,
        deltaDiskFormatVariant: str | None = None,
        sharing: str | None = None,
        keyId: CryptoKeyId | None = None,
    ) -> None:
        self.fileName = fileName
        self.datastore = datastore
        self.backingObjectId = backingObjectId
        self.diskMode = diskMode
        self.split = split
        self.writeThrough = writeThrough
        self.thinProvisioned = thinProvisioned
        self.eagerlyScrub = eagerlyScrub
        self.uuid = uuid
        self.contentId = contentId
        self.changeId = changeId
        self.parent = parent
        self.deltaDiskFormat = deltaDiskFormat
        self.digestEnabled = digestEnabled
        self.deltaGrainSize = deltaGrainSize
        self.deltaDiskFormatVariant = deltaDiskFormatVariant
        self.sharing = sharing
        self.keyId = keyId
