# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourceAllocationInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .shares_info import SharesInfo


class ResourceAllocationInfo(DynamicData):
    """ResourceAllocationInfo: data object extending DynamicData, since 2.0.

    Attributes:
        reservation: long, optional, since 2.0.
        expandableReservation: boolean, optional, since 2.0.
        limit: long, optional, since 2.0.
        shares: SharesInfo, optional, since 2.0.
        overheadLimit: long, optional, since 2.5.
    """

    __slots__ = ("reservation", "expandableReservation", "limit", "shares", "overheadLimit", )
    _wire_name_: ClassVar[str] = "ResourceAllocationInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("reservation", "long", 2, "2.0"),
        _F("expandableReservation", "boolean", 2, "2.0"),
        _F("limit", "long", 2, "2.0"),
        _F("shares", "SharesInfo", 2, "2.0"),
        _F("overheadLimit", "long", 2, "2.5"),
    )
    reservation: int | None
    expandableReservation: bool | None
    limit: int | None
    shares: SharesInfo | None
    overheadLimit: int | None

    def __init__(
        self,
        *,
        reservation: int | None = None,
        expandableReservation: bool | None = None,
        limit: int | None = None,
        shares: SharesInfo | None = None,
        overheadLimit: int | None = None,
    ) -> None:
        self.reservation = reservation
        self.expandableReservation = expandableReservation
        self.limit = limit
        self.shares = shares
        self.overheadLimit = overheadLimit
