# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PodStorageDrsEntry: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_action_history import ClusterActionHistory
    from .cluster_drs_faults import ClusterDrsFaults
    from .cluster_recommendation import ClusterRecommendation
    from .storage_drs_config_info import StorageDrsConfigInfo


class PodStorageDrsEntry(DynamicData):
    """PodStorageDrsEntry: data object extending DynamicData, since 5.0.

    Attributes:
        storageDrsConfig: StorageDrsConfigInfo, since 5.0.
        recommendation: list of ClusterRecommendation, since 5.0.
        drsFault: list of ClusterDrsFaults, since 5.0.
        actionHistory: list of ClusterActionHistory, since 5.0.
    """

    __slots__ = ("storageDrsConfig", "recommendation", "drsFault", "actionHistory", )
    _wire_name_: ClassVar[str] = "PodStorageDrsEntry"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("storageDrsConfig", "StorageDrsConfigInfo", 0, "5.0"),
        _F("recommendation", "ClusterRecommendation", 3, "5.0"),
        _F("drsFault", "ClusterDrsFaults", 3, "5.0"),
        _F("actionHistory", "ClusterActionHistory", 3, "5.0"),
    )
    storageDrsConfig: StorageDrsConfigInfo
    recommendation: list[ClusterRecommendation]
    drsFault: list[ClusterDrsFaults]
    actionHistory: list[ClusterActionHistory]

    def __init__(
        self,
        *,
        storageDrsConfig: StorageDrsConfigInfo,
        recommendation: list[ClusterRecommendation] | None = None,
        drsFault: list[ClusterDrsFaults] | None = None,
        actionHistory: list[ClusterActionHistory] | None = None,
    ) -> None:
        self.storageDrsConfig = storageDrsConfig
        self.recommendation = [] if recommendation is None else recommendation
        self.drsFault = [] if drsFault is None else drsFault
        self.actionHistory = [] if actionHistory is None else actionHistory
