# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ScsiLun: data object type, extends HostDevice. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_device import HostDevice
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .scsi_lun_capabilities import ScsiLunCapabilities
    from .scsi_lun_descriptor import ScsiLunDescriptor
    from .scsi_lun_durable_name import ScsiLunDurableName


class ScsiLun(HostDevice):
    """ScsiLun: data object extending HostDevice, since 2.0.

    Attributes:
        key: string, optional, since 2.0.
        uuid: string, since 2.0.
        descriptor: list of ScsiLunDescriptor, since 4.0.
        canonicalName: string, optional, since 2.0.
        displayName: string, optional, since 4.0.
        lunType: string, since 2.0.
        vendor: string, optional, since 2.0.
        model: string, optional, since 2.0.
        revision: string, optional, since 2.0.
        scsiLevel: int, optional, since 2.0.
        serialNumber: string, optional, since 2.0.
        durableName: ScsiLunDurableName, optional, since 2.0.
        alternateName: list of ScsiLunDurableName, since 2.5.
        standardInquiry: list of byte, since 2.5.
        queueDepth: int, optional, since 2.0.
        operationalState: list of string, since 2.0.
        capabilities: ScsiLunCapabilities, optional, since 4.0.
        vStorageSupport: string, optional, since 4.1.
        protocolEndpoint: boolean, optional, since 6.0.
        perenniallyReserved: boolean, optional, since 6.7.2.
        clusteredVmdkSupported: boolean, optional, since 7.0.0.0.
    """

    __slots__ = ("key", "uuid", "descriptor", "canonicalName", "displayName", "lunType", "vendor", "model", "revision", "scsiLevel", "serialNumber", "durableName", "alternateName", "standardInquiry", "queueDepth", "operationalState", "capabilities", "vStorageSupport", "protocolEndpoint", "perenniallyReserved", "clusteredVmdkSupported", )
    _wire_name_: ClassVar[str] = "ScsiLun"
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
    )
    key: str | None
    uuid: str
    descriptor: list[ScsiLunDescriptor]
    canonicalName: str | None
    displayName: str | None
    lunType: str
    vendor: str | None
    model: str | None
    revision: str | None
    scsiLevel: int | None
    serialNumber: str | None
    durableName: ScsiLunDurableName | None
    alternateName: list[ScsiLunDurableName]
    standardInquiry: list[int]
    queueDepth: int | None
    operationalState: list[str]
    capabilities: ScsiLunCapabilities | None
    vStorageSupport: str | None
    protocolEndpoint: bool | None
    perenniallyReserved: bool | None
    clusteredVmdkSupported: bool | None

    def __init__(
        self,
        *,
        deviceName: str,
        deviceType: str,
        uuid: str,
        lunType: str,
        operationalState: list[str],
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
    ) -> None:
        self.deviceName = deviceName
        self.deviceType = deviceType
        self.key = key
        self.uuid = uuid
        self.descriptor = [] if descriptor is None else descriptor
        self.canonicalName = canonicalName
        self.displayName = displayName
        self.lunType = lunType
        self.vendor = vendor
        self.model = model
        self.revision = revision
        self.scsiLevel = scsiLevel
        self.serialNumber = serialNumber
        self.durableName = durableName
        self.alternateName = [] if alternateName is None else alternateName
        self.standardInquiry = [] if standardInquiry is None else standardInquiry
        self.queueDepth = queueDepth
        self.operationalState = operationalState
        self.capabilities = capabilities
        self.vStorageSupport = vStorageSupport
        self.protocolEndpoint = protocolEndpoint
        self.perenniallyReserved = perenniallyReserved
        self.clusteredVmdkSupported = clusteredVmdkSupported
