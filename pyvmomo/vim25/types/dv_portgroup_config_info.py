# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVPortgroupConfigInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .dv_port_setting import DVPortSetting
    from .dv_portgroup_policy import DVPortgroupPolicy
    from ..managed.distributed_virtual_switch import DistributedVirtualSwitch
    from .distributed_virtual_switch_keyed_opaque_blob import DistributedVirtualSwitchKeyedOpaqueBlob
    from ..managed.managed_entity import ManagedEntity


class DVPortgroupConfigInfo(DynamicData):
    """DVPortgroupConfigInfo: data object extending DynamicData, since 4.0.

    Attributes:
        key: string, since 4.0.
        name: string, since 4.0.
        numPorts: int, since 4.0.
        distributedVirtualSwitch: reference to DistributedVirtualSwitch, optional, since 4.0.
        defaultPortConfig: DVPortSetting, optional, since 4.0.
        description: string, optional, since 4.0.
        type: string, since 4.0.
        backingType: string, optional, since 7.0.0.0.
        policy: DVPortgroupPolicy, since 4.0.
        portNameFormat: string, optional, since 4.0.
        scope: list of references to ManagedEntity, since 4.0.
        vendorSpecificConfig: list of DistributedVirtualSwitchKeyedOpaqueBlob, since 4.0.
        configVersion: string, optional, since 4.0.
        autoExpand: boolean, optional, since 5.0.
        vmVnicNetworkResourcePoolKey: string, optional, since 6.0.
        uplink: boolean, optional, since 6.5.
        transportZoneUuid: string, optional, since 7.0.0.0.
        transportZoneName: string, optional, since 7.0.0.0.
        logicalSwitchUuid: string, optional, since 7.0.0.0.
        segmentId: string, optional, since 7.0.0.0.
    """

    __slots__ = ("key", "name", "numPorts", "distributedVirtualSwitch", "defaultPortConfig", "description", "type", "backingType", "policy", "portNameFormat", "scope", "vendorSpecificConfig", "configVersion", "autoExpand", "vmVnicNetworkResourcePoolKey", "uplink", "transportZoneUuid", "transportZoneName", "logicalSwitchUuid", "segmentId", )
    _wire_name_: ClassVar[str] = "DVPortgroupConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.0"),
        _F("name", "string", 0, "4.0"),
        _F("numPorts", "int", 0, "4.0"),
        _F("distributedVirtualSwitch", "ManagedObjectReference", 2, "4.0", target="DistributedVirtualSwitch"),
        _F("defaultPortConfig", "DVPortSetting", 2, "4.0"),
        _F("description", "string", 2, "4.0"),
        _F("type", "string", 0, "4.0"),
        _F("backingType", "string", 2, "7.0.0.0"),
        _F("policy", "DVPortgroupPolicy", 0, "4.0"),
        _F("portNameFormat", "string", 2, "4.0"),
        _F("scope", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"),
        _F("vendorSpecificConfig", "DistributedVirtualSwitchKeyedOpaqueBlob", 3, "4.0"),
        _F("configVersion", "string", 2, "4.0"),
        _F("autoExpand", "boolean", 2, "5.0"),
        _F("vmVnicNetworkResourcePoolKey", "string", 2, "6.0"),
        _F("uplink", "boolean", 2, "6.5"),
        _F("transportZoneUuid", "string", 2, "7.0.0.0"),
        _F("transportZoneName", "string", 2, "7.0.0.0"),
        _F("logicalSwitchUuid", "string", 2, "7.0.0.0"),
        _F("segmentId", "string", 2, "7.0.0.0"),
    )
    key: str
    name: str
    numPorts: int
    distributedVirtualSwitch: DistributedVirtualSwitch | None
    defaultPortConfig: DVPortSetting | None
    description: str | None
    type: str
    backingType: str | None
    policy: DVPortgroupPolicy
    portNameFormat: str | None
    scope: list[ManagedEntity]
    vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob]
    configVersion: str | None
    autoExpand: bool | None
    vmVnicNetworkResourcePoolKey: str | None
    uplink: bool | None
    transportZoneUuid: str | None
    transportZoneName: str | None
    logicalSwitchUuid: str | None
    segmentId: str | None

    def __init__(
        self,
        *,
        key: str,
        name: str,
        numPorts: int,
        type: str,
        policy: DVPortgroupPolicy,
        distributedVirtualSwitch: DistributedVirtualSwitch | None = None,
        defaultPortConfig: DVPortSetting | None = None,
        description: str | None = None,
        backingType: str | None = None,
        portNameFormat: str | None = None,
        scope: Sequence[ManagedEntity] | None = None,
        vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] | None = None,
        configVersion: str | None = None,
        autoExpand: bool | None = None,
        vmVnicNetworkResourcePoolKey: str | None = None,
        uplink: bool | None = None,
        transportZoneUuid: str | None = None,
        transportZoneName: str | None = None,
        logicalSwitchUuid: str | None = None,
        segmentId: str | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.numPorts = numPorts
        self.distributedVirtualSwitch = distributedVirtualSwitch
        self.defaultPortConfig = defaultPortConfig
        self.description = description
        self.type = type
        self.backingType = backingType
        self.policy = policy
        self.portNameFormat = portNameFormat
        self.scope = [] if scope is None else list(scope)
        self.vendorSpecificConfig = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.configVersion = configVersion
        self.autoExpand = autoExpand
        self.vmVnicNetworkResourcePoolKey = vmVnicNetworkResourcePoolKey
        self.uplink = uplink
        self.transportZoneUuid = transportZoneUuid
        self.transportZoneName = transportZoneName
        self.logicalSwitchUuid = logicalSwitchUuid
        self.segmentId = segmentId
