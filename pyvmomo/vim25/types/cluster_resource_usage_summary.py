# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterResourceUsageSummary: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ClusterResourceUsageSummary(DynamicData):
    """ClusterResourceUsageSummary: data object extending DynamicData, since 6.0.

    Attributes:
        cpuUsedMHz: int, since 6.0.
        cpuCapacityMHz: int, since 6.0.
        memUsedMB: int, since 6.0.
        memCapacityMB: int, since 6.0.
        pMemAvailableMB: long, optional, since 6.7.
        pMemCapacityMB: long, optional, since 6.7.
        storageUsedMB: long, since 6.0.
        storageCapacityMB: long, since 6.0.
    """

    __slots__ = ("cpuUsedMHz", "cpuCapacityMHz", "memUsedMB", "memCapacityMB", "pMemAvailableMB", "pMemCapacityMB", "storageUsedMB", "storageCapacityMB", )
    _wire_name_: ClassVar[str] = "ClusterResourceUsageSummary"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("cpuUsedMHz", "int", 0, "6.0"),
        _F("cpuCapacityMHz", "int", 0, "6.0"),
        _F("memUsedMB", "int", 0, "6.0"),
        _F("memCapacityMB", "int", 0, "6.0"),
        _F("pMemAvailableMB", "long", 2, "6.7"),
        _F("pMemCapacityMB", "long", 2, "6.7"),
        _F("storageUsedMB", "long", 0, "6.0"),
        _F("storageCapacityMB", "long", 0, "6.0"),
    )
    cpuUsedMHz: int
    cpuCapacityMHz: int
    memUsedMB: int
    memCapacityMB: int
    pMemAvailableMB: int | None
    pMemCapacityMB: int | None
    storageUsedMB: int
    storageCapacityMB: int

    def __init__(
        self,
        *,
        cpuUsedMHz: int,
        cpuCapacityMHz: int,
        memUsedMB: int,
        memCapacityMB: int,
        storageUsedMB: int,
        storageCapacityMB: int,
        pMemAvailableMB: int | None = None,
        pMemCapacityMB: int | None = None,
    ) -> None:
        self.cpuUsedMHz = cpuUsedMHz
        self.cpuCapacityMHz = cpuCapacityMHz
        self.memUsedMB = memUsedMB
        self.memCapacityMB = memCapacityMB
        self.pMemAvailableMB = pMemAvailableMB
        self.pMemCapacityMB = pMemCapacityMB
        self.storageUsedMB = storageUsedMB
        self.storageCapacityMB = storageCapacityMB
