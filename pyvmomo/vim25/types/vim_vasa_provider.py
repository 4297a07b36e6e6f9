# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VimVasaProvider: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VimVasaProvider(DynamicData):
    """VimVasaProvider: data object extending DynamicData, since 6.0.

    Attributes:
        uid: string, optional, since 6.7.
        url: string, since 6.0.
        name: string, optional, since 6.0.
        selfSignedCertificate: string, optional, since 6.0.
    """

    __slots__ = ("uid", "url", "name", "selfSignedCertificate", )
    _wire_name_: ClassVar[str] = "VimVasaProvider"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("uid", "string", 2, "6.7"),
        _F("url", "string", 0, "6.0"),
        _F("name", "string", 2, "6.0"),
        _F("selfSignedCertificate", "string", 2, "6.0"),
    )
    uid: str | None
    url: str
    name: str | None
    selfSignedCertificate: str | None

    def __init__(
        self,
        *,
        url: str,
        uid: str | None = None,
        name: str | None = None,
        selfSignedCertificate: str | None = None,
    ) -> None:
        self.uid = uid
        self.url = url
        self.name = name
        self.selfSignedCertificate = selfSignedCertificate
