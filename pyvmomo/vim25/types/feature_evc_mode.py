# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FeatureEVCMode: data object type, extends ElementDescription. Since 7.0.1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .element_description import ElementDescription
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_feature_capability import HostFeatureCapability
    from .host_feature_mask import HostFeatureMask
    from .virtual_machine_feature_requirement import VirtualMachineFeatureRequirement


class FeatureEVCMode(ElementDescription):
    """FeatureEVCMode: data object extending ElementDescription, since 7.0.1.0.

    Attributes:
        mask: list of HostFeatureMask, since 7.0.1.0.
        capability: list of HostFeatureCapability, since 7.0.1.0.
        requirement: list of VirtualMachineFeatureRequirement, since 7.0.1.0.
    """

    __slots__ = ("mask", "capability", "requirement", )
    _wire_name_: ClassVar[str] = "FeatureEVCMode"
    _since_: ClassVar[str] = "7.0.1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("label", "string", 0, "2.0"),
        _F("summary", "string", 0, "2.0"),
        _F("key", "string", 0, "2.0"),
        _F("mask", "HostFeatureMask", 3, "7.0.1.0"),
        _F("capability", "HostFeatureCapability", 3, "7.0.1.0"),
        _F("requirement", "VirtualMachineFeatureRequirement", 3, "7.0.1.0"),
    )
    mask: list[HostFeatureMask]
    capability: list[HostFeatureCapability]
    requirement: list[VirtualMachineFeatureRequirement]

    def __init__(
        self,
        *,
        label: str,
        summary: str,
        key: str,
        mask: list[HostFeatureMask] | None = None,
        capability: list[HostFeatureCapability] | None = None,
        requirement: list[VirtualMachineFeatureRequirement] | None = None,
    ) -> None:
        self.label = label
        self.summary = summary
        self.key = key
        self.mask = [] if mask is None else mask
        self.capability = [] if capability is None else capability
        self.requirement = [] if requirement is None else requirement
