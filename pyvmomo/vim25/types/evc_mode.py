# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EVCMode: data object type, extends ElementDescription. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .element_description import ElementDescription
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_cpu_id_info import HostCpuIdInfo
    from .host_feature_capability import HostFeatureCapability
    from .host_feature_mask import HostFeatureMask
    from .virtual_machine_feature_requirement import VirtualMachineFeatureRequirement


class EVCMode(ElementDescription):
    """EVCMode: data object extending ElementDescription, since 4.0.

    Attributes:
        guaranteedCPUFeatures: list of HostCpuIdInfo, since 4.1.
        featureCapability: list of HostFeatureCapability, since 5.1.
        featureMask: list of HostFeatureMask, since 5.1.
        featureRequirement: list of VirtualMachineFeatureRequirement, since 5.1.
        vendor: string, since 4.0.
        track: list of string, since 4.1.
        vendorTier: int, since 4.0.
    """

    __slots__ = ("guaranteedCPUFeatures", "featureCapability", "featureMask", "featureRequirement", "vendor", "track", "vendorTier", )
    _wire_name_: ClassVar[str] = "EVCMode"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("label", "string", 0, "2.0"),
        _F("summary", "string", 0, "2.0"),
        _F("key", "string", 0, "2.0"),
        _F("guaranteedCPUFeatures", "HostCpuIdInfo", 3, "4.1"),
        _F("featureCapability", "HostFeatureCapability", 3, "5.1"),
        _F("featureMask", "HostFeatureMask", 3, "5.1"),
        _F("featureRequirement", "VirtualMachineFeatureRequirement", 3, "5.1"),
        _F("vendor", "string", 0, "4.0"),
        _F("track", "string", 3, "4.1"),
        _F("vendorTier", "int", 0, "4.0"),
    )
    guaranteedCPUFeatures: list[HostCpuIdInfo]
    featureCapability: list[HostFeatureCapability]
    featureMask: list[HostFeatureMask]
    featureRequirement: list[VirtualMachineFeatureRequirement]
    vendor: str
    track: list[str]
    vendorTier: int

    def __init__(
        self,
        *,
        label: str,
        summary: str,
        key: str,
        vendor: str,
        vendorTier: int,
        guaranteedCPUFeatures: list[HostCpuIdInfo] | None = None,
        featureCapability: list[HostFeatureCapability] | None = None,
        featureMask: list[HostFeatureMask] | None = None,
        featureRequirement: list[VirtualMachineFeatureRequirement] | None = None,
        track: list[str] | None = None,
    ) -> None:
        self.label = label
        self.summary = summary
        self.key = key
        self.guaranteedCPUFeatures = [] if guaranteedCPUFeatures is None else guaranteedCPUFeatures
        self.featureCapability = [] if featureCapability is None else featureCapability
        self.featureMask = [] if featureMask is None else featureMask
        self.featureRequirement = [] if featureRequirement is None else featureRequirement
        self.vendor = vendor
        self.track = [] if track is None else track
        self.vendorTier = vendorTier
