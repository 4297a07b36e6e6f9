# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceHCIConfigSpec: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_compute_resource_dvs_profile import ClusterComputeResourceDvsProfile
    from .cluster_compute_resource_host_configuration_profile import ClusterComputeResourceHostConfigurationProfile
    from .cluster_compute_resource_vc_profile import ClusterComputeResourceVCProfile
    from .sddc_base import SDDCBase


class ClusterComputeResourceHCIConfigSpec(DynamicData):
    """ClusterComputeResourceHCIConfigSpec: data object extending DynamicData, since 6.7.1.

    Attributes:
        dvsProf: list of ClusterComputeResourceDvsProfile, since 6.7.1.
        hostConfigProfile: ClusterComputeResourceHostConfigurationProfile, optional, since 6.7.1.
        vSanConfigSpec: SDDCBase, optional, since 6.7.1.
        vcProf: ClusterComputeResourceVCProfile, optional, since 6.7.1.
    """

    __slots__ = ("dvsProf", "hostConfigProfile", "vSanConfigSpec", "vcProf", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceHCIConfigSpec"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dvsProf", "ClusterComputeResourceDvsProfile", 3, "6.7.1"),
        _F("hostConfigProfile", "ClusterComputeResourceHostConfigurationProfile", 2, "6.7.1"),
        _F("vSanConfigSpec", "SDDCBase", 2, "6.7.1"),
        _F("vcProf", "ClusterComputeResourceVCProfile", 2, "6.7.1"),
    )
    dvsProf: list[ClusterComputeResourceDvsProfile]
    hostConfigProfile: ClusterComputeResourceHostConfigurationProfile | None
    vSanConfigSpec: SDDCBase | None
    vcProf: ClusterComputeResourceVCProfile | None

    def __init__(
        self,
        *,
        dvsProf: list[ClusterComputeResourceDvsProfile] | None = None,
        hostConfigProfile: ClusterComputeResourceHostConfigurationProfile | None = None,
        vSanConfigSpec: SDDCBase | None = None,
        vcProf: ClusterComputeResourceVCProfile | None = None,
    ) -> None:
        self.dvsProf = [] if dvsProf is None else dvsProf
        self.hostConfigProfile = hostConfigProfile
        self.vSanConfigSpec = vSanConfigSpec
        self.vcProf = vcProf
