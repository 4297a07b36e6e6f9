# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppOvfSectionInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VAppOvfSectionInfo(DynamicData):
    """VAppOvfSectionInfo: data object extending DynamicData, since 4.0.

    Attributes:
        key: int, optional, since 4.0.
        namespace: string, optional, since 4.0.
        type: string, optional, since 4.0.
        atEnvelopeLevel: boolean, optional, since 4.0.
        contents: string, optional, since 4.0.
    """

    __slots__ = ("key", "namespace", "type", "atEnvelopeLevel", "contents", )
    _wire_name_: ClassVar[str] = "VAppOvfSectionInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 2, "4.0"),
        _F("namespace", "string", 2, "4.0"),
        _F("type", "string", 2, "4.0"),
        _F("atEnvelopeLevel", "boolean", 2, "4.0"),
        _F("contents", "string", 2, "4.0"),
    )
    key: int | None
    namespace: str | None
    type: str | None
    atEnvelopeLevel: bool | None
    contents: str | None

    def __init__(
        self,
        *,
        key: int | None = None,
        namespace: str | None = None,
        type: str | None = None,
        atEnvelopeLevel: bool | None = None,
        contents: str | None = None,
    ) -> None:
        self.key = key
        self.namespace = namespace
        self.type = type
        self.atEnvelopeLevel = atEnvelopeLevel
        self.contents = contents
