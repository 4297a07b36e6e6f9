# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDVSConfigSpec: data object type, extends DVSConfigSpec. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dvs_config_spec import DVSConfigSpec
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
    from .link_discovery_protocol_config import LinkDiscoveryProtocolConfig
    from .v_mware_dvs_pvlan_config_spec import VMwareDVSPvlanConfigSpec
    from .v_mware_dvs_vspan_config_spec import VMwareDVSVspanConfigSpec
    from .v_mware_ipfix_config import VMwareIpfixConfig


class VMwareDVSConfigSpec(DVSConfigSpec):
    """VMwareDVSConfigSpec: data object extending DVSConfigSpec, since 4.0.

    Attributes:
        pvlanConfigSpec: list of VMwareDVSPvlanConfigSpec, since 4.0.
        vspanConfigSpec: list of VMwareDVSVspanConfigSpec, since 5.0.
        maxMtu: int, optional, since 4.0.
        linkDiscoveryProtocolConfig: LinkDiscoveryProtocolConfig, optional, since 4.0.
        ipfixConfig: VMwareIpfixConfig, optional, since 5.0.
        lacpApiVersion: string, optional, since 5.5.
        multicastFilteringMode: string, optional, since 6.0.
    """

    __slots__ = ("pvlanConfigSpec", "vspanConfigSpec", "maxMtu", "linkDiscoveryProtocolConfig", "ipfixConfig", "lacpApiVersion", "multicastFilteringMode", )
    _wire_name_: ClassVar[str] = "VMwareDVSConfigSpec"
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
        _F("pvlanConfigSpec", "VMwareDVSPvlanConfigSpec", 3, "4.0"),
        _F("vspanConfigSpec", "VMwareDVSVspanConfigSpec", 3, "5.0"),
        _F("maxMtu", "int", 2, "4.0"),
        _F("linkDiscoveryProtocolConfig", "LinkDiscoveryProtocolConfig", 2, "4.0"),
        _F("ipfixConfig", "VMwareIpfixConfig", 2, "5.0"),
        _F("lacpApiVersion", "string", 2, "5.5"),
        _F("multicastFilteringMode", "string", 2, "6.0"),
    )
    pvlanConfigSpec: list[VMwareDVSPvlanConfigSpec]
    vspanConfigSpec: list[VMwareDVSVspanConfigSpec]
    maxMtu: int | None
    linkDiscoveryProtocolConfig: LinkDiscoveryProtocolConfig | None
    ipfixConfig: VMwareIpfixConfig | None
    lacpApiVersion: str | None
    multicastFilteringMode: str | None

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
        pvlanConfigSpec: list[VMwareDVSPvlanConfigSpec] | None = None,
        vspanConfigSpec: list[VMwareDVSVspanConfigSpec] | None = None,
        maxMtu: int | None = None,
        linkDiscoveryProtocolConfig: LinkDiscoveryProtocolConfig | None = None,
        ipfixConfig: VMwareIpfixConfig | None = None,
        lacpApiVersion: str | None = None,
        multicastFilteringMode: str | None = None,
    ) -> None:
        self.configVersion = configVersion
        self.name = name
        self.numStandalonePorts = numStandalonePorts
        self.maxPorts = maxPorts
        self.uplinkPortPolicy = uplinkPortPolicy
        self.uplinkPortgroup: list[DistributedVirtualPortgroup] = [] if uplinkPortgroup is None else uplinkPortgroup
        self.defaultPortConfig = defaultPortConfig
        self.host: list[DistributedVirtualSwitchHostMemberConfigSpec] = [] if host is None else host
        self.extensionKey = extensionKey
        self.description = description
        self.policy = policy
        self.vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] = [] if vendorSpecificConfig is None else vendorSpecificConfig
        self.contact = contact
        self.switchIpAddress = switchIpAddress
        self.defaultProxySwitchMaxNumPorts = defaultProxySwitchMaxNumPorts
        self.infrastructureTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] = [] if infrastructureTrafficResourceConfig is None else infrastructureTrafficResourceConfig
        self.netResourcePoolTrafficResourceConfig: list[DvsHostInfrastructureTrafficResource] = [] if netResourcePoolTrafficResourceConfig is None else netResourcePoolTrafficResourceConfig
        self.networkResourceControlVersion = networkResourceControlVersion
        self.pvlanConfigSpec = [] if pvlanConfigSpec is None else pvlanConfigSpec
        self.vspanConfigSpec = [] if vspanConfigSpec is None else vspanConfigSpec
        self.maxMtu = maxMtu
        self.linkDiscoveryProtocolConfig = linkDiscoveryProtocolConfig
        self.ipfixConfig = ipfixConfig
        self.lacpApiVersion = lacpApiVersion
        self.multicastFilteringMode = multicastFilteringMode
