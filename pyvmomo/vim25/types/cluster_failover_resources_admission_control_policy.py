# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterFailoverResourcesAdmissionControlPolicy: data object type, extends ClusterDasAdmissionControlPolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .cluster_das_admission_control_policy import ClusterDasAdmissionControlPolicy
from pyvmomo._base import Field as _F


class ClusterFailoverResourcesAdmissionControlPolicy(ClusterDasAdmissionControlPolicy):
    """ClusterFailoverResourcesAdmissionControlPolicy: data object extending ClusterDasAdmissionControlPolicy, since 4.0.

    Attributes:
        cpuFailoverResourcesPercent: int, since 4.0.
        memoryFailoverResourcesPercent: int, since 4.0.
        failoverLevel: int, optional, since 6.5.
        autoComputePercentages: boolean, optional, since 6.5.
        pMemFailoverResourcesPercent: int, optional, since 7.0.2.0.
        autoComputePMemFailoverResourcesPercent: boolean, optional, since 7.0.2.0.
    """

    __slots__ = ("cpuFailoverResourcesPercent", "memoryFailoverResourcesPercent", "failoverLevel", "autoComputePercentages", "pMemFailoverResourcesPercent", "autoComputePMemFailoverResourcesPercent", )
    _wire_name_: ClassVar[str] = "ClusterFailoverResourcesAdmissionControlPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("resourceReductionToToleratePercent", "int", 2, "6.5"),
        _F("pMemAdmissionControlEnabled", "boolean", 2, "7.0.2.0"),
        _F("cpuFailoverResourcesPercent", "int", 0, "4.0"),
        _F("memoryFailoverResourcesPercent", "int", 0, "4.0"),
        _F("failoverLevel", "int", 2, "6.5"),
        _F("autoComputePercentages", "boolean", 2, "6.5"),
        _F("pMemFailoverResourcesPercent", "int", 2, "7.0.2.0"),
        _F("autoComputePMemFailoverResourcesPercent", "boolean", 2, "7.0.2.0"),
    )
    cpuFailoverResourcesPercent: int
    memoryFailoverResourcesPercent: int
    failoverLevel: int | None
    autoComputePercentages: bool | None
    pMemFailoverResourcesPercent: int | None
    autoComputePMemFailoverResourcesPercent: bool | None

    def __init__(
        self,
        *,
        cpuFailoverResourcesPercent: int,
        memoryFailoverResourcesPercent: int,
        resourceReductionToToleratePercent: int | None = None,
        pMemAdmissionControlEnabled: bool | None = None,
        failoverLevel: int | None = None,
        autoComputePercentages: bool | None = None,
        pMemFailoverResourcesPercent: int | None = None,
        autoComputePMemFailoverResourcesPercent: bool | None = None,
    ) -> None:
        self.resourceReductionToToleratePercent = resourceReductionToToleratePercent
        self.pMemAdmissionControlEnabled = pMemAdmissionControlEnabled
        self.cpuFailoverResourcesPercent = cpuFailoverResourcesPercent
        self.memoryFailoverResourcesPercent = memoryFailoverResourcesPercent
        self.failoverLevel = failoverLevel
        self.autoComputePercentages = autoComputePercentages
        self.pMemFailoverResourcesPercent = pMemFailoverResourcesPercent
        self.autoComputePMemFailoverResourcesPercent = autoComputePMemFailoverResourcesPercent
