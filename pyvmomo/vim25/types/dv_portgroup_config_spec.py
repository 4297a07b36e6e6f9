# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVPortgroupConfigSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .dv_port_setting import DVPortSetting
    from .dv_portgroup_policy import DVPortgroupPolicy
    from .distributed_virtual_switch_keyed_opaque_blob import DistributedVirtualSwitchKeyedOpaqueBlob
    from ..managed.managed_entity import ManagedEntity


class DVPortgroupConfigSpec(DynamicData):
    """DVPortgroupConfigSpec: data object extending DynamicData, since 4.0.

    Attributes:
        configVersion: string, optional, since 4.0.
        name: string, optional, since 4.0.
        numPorts: int, optional, since 4.0.
        portNameFormat: string, optional, since 4.0.
        defaultPortConfig: DVPortSetting, optional, since 4.0.
        description: string, optional, since 4.0.
        type: string, optional, since 4.0.
        backingType: string, optional, since 7.0.0.0.
        scope: list of references to ManagedEntity, since 4.0.
        policy: DVPortgroupPolicy, optional, since 4.0.
        vendorSpecificConfig: list of DistributedVirtualSwitchKeyedOpaqueBlob, since 4.0.
        autoExpand: boolean, optional, since 5.0.
        vmVnicNetworkResourcePoolKey: string, optional, since 6.0.
        transportZoneUuid: string, optional, since 7.0.0.0.
        transportZoneName: string, optional, since 7.0.0.0.
        logicalSwitchUuid: string, optional, since 7.0.0.0.
        segmentId: string, optional, since 7.0.0.0.
    """

    __slots__ = ("configVersion", "name", "numPorts", "portNameFormat", "defaultPortConfig", "description", "type", "backingType", "scope", "policy", "vendorSpecificConfig", "autoExpand", "vmVnicNetworkResourcePoolKey", "transportZoneUuid", "transportZoneName", "logicalSwitchUuid", "segmentId", )
    _wire_name_: ClassVar[str] = "DVPortgroupConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("configVersion", "string", 2, "4.0"),
        _F("name", "string", 2, "4.0"),
        _F("numPorts", "int", 2, "4.0"),
        _F("portNameFormat", "string", 2, "4.0"),
        _F("defaultPortConfig", "DVPortSetting", 2, "4.0"),
        _F("description", "string", 2, "4.0"),
        _F("type", "string", 2, "4.0"),
        _F("backingType", "string", 2, "7.0.0.0"),
        _F("scope", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"),
        _F("policy", "DVPortgroupPolicy", 2, "4.0"),
        _F("vendorSpecificConfig", "DistributedVirtualSwitchKeyedOpaqueBlob", 3, "4.0"),
        _F("autoExpand", "boolean", 2, "5.0"),
        _F("vmVnicNetworkResourcePoolKey", "string", 2, "6.0"),
        _F("transportZoneUuid", "string", 2, "7.0.0.0"),
        _F("transportZoneName", "string", 2, "7.0.0.0"),
        _F("logicalSwitchUuid", "string", 2, "7.0.0.0"),
        _F("segmentId", "string", 2, "7.0.0.0"),
    )
    configVersion: str | None
    name: str | None
    numPorts: int | None
    portNameFormat: str | None
    defaultPortConfig: DVPortSetting | None
    description: str | None
    type: str | None
    backingType: str | None
    scope: list[ManagedEntity]
    policy: DVPortgroupPolicy | None
    vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob]
    autoExpand: bool | None
    vmVnicNetworkResourcePoolKey: str | None
    transportZoneUuid: str | None
    transportZoneName: str | None
    logicalSwitchUuid: str | None
    segmentId: str | None

    def __init__(
        self,
        *,
        configVersion: str | None = None,
        name: str | None = None,
        numPorts: int | None = None,
        portNameFormat: str | None = None,
        defaultPortConfig: DVPortSetting | None = None,
        description: str | None = None,
        type: str | None = None,
        backingType: str | None = None,
        scope: Sequence[ManagedEntity] | None = None,
        policy: DVPortgroupPolicy | None = None,
        vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] | None = None,
        autoExpand: bool | None = None,
        vmVnicNetworkResourcePoolKey: str | None = None,
        transportZoneUuid: str | None = None,
        transportZoneName: str | None = None,
        logicalSwitchUuid: str | None = None,
        segmentId: str | None = None,
    ) -> None:
        self.configVersion = configVersion
        self.name = name
        self.numPorts = numPorts
        self.portNameFormat = portNameFormat
        self.defaultPortConfig = defaultPortConfig
        self.description = description
        self.type = type
        self.backingType = backingType
        self.scope = [] if scope is None else list(scope)
        self.policy = policy
        self.vendorSpecificConfig = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.autoExpand = autoExpand
        self.vmVnicNetworkResourcePoolKey = vmVnicNetworkResourcePoolKey
        self.transportZoneUuid = transportZoneUuid
        self.transportZoneName = transportZoneName
        self.logicalSwitchUuid = logicalSwitchUuid
        self.segmentId = segmentId
