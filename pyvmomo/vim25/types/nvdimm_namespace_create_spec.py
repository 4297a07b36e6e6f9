# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NvdimmNamespaceCreateSpec: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class NvdimmNamespaceCreateSpec(DynamicData):
    """NvdimmNamespaceCreateSpec: data object extending DynamicData, since 6.7.

    Attributes:
        friendlyName: string, optional, since 6.7.
        blockSize: long, since 6.7.
        blockCount: long, since 6.7.
        type: string, since 6.7.
        locationID: int, since 6.7.
    """

    __slots__ = ("friendlyName", "blockSize", "blockCount", "type", "locationID", )
    _wire_name_: ClassVar[str] = "NvdimmNamespaceCreateSpec"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("friendlyName", "string", 2, "6.7"),
        _F("blockSize", "long", 0, "6.7"),
        _F("blockCount", "long", 0, "6.7"),
        _F("type", "string", 0, "6.7"),
        _F("locationID", "int", 0, "6.7"),
    )
    friendlyName: str | None
    blockSize: int
    blockCount: int
    type: str
    locationID: int

    def __init__(
        self,
        *,
        blockSize: int,
        blockCount: int,
        type: str,
        locationID: int,
        friendlyName: str | None = None,
    ) -> None:
        self.friendlyName = friendlyName
        self.blockSize = blockSize
        self.blockCount = blockCount
        self.type = type
        self.locationID = locationID
