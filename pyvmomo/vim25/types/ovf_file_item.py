# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfFileItem: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class OvfFileItem(DynamicData):
    """OvfFileItem: data object extending DynamicData, since 4.0.

    Attributes:
        deviceId: string, since 4.0.
        path: string, since 4.0.
        compressionMethod: string, optional, since 4.0.
        chunkSize: long, optional, since 4.0.
        size: long, optional, since 4.0.
        cimType: int, since 4.0.
        create: boolean, since 4.0.
    """

    __slots__ = ("deviceId", "path", "compressionMethod", "chunkSize", "size", "cimType", "create", )
    _wire_name_: ClassVar[str] = "OvfFileItem"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("deviceId", "string", 0, "4.0"),
        _F("path", "string", 0, "4.0"),
        _F("compressionMethod", "string", 2, "4.0"),
        _F("chunkSize", "long", 2, "4.0"),
        _F("size", "long", 2, "4.0"),
        _F("cimType", "int", 0, "4.0"),
        _F("create", "boolean", 0, "4.0"),
    )
    deviceId: str
    path: str
    compressionMethod: str | None
    chunkSize: int | None
    size: int | None
    cimType: int
    create: bool

    def __init__(
        self,
        *,
        deviceId: str,
        path: str,
        cimType: int,
        create: bool,
        compressionMethod: str | None = None,
        chunkSize: int | None = None,
        size: int | None = None,
    ) -> None:
        self.deviceId = deviceId
        self.path = path
        self.compressionMethod = compressionMethod
        self.chunkSize = chunkSize
        self.size = size
        self.cimType = cimType
        self.create = create
