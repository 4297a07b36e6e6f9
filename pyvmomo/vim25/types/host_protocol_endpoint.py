# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProtocolEndpoint: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem


class HostProtocolEndpoint(DynamicData):
    """HostProtocolEndpoint: data object extending DynamicData, since 6.0.

    Attributes:
        peType: string, since 6.0.
        type: string, optional, since 6.5.
        uuid: string, since 6.0.
        hostKey: list of references to HostSystem, since 6.0.
        storageArray: string, optional, since 6.0.
        nfsServer: string, optional, since 6.0.
        nfsDir: string, optional, since 6.0.
        nfsServerScope: string, optional, since 6.5.
        nfsServerMajor: string, optional, since 6.5.
        nfsServerAuthType: string, optional, since 6.5.
        nfsServerUser: string, optional, since 6.5.
        deviceId: string, optional, since 6.0.
    """

    __slots__ = ("peType", "type", "uuid", "hostKey", "storageArray", "nfsServer", "nfsDir", "nfsServerScope", "nfsServerMajor", "nfsServerAuthType", "nfsServerUser", "deviceId", )
    _wire_name_: ClassVar[str] = "HostProtocolEndpoint"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("peType", "string", 0, "6.0"),
        _F("type", "string", 2, "6.5"),
        _F("uuid", "string", 0, "6.0"),
        _F("hostKey", "ManagedObjectReference", 3, "6.0", target="HostSystem"),
        _F("storageArray", "string", 2, "6.0"),
        _F("nfsServer", "string", 2, "6.0"),
        _F("nfsDir", "string", 2, "6.0"),
        _F("nfsServerScope", "string", 2, "6.5"),
        _F("nfsServerMajor", "string", 2, "6.5"),
        _F("nfsServerAuthType", "string", 2, "6.5"),
        _F("nfsServerUser", "string", 2, "6.5"),
        _F("deviceId", "string", 2, "6.0"),
    )
    peType: str
    type: str | None
    uuid: str
    hostKey: list[HostSystem]
    storageArray: str | None
    nfsServer: str | None
    nfsDir: str | None
    nfsServerScope: str | None
    nfsServerMajor: str | None
    nfsServerAuthType: str | None
    nfsServerUser: str | None
    deviceId: str | None

    def __init__(
        self,
        *,
        peType: str,
        uuid: str,
        type: str | None = None,
        hostKey: list[HostSystem] | None = None,
        storageArray: str | None = None,
        nfsServer: str | None = None,
        nfsDir: str | None = None,
        nfsServerScope: str | None = None,
        nfsServerMajor: str | None = None,
        nfsServerAuthType: str | None = None,
        nfsServerUser: str | None = None,
        deviceId: str | None = None,
    ) -> None:
        self.peType = peType
        self.type = type
        self.uuid = uuid
        self.hostKey = [] if hostKey is None else hostKey
        self.storageArray = storageArray
        self.nfsServer = nfsServer
        self.nfsDir = nfsDir
        self.nfsServerScope = nfsServerScope
        self.nfsServerMajor = nfsServerMajor
        self.nfsServerAuthType = nfsServerAuthType
        self.nfsServerUser = nfsServerUser
        self.deviceId = deviceId
