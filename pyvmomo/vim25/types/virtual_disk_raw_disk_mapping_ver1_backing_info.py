# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskRawDiskMappingVer1BackingInfo: data object type, extends VirtualDeviceFileBackingInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device_file_backing_info import VirtualDeviceFileBackingInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore


class VirtualDiskRawDiskMappingVer1BackingInfo(VirtualDeviceFileBackingInfo):
    """VirtualDiskRawDiskMappingVer1BackingInfo: data object extending VirtualDeviceFileBackingInfo, since 2.0.

    Attributes:
        lunUuid: string, optional, since 2.0.
        deviceName: string, optional, since 2.0.
        compatibilityMode: string, optional, since 2.0.
        diskMode: string, optional, since 2.0.
        uuid: string, optional, since 2.5.
        contentId: string, optional, since 4.0.
        changeId: string, optional, since 4.0.
        parent: VirtualDiskRawDiskMappingVer1BackingInfo, optional, since 4.0.
        deltaDiskFormat: string, optional, since 6.7.
        deltaGrainSize: int, optional, since 6.7.
        sharing: string, optional, since 6.0.
    """

    __slots__ = ("lunUuid", "deviceName", "compatibilityMode", "diskMode", "uuid", "contentId", "changeId", "parent", "deltaDiskFormat", "deltaGrainSize", "sharing", )
    _wire_name_: ClassVar[str] = "VirtualDiskRawDiskMappingVer1BackingInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("fileName", "string", 0, "2.0"),
        _F("datastore", "ManagedObjectReference", 2, "2.0", target="Datastore"),
        _F("backingObjectId", "string", 2, "5.5"),
        _F("lunUuid", "string", 2, "2.0"),
        _F("deviceName", "string", 2, "2.0"),
        _F("compatibilityMode", "string", 2, "2.0"),
        _F("diskMode", "string", 2, "2.0"),
        _F("uuid", "string", 2, "2.5"),
        _F("contentId", "string", 2, "4.0"),
        _F("changeId", "string", 2, "4.0"),
        _F("parent", "VirtualDiskRawDiskMappingVer1BackingInfo", 2, "4.0"),
        _F("deltaDiskFormat", "string", 2, "6.7"),
        _F("deltaGrainSize", "int", 2, "6.7"),
        _F("sharing", "string", 2, "6.0"),
    )
    lunUuid: str | None
    deviceName: str | None
    compatibilityMode: str | None
    diskMode: str | None
    uuid: str | None
    contentId: str | None
    changeId: str | None
    parent: VirtualDiskRawDiskMappingVer1BackingInfo | None
    deltaDiskFormat: str | None
    deltaGrainSize: int | None
    sharing: str | None

    def __init__(
        self,
        *,
        fileName: str,
        datastore: Datastore | None = None,
        backingObjectId: str | None = None,
        lunUuid: str | None = None,
        deviceName: str | None = None,
        compatibilityMode: str | None = None,
        diskMode: str | None = None,
        uuid: str | None = None,
        contentId: str | None = None,
        changeId: str | None = None,
        parent: VirtualDiskRawDiskMappingVer1BackingInfo | None = None,
        deltaDiskFormat: str | None = None,
        deltaGrainSize: int | None = None,
        sharing: str | None = None,
    ) -> None:
        self.fileName = fileName
        self.datastore = datastore
        self.backingObjectId = backingObjectId
        self.lunUuid = lunUuid
        self.deviceName = deviceName
        self.compatibilityMode = compatibilityMode
        self.diskMode = diskMode
        self.uuid = uuid
        self.contentId = contentId
        self.changeId = changeId
        self.parent = parent
        self.deltaDiskFormat = deltaDiskFormat
        self.deltaGrainSize = deltaGrainSize
        self.sharing = sharing
