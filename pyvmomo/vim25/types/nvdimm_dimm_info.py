# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NvdimmDimmInfo: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .nvdimm_health_info import NvdimmHealthInfo
    from .nvdimm_region_info import NvdimmRegionInfo


class NvdimmDimmInfo(DynamicData):
    """NvdimmDimmInfo: data object extending DynamicData, since 6.7.

    Attributes:
        dimmHandle: int, since 6.7.
        healthInfo: NvdimmHealthInfo, since 6.7.
        totalCapacity: long, since 6.7.
        persistentCapacity: long, since 6.7.
        availablePersistentCapacity: long, since 6.7.
        volatileCapacity: long, since 6.7.
        availableVolatileCapacity: long, since 6.7.
        blockCapacity: long, since 6.7.
        regionInfo: list of NvdimmRegionInfo, since 6.7.
        representationString: string, since 6.7.
    """

    __slots__ = ("dimmHandle", "healthInfo", "totalCapacity", "persistentCapacity", "availablePersistentCapacity", "volatileCapacity", "availableVolatileCapacity", "blockCapacity", "regionInfo", "representationString", )
    _wire_name_: ClassVar[str] = "NvdimmDimmInfo"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dimmHandle", "int", 0, "6.7"),
        _F("healthInfo", "NvdimmHealthInfo", 0, "6.7"),
        _F("totalCapacity", "long", 0, "6.7"),
        _F("persistentCapacity", "long", 0, "6.7"),
        _F("availablePersistentCapacity", "long", 0, "6.7"),
        _F("volatileCapacity", "long", 0, "6.7"),
        _F("availableVolatileCapacity", "long", 0, "6.7"),
        _F("blockCapacity", "long", 0, "6.7"),
        _F("regionInfo", "NvdimmRegionInfo", 3, "6.7"),
        _F("representationString", "string", 0, "6.7"),
    )
    dimmHandle: int
    healthInfo: NvdimmHealthInfo
    totalCapacity: int
    persistentCapacity: int
    availablePersistentCapacity: int
    volatileCapacity: int
    availableVolatileCapacity: int
    blockCapacity: int
    regionInfo: list[NvdimmRegionInfo]
    representationString: str

    def __init__(
        self,
        *,
        dimmHandle: int,
        healthInfo: NvdimmHealthInfo,
        totalCapacity: int,
        persistentCapacity: int,
        availablePersistentCapacity: int,
        volatileCapacity: int,
        availableVolatileCapacity: int,
        blockCapacity: int,
        representationString: str,
        regionInfo: list[NvdimmRegionInfo] | None = None,
    ) -> None:
        self.dimmHandle = dimmHandle
        self.healthInfo = healthInfo
        self.totalCapacity = totalCapacity
        self.persistentCapacity = persistentCapacity
        self.availablePersistentCapacity = availablePersistentCapacity
        self.volatileCapacity = volatileCapacity
        self.availableVolatileCapacity = availableVolatileCapacity
        self.blockCapacity = blockCapacity
        self.regionInfo = [] if regionInfo is None else regionInfo
        self.representationString = representationString
