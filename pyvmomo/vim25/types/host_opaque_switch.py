# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostOpaqueSwitch: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .host_feature_capability import HostFeatureCapability
    from .host_opaque_switch_physical_nic_zone import HostOpaqueSwitchPhysicalNicZone
    from .host_virtual_nic import HostVirtualNic
    from .option_value import OptionValue


class HostOpaqueSwitch(DynamicData):
    """HostOpaqueSwitch: data object extending DynamicData, since 5.5.

    Attributes:
        key: string, since 5.5.
        name: string, optional, since 5.5.
        pnic: list of string holding the key of a PhysicalNic, since 5.5.
        pnicZone: list of HostOpaqueSwitchPhysicalNicZone, since 6.0.
        status: string, optional, since 6.0.
        vtep: list of HostVirtualNic, since 6.0.
        extraConfig: list of OptionValue, since 6.5.
        featureCapability: list of HostFeatureCapability, since 6.7.
    """

    __slots__ = ("key", "name", "pnic", "pnicZone", "status", "vtep", "extraConfig", "featureCapability", )
    _wire_name_: ClassVar[str] = "HostOpaqueSwitch"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "5.5"),
        _F("name", "string", 2, "5.5"),
        _F("pnic", "string", 3, "5.5"),
        _F("pnicZone", "HostOpaqueSwitchPhysicalNicZone", 3, "6.0"),
        _F("status", "string", 2, "6.0"),
        _F("vtep", "HostVirtualNic", 3, "6.0"),
        _F("extraConfig", "OptionValue", 3, "6.5"),
        _F("featureCapability", "HostFeatureCapability", 3, "6.7"),
    )
    key: str
    name: str | None
    pnic: list[str]
    pnicZone: list[HostOpaqueSwitchPhysicalNicZone]
    status: str | None
    vtep: list[HostVirtualNic]
    extraConfig: list[OptionValue]
    featureCapability: list[HostFeatureCapability]

    def __init__(
        self,
        *,
        key: str,
        name: str | None = None,
        pnic: list[str] | None = None,
        pnicZone: list[HostOpaqueSwitchPhysicalNicZone] | None = None,
        status: str | None = None,
        vtep: list[HostVirtualNic] | None = None,
        extraConfig: Sequence[OptionValue] | None = None,
        featureCapability: list[HostFeatureCapability] | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.pnic = [] if pnic is None else pnic
        self.pnicZone = [] if pnicZone is None else pnicZone
        self.status = status
        self.vtep = [] if vtep is None else vtep
        self.extraConfig = [] if extraConfig is None else list(extraConfig)
        self.featureCapability = [] if featureCapability is None else featureCapability
