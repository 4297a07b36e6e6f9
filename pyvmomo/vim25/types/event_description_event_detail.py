# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EventDescriptionEventDetail: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class EventDescriptionEventDetail(DynamicData):
    """EventDescriptionEventDetail: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        description: string, optional, since 4.0.
        category: string, since 2.0.
        formatOnDatacenter: string, since 2.0.
        formatOnComputeResource: string, since 2.0.
        formatOnHost: string, since 2.0.
        formatOnVm: string, since 2.0.
        fullFormat: string, since 2.0.
        longDescription: string, optional, since 4.1.
    """

    __slots__ = ("key", "description", "category", "formatOnDatacenter", "formatOnComputeResource", "formatOnHost", "formatOnVm", "fullFormat", "longDescription", )
    _wire_name_: ClassVar[str] = "EventDescriptionEventDetail"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("description", "string", 2, "4.0"),
        _F("category", "string", 0, "2.0"),
        _F("formatOnDatacenter", "string", 0, "2.0"),
        _F("formatOnComputeResource", "string", 0, "2.0"),
        _F("formatOnHost", "string", 0, "2.0"),
        _F("formatOnVm", "string", 0, "2.0"),
        _F("fullFormat", "string", 0, "2.0"),
        _F("longDescription", "string", 2, "4.1"),
    )
    key: str
    description: str | None
    category: str
    formatOnDatacenter: str
    formatOnComputeResource: str
    formatOnHost: str
    formatOnVm: str
    fullFormat: str
    longDescription: str | None

    def __init__(
        self,
        *,
        key: str,
        category: str,
        formatOnDatacenter: str,
        formatOnComputeResource: str,
        formatOnHost: str,
        formatOnVm: str,
        fullFormat: str,
        description: str | None = None,
        longDescription: str | None = None,
    ) -> None:
        self.key = key
        self.description = description
        self.category = category
        self.formatOnDatacenter = formatOnDatacenter
        self.formatOnComputeResource = formatOnComputeResource
        self.formatOnHost = formatOnHost
        self.formatOnVm = formatOnVm
        self.fullFormat = fullFormat
        self.longDescription = longDescription
