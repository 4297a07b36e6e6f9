# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNasVolume: data object type, extends HostFileSystemVolume. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .host_file_system_volume import HostFileSystemVolume
from pyvmomo._base import Field as _F


class HostNasVolume(HostFileSystemVolume):
    """HostNasVolume: data object extending HostFileSystemVolume, since 2.0.

    Attributes:
        remoteHost: string, since 2.0.
        remotePath: string, since 2.0.
        userName: string, optional, since 2.5.
        remoteHostNames: list of string, since 6.0.
        securityType: string, optional, since 6.0.
        protocolEndpoint: boolean, optional, since 6.0.
    """

    __slots__ = ("remoteHost", "remotePath", "userName", "remoteHostNames", "securityType", "protocolEndpoint", )
    _wire_name_: ClassVar[str] = "HostNasVolume"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("capacity", "long", 0, "2.0"),
        _F("remoteHost", "string", 0, "2.0"),
        _F("remotePath", "string", 0, "2.0"),
        _F("userName", "string", 2, "2.5"),
        _F("remoteHostNames", "string", 3, "6.0"),
        _F("securityType", "string", 2, "6.0"),
        _F("protocolEndpoint", "boolean", 2, "6.0"),
    )
    remoteHost: str
    remotePath: str
    userName: str | None
    remoteHostNames: list[str]
    securityType: str | None
    protocolEndpoint: bool | None

    def __init__(
        self,
        *,
        type: str,
        name: str,
        capacity: int,
        remoteHost: str,
        remotePath: str,
        userName: str | None = None,
        remoteHostNames: list[str] | None = None,
        securityType: str | None = None,
        protocolEndpoint: bool | None = None,
    ) -> None:
        self.type = type
        self.name = name
        self.capacity = capacity
        self.remoteHost = remoteHost
        self.remotePath = remotePath
        self.userName = userName
        self.remoteHostNames = [] if remoteHostNames is None else remoteHostNames
        self.securityType = securityType
        self.protocolEndpoint = protocolEndpoint
