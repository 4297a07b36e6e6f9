# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceHCIConfigInfo: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_compute_resource_dvs_setting import ClusterComputeResourceDVSSetting
    from .cluster_compute_resource_host_configuration_profile import ClusterComputeResourceHostConfigurationProfile
    from ..managed.host_system import HostSystem


class ClusterComputeResourceHCIConfigInfo(DynamicData):
    """ClusterComputeResourceHCIConfigInfo: data object extending DynamicData, since 6.7.1.

    Attributes:
        workflowState: string, since 6.7.1.
        dvsSetting: list of ClusterComputeResourceDVSSetting, since 6.7.1.
        configuredHosts: list of references to HostSystem, since 6.7.1.
        hostConfigProfile: ClusterComputeResourceHostConfigurationProfile, optional, since 6.7.1.
    """

    __slots__ = ("workflowState", "dvsSetting", "configuredHosts", "hostConfigProfile", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceHCIConfigInfo"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("workflowState", "string", 0, "6.7.1"),
        _F("dvsSetting", "ClusterComputeResourceDVSSetting", 3, "6.7.1"),
        _F("configuredHosts", "ManagedObjectReference", 3, "6.7.1", target="HostSystem"),
        _F("hostConfigProfile", "ClusterComputeResourceHostConfigurationProfile", 2, "6.7.1"),
    )
    workflowState: str
    dvsSetting: list[ClusterComputeResourceDVSSetting]
    configuredHosts: list[HostSystem]
    hostConfigProfile: ClusterComputeResourceHostConfigurationProfile | None

    def __init__(
        self,
        *,
        workflowState: str,
        dvsSetting: list[ClusterComputeResourceDVSSetting] | None = None,
        configuredHosts: list[HostSystem] | None = None,
        hostConfigProfile: ClusterComputeResourceHostConfigurationProfile | None = None,
    ) -> None:
        self.workflowState = workflowState
        self.dvsSetting = [] if dvsSetting is None else dvsSetting
        self.configuredHosts = [] if configuredHosts is None else configuredHosts
        self.hostConfigProfile = hostConfigProfile
