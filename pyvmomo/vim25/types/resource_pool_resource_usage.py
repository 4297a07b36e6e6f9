# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourcePoolResourceUsage: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ResourcePoolResourceUsage(DynamicData):
    """ResourcePoolResourceUsage: data object extending DynamicData, since 2.0.

    Attributes:
        reservationUsed: long, since 2.0.
        reservationUsedForVm: long, since 2.0.
        unreservedForPool: long, since 2.0.
        unreservedForVm: long, since 2.0.
        overallUsage: long, since 2.0.
        maxUsage: long, since 2.0.
    """

    __slots__ = ("reservationUsed", "reservationUsedForVm", "unreservedForPool", "unreservedForVm", "overallUsage", "maxUsage", )
    _wire_name_: ClassVar[str] = "ResourcePoolResourceUsage"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("reservationUsed", "long", 0, "2.0"),
        _F("reservationUsedForVm", "long", 0, "2.0"),
        _F("unreservedForPool", "long", 0, "2.0"),
        _F("unreservedForVm", "long", 0, "2.0"),
        _F("overallUsage", "long", 0, "2.0"),
        _F("maxUsage", "long", 0, "2.0"),
    )
    reservationUsed: int
    reservationUsedForVm: int
    unreservedForPool: int
    unreservedForVm: int
    overallUsage: int
    maxUsage: int

    def __init__(
        self,
        *,
        reservationUsed: int,
        reservationUsedForVm: int,
        unreservedForPool: int,
        unreservedForVm: int,
        overallUsage: int,
        maxUsage: int,
    ) -> None:
        self.reservationUsed = reservationUsed
        self.reservationUsedForVm = reservationUsedForVm
        self.unreservedForPool = unreservedForPool
        self.unreservedForVm = unreservedForVm
        self.overallUsage = overallUsage
        self.maxUsage = maxUsage
