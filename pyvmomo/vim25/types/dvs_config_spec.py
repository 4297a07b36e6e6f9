# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSConfigSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dv_port_setting import DVPortSetting
    from .dvs_contact_info import DVSContactInfo
    from .dvs_policy import DVSPolicy
    from .dvs_uplink_port_policy import DVSUplinkPortPolicy
    from ..managed.distributed_virtual_portgroup import DistributedVirtualPortgroup
    from .distributed_virtual_switch_host_member_config_spec import DistributedVirtualSwitchHostMemberConfigSpec
    from .distributed_virtual_switch_keyed_opaque_blob import DistributedVirtualSwitchKeyedOpaqueBlob
    from .dvs_host_infrastructure_traffic_resource import DvsHostInfrastructureTrafficResource


class DVSConfigSpec(DynamicData):
    """DVSConfigSpec: data object extending DynamicData, since 4.0.

    Attributes:
        configVersion: string, optional, since 4.0.
        name: string, optional, since 4.0.
        numStandalonePorts: int, optional, since 4.0.
        maxPorts: int, optional, since 4.0.
        uplinkPortPolicy: DVSUplinkPortPolicy, optional, since 4.0.
        uplinkPortgroup: list of references to DistributedVirtualPortgroup, since 4.0.
        defaultPortConfig: DVPortSetting, optional, since 4.0.
        host: list of DistributedVirtualSwitchHostMemberConfigSpec, since 4.0.
        extensionKey: string, optional, since 4.0.
        description: string, optional, since 4.0.
        policy: DVSPolicy, optional, since 4.0.
        vendorSpecificConfig: list of DistributedVirtualSwitchKeyedOpaqueBlob, since 4.0.
        contact: DVSContactInfo, optional, since 4.0.
        switchIpAddress: string, optional, since 5.0.
        defaultProxySwitchMaxNumPorts: int, optional, since 5.1.
        infrastructureTrafficResourceConfig: list of DvsHostInfrastructureTrafficResource, since 6.0.
        netResourcePoolTrafficResourceConfig: list of DvsHostInfrastructureTrafficResource, since 6.7.
        networkResourceControlVersion: string, optional, since 6.0.
    """

    __slots__ = ("configVersion", "name", "numStandalonePorts", "maxPorts", "uplinkPortPolicy", "uplinkPortgroup", "defaultPortConfig", "host", "extensionKey", "description", "policy", "vendorSpecificConfig", "contact", "switchIpAddress", "defaultProxySwitchMaxNumPorts", "infrastructureTrafficResourceConfig", "netResourcePoolTrafficResourceConfig", "networkResourceControlVersion", )
    _wire_name_: ClassVar[str] = "DVSConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("configVersion", "string", 2, "4.0"),
        _F("name", "string", 2, "4.0"),
        _F("numStandalonePorts", "int", 2, "4.0"),
        _F("maxPorts", "int", 2, "4.0"),
        _F("uplinkPortPolicy", "DVSUplinkPortPolicy", 2, "4.0"),
        _F("uplinkPortgroup", "ManagedObjectReference", 3, "4.0", target="DistributedVirtualPortgroup"),
        _F("defaultPortConfig", "DVPortSetting", 2, "4.0"),
        _F("host", "DistributedVirtualSwitchHostMemberConfigSpec", 3, "4.0"),
        _F("extensionKey", "string", 2, "4.0"),
        _F("description", "string", 2, "4.0"),
        _F("policy", "DVSPolicy", 2, "4.0"),
        _F("vendorSpecificConfig", "DistributedVirtualSwitchKeyedOpaqueBlob", 3, "4.0"),
        _F("contact", "DVSContactInfo", 2, "4.0"),
        _F("switchIpAddress", "string", 2, "5.0"),
        _F("defaultProxySwitchMaxNumPorts", "int", 2, "5.1"),
        _F("infrastructureTrafficResourceConfig", "DvsHostInfrastructureTrafficResource", 3, "6.0"),
        _F("netResourcePoolTrafficResourceConfig", "DvsHostInfrastructureTrafficResource", 3, "6.7"),
        _F("networkResourceControlVersion", "string", 2, "6.0"),
    )
    configVersion: str | None
    name: str | None
    numStandalonePorts: int | None
    maxPorts: int | None
    uplinkPortPolicy: DVSUplinkPortPolicy | None
    uplinkPortgroup: list[DistributedVirtualPortgroup]
    defaultPortConfig: DVPortSetting | None
    host: list[DistributedVirtualSwitchHostMemberConfigSpec]
    extensionKey: str | None
    description: str | None
    policy: DVSPolicy | None
    vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob]
    contact: DVSContactInfo | None
    switchIpAddress: str | None
    defaultProxySwitchMaxNumPorts: int | None
    infrastructureTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource]
    netResourcePoolTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource]
    networkResourceControlVersion: str | None

    def __init__(
        self,
        *,
        configVersion: str | None = None,
        name: str | None = None,
        numStandalonePorts: int | None = None,
        maxPorts: int | None = None,
        uplinkPortPolicy: DVSUplinkPortPolicy | None = None,
        uplinkPortgroup: list[DistributedVirtualPortgroup] | None = None,
        defaultPortConfig: DVPortSetting | None = None,
        host: list[DistributedVirtualSwitchHostMemberConfigSpec] | None = None,
        extensionKey: str | None = None,
        description: str | None = None,
        policy: DVSPolicy | None = None,
        vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] | None = None,
        contact: DVSContactInfo | None = None,
        switchIpAddress: str | None = None,
        defaultProxySwitchMaxNumPorts: int | None = None,
        infrastructureTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] | None = None,
        netResourcePoolTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] | None = None,
        networkResourceControlVersion: str | None = None,
    ) -> None:
        self.configVersion = configVersion
        self.name = name
        self.numStandalonePorts = numStandalonePorts
        self.maxPorts = maxPorts
        self.uplinkPortPolicy = uplinkPortPolicy
        self.uplinkPortgroup = [] if uplinkPortgroup is None else uplinkPortgroup
        self.defaultPortConfig = defaultPortConfig
        self.host = [] if host is None else host
        self.extensionKey = extensionKey
        self.description = description
        self.policy = policy
        self.vendorSpecificConfig = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.contact = contact
        self.switchIpAddress = switchIpAddress
        self.defaultProxySwitchMaxNumPorts = defaultProxySwitchMaxNumPorts
        self.infrastructureTrafficResourceConfig = [] if infrastructureTrafficResourceConfig is None else infrastructureTrafficResourceConfig
        self.netResourcePoolTrafficResourceConfig = [] if netResourcePoolTrafficResourceConfig is None else netResourcePoolTrafficResourceConfig
        self.networkResourceControlVersion = networkResourceControlVersion
