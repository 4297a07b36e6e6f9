# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostServiceTicket: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostServiceTicket(DynamicData):
    """HostServiceTicket: data object extending DynamicData, since 2.0.

    Attributes:
        host: string, optional, since 2.0.
        port: int, optional, since 2.0.
        sslThumbprint: string, optional, since 2.5.
        service: string, since 2.0.
        serviceVersion: string, since 2.0.
        sessionId: string, since 2.0, secret (masked in repr).
    """

    __slots__ = ("host", "port", "sslThumbprint", "service", "serviceVersion", "sessionId", )
    _wire_name_: ClassVar[str] = "HostServiceTicket"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("host", "string", 2, "2.0"),
        _F("port", "int", 2, "2.0"),
        _F("sslThumbprint", "string", 2, "2.5"),
        _F("service", "string", 0, "2.0"),
        _F("serviceVersion", "string", 0, "2.0"),
        _F("sessionId", "string", 4, "2.0"),
    )
    host: str | None
    port: int | None
    sslThumbprint: str | None
    service: str
    serviceVersion: str
    sessionId: str

    def __init__(
        self,
        *,
        service: str,
        serviceVersion: str,
        sessionId: str,
        host: str | None = None,
        port: int | None = None,
        sslThumbprint: str | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.sslThumbprint = sslThumbprint
        self.service = service
        self.serviceVersion = serviceVersion
        self.sessionId = sessionId
