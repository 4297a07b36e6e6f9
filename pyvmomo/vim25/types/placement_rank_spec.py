# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PlacementRankSpec: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.cluster_compute_resource import ClusterComputeResource
    from .placement_affinity_rule import PlacementAffinityRule
    from .placement_spec import PlacementSpec
    from .storage_drs_placement_rank_vm_spec import StorageDrsPlacementRankVmSpec


class PlacementRankSpec(DynamicData):
    """PlacementRankSpec: data object extending DynamicData, since 6.0.

    Attributes:
        specs: list of PlacementSpec, since 6.0.
        clusters: list of references to ClusterComputeResource, since 6.0.
        rules: list of PlacementAffinityRule, since 6.0.
        placementRankByVm: list of StorageDrsPlacementRankVmSpec, since 6.0.
    """

    __slots__ = ("specs", "clusters", "rules", "placementRankByVm", )
    _wire_name_: ClassVar[str] = "PlacementRankSpec"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("specs", "PlacementSpec", 1, "6.0"),
        _F("clusters", "ManagedObjectReference", 1, "6.0", target="ClusterComputeResource"),
        _F("rules", "PlacementAffinityRule", 3, "6.0"),
        _F("placementRankByVm", "StorageDrsPlacementRankVmSpec", 3, "6.0"),
    )
    specs: list[PlacementSpec]
    clusters: list[ClusterComputeResource]
    rules: list[PlacementAffinityRule]
    placementRankByVm: list[StorageDrsPlacementRankVmSpec]

    def __init__(
        self,
        *,
        specs: list[PlacementSpec],
        clusters: list[ClusterComputeResource],
        rules: list[PlacementAffinityRule] | None = None,
        placementRankByVm: list[StorageDrsPlacementRankVmSpec] | None = None,
    ) -> None:
        self.specs = specs
        self.clusters = clusters
        self.rules = [] if rules is None else rules
        self.placementRankByVm = [] if placementRankByVm is None else placementRankByVm
