# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""KmipServerInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class KmipServerInfo(DynamicData):
    """KmipServerInfo: data object extending DynamicData, since 6.5.

    Attributes:
        name: string, since 6.5.
        address: string, since 6.5.
        port: int, since 6.5.
        proxyAddress: string, optional, since 6.5.
        proxyPort: int, optional, since 6.5.
        reconnect: int, optional, since 6.5.
        protocol: string, optional, since 6.5.
        nbio: int, optional, since 6.5.
        timeout: int, optional, since 6.5.
        userName: string, optional, since 6.5.
    """

    __slots__ = ("name", "address", "port", "proxyAddress", "proxyPort", "reconnect", "protocol", "nbio", "timeout", "userName", )
    _wire_name_: ClassVar[str] = "KmipServerInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "6.5"),
        _F("address", "string", 0, "6.5"),
        _F("port", "int", 0, "6.5"),
        _F("proxyAddress", "string", 2, "6.5"),
        _F("proxyPort", "int", 2, "6.5"),
        _F("reconnect", "int", 2, "6.5"),
        _F("protocol", "string", 2, "6.5"),
        _F("nbio", "int", 2, "6.5"),
        _F("timeout", "int", 2, "6.5"),
        _F("userName", "string", 2, "6.5"),
    )
    name: str
    address: str
    port: int
    proxyAddress: str | None
    proxyPort: int | None
    reconnect: int | None
    protocol: str | None
    nbio: int | None
    timeout: int | None
    userName: str | None

    def __init__(
        self,
        *,
        name: str,
        address: str,
        port: int,
        proxyAddress: str | None = None,
        proxyPort: int | None = None,
        reconnect: int | None = None,
        protocol: str | None = None,
        nbio: int | None = None,
        timeout: int | None = None,
        userName: str | None = None,
    ) -> None:
        self.name = name
        self.address = address
        self.port = port
        self.proxyAddress = proxyAddress
        self.proxyPort = proxyPort
        self.reconnect = reconnect
        self.protocol = protocol
        self.nbio = nbio
        self.timeout = timeout
        self.userName = userName
