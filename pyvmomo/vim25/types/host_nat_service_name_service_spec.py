# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNatServiceNameServiceSpec: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostNatServiceNameServiceSpec(DynamicData):
    """HostNatServiceNameServiceSpec: data object extending DynamicData, since 2.5.

    Attributes:
        dnsAutoDetect: boolean, since 2.5.
        dnsPolicy: string, since 2.5.
        dnsRetries: int, since 2.5.
        dnsTimeout: int, since 2.5.
        dnsNameServer: list of string, since 2.5.
        nbdsTimeout: int, since 2.5.
        nbnsRetries: int, since 2.5.
        nbnsTimeout: int, since 2.5.
    """

    __slots__ = ("dnsAutoDetect", "dnsPolicy", "dnsRetries", "dnsTimeout", "dnsNameServer", "nbdsTimeout", "nbnsRetries", "nbnsTimeout", )
    _wire_name_: ClassVar[str] = "HostNatServiceNameServiceSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dnsAutoDetect", "boolean", 0, "2.5"),
        _F("dnsPolicy", "string", 0, "2.5"),
        _F("dnsRetries", "int", 0, "2.5"),
        _F("dnsTimeout", "int", 0, "2.5"),
        _F("dnsNameServer", "string", 3, "2.5"),
        _F("nbdsTimeout", "int", 0, "2.5"),
        _F("nbnsRetries", "int", 0, "2.5"),
        _F("nbnsTimeout", "int", 0, "2.5"),
    )
    dnsAutoDetect: bool
    dnsPolicy: str
    dnsRetries: int
    dnsTimeout: int
    dnsNameServer: list[str]
    nbdsTimeout: int
    nbnsRetries: int
    nbnsTimeout: int

    def __init__(
        self,
        *,
        dnsAutoDetect: bool,
        dnsPolicy: str,
        dnsRetries: int,
        dnsTimeout: int,
        nbdsTimeout: int,
        nbnsRetries: int,
        nbnsTimeout: int,
        dnsNameServer: list[str] | None = None,
    ) -> None:
        self.dnsAutoDetect = dnsAutoDetect
        self.dnsPolicy = dnsPolicy
        self.dnsRetries = dnsRetries
        self.dnsTimeout = dnsTimeout
        self.dnsNameServer = [] if dnsNameServer is None else dnsNameServer
        self.nbdsTimeout = nbdsTimeout
        self.nbnsRetries = nbnsRetries
        self.nbnsTimeout = nbnsTimeout
