# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasDataSummary: data object type, extends ClusterDasData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .cluster_das_data import ClusterDasData
from pyvmomo._base import Field as _F


class ClusterDasDataSummary(ClusterDasData):
    """ClusterDasDataSummary: data object extending ClusterDasData, since 5.0.

    Attributes:
        hostListVersion: long, since 5.0.
        clusterConfigVersion: long, since 5.0.
        compatListVersion: long, since 5.0.
    """

    __slots__ = ("hostListVersion", "clusterConfigVersion", "compatListVersion", )
    _wire_name_: ClassVar[str] = "ClusterDasDataSummary"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostListVersion", "long", 0, "5.0"),
        _F("clusterConfigVersion", "long", 0, "5.0"),
        _F("compatListVersion", "long", 0, "5.0"),
    )
    hostListVersion: int
    clusterConfigVersion: int
    compatListVersion: int

    def __init__(
        self,
        *,
        hostListVersion: int,
        clusterConfigVersion: int,
        compatListVersion: int,
    ) -> None:
        self.hostListVersion = hostListVersion
        self.clusterConfigVersion = clusterConfigVersion
        self.compatListVersion = compatListVersion
