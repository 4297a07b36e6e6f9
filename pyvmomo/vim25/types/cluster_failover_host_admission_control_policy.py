# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterFailoverHostAdmissionControlPolicy: data object type, extends ClusterDasAdmissionControlPolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_das_admission_control_policy import ClusterDasAdmissionControlPolicy
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem


class ClusterFailoverHostAdmissionControlPolicy(ClusterDasAdmissionControlPolicy):
    """ClusterFailoverHostAdmissionControlPolicy: data object extending ClusterDasAdmissionControlPolicy, since 4.0.

    Attributes:
        failoverHosts: list of references to HostSystem, since 4.0.
        failoverLevel: int, optional, since 6.5.
    """

    __slots__ = ("failoverHosts", "failoverLevel", )
    _wire_name_: ClassVar[str] = "ClusterFailoverHostAdmissionControlPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("resourceReductionToToleratePercent", "int", 2, "6.5"),
        _F("pMemAdmissionControlEnabled", "boolean", 2, "7.0.2.0"),
        _F("failoverHosts", "ManagedObjectReference", 3, "4.0", target="HostSystem"),
        _F("failoverLevel", "int", 2, "6.5"),
    )
    failoverHosts: list[HostSystem]
    failoverLevel: int | None

    def __init__(
        self,
        *,
        resourceReductionToToleratePercent: int | None = None,
        pMemAdmissionControlEnabled: bool | None = None,
        failoverHosts: list[HostSystem] | None = None,
        failoverLevel: int | None = None,
    ) -> None:
        self.resourceReductionToToleratePercent = resourceReductionToToleratePercent
        self.pMemAdmissionControlEnabled = pMemAdmissionControlEnabled
        self.failoverHosts = [] if failoverHosts is None else failoverHosts
        self.failoverLevel = failoverLevel
