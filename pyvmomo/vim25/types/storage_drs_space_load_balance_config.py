# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageDrsSpaceLoadBalanceConfig: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class StorageDrsSpaceLoadBalanceConfig(DynamicData):
    """StorageDrsSpaceLoadBalanceConfig: data object extending DynamicData, since 5.0.

    Attributes:
        spaceThresholdMode: string, optional, since 6.0.
        spaceUtilizationThreshold: int, optional, since 5.0.
        freeSpaceThresholdGB: int, optional, since 6.0.
        minSpaceUtilizationDifference: int, optional, since 5.0.
    """

    __slots__ = ("spaceThresholdMode", "spaceUtilizationThreshold", "freeSpaceThresholdGB", "minSpaceUtilizationDifference", )
    _wire_name_: ClassVar[str] = "StorageDrsSpaceLoadBalanceConfig"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("spaceThresholdMode", "string", 2, "6.0"),
        _F("spaceUtilizationThreshold", "int", 2, "5.0"),
        _F("freeSpaceThresholdGB", "int", 2, "6.0"),
        _F("minSpaceUtilizationDifference", "int", 2, "5.0"),
    )
    spaceThresholdMode: str | None
    spaceUtilizationThreshold: int | None
    freeSpaceThresholdGB: int | None
    minSpaceUtilizationDifference: int | None

    def __init__(
        self,
        *,
        spaceThresholdMode: str | None = None,
        spaceUtilizationThreshold: int | None = None,
        freeSpaceThresholdGB: int | None = None,
        minSpaceUtilizationDifference: int | None = None,
    ) -> None:
        self.spaceThresholdMode = spaceThresholdMode
        self.spaceUtilizationThreshold = spaceUtilizationThreshold
        self.freeSpaceThresholdGB = freeSpaceThresholdGB
        self.minSpaceUtilizationDifference = minSpaceUtilizationDifference
