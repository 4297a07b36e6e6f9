# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostIoFilterInfo: data object type, extends IoFilterInfo. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .io_filter_info import IoFilterInfo
from pyvmomo._base import Field as _F


class HostIoFilterInfo(IoFilterInfo):
    """HostIoFilterInfo: data object extending IoFilterInfo, since 6.0.

    Attributes:
        available: boolean, since 6.0.
    """

    __slots__ = ("available", )
    _wire_name_: ClassVar[str] = "HostIoFilterInfo"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "6.0"),
        _F("name", "string", 0, "6.0"),
        _F("vendor", "string", 0, "6.0"),
        _F("version", "string", 0, "6.0"),
        _F("type", "string", 2, "6.5"),
        _F("summary", "string", 2, "6.0"),
        _F("releaseDate", "string", 2, "6.0"),
        _F("available", "boolean", 0, "6.0"),
    )
    available: bool

    def __init__(
        self,
        *,
        id: str,
        name: str,
        vendor: str,
        version: str,
        available: bool,
        type: str | None = None,
        summary: str | None = None,
        releaseDate: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.vendor = vendor
        self.version = version
        self.type = type
        self.summary = summary
        self.releaseDate = releaseDate
        self.available = available
