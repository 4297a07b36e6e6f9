# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""InventoryDescription: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class InventoryDescription(DynamicData):
    """InventoryDescription: data object extending DynamicData, since 4.0.

    Attributes:
        numHosts: int, since 4.0.
        numVirtualMachines: int, since 4.0.
        numResourcePools: int, optional, since 4.0.
        numClusters: int, optional, since 4.0.
        numCpuDev: int, optional, since 4.0.
        numNetDev: int, optional, since 4.0.
        numDiskDev: int, optional, since 4.0.
        numvCpuDev: int, optional, since 4.0.
        numvNetDev: int, optional, since 4.0.
        numvDiskDev: int, optional, since 4.0.
    """

    __slots__ = ("numHosts", "numVirtualMachines", "numResourcePools", "numClusters", "numCpuDev", "numNetDev", "numDiskDev", "numvCpuDev", "numvNetDev", "numvDiskDev", )
    _wire_name_: ClassVar[str] = "InventoryDescription"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("numHosts", "int", 0, "4.0"),
        _F("numVirtualMachines", "int", 0, "4.0"),
        _F("numResourcePools", "int", 2, "4.0"),
        _F("numClusters", "int", 2, "4.0"),
        _F("numCpuDev", "int", 2, "4.0"),
        _F("numNetDev", "int", 2, "4.0"),
        _F("numDiskDev", "int", 2, "4.0"),
        _F("numvCpuDev", "int", 2, "4.0"),
        _F("numvNetDev", "int", 2, "4.0"),
        _F("numvDiskDev", "int", 2, "4.0"),
    )
    numHosts: int
    numVirtualMachines: int
    numResourcePools: int | None
    numClusters: int | None
    numCpuDev: int | None
    numNetDev: int | None
    numDiskDev: int | None
    numvCpuDev: int | None
    numvNetDev: int | None
    numvDiskDev: int | None

    def __init__(
        self,
        *,
        numHosts: int,
        numVirtualMachines: int,
        numResourcePools: int | None = None,
        numClusters: int | None = None,
        numCpuDev: int | None = None,
        numNetDev: int | None = None,
        numDiskDev: int | None = None,
        numvCpuDev: int | None = None,
        numvNetDev: int | None = None,
        numvDiskDev: int | None = None,
    ) -> None:
        self.numHosts = numHosts
        self.numVirtualMachines = numVirtualMachines
        self.numResourcePools = numResourcePools
        self.numClusters = numClusters
        self.numCpuDev = numCpuDev
        self.numNetDev = numNetDev
        self.numDiskDev = numDiskDev
        self.numvCpuDev = numvCpuDev
        self.numvNetDev = numvNetDev
        self.numvDiskDev = numvDiskDev
