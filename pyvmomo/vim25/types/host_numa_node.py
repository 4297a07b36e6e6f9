# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNumaNode: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostNumaNode(DynamicData):
    """HostNumaNode: data object extending DynamicData, since 2.0.

    Attributes:
        typeId: byte, since 2.0.
        cpuID: list of short, since 2.0.
        memoryRangeBegin: long, since 2.0.
        memoryRangeLength: long, since 2.0.
        pciId: list of string, since 6.7.
    """

    __slots__ = ("typeId", "cpuID", "memoryRangeBegin", "memoryRangeLength", "pciId", )
    _wire_name_: ClassVar[str] = "HostNumaNode"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("typeId", "byte", 0, "2.0"),
        _F("cpuID", "short", 1, "2.0"),
        _F("memoryRangeBegin", "long", 0, "2.0"),
        _F("memoryRangeLength", "long", 0, "2.0"),
        _F("pciId", "string", 3, "6.7"),
    )
    typeId: int
    cpuID: list[int]
    memoryRangeBegin: int
    memoryRangeLength: int
    pciId: list[str]

    def __init__(
        self,
        *,
        typeId: int,
        cpuID: list[int],
        memoryRangeBegin: int,
        memoryRangeLength: int,
        pciId: list[str] | None = None,
    ) -> None:
        self.typeId = typeId
        self.cpuID = cpuID
        self.memoryRangeBegin = memoryRangeBegin
        self.memoryRangeLength = memoryRangeLength
        self.pciId = [] if pciId is None else pciId
