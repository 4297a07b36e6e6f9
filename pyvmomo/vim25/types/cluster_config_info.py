# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .cluster_das_config_info import ClusterDasConfigInfo
    from .cluster_das_vm_config_info import ClusterDasVmConfigInfo
    from .cluster_drs_config_info import ClusterDrsConfigInfo
    from .cluster_drs_vm_config_info import ClusterDrsVmConfigInfo
    from .cluster_rule_info import ClusterRuleInfo


class ClusterConfigInfo(DynamicData):
    """ClusterConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        dasConfig: ClusterDasConfigInfo, since 2.0.
        dasVmConfig: list of ClusterDasVmConfigInfo, since 2.0.
        drsConfig: ClusterDrsConfigInfo, since 2.0.
        drsVmConfig: list of ClusterDrsVmConfigInfo, since 2.0.
        rule: list of ClusterRuleInfo, since 2.0.
    """

    __slots__ = ("dasConfig", "dasVmConfig", "drsConfig", "drsVmConfig", "rule", )
    _wire_name_: ClassVar[str] = "ClusterConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dasConfig", "ClusterDasConfigInfo", 0, "2.0"),
        _F("dasVmConfig", "ClusterDasVmConfigInfo", 3, "2.0"),
        _F("drsConfig", "ClusterDrsConfigInfo", 0, "2.0"),
        _F("drsVmConfig", "ClusterDrsVmConfigInfo", 3, "2.0"),
        _F("rule", "ClusterRuleInfo", 3, "2.0"),
    )
    dasConfig: ClusterDasConfigInfo
    dasVmConfig: list[ClusterDasVmConfigInfo]
    drsConfig: ClusterDrsConfigInfo
    drsVmConfig: list[ClusterDrsVmConfigInfo]
    rule: list[ClusterRuleInfo]

    def __init__(
        self,
        *,
        dasConfig: ClusterDasConfigInfo,
        drsConfig: ClusterDrsConfigInfo,
        dasVmConfig: list[ClusterDasVmConfigInfo] | None = None,
        drsVmConfig: list[ClusterDrsVmConfigInfo] | None = None,
        rule: Sequence[ClusterRuleInfo] | None = None,
    ) -> None:
        self.dasConfig = dasConfig
        self.dasVmConfig = [] if dasVmConfig is None else dasVmConfig
        self.drsConfig = drsConfig
        self.drsVmConfig = [] if drsVmConfig is None else drsVmConfig
        self.rule = [] if rule is None else list(rule)
