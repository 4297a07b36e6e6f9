# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NetIpStackInfoDefaultRouter: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class NetIpStackInfoDefaultRouter(DynamicData):
    """NetIpStackInfoDefaultRouter: data object extending DynamicData, since 4.1.

    Attributes:
        ipAddress: string, since 4.1.
        device: string, since 4.1.
        lifetime: dateTime, since 4.1.
        preference: string, since 4.1.
    """

    __slots__ = ("ipAddress", "device", "lifetime", "preference", )
    _wire_name_: ClassVar[str] = "NetIpStackInfoDefaultRouter"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ipAddress", "string", 0, "4.1"),
        _F("device", "string", 0, "4.1"),
        _F("lifetime", "dateTime", 0, "4.1"),
        _F("preference", "string", 0, "4.1"),
    )
    ipAddress: str
    device: str
    lifetime: datetime
    preference: str

    def __init__(
        self,
        *,
        ipAddress: str,
        device: str,
        lifetime: datetime,
        preference: str,
    ) -> None:
        self.ipAddress = ipAddress
        self.device = device
        self.lifetime = lifetime
        self.preference = preference
