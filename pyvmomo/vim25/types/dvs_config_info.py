# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSConfigInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from .dv_port_setting import DVPortSetting
    from .dvs_contact_info import DVSContactInfo
    from .dvs_health_check_config import DVSHealthCheckConfig
    from .dvs_policy import DVSPolicy
    from .dvs_uplink_port_policy import DVSUplinkPortPolicy
    from .dvs_vm_vnic_network_resource_pool import DVSVmVnicNetworkResourcePool
    from ..managed.distributed_virtual_portgroup import DistributedVirtualPortgroup
    from .distributed_virtual_switch_host_member import DistributedVirtualSwitchHostMember
    from .distributed_virtual_switch_keyed_opaque_blob import DistributedVirtualSwitchKeyedOpaqueBlob
    from .distributed_virtual_switch_product_spec import DistributedVirtualSwitchProductSpec
    from .dvs_host_infrastructure_traffic_resource import DvsHostInfrastructureTrafficResource


class DVSConfigInfo(DynamicData):
    """DVSConfigInfo: data object extending DynamicData, since 4.0.

    Attributes:
        uuid: string, since 4.0.
        name: string, since 4.0.
        numStandalonePorts: int, since 4.0.
        numPorts: int, since 4.0.
        maxPorts: int, since 4.0.
        uplinkPortPolicy: DVSUplinkPortPolicy, since 4.0.
        uplinkPortgroup: list of references to DistributedVirtualPortgroup, since 4.0.
        defaultPortConfig: DVPortSetting, since 4.0.
        host: list of DistributedVirtualSwitchHostMember, since 4.0.
        productInfo: DistributedVirtualSwitchProductSpec, since 4.0.
        targetInfo: DistributedVirtualSwitchProductSpec, optional, since 4.0.
        extensionKey: string, optional, since 4.0.
        vendorSpecificConfig: list of DistributedVirtualSwitchKeyedOpaqueBlob, since 4.0.
        policy: DVSPolicy, optional, since 4.0.
        description: string, optional, since 4.0.
        configVersion: string, since 4.0.
        contact: DVSContactInfo, since 4.0.
        switchIpAddress: string, optional, since 5.0.
        createTime: dateTime, since 4.0.
        networkResourceManagementEnabled: boolean, optional, since 4.1.
        defaultProxySwitchMaxNumPorts: int, optional, since 5.1.
        healthCheckConfig: list of DVSHealthCheckConfig, since 5.1.
        infrastructureTrafficResourceConfig: list of DvsHostInfrastructureTrafficResource, since 6.0.
        netResourcePoolTrafficResourceConfig: list of DvsHostInfrastructureTrafficResource, since 6.7.
        networkResourceControlVersion: string, optional, since 6.0.
        vmVnicNetworkResourcePool: list of DVSVmVnicNetworkResourcePool, since 6.0.
        pnicCapacityRatioForReservation: int, optional, since 6.0.
    """

    __slots__ = ("uuid", "name", "numStandalonePorts", "numPorts", "maxPorts", "uplinkPortPolicy", "uplinkPortgroup", "defaultPortConfig", "host", "productInfo", "targetInfo", "extensionKey", "vendorSpecificConfig", "policy", "description", "configVersion", "contact", "switchIpAddress", "createTime", "networkResourceManagementEnabled", "defaultProxySwitchMaxNumPorts", "healthCheckConfig", "infrastructureTrafficResourceConfig", "netResourcePoolTrafficResourceConfig", "networkResourceControlVersion", "vmVnicNetworkResourcePool", "pnicCapacityRatioForReservation", )
    _wire_name_: ClassVar[str] = "DVSConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("uuid", "string", 0, "4.0"),
        _F("name", "string", 0, "4.0"),
        _F("numStandalonePorts", "int", 0, "4.0"),
        _F("numPorts", "int", 0, "4.0"),
        _F("maxPorts", "int", 0, "4.0"),
        _F("uplinkPortPolicy", "DVSUplinkPortPolicy", 0, "4.0"),
        _F("uplinkPortgroup", "ManagedObjectReference", 3, "4.0", target="DistributedVirtualPortgroup"),
        _F("defaultPortConfig", "DVPortSetting", 0, "4.0"),
        _F("host", "DistributedVirtualSwitchHostMember", 3, "4.0"),
        _F("productInfo", "DistributedVirtualSwitchProductSpec", 0, "4.0"),
        _F("targetInfo", "DistributedVirtualSwitchProductSpec", 2, "4.0"),
        _F("extensionKey", "string", 2, "4.0"),
        _F("vendorSpecificConfig", "DistributedVirtualSwitchKeyedOpaqueBlob", 3, "4.0"),
        _F("policy", "DVSPolicy", 2, "4.0"),
        _F("description", "string", 2, "4.0"),
        _F("configVersion", "string", 0, "4.0"),
        _F("contact", "DVSContactInfo", 0, "4.0"),
        _F("switchIpAddress", "string", 2, "5.0"),
        _F("createTime", "dateTime", 0, "4.0"),
        _F("networkResourceManagementEnabled", "boolean", 2, "4.1"),
        _F("defaultProxySwitchMaxNumPorts", "int", 2, "5.1"),
        _F("healthCheckConfig", "DVSHealthCheckConfig", 3, "5.1"),
        _F("infrastructureTrafficResourceConfig", "DvsHostInfrastructureTrafficResource", 3, "6.0"),
        _F("netResourcePoolTrafficResourceConfig", "DvsHostInfrastructureTrafficResource", 3, "6.7"),
        _F("networkResourceControlVersion", "string", 2, "6.0"),
        _F("vmVnicNetworkResourcePool", "DVSVmVnicNetworkResourcePool", 3, "6.0"),
        _F("pnicCapacityRatioForReservation", "int", 2, "6.0"),
    )
    uuid: str
    name: str
    numStandalonePorts: int
    numPorts: int
    maxPorts: int
    uplinkPortPolicy: DVSUplinkPortPolicy
    uplinkPortgroup: list[DistributedVirtualPortgroup]
    defaultPortConfig: DVPortSetting
    host: list[DistributedVirtualSwitchHostMember]
    productInfo: DistributedVirtualSwitchProductSpec
    targetInfo: DistributedVirtualSwitchProductSpec | None
    extensionKey: str | None
    vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob]
    policy: DVSPolicy | None
    description: str | None
    configVersion: str
    contact: DVSContactInfo
    switchIpAddress: str | None
    createTime: datetime
    networkResourceManagementEnabled: bool | None
    defaultProxySwitchMaxNumPorts: int | None
    healthCheckConfig: list[DVSHealthCheckConfig]
    infrastructureTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource]
    netResourcePoolTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource]
    networkResourceControlVersion: str | None
    vmVnicNetworkResourcePool: list[DVSVmVnicNetworkResourcePool]
    pnicCapacityRatioForReservation: int | None

    def __init__(
        self,
        *,
        uuid: str,
        name: str,
        numStandalonePorts: int,
        numPorts: int,
        maxPorts: int,
        uplinkPortPolicy: DVSUplinkPortPolicy,
        defaultPortConfig: DVPortSetting,
        productInfo: DistributedVirtualSwitchProductSpec,
        configVersion: str,
        contact: DVSContactInfo,
        createTime: datetime,
        uplinkPortgroup: list[DistributedVirtualPortgroup] | None = None,
        host: list[DistributedVirtualSwitchHostMember] | None = None,
        targetInfo: DistributedVirtualSwitchProductSpec | None = None,
        extensionKey: str | None = None,
        vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] | None = None,
        policy: DVSPolicy | None = None,
        description: str | None = None,
        switchIpAddress: str | None = None,
        networkResourceManagementEnabled: bool | None = None,
        defaultProxySwitchMaxNumPorts: int | None = None,
        healthCheckConfig: Sequence[DVSHealthCheckConfig] | None = None,
        infrastructureTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] | None = None,
        netResourcePoolTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] | None = None,
        networkResourceControlVersion: str | None = None,
        vmVnicNetworkResourcePool: list[DVSVmVnicNetworkResourcePool] | None = None,
        pnicCapacityRatioForReservation: int | None = None,
    ) -> None:
        self.uuid = uuid
        self.name = name
        self.numStandalonePorts = numStandalonePorts
        self.numPorts = numPorts
        self.maxPorts = maxPorts
        self.uplinkPortPolicy = uplinkPortPolicy
        self.uplinkPortgroup = [] if uplinkPortgroup is None else uplinkPortgroup
        self.defaultPortConfig = defaultPortConfig
        self.host = [] if host is None else host
        self.productInfo = productInfo
        self.targetInfo = targetInfo
        self.extensionKey = extensionKey
        self.vendorSpecificConfig = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.policy = policy
        self.description = description
        self.configVersion = configVersion
        self.contact = contact
        self.switchIpAddress = switchIpAddress
        self.createTime = createTime
        self.networkResourceManagementEnabled = networkResourceManagementEnabled
        self.defaultProxySwitchMaxNumPorts = defaultProxySwitchMaxNumPorts
        self.healthCheckConfig = [] if healthCheckConfig is None else list(healthCheckConfig)
        self.infrastructureTrafficResourceConfig = [] if infrastructureTrafficResourceConfig is None else infrastructureTrafficResourceConfig
        self.netResourcePoolTrafficResourceConfig = [] if netResourcePoolTrafficResourceConfig is None else netResourcePoolTrafficResourceConfig
        self.networkResourceControlVersion = networkResourceControlVersion
        self.vmVnicNetworkResourcePool = [] if vmVnicNetworkResourcePool is None else vmVnicNetworkResourcePool
        self.pnicCapacityRatioForReservation = pnicCapacityRatioForReservation
