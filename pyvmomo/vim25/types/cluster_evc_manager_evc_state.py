# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterEVCManagerEVCState: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .evc_mode import EVCMode
    from .host_cpu_id_info import HostCpuIdInfo
    from .host_feature_capability import HostFeatureCapability
    from .host_feature_mask import HostFeatureMask
    from .virtual_machine_feature_requirement import VirtualMachineFeatureRequirement


class ClusterEVCManagerEVCState(DynamicData):
    """ClusterEVCManagerEVCState: data object extending DynamicData, since 6.0.

    Attributes:
        supportedEVCMode: list of EVCMode, since 6.0.
        currentEVCModeKey: string, optional, since 6.0.
        guaranteedCPUFeatures: list of HostCpuIdInfo, since 6.0.
        featureCapability: list of HostFeatureCapability, since 6.0.
        featureMask: list of HostFeatureMask, since 6.0.
        featureRequirement: list of VirtualMachineFeatureRequirement, since 6.0.
    """

    __slots__ = ("supportedEVCMode", "currentEVCModeKey", "guaranteedCPUFeatures", "featureCapability", "featureMask", "featureRequirement", )
    _wire_name_: ClassVar[str] = "ClusterEVCManagerEVCState"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("supportedEVCMode", "EVCMode", 1, "6.0"),
        _F("currentEVCModeKey", "string", 2, "6.0"),
        _F("guaranteedCPUFeatures", "HostCpuIdInfo", 3, "6.0"),
        _F("featureCapability", "HostFeatureCapability", 3, "6.0"),
        _F("featureMask", "HostFeatureMask", 3, "6.0"),
        _F("featureRequirement", "VirtualMachineFeatureRequirement", 3, "6.0"),
    )
    supportedEVCMode: list[EVCMode]
    currentEVCModeKey: str | None
    guaranteedCPUFeatures: list[HostCpuIdInfo]
    featureCapability: list[HostFeatureCapability]
    featureMask: list[HostFeatureMask]
    featureRequirement: list[VirtualMachineFeatureRequirement]

    def __init__(
        self,
        *,
        supportedEVCMode: list[EVCMode],
        currentEVCModeKey: str | None = None,
        guaranteedCPUFeatures: list[HostCpuIdInfo] | None = None,
        featureCapability: list[HostFeatureCapability] | None = None,
        featureMask: list[HostFeatureMask] | None = None,
        featureRequirement: list[VirtualMachineFeatureRequirement] | None = None,
    ) -> None:
        self.supportedEVCMode = supportedEVCMode
        self.currentEVCModeKey = currentEVCModeKey
        self.guaranteedCPUFeatures = [] if guaranteedCPUFeatures is None else guaranteedCPUFeatures
        self.featureCapability = [] if featureCapability is None else featureCapability
        self.featureMask = [] if featureMask is None else featureMask
        self.featureRequirement = [] if featureRequirement is None else featureRequirement
