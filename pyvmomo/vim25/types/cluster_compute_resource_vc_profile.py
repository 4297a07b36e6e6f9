# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceVCProfile: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_config_spec_ex import ClusterConfigSpecEx


class ClusterComputeResourceVCProfile(DynamicData):
    """ClusterComputeResourceVCProfile: data object extending DynamicData, since 6.7.1.

    Attributes:
        clusterSpec: ClusterConfigSpecEx, optional, since 6.7.1.
        evcModeKey: string, optional, since 6.7.1.
        evcGraphicsModeKey: string, optional, since 7.0.1.0.
    """

    __slots__ = ("clusterSpec", "evcModeKey", "evcGraphicsModeKey", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceVCProfile"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("clusterSpec", "ClusterConfigSpecEx", 2, "6.7.1"),
        _F("evcModeKey", "string", 2, "6.7.1"),
        _F("evcGraphicsModeKey", "string", 2, "7.0.1.0"),
    )
    clusterSpec: ClusterConfigSpecEx | None
    evcModeKey: str | None
    evcGraphicsModeKey: str | None

    def __init__(
        self,
        *,
        clusterSpec: ClusterConfigSpecEx | None = None,
        evcModeKey: str | None = None,
        evcGraphicsModeKey: str | None = None,
    ) -> None:
        self.clusterSpec = clusterSpec
        self.evcModeKey = evcModeKey
        self.evcGraphicsModeKey = evcGraphicsModeKey
