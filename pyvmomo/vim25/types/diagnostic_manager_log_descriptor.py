# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DiagnosticManagerLogDescriptor: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .description import Description


class DiagnosticManagerLogDescriptor(DynamicData):
    """DiagnosticManagerLogDescriptor: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        fileName: string, since 2.0.
        creator: string, since 2.0.
        format: string, since 2.0.
        mimeType: string, since 2.0.
        info: Description, since 2.0.
    """

    __slots__ = ("key", "fileName", "creator", "format", "mimeType", "info", )
    _wire_name_: ClassVar[str] = "DiagnosticManagerLogDescriptor"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("fileName", "string", 0, "2.0"),
        _F("creator", "string", 0, "2.0"),
        _F("format", "string", 0, "2.0"),
        _F("mimeType", "string", 0, "2.0"),
        _F("info", "Description", 0, "2.0"),
    )
    key: str
    fileName: str
    creator: str
    format: str
    mimeType: str
    info: Description

    def __init__(
        self,
        *,
        key: str,
        fileName: str,
        creator: str,
        format: str,
        mimeType: str,
        info: Description,
    ) -> None:
        self.key = key
        self.fileName = fileName
        self.creator = creator
        self.format = format
        self.mimeType = mimeType
        self.info = info
