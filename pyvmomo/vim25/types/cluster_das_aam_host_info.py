# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasAamHostInfo: data object type, extends ClusterDasHostInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_das_host_info import ClusterDasHostInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_das_aam_node_state import ClusterDasAamNodeState


class ClusterDasAamHostInfo(ClusterDasHostInfo):
    """ClusterDasAamHostInfo: data object extending ClusterDasHostInfo, since 4.0.

    Attributes:
        hostDasState: list of ClusterDasAamNodeState, since 4.0.
        primaryHosts: list of string, since 4.0.
    """

    __slots__ = ("hostDasState", "primaryHosts", )
    _wire_name_: ClassVar[str] = "ClusterDasAamHostInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostDasState", "ClusterDasAamNodeState", 3, "4.0"),
        _F("primaryHosts", "string", 3, "4.0"),
    )
    hostDasState: list[ClusterDasAamNodeState]
    primaryHosts: list[str]

    def __init__(
        self,
        *,
        hostDasState: list[ClusterDasAamNodeState] | None = None,
        primaryHosts: list[str] | None = None,
    ) -> None:
        self.hostDasState = [] if hostDasState is None else hostDasState
        self.primaryHosts = [] if primaryHosts is None else primaryHosts
