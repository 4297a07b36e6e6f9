# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ReplicationConfigSpec: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .replication_info_disk_settings import ReplicationInfoDiskSettings


class ReplicationConfigSpec(DynamicData):
    """ReplicationConfigSpec: data object extending DynamicData, since 5.0.

    Attributes:
        generation: long, since 5.0.
        vmReplicationId: string, since 5.0.
        destination: string, since 5.0.
        port: int, since 5.0.
        rpo: long, since 5.0.
        quiesceGuestEnabled: boolean, since 5.0.
        paused: boolean, since 5.0.
        oppUpdatesEnabled: boolean, since 5.0.
        netCompressionEnabled: boolean, optional, since 6.0.
        netEncryptionEnabled: boolean, optional, since 6.7.
        encryptionDestination: string, optional, since 6.7.
        encryptionPort: int, optional, since 6.7.
        remoteCertificateThumbprint: string, optional, since 6.7.
        disk: list of ReplicationInfoDiskSettings, since 5.0.
    """

    __slots__ = ("generation", "vmReplicationId", "destination", "port", "rpo", "quiesceGuestEnabled", "paused", "oppUpdatesEnabled", "netCompressionEnabled", "netEncryptionEnabled", "encryptionDestination", "encryptionPort", "remoteCertificateThumbprint", "disk", )
    _wire_name_: ClassVar[str] = "ReplicationConfigSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("generation", "long", 0, "5.0"),
        _F("vmReplicationId", "string", 0, "5.0"),
        _F("destination", "string", 0, "5.0"),
        _F("port", "int", 0, "5.0"),
        _F("rpo", "long", 0, "5.0"),
        _F("quiesceGuestEnabled", "boolean", 0, "5.0"),
        _F("paused", "boolean", 0, "5.0"),
        _F("oppUpdatesEnabled", "boolean", 0, "5.0"),
        _F("netCompressionEnabled", "boolean", 2, "6.0"),
        _F("netEncryptionEnabled", "boolean", 2, "6.7"),
        _F("encryptionDestination", "string", 2, "6.7"),
        _F("encryptionPort", "int", 2, "6.7"),
        _F("remoteCertificateThumbprint", "string", 2, "6.7"),
        _F("disk", "ReplicationInfoDiskSettings", 3, "5.0"),
    )
    generation: int
    vmReplicationId: str
    destination: str
    port: int
    rpo: int
    quiesceGuestEnabled: bool
    paused: bool
    oppUpdatesEnabled: bool
    netCompressionEnabled: bool | None
    netEncryptionEnabled: bool | None
    encryptionDestination: str | None
    encryptionPort: int | None
    remoteCertificateThumbprint: str | None
    disk: list[ReplicationInfoDiskSettings]

    def __init__(
        self,
        *,
        generation: int,
        vmReplicationId: str,
        destination: str,
        port: int,
        rpo: int,
        quiesceGuestEnabled: bool,
        paused: bool,
        oppUpdatesEnabled: bool,
        netCompressionEnabled: bool | None = None,
        netEncryptionEnabled: bool | None = None,
        encryptionDestination: str | None = None,
        encryptionPort: int | None = None,
        remoteCertificateThumbprint: str | None = None,
        disk: list[ReplicationInfoDiskSettings] | None = None,
    ) -> None:
        self.generation = generation
        self.vmReplicationId = vmReplicationId
        self.destination = destination
        self.port = port
        self.rpo = rpo
        self.quiesceGuestEnabled = quiesceGuestEnabled
        self.paused = paused
        self.oppUpdatesEnabled = oppUpdatesEnabled
        self.netCompressionEnabled = netCompressionEnabled
        self.netEncryptionEnabled = netEncryptionEnabled
        self.encryptionDestination = encryptionDestination
        self.encryptionPort = encryptionPort
        self.remoteCertificateThumbprint = remoteCertificateThumbprint
        self.disk = [] if disk is None else disk
