# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDVSConfigInfo: data object type, extends DVSConfigInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dvs_config_info import DVSConfigInfo
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
    from .link_discovery_protocol_config import LinkDiscoveryProtocolConfig
    from .v_mware_dvs_pvlan_map_entry import VMwareDVSPvlanMapEntry
    from .v_mware_dvs_lacp_group_config import VMwareDvsLacpGroupConfig
    from .v_mware_ipfix_config import VMwareIpfixConfig
    from .v_mware_vspan_session import VMwareVspanSession


class VMwareDVSConfigInfo(DVSConfigInfo):
    """VMwareDVSConfigInfo: data object extending DVSConfigInfo, since 4.0.

    Attributes:
        vspanSession: list of VMwareVspanSession, since 5.0.
        pvlanConfig: list of VMwareDVSPvlanMapEntry, since 4.0.
        maxMtu: int, since 4.0.
        linkDiscoveryProtocolConfig: LinkDiscoveryProtocolConfig, optional, since 4.0.
        ipfixConfig: VMwareIpfixConfig, optional, since 5.0.
        lacpGroupConfig: list of VMwareDvsLacpGroupConfig, since 5.5.
        lacpApiVersion: string, optional, since 5.5.
        multicastFilteringMode: string, optional, since 6.0.
    """

    __slots__ = ("vspanSession", "pvlanConfig", "maxMtu", "linkDiscoveryProtocolConfig", "ipfixConfig", "lacpGroupConfig", "lacpApiVersion", "multicastFilteringMode", )
    _wire_name_: ClassVar[str] = "VMwareDVSConfigInfo"
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
        _F("vspanSession", "VMwareVspanSession", 3, "5.0"),
        _F("pvlanConfig", "VMwareDVSPvlanMapEntry", 3, "4.0"),
        _F("maxMtu", "int", 0, "4.0"),
        _F("linkDiscoveryProtocolConfig", "LinkDiscoveryProtocolConfig", 2, "4.0"),
        _F("ipfixConfig", "VMwareIpfixConfig", 2, "5.0"),
        _F("lacpGroupConfig", "VMwareDvsLacpGroupConfig", 3, "5.5"),
        _F("lacpApiVersion", "string", 2, "5.5"),
        _F("multicastFilteringMode", "string", 2, "6.0"),
    )
    vspanSession: list[VMwareVspanSession]
    pvlanConfig: list[VMwareDVSPvlanMapEntry]
    maxMtu: int
    linkDiscoveryProtocolConfig: LinkDiscoveryProtocolConfig | None
    ipfixConfig: VMwareIpfixConfig | None
    lacpGroupConfig: list[VMwareDvsLacpGroupConfig]
    lacpApiVersion: str | None
    multicastFilteringMode: str | None

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
        maxMtu: int,
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
        vspanSession: list[VMwareVspanSession] | None = None,
        pvlanConfig: list[VMwareDVSPvlanMapEntry] | None = None,
        linkDiscoveryProtocolConfig: LinkDiscoveryProtocolConfig | None = None,
        ipfixConfig: VMwareIpfixConfig | None = None,
        lacpGroupConfig: list[VMwareDvsLacpGroupConfig] | None = None,
        lacpApiVersion: str | None = None,
        multicastFilteringMode: str | None = None,
    ) -> None:
        self.uuid = uuid
        self.name = name
        self.numStandalonePorts = numStandalonePorts
        self.numPorts = numPorts
        self.maxPorts = maxPorts
        self.uplinkPortPolicy = uplinkPortPolicy
        self.uplinkPortgroup: list[DistributedVirtualPortgroup] = [] if uplinkPortgroup is None else uplinkPortgroup
        self.defaultPortConfig = defaultPortConfig
        self.host: list[DistributedVirtualSwitchHostMember] = [] if host is None else host
        self.productInfo = productInfo
        self.targetInfo = targetInfo
        self.extensionKey = extensionKey
        self.vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.policy = policy
        self.description = description
        self.configVersion = configVersion
        self.contact = contact
        self.switchIpAddress = switchIpAddress
        self.createTime = createTime
        self.networkResourceManagementEnabled = networkResourceManagementEnabled
        self.defaultProxySwitchMaxNumPorts = defaultProxySwitchMaxNumPorts
        self.healthCheckConfig: list[DVSHealthCheckConfig] = [] if healthCheckConfig is None else list(healthCheckConfig)
        self.infrastructureTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] = [] if infrastructureTrafficResourceConfig is None else infrastructureTrafficResourceConfig
        self.netResourcePoolTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] = [] if netResourcePoolTrafficResourceConfig is None else netResourcePoolTrafficResourceConfig
        self.networkResourceControlVersion = networkResourceControlVersion
        self.vmVnicNetworkResourcePool: list[DVSVmVnicNetworkResourcePool] = [] if vmVnicNetworkResourcePool is None else vmVnicNetworkResourcePool
        self.pnicCapacityRatioForReservation = pnicCapacityRatioForReservation
        self.vspanSession = [] if vspanSession is None else vspanSession
        self.pvlanConfig = [] if pvlanConfig is None else pvlanConfig
        self.maxMtu = maxMtu
        self.linkDiscoveryProtocolConfig = linkDiscoveryProtocolConfig
        self.ipfixConfig = ipfixConfig
        self.lacpGroupConfig = [] if lacpGroupConfig is None else lacpGroupConfig
        self.lacpApiVersion = lacpApiVersion
        self.multicastFilteringMode = multicastFilteringMode
