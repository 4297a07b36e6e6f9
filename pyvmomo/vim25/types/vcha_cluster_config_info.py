# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VchaClusterConfigInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .failover_node_info import FailoverNodeInfo
    from .witness_node_info import WitnessNodeInfo


class VchaClusterConfigInfo(DynamicData):
    """VchaClusterConfigInfo: data object extending DynamicData, since 6.5.

    Attributes:
        failoverNodeInfo1: FailoverNodeInfo, optional, since 6.5.
        failoverNodeInfo2: FailoverNodeInfo, optional, since 6.5.
        witnessNodeInfo: WitnessNodeInfo, optional, since 6.5.
        state: string, since 6.5.
    """

    __slots__ = ("failoverNodeInfo1", "failoverNodeInfo2", "witnessNodeInfo", "state", )
    _wire_name_: ClassVar[str] = "VchaClusterConfigInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("failoverNodeInfo1", "FailoverNodeInfo", 2, "6.5"),
        _F("failoverNodeInfo2", "FailoverNodeInfo", 2, "6.5"),
        _F("witnessNodeInfo", "WitnessNodeInfo", 2, "6.5"),
        _F("state", "string", 0, "6.5"),
    )
    failoverNodeInfo1: FailoverNodeInfo | None
    failoverNodeInfo2: FailoverNodeInfo | None
    witnessNodeInfo: WitnessNodeInfo | None
    state: str

    def __init__(
        self,
        *,
        state: str,
        failoverNodeInfo1: FailoverNodeInfo | None = None,
        failoverNodeInfo2: FailoverNodeInfo | None = None,
        witnessNodeInfo: WitnessNodeInfo | None = None,
    ) -> None:
        self.failoverNodeInfo1 = failoverNodeInfo1
        self.failoverNodeInfo2 = failoverNodeInfo2
        self.witnessNodeInfo = witnessNodeInfo
        self.state = state
