# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostScsiDisk: data object type, extends ScsiLun. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .scsi_lun import ScsiLun
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_disk_dimensions_lba import HostDiskDimensionsLba
    from .scsi_lun_capabilities import ScsiLunCapabilities
    from .scsi_lun_descriptor import ScsiLunDescriptor
    from .scsi_lun_durable_name import ScsiLunDurableName
    from .vsan_host_vsan_disk_info import VsanHostVsanDiskInfo


class HostScsiDisk(ScsiLun):
    """HostScsiDisk: data object extending ScsiLun, since 2.0.

    Attributes:
        capacity: HostDiskDimensionsLba, since 2.0.
        devicePath: string, since 2.0.
        ssd: boolean, optional, since 5.0.
        localDisk: boolean, optional, since 6.0.
        physicalLocation: list of string, since 6.0.
        emulatedDIXDIFEnabled: boolean, optional, since 6.0.
        vsanDiskInfo: VsanHostVsanDiskInfo, optional, since 6.0.
        scsiDiskType: string, optional, since 6.5.
    """

    __slots__ = ("capacity", "devicePath", "ssd", "localDisk", "physicalLocation", "emulatedDIXDIFEnabled", "vsanDiskInfo", "scsiDiskType", )
    _wire_name_: ClassVar[str] = "HostScsiDisk"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("deviceName", "string", 0, "2.0"),
        _F("deviceType", "string", 0, "2.0"),
        _F("key", "string", 2, "2.0"),
        _F("uuid", "string", 0, "2.0"),
        _F("descriptor", "ScsiLunDescriptor", 3, "4.0"),
        _F("canonicalName", "string", 2, "2.0"),
        _F("displayName", "string", 2, "4.0"),
        _F("lunType", "string", 0, "2.0"),
        _F("vendor", "string", 2, "2.0"),
        _F("model", "string", 2, "2.0"),
        _F("revision", "string", 2, "2.0"),
        _F("scsiLevel", "int", 2, "2.0"),
        _F("serialNumber", "string", 2, "2.0"),
        _F("durableName", "ScsiLunDurableName", 2, "2.0"),
        _F("alternateName", "ScsiLunDurableName", 3, "2.5"),
        _F("standardInquiry", "byte", 3, "2.5"),
        _F("queueDepth", "int", 2, "2.0"),
        _F("operationalState", "string", 1, "2.0"),
        _F("capabilities", "ScsiLunCapabilities", 2, "4.0"),
        _F("vStorageSupport", "string", 2, "4.1"),
        _F("protocolEndpoint", "boolean", 2, "6.0"),
        _F("perenniallyReserved", "boolean", 2, "6.7.2"),
        _F("clusteredVmdkSupported", "boolean", 2, "7.0.0.0"),
        _F("capacity", "HostDiskDimensionsLba", 0, "2.0"),
        _F("devicePath", "string", 0, "2.0"),
        _F("ssd", "boolean", 2, "5.0"),
        _F("localDisk", "boolean", 2, "6.0"),
        _F("physicalLocation", "string", 3, "6.0"),
        _F("emulatedDIXDIFEnabled", "boolean", 2, "6.0"),
        _F("vsanDiskInfo", "VsanHostVsanDiskInfo", 2, "6.0"),
        _F("scsiDiskType", "string", 2, "6.5"),
    )
    capacity: HostDiskDimensionsLba
    devicePath: str
    ssd: bool | None
    localDisk: bool | None
    physicalLocation: list[str]
    emulatedDIXDIFEnabled: bool | None
    vsanDiskInfo: VsanHostVsanDiskInfo | None
    scsiDiskType: str | None

    def __init__(
        self,
        *,
        deviceName: str,
        deviceType: str,
        uuid: str,
        lunType: str,
        operationalState: list[str],
        capacity: HostDiskDimensionsLba,
        devicePath: str,
        key: str | None = None,
        descriptor: list[ScsiLunDescriptor] | None = None,
        canonicalName: str | None = None,
        displayName: str | None = None,
        vendor: str | None = None,
        model: str | None = None,
        revision: str | None = None,
        scsiLevel: int | None = None,
        serialNumber: str | None = None,
        durableName: ScsiLunDurableName | None = None,
        alternateName: list[ScsiLunDurableName] | None = None,
        standardInquiry: list[int] | None = None,
        queueDepth: int | None = None,
        capabilities: ScsiLunCapabilities | None = None,
        vStorageSupport: str | None = None,
        protocolEndpoint: bool | None = None,
        perenniallyReserved: bool | None = None,
        clusteredVmdkSupported: bool | None = None,
        ssd: bool | None = None,
        localDisk: bool | None = None,
        physicalLocation: list[str] | None = None,
        emulatedDIXDIFEnabled: bool | None = None,
        vsanDiskInfo: VsanHostVsanDiskInfo | None = None,
        scsiDiskType: str | None = None,
    ) -> None:
        self.deviceName = deviceName
        self.deviceType = deviceType
        self.key = key
        self.uuid = uuid
        self.descriptor: list[ScsiLunDescriptor] = [] if descriptor is None else descriptor
        self.canonicalName = canonicalName
        self.displayName = displayName
        self.lunType = lunType
        self.vendor = vendor
        self.model = model
        self.revision = revision
        self.scsiLevel = scsiLevel
        self.serialNumber = serialNumber
        self.durableName = durableName
        self.alternateName: list[ScsiLunDurableName] = [] if alternateName is None else alternateName
        self.standardInquiry: list[int] = [] if standardInquiry is None else standardInquiry
        self.queueDepth = queueDepth
        self.operationalState: list[str] = operationalState
        self.capabilities = capabilities
        self.vStorageSupport = vStorageSupport
        self.protocolEndpoint = protocolEndpoint
        self.perenniallyReserved = perenniallyReserved
        self.clusteredVmdkSupported = clusteredVmdkSupported
        self.capacity = capacity
        self.devicePath = devicePath
        self.ssd = ssd
        self.localDisk = localDisk
        self.physicalLocation = [] if physicalLocation is None else physicalLocation
        self.emulatedDIXDIFEnabled = emulatedDIXDIFEnabled
        self.vsanDiskInfo = vsanDiskInfo
        self.scsiDiskType = scsiDiskType
