# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourcePoolQuickStats: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ResourcePoolQuickStats(DynamicData):
    """ResourcePoolQuickStats: data object extending DynamicData, since 4.0.

    Attributes:
        overallCpuUsage: long, optional, since 4.0.
        overallCpuDemand: long, optional, since 4.0.
        guestMemoryUsage: long, optional, since 4.0.
        hostMemoryUsage: long, optional, since 4.0.
        distributedCpuEntitlement: long, optional, since 4.0.
        distributedMemoryEntitlement: long, optional, since 4.0.
        staticCpuEntitlement: int, optional, since 4.0.
        staticMemoryEntitlement: int, optional, since 4.0.
        privateMemory: long, optional, since 4.0.
        sharedMemory: long, optional, since 4.0.
        swappedMemory: long, optional, since 4.0.
        balloonedMemory: long, optional, since 4.0.
        overheadMemory: long, optional, since 4.0.
        consumedOverheadMemory: long, optional, since 4.0.
        compressedMemory: long, optional, since 4.1.
    """

    __slots__ = ("overallCpuUsage", "overallCpuDemand", "guestMemoryUsage", "hostMemoryUsage", "distributedCpuEntitlement", "distributedMemoryEntitlement", "staticCpuEntitlement", "staticMemoryEntitlement", "privateMemory", "sharedMemory", "swappedMemory", "balloonedMemory", "overheadMemory", "consumedOverheadMemory", "compressedMemory", )
    _wire_name_: ClassVar[str] = "ResourcePoolQuickStats"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("overallCpuUsage", "long", 2, "4.0"),
        _F("overallCpuDemand", "long", 2, "4.0"),
        _F("guestMemoryUsage", "long", 2, "4.0"),
        _F("hostMemoryUsage", "long", 2, "4.0"),
        _F("distributedCpuEntitlement", "long", 2, "4.0"),
        _F("distributedMemoryEntitlement", "long", 2, "4.0"),
        _F("staticCpuEntitlement", "int", 2, "4.0"),
        _F("staticMemoryEntitlement", "int", 2, "4.0"),
        _F("privateMemory", "long", 2, "4.0"),
        _F("sharedMemory", "long", 2, "4.0"),
        _F("swappedMemory", "long", 2, "4.0"),
        _F("balloonedMemory", "long", 2, "4.0"),
        _F("overheadMemory", "long", 2, "4.0"),
        _F("consumedOverheadMemory", "long", 2, "4.0"),
        _F("compressedMemory", "long", 2, "4.1"),
    )
    overallCpuUsage: int | None
    overallCpuDemand: int | None
    guestMemoryUsage: int | None
    hostMemoryUsage: int | None
    distributedCpuEntitlement: int | None
    distributedMemoryEntitlement: int | None
    staticCpuEntitlement: int | None
    staticMemoryEntitlement: int | None
    privateMemory: int | None
    sharedMemory: int | None
    swappedMemory: int | None
    balloonedMemory: int | None
    overheadMemory: int | None
    consumedOverheadMemory: int | None
    compressedMemory: int | None

    def __init__(
        self,
        *,
        overallCpuUsage: int | None = None,
        overallCpuDemand: int | None = None,
        guestMemoryUsage: int | None = None,
        hostMemoryUsage: int | None = None,
        distributedCpuEntitlement: int | None = None,
        distributedMemoryEntitlement: int | None = None,
        staticCpuEntitlement: int | None = None,
        staticMemoryEntitlement: int | None = None,
        privateMemory: int | None = None,
        sharedMemory: int | None = None,
        swappedMemory: int | None = None,
        balloonedMemory: int | None = None,
        overheadMemory: int | None = None,
        consumedOverheadMemory: int | None = None,
        compressedMemory: int | None = None,
    ) -> None:
        self.overallCpuUsage = overallCpuUsage
        self.overallCpuDemand = overallCpuDemand
        self.guestMemoryUsage = guestMemoryUsage
        self.hostMemoryUsage = hostMemoryUsage
        self.distributedCpuEntitlement = distributedCpuEntitlement
        self.distributedMemoryEntitlement = distributedMemoryEntitlement
        self.staticCpuEntitlement = staticCpuEntitlement
        self.staticMemoryEntitlement = staticMemoryEntitlement
        self.privateMemory = privateMemory
        self.sharedMemory = sharedMemory
        self.swappedMemory = swappedMemory
        self.balloonedMemory = balloonedMemory
        self.overheadMemory = overheadMemory
        self.consumedOverheadMemory = consumedOverheadMemory
        self.compressedMemory = compressedMemory
