# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSubSpecification: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class HostSubSpecification(DynamicData):
    """HostSubSpecification: data object extending DynamicData, since 6.5.

    Attributes:
        name: string, since 6.5.
        createdTime: dateTime, since 6.5.
        data: list of byte, since 6.5.
        binaryData: base64Binary, optional, since 6.7.
    """

    __slots__ = ("name", "createdTime", "data", "binaryData", )
    _wire_name_: ClassVar[str] = "HostSubSpecification"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "6.5"),
        _F("createdTime", "dateTime", 0, "6.5"),
        _F("data", "byte", 3, "6.5"),
        _F("binaryData", "base64Binary", 2, "6.7"),
    )
    name: str
    createdTime: datetime
    data: list[int]
    binaryData: bytes | None

    def __init__(
        self,
        *,
        name: str,
        createdTime: datetime,
        data: list[int] | None = None,
        binaryData: bytes | None = None,
    ) -> None:
        self.name = name
        self.createdTime = createdTime
        self.data = [] if data is None else data
        self.binaryData = binaryData
