# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterPowerOnVmResult: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_attempted_vm_info import ClusterAttemptedVmInfo
    from .cluster_not_attempted_vm_info import ClusterNotAttemptedVmInfo
    from .cluster_recommendation import ClusterRecommendation


class ClusterPowerOnVmResult(DynamicData):
    """ClusterPowerOnVmResult: data object extending DynamicData, since 2.5.

    Attributes:
        attempted: list of ClusterAttemptedVmInfo, since 2.5.
        notAttempted: list of ClusterNotAttemptedVmInfo, since 2.5.
        recommendations: list of ClusterRecommendation, since 2.5.
    """

    __slots__ = ("attempted", "notAttempted", "recommendations", )
    _wire_name_: ClassVar[str] = "ClusterPowerOnVmResult"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("attempted", "ClusterAttemptedVmInfo", 3, "2.5"),
        _F("notAttempted", "ClusterNotAttemptedVmInfo", 3, "2.5"),
        _F("recommendations", "ClusterRecommendation", 3, "2.5"),
    )
    attempted: list[ClusterAttemptedVmInfo]
    notAttempted: list[ClusterNotAttemptedVmInfo]
    recommendations: list[ClusterRecommendation]

    def __init__(
        self,
        *,
        attempted: list[ClusterAttemptedVmInfo] | None = None,
        notAttempted: list[ClusterNotAttemptedVmInfo] | None = None,
        recommendations: list[ClusterRecommendation] | None = None,
    ) -> None:
        self.attempted = [] if attempted is None else attempted
        self.notAttempted = [] if notAttempted is None else notAttempted
        self.recommendations = [] if recommendations is None else recommendations
