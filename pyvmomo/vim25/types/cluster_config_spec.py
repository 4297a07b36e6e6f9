# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterConfigSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_das_config_info import ClusterDasConfigInfo
    from .cluster_das_vm_config_spec import ClusterDasVmConfigSpec
    from .cluster_drs_config_info import ClusterDrsConfigInfo
    from .cluster_drs_vm_config_spec import ClusterDrsVmConfigSpec
    from .cluster_rule_spec import ClusterRuleSpec


class ClusterConfigSpec(DynamicData):
    """ClusterConfigSpec: data object extending DynamicData, since 2.0.

    Attributes:
        dasConfig: ClusterDasConfigInfo, optional, since 2.0.
        dasVmConfigSpec: list of ClusterDasVmConfigSpec, since 2.0.
        drsConfig: ClusterDrsConfigInfo, optional, since 2.0.
        drsVmConfigSpec: list of ClusterDrsVmConfigSpec, since 2.0.
        rulesSpec: list of ClusterRuleSpec, since 2.0.
    """

    __slots__ = ("dasConfig", "dasVmConfigSpec", "drsConfig", "drsVmConfigSpec", "rulesSpec", )
    _wire_name_: ClassVar[str] = "ClusterConfigSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dasConfig", "ClusterDasConfigInfo", 2, "2.0"),
        _F("dasVmConfigSpec", "ClusterDasVmConfigSpec", 3, "2.0"),
        _F("drsConfig", "ClusterDrsConfigInfo", 2, "2.0"),
        _F("drsVmConfigSpec", "ClusterDrsVmConfigSpec", 3, "2.0"),
        _F("rulesSpec", "ClusterRuleSpec", 3, "2.0"),
    )
    dasConfig: ClusterDasConfigInfo | None
    dasVmConfigSpec: list[ClusterDasVmConfigSpec]
    drsConfig: ClusterDrsConfigInfo | None
    drsVmConfigSpec: list[ClusterDrsVmConfigSpec]
    rulesSpec: list[ClusterRuleSpec]

    def __init__(
        self,
        *,
        dasConfig: ClusterDasConfigInfo | None = None,
        dasVmConfigSpec: list[ClusterDasVmConfigSpec] | None = None,
        drsConfig: ClusterDrsConfigInfo | None = None,
        drsVmConfigSpec: list[ClusterDrsVmConfigSpec] | None = None,
        rulesSpec: list[ClusterRuleSpec] | None = None,
    ) -> None:
        self.dasConfig = dasConfig
        self.dasVmConfigSpec = [] if dasVmConfigSpec is None else dasVmConfigSpec
        self.drsConfig = drsConfig
        self.drsVmConfigSpec = [] if drsVmConfigSpec is None else drsVmConfigSpec
        self.rulesSpec = [] if rulesSpec is None else rulesSpec
