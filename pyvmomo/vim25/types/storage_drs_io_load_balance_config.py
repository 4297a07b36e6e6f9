# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageDrsIoLoadBalanceConfig: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class StorageDrsIoLoadBalanceConfig(DynamicData):
    """StorageDrsIoLoadBalanceConfig: data object extending DynamicData, since 5.0.

    Attributes:
        reservablePercentThreshold: int, optional, since 6.0.
        reservableIopsThreshold: int, optional, since 6.0.
        reservableThresholdMode: string, optional, since 6.0.
        ioLatencyThreshold: int, optional, since 5.0.
        ioLoadImbalanceThreshold: int, optional, since 5.0.
    """

    __slots__ = ("reservablePercentThreshold", "reservableIopsThreshold", "reservableThresholdMode", "ioLatencyThreshold", "ioLoadImbalanceThreshold", )
    _wire_name_: ClassVar[str] = "StorageDrsIoLoadBalanceConfig"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("reservablePercentThreshold", "int", 2, "6.0"),
        _F("reservableIopsThreshold", "int", 2, "6.0"),
        _F("reservableThresholdMode", "string", 2, "6.0"),
        _F("ioLatencyThreshold", "int", 2, "5.0"),
        _F("ioLoadImbalanceThreshold", "int", 2, "5.0"),
    )
    reservablePercentThreshold: int | None
    reservableIopsThreshold: int | None
    reservableThresholdMode: str | None
    ioLatencyThreshold: int | None
    ioLoadImbalanceThreshold: int | None

    def __init__(
        self,
        *,
        reservablePercentThreshold: int | None = None,
        reservableIopsThreshold: int | None = None,
        reservableThresholdMode: str | None = None,
        ioLatencyThreshold: int | None = None,
        ioLoadImbalanceThreshold: int | None = None,
    ) -> None:
        self.reservablePercentThreshold = reservablePercentThreshold
        self.reservableIopsThreshold = reservableIopsThreshold
        self.reservableThresholdMode = reservableThresholdMode
        self.ioLatencyThreshold = ioLatencyThreshold
        self.ioLoadImbalanceThreshold = ioLoadImbalanceThreshold
