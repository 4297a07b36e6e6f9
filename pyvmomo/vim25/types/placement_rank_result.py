# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PlacementRankResult: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.cluster_compute_resource import ClusterComputeResource
    from .localized_method_fault import LocalizedMethodFault


class PlacementRankResult(DynamicData):
    """PlacementRankResult: data object extending DynamicData, since 6.0.

    Attributes:
        key: string, since 6.0.
        candidate: reference to ClusterComputeResource, since 6.0.
        reservedSpaceMB: long, since 6.0.
        usedSpaceMB: long, since 6.0.
        totalSpaceMB: long, since 6.0.
        utilization: double, since 6.0.
        faults: list of LocalizedMethodFault, since 6.0.
    """

    __slots__ = ("key", "candidate", "reservedSpaceMB", "usedSpaceMB", "totalSpaceMB", "utilization", "faults", )
    _wire_name_: ClassVar[str] = "PlacementRankResult"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "6.0"),
        _F("candidate", "ManagedObjectReference", 0, "6.0", target="ClusterComputeResource"),
        _F("reservedSpaceMB", "long", 0, "6.0"),
        _F("usedSpaceMB", "long", 0, "6.0"),
        _F("totalSpaceMB", "long", 0, "6.0"),
        _F("utilization", "double", 0, "6.0"),
        _F("faults", "LocalizedMethodFault", 3, "6.0"),
    )
    key: str
    candidate: ClusterComputeResource
    reservedSpaceMB: int
    usedSpaceMB: int
    totalSpaceMB: int
    utilization: float
    faults: list[LocalizedMethodFault]

    def __init__(
        self,
        *,
        key: str,
        candidate: ClusterComputeResource,
        reservedSpaceMB: int,
        usedSpaceMB: int,
        totalSpaceMB: int,
        utilization: float,
        faults: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.key = key
        self.candidate = candidate
        self.reservedSpaceMB = reservedSpaceMB
        self.usedSpaceMB = usedSpaceMB
        self.totalSpaceMB = totalSpaceMB
        self.utilization = utilization
        self.faults = [] if faults is None else faults
