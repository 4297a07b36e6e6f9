# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNasVolumeSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostNasVolumeSpec(DynamicData):
    """HostNasVolumeSpec: data object extending DynamicData, since 2.0.

    Attributes:
        remoteHost: string, since 2.0.
        remotePath: string, since 2.0.
        localPath: string, since 2.0.
        accessMode: string, since 2.0.
        type: string, optional, since 2.5.
        userName: string, optional, since 2.5.
        password: string, optional, since 2.5, secret (masked in repr).
        remoteHostNames: list of string, since 6.0.
        securityType: string, optional, since 6.0.
    """

    __slots__ = ("remoteHost", "remotePath", "localPath", "accessMode", "type", "userName", "password", "remoteHostNames", "securityType", )
    _wire_name_: ClassVar[str] = "HostNasVolumeSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("remoteHost", "string", 0, "2.0"),
        _F("remotePath", "string", 0, "2.0"),
        _F("localPath", "string", 0, "2.0"),
        _F("accessMode", "string", 0, "2.0"),
        _F("type", "string", 2, "2.5"),
        _F("userName", "string", 2, "2.5"),
        _F("password", "string", 6, "2.5"),
        _F("remoteHostNames", "string", 3, "6.0"),
        _F("securityType", "string", 2, "6.0"),
    )
    remoteHost: str
    remotePath: str
    localPath: str
    accessMode: str
    type: str | None
    userName: str | None
    password: str | None
    remoteHostNames: list[str]
    securityType: str | None

    def __init__(
        self,
        *,
        remoteHost: str,
        remotePath: str,
        localPath: str,
        accessMode: str,
        type: str | None = None,
        userName: str | None = None,
        password: str | None = None,
        remoteHostNames: list[str] | None = None,
        securityType: str | None = None,
    ) -> None:
        self.remoteHost = remoteHost
        self.remotePath = remotePath
        self.localPath = localPath
        self.accessMode = accessMode
        self.type = type
        self.userName = userName
        self.password = password
        self.remoteHostNames = [] if remoteHostNames is None else remoteHostNames
        self.securityType = securityType
