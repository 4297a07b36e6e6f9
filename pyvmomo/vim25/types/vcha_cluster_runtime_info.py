# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VchaClusterRuntimeInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .vcha_node_runtime_info import VchaNodeRuntimeInfo


class VchaClusterRuntimeInfo(DynamicData):
    """VchaClusterRuntimeInfo: data object extending DynamicData, since 6.5.

    Attributes:
        clusterState: string, since 6.5.
        nodeInfo: list of VchaNodeRuntimeInfo, since 6.5.
        clusterMode: string, since 6.5.
    """

    __slots__ = ("clusterState", "nodeInfo", "clusterMode", )
    _wire_name_: ClassVar[str] = "VchaClusterRuntimeInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("clusterState", "string", 0, "6.5"),
        _F("nodeInfo", "VchaNodeRuntimeInfo", 3, "6.5"),
        _F("clusterMode", "string", 0, "6.5"),
    )
    clusterState: str
    nodeInfo: list[VchaNodeRuntimeInfo]
    clusterMode: str

    def __init__(
        self,
        *,
        clusterState: str,
        clusterMode: str,
        nodeInfo: list[VchaNodeRuntimeInfo] | None = None,
    ) -> None:
        self.clusterState = clusterState
        self.nodeInfo = [] if nodeInfo is None else nodeInfo
        self.clusterMode = clusterMode
