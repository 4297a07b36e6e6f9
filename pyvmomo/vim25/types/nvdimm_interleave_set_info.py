# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NvdimmInterleaveSetInfo: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class NvdimmInterleaveSetInfo(DynamicData):
    """NvdimmInterleaveSetInfo: data object extending DynamicData, since 6.7.

    Attributes:
        setId: int, since 6.7.
        rangeType: string, since 6.7.
        baseAddress: long, since 6.7.
        size: long, since 6.7.
        availableSize: long, since 6.7.
        deviceList: list of int, since 6.7.
        state: string, since 6.7.
    """

    __slots__ = ("setId", "rangeType", "baseAddress", "size", "availableSize", "deviceList", "state", )
    _wire_name_: ClassVar[str] = "NvdimmInterleaveSetInfo"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("setId", "int", 0, "6.7"),
        _F("rangeType", "string", 0, "6.7"),
        _F("baseAddress", "long", 0, "6.7"),
        _F("size", "long", 0, "6.7"),
        _F("availableSize", "long", 0, "6.7"),
        _F("deviceList", "int", 3, "6.7"),
        _F("state", "string", 0, "6.7"),
    )
    setId: int
    rangeType: str
    baseAddress: int
    size: int
    availableSize: int
    deviceList: list[int]
    state: str

    def __init__(
        self,
        *,
        setId: int,
        rangeType: str,
        baseAddress: int,
        size: int,
        availableSize: int,
        state: str,
        deviceList: list[int] | None = None,
    ) -> None:
        self.setId = setId
        self.rangeType = rangeType
        self.baseAddress = baseAddress
        self.size = size
        self.availableSize = availableSize
        self.deviceList = [] if deviceList is None else deviceList
        self.state = state
