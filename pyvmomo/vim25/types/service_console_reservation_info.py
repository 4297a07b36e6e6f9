# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ServiceConsoleReservationInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ServiceConsoleReservationInfo(DynamicData):
    """ServiceConsoleReservationInfo: data object extending DynamicData, since 2.0.

    Attributes:
        serviceConsoleReservedCfg: long, since 2.0.
        serviceConsoleReserved: long, since 2.0.
        unreserved: long, since 2.0.
    """

    __slots__ = ("serviceConsoleReservedCfg", "serviceConsoleReserved", "unreserved", )
    _wire_name_: ClassVar[str] = "ServiceConsoleReservationInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("serviceConsoleReservedCfg", "long", 0, "2.0"),
        _F("serviceConsoleReserved", "long", 0, "2.0"),
        _F("unreserved", "long", 0, "2.0"),
    )
    serviceConsoleReservedCfg: int
    serviceConsoleReserved: int
    unreserved: int

    def __init__(
        self,
        *,
        serviceConsoleReservedCfg: int,
        serviceConsoleReserved: int,
        unreserved: int,
    ) -> None:
        self.serviceConsoleReservedCfg = serviceConsoleReservedCfg
        self.serviceConsoleReserved = serviceConsoleReserved
        self.unreserved = unreserved
