# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HttpNfcLeaseManifestEntry: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HttpNfcLeaseManifestEntry(DynamicData):
    """HttpNfcLeaseManifestEntry: data object extending DynamicData, since 4.1.

    Attributes:
        key: string, since 4.1.
        sha1: string, since 4.1.
        checksum: string, optional, since 6.7.
        checksumType: string, optional, since 6.7.
        size: long, since 4.1.
        disk: boolean, since 4.1.
        capacity: long, optional, since 4.1.
        populatedSize: long, optional, since 4.1.
    """

    __slots__ = ("key", "sha1", "checksum", "checksumType", "size", "disk", "capacity", "populatedSize", )
    _wire_name_: ClassVar[str] = "HttpNfcLeaseManifestEntry"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.1"),
        _F("sha1", "string", 0, "4.1"),
        _F("checksum", "string", 2, "6.7"),
        _F("checksumType", "string", 2, "6.7"),
        _F("size", "long", 0, "4.1"),
        _F("disk", "boolean", 0, "4.1"),
        _F("capacity", "long", 2, "4.1"),
        _F("populatedSize", "long", 2, "4.1"),
    )
    key: str
    sha1: str
    checksum: str | None
    checksumType: str | None
    size: int
    disk: bool
    capacity: int | None
    populatedSize: int | None

    def __init__(
        self,
        *,
        key: str,
        sha1: str,
        size: int,
        disk: bool,
        checksum: str | None = None,
        checksumType: str | None = None,
        capacity: int | None = None,
        populatedSize: int | None = None,
    ) -> None:
        self.key = key
        self.sha1 = sha1
        self.checksum = checksum
        self.checksumType = checksumType
        self.size = size
        self.disk = disk
        self.capacity = capacity
        self.populatedSize = populatedSize
