# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostTpmDigestInfo: data object type, extends HostDigestInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .host_digest_info import HostDigestInfo
from pyvmomo._base import Field as _F


class HostTpmDigestInfo(HostDigestInfo):
    """HostTpmDigestInfo: data object extending HostDigestInfo, since 4.0.

    Attributes:
        pcrNumber: int, since 4.0.
    """

    __slots__ = ("pcrNumber", )
    _wire_name_: ClassVar[str] = "HostTpmDigestInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("digestMethod", "string", 0, "4.0"),
        _F("digestValue", "byte", 1, "4.0"),
        _F("objectName", "string", 2, "4.0"),
        _F("pcrNumber", "int", 0, "4.0"),
    )
    pcrNumber: int

    def __init__(
        self,
        *,
        digestMethod: str,
        digestValue: list[int],
        pcrNumber: int,
        objectName: str | None = None,
    ) -> None:
        self.digestMethod = digestMethod
        self.digestValue: list[int] = digestValue
        self.objectName = objectName
        self.pcrNumber = pcrNumber
