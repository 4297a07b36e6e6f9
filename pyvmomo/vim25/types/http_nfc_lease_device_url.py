# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HttpNfcLeaseDeviceUrl: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HttpNfcLeaseDeviceUrl(DynamicData):
    """HttpNfcLeaseDeviceUrl: data object extending DynamicData, since 4.0.

    Attributes:
        key: string, since 4.0.
        importKey: string, since 4.0.
        url: string, since 4.0.
        sslThumbprint: string, since 4.0.
        disk: boolean, optional, since 4.1.
        targetId: string, optional, since 4.1.
        datastoreKey: string, optional, since 4.1.
        fileSize: long, optional, since 4.1.
    """

    __slots__ = ("key", "importKey", "url", "sslThumbprint", "disk", "targetId", "datastoreKey", "fileSize", )
    _wire_name_: ClassVar[str] = "HttpNfcLeaseDeviceUrl"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.0"),
        _F("importKey", "string", 0, "4.0"),
        _F("url", "string", 0, "4.0"),
        _F("sslThumbprint", "string", 0, "4.0"),
        _F("disk", "boolean", 2, "4.1"),
        _F("targetId", "string", 2, "4.1"),
        _F("datastoreKey", "string", 2, "4.1"),
        _F("fileSize", "long", 2, "4.1"),
    )
    key: str
    importKey: str
    url: str
    sslThumbprint: str
    disk: bool | None
    targetId: str | None
    datastoreKey: str | None
    fileSize: int | None

    def __init__(
        self,
        *,
        key: str,
        importKey: str,
        url: str,
        sslThumbprint: str,
        disk: bool | None = None,
        targetId: str | None = None,
        datastoreKey: str | None = None,
        fileSize: int | None = None,
    ) -> None:
        self.key = key
        self.importKey = importKey
        self.url = url
        self.sslThumbprint = sslThumbprint
        self.disk = disk
        self.targetId = targetId
        self.datastoreKey = datastoreKey
        self.fileSize = fileSize
