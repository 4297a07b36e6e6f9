# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineTicket: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualMachineTicket(DynamicData):
    """VirtualMachineTicket: data object extending DynamicData, since 4.1.

    Attributes:
        ticket: string, since 4.1, secret (masked in repr).
        cfgFile: string, since 4.1.
        host: string, optional, since 4.1.
        port: int, optional, since 4.1.
        sslThumbprint: string, optional, since 4.1.
        url: string, optional, since 7.0.0.0.
    """

    __slots__ = ("ticket", "cfgFile", "host", "port", "sslThumbprint", "url", )
    _wire_name_: ClassVar[str] = "VirtualMachineTicket"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ticket", "string", 4, "4.1"),
        _F("cfgFile", "string", 0, "4.1"),
        _F("host", "string", 2, "4.1"),
        _F("port", "int", 2, "4.1"),
        _F("sslThumbprint", "string", 2, "4.1"),
        _F("url", "string", 2, "7.0.0.0"),
    )
    ticket: str
    cfgFile: str
    host: str | None
    port: int | None
    sslThumbprint: str | None
    url: str | None

    def __init__(
        self,
        *,
        ticket: str,
        cfgFile: str,
        host: str | None = None,
        port: int | None = None,
        sslThumbprint: str | None = None,
        url: str | None = None,
    ) -> None:
        self.ticket = ticket
        self.cfgFile = cfgFile
        self.host = host
        self.port = port
        self.sslThumbprint = sslThumbprint
        self.url = url
