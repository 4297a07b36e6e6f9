# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HttpNfcLeaseSourceFile: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue


class HttpNfcLeaseSourceFile(DynamicData):
    """HttpNfcLeaseSourceFile: data object extending DynamicData, since 6.7.

    Attributes:
        targetDeviceId: string, since 6.7.
        url: string, since 6.7.
        memberName: string, optional, since 6.7.
        create: boolean, since 6.7.
        sslThumbprint: string, optional, since 6.7.
        httpHeaders: list of KeyValue, since 6.7.
        size: long, optional, since 6.7.
    """

    __slots__ = ("targetDeviceId", "url", "memberName", "create", "sslThumbprint", "httpHeaders", "size", )
    _wire_name_: ClassVar[str] = "HttpNfcLeaseSourceFile"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("targetDeviceId", "string", 0, "6.7"),
        _F("url", "string", 0, "6.7"),
        _F("memberName", "string", 2, "6.7"),
        _F("create", "boolean", 0, "6.7"),
        _F("sslThumbprint", "string", 2, "6.7"),
        _F("httpHeaders", "KeyValue", 3, "6.7"),
        _F("size", "long", 2, "6.7"),
    )
    targetDeviceId: str
    url: str
    memberName: str | None
    create: bool
    sslThumbprint: str | None
    httpHeaders: list[KeyValue]
    size: int | None

    def __init__(
        self,
        *,
        targetDeviceId: str,
        url: str,
        create: bool,
        memberName: str | None = None,
        sslThumbprint: str | None = None,
        httpHeaders: list[KeyValue] | None = None,
        size: int | None = None,
    ) -> None:
        self.targetDeviceId = targetDeviceId
        self.url = url
        self.memberName = memberName
        self.create = create
        self.sslThumbprint = sslThumbprint
        self.httpHeaders = [] if httpHeaders is None else httpHeaders
        self.size = size
