# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostIpConfigIpV6Address: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class HostIpConfigIpV6Address(DynamicData):
    """HostIpConfigIpV6Address: data object extending DynamicData, since 4.0.

    Attributes:
        ipAddress: string, since 4.0.
        prefixLength: int, since 4.0.
        origin: string, optional, since 4.0.
        dadState: string, optional, since 4.0.
        lifetime: dateTime, optional, since 4.0.
        operation: string, optional, since 4.0.
    """

    __slots__ = ("ipAddress", "prefixLength", "origin", "dadState", "lifetime", "operation", )
    _wire_name_: ClassVar[str] = "HostIpConfigIpV6Address"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ipAddress", "string", 0, "4.0"),
        _F("prefixLength", "int", 0, "4.0"),
        _F("origin", "string", 2, "4.0"),
        _F("dadState", "string", 2, "4.0"),
        _F("lifetime", "dateTime", 2, "4.0"),
        _F("operation", "string", 2, "4.0"),
    )
    ipAddress: str
    prefixLength: int
    origin: str | None
    dadState: str | None
    lifetime: datetime | None
    operation: str | None

    def __init__(
        self,
        *,
        ipAddress: str,
        prefixLength: int,
        origin: str | None = None,
        dadState: str | None = None,
        lifetime: datetime | None = None,
        operation: str | None = None,
    ) -> None:
        self.ipAddress = ipAddress
        self.prefixLength = prefixLength
        self.origin = origin
        self.dadState = dadState
        self.lifetime = lifetime
        self.operation = operation
