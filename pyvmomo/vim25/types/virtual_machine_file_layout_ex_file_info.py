# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineFileLayoutExFileInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualMachineFileLayoutExFileInfo(DynamicData):
    """VirtualMachineFileLayoutExFileInfo: data object extending DynamicData, since 4.0.

    Attributes:
        key: int, since 4.0.
        name: string, since 4.0.
        type: string, since 4.0.
        size: long, since 4.0.
        uniqueSize: long, optional, since 5.1.
        backingObjectId: string, optional, since 6.0.
        accessible: boolean, optional, since 6.0.
    """

    __slots__ = ("key", "name", "type", "size", "uniqueSize", "backingObjectId", "accessible", )
    _wire_name_: ClassVar[str] = "VirtualMachineFileLayoutExFileInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "4.0"),
        _F("name", "string", 0, "4.0"),
        _F("type", "string", 0, "4.0"),
        _F("size", "long", 0, "4.0"),
        _F("uniqueSize", "long", 2, "5.1"),
        _F("backingObjectId", "string", 2, "6.0"),
        _F("accessible", "boolean", 2, "6.0"),
    )
    key: int
    name: str
    type: str
    size: int
    uniqueSize: int | None
    backingObjectId: str | None
    accessible: bool | None

    def __init__(
        self,
        *,
        key: int,
        name: str,
        type: str,
        size: int,
        uniqueSize: int | None = None,
        backingObjectId: str | None = None,
        accessible: bool | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.type = type
        self.size = size
        self.uniqueSize = uniqueSize
        self.backingObjectId = backingObjectId
        self.accessible = accessible
