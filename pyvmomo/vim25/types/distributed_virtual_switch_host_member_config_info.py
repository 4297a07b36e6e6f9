# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchHostMemberConfigInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_switch_host_member_backing import DistributedVirtualSwitchHostMemberBacking
    from .distributed_virtual_switch_host_member_transport_zone_info import DistributedVirtualSwitchHostMemberTransportZoneInfo
    from .distributed_virtual_switch_keyed_opaque_blob import DistributedVirtualSwitchKeyedOpaqueBlob
    from ..managed.host_system import HostSystem


class DistributedVirtualSwitchHostMemberConfigInfo(DynamicData):
    """DistributedVirtualSwitchHostMemberConfigInfo: data object extending DynamicData, since 4.0.

    Attributes:
        host: reference to HostSystem, optional, since 4.0.
        maxProxySwitchPorts: int, since 4.0.
        vendorSpecificConfig: list of DistributedVirtualSwitchKeyedOpaqueBlob, since 4.0.
        backing: DistributedVirtualSwitchHostMemberBacking, since 4.0.
        nsxSwitch: boolean, optional, since 7.0.0.0.
        ensEnabled: boolean, optional, since 7.0.0.0.
        ensInterruptEnabled: boolean, optional, since 7.0.0.0.
        transportZones: list of DistributedVirtualSwitchHostMemberTransportZoneInfo, since 7.0.0.0.
        nsxtUsedUplinkNames: list of string, since 7.0.0.0.
    """

    __slots__ = ("host", "maxProxySwitchPorts", "vendorSpecificConfig", "backing", "nsxSwitch", "ensEnabled", "ensInterruptEnabled", "transportZones", "nsxtUsedUplinkNames", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchHostMemberConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"),
        _F("maxProxySwitchPorts", "int", 0, "4.0"),
        _F("vendorSpecificConfig", "DistributedVirtualSwitchKeyedOpaqueBlob", 3, "4.0"),
        _F("backing", "DistributedVirtualSwitchHostMemberBacking", 0, "4.0"),
        _F("nsxSwitch", "boolean", 2, "7.0.0.0"),
        _F("ensEnabled", "boolean", 2, "7.0.0.0"),
        _F("ensInterruptEnabled", "boolean", 2, "7.0.0.0"),
        _F("transportZones", "DistributedVirtualSwitchHostMemberTransportZoneInfo", 3, "7.0.0.0"),
        _F("nsxtUsedUplinkNames", "string", 3, "7.0.0.0"),
    )
    host: HostSystem | None
    maxProxySwitchPorts: int
    vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob]
    backing: DistributedVirtualSwitchHostMemberBacking
    nsxSwitch: bool | None
    ensEnabled: bool | None
    ensInterruptEnabled: bool | None
    transportZones: list[DistributedVirtualSwitchHostMemberTransportZoneInfo]
    nsxtUsedUplinkNames: list[str]

    def __init__(
        self,
        *,
        maxProxySwitchPorts: int,
        backing: DistributedVirtualSwitchHostMemberBacking,
        host: HostSystem | None = None,
        vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] | None = None,
        nsxSwitch: bool | None = None,
        ensEnabled: bool | None = None,
        ensInterruptEnabled: bool | None = None,
        transportZones: list[DistributedVirtualSwitchHostMemberTransportZoneInfo] | None = None,
        nsxtUsedUplinkNames: list[str] | None = None,
    ) -> None:
        self.host = host
        self.maxProxySwitchPorts = maxProxySwitchPorts
        self.vendorSpecificConfig = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.backing = backing
        self.nsxSwitch = nsxSwitch
        self.ensEnabled = ensEnabled
        self.ensInterruptEnabled = ensInterruptEnabled
        self.transportZones = [] if transportZones is None else transportZones
        self.nsxtUsedUplinkNames = [] if nsxtUsedUplinkNames is None else nsxtUsedUplinkNames
