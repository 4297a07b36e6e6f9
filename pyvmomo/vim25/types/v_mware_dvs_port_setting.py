# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDVSPortSetting: data object type, extends DVPortSetting. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dv_port_setting import DVPortSetting
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_policy import BoolPolicy
    from .dvs_mac_management_policy import DVSMacManagementPolicy
    from .dvs_security_policy import DVSSecurityPolicy
    from .dvs_traffic_shaping_policy import DVSTrafficShapingPolicy
    from .dvs_vendor_specific_config import DVSVendorSpecificConfig
    from .dvs_filter_policy import DvsFilterPolicy
    from .int_policy import IntPolicy
    from .string_policy import StringPolicy
    from .v_mware_uplink_lacp_policy import VMwareUplinkLacpPolicy
    from .vmware_distributed_virtual_switch_vlan_spec import VmwareDistributedVirtualSwitchVlanSpec
    from .vmware_uplink_port_teaming_policy import VmwareUplinkPortTeamingPolicy


class VMwareDVSPortSetting(DVPortSetting):
    """VMwareDVSPortSetting: data object extending DVPortSetting, since 4.0.

    Attributes:
        vlan: VmwareDistributedVirtualSwitchVlanSpec, optional, since 4.0.
        qosTag: IntPolicy, optional, since 4.0.
        uplinkTeamingPolicy: VmwareUplinkPortTeamingPolicy, optional, since 4.0.
        securityPolicy: DVSSecurityPolicy, optional, since 4.0.
        ipfixEnabled: BoolPolicy, optional, since 5.0.
        txUplink: BoolPolicy, optional, since 4.0.
        lacpPolicy: VMwareUplinkLacpPolicy, optional, since 5.1.
        macManagementPolicy: DVSMacManagementPolicy, optional, since 6.7.
        VNI: IntPolicy, optional, since 7.0.0.0.
    """

    __slots__ = ("vlan", "qosTag", "uplinkTeamingPolicy", "securityPolicy", "ipfixEnabled", "txUplink", "lacpPolicy", "macManagementPolicy", "VNI", )
    _wire_name_: ClassVar[str] = "VMwareDVSPortSetting"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("blocked", "BoolPolicy", 2, "4.0"),
        _F("vmDirectPathGen2Allowed", "BoolPolicy", 2, "4.1"),
        _F("inShapingPolicy", "DVSTrafficShapingPolicy", 2, "4.0"),
        _F("outShapingPolicy", "DVSTrafficShapingPolicy", 2, "4.0"),
        _F("vendorSpecificConfig", "DVSVendorSpecificConfig", 2, "4.0"),
        _F("networkResourcePoolKey", "StringPolicy", 2, "5.0"),
        _F("filterPolicy", "DvsFilterPolicy", 2, "5.5"),
        _F("vlan", "VmwareDistributedVirtualSwitchVlanSpec", 2, "4.0"),
        _F("qosTag", "IntPolicy", 2, "4.0"),
        _F("uplinkTeamingPolicy", "VmwareUplinkPortTeamingPolicy", 2, "4.0"),
        _F("securityPolicy", "DVSSecurityPolicy", 2, "4.0"),
        _F("ipfixEnabled", "BoolPolicy", 2, "5.0"),
        _F("txUplink", "BoolPolicy", 2, "4.0"),
        _F("lacpPolicy", "VMwareUplinkLacpPolicy", 2, "5.1"),
        _F("macManagementPolicy", "DVSMacManagementPolicy", 2, "6.7"),
        _F("VNI", "IntPolicy", 2, "7.0.0.0"),
    )
    vlan: VmwareDistributedVirtualSwitchVlanSpec | None
    qosTag: IntPolicy | None
    uplinkTeamingPolicy: VmwareUplinkPortTeamingPolicy | None
    securityPolicy: DVSSecurityPolicy | None
    ipfixEnabled: BoolPolicy | None
    txUplink: BoolPolicy | None
    lacpPolicy: VMwareUplinkLacpPolicy | None
    macManagementPolicy: DVSMacManagementPolicy | None
    VNI: IntPolicy | None

    def __init__(
        self,
        *,
        blocked: BoolPolicy | None = None,
        vmDirectPathGen2Allowed: BoolPolicy | None = None,
        inShapingPolicy: DVSTrafficShapingPolicy | None = None,
        outShapingPolicy: DVSTrafficShapingPolicy | None = None,
        vendorSpecificConfig: DVSVendorSpecificConfig | None = None,
        networkResourcePoolKey: StringPolicy | None = None,
        filterPolicy: DvsFilterPolicy | None = None,
        vlan: VmwareDistributedVirtualSwitchVlanSpec | None = None,
        qosTag: IntPolicy | None = None,
        uplinkTeamingPolicy: VmwareUplinkPortTeamingPolicy | None = None,
        securityPolicy: DVSSecurityPolicy | None = None,
        ipfixEnabled: BoolPolicy | None = None,
        txUplink: BoolPolicy | None = None,
        lacpPolicy: VMwareUplinkLacpPolicy | None = None,
        macManagementPolicy: DVSMacManagementPolicy | None = None,
        VNI: IntPolicy | None = None,
    ) -> None:
        self.blocked = blocked
        self.vmDirectPathGen2Allowed = vmDirectPathGen2Allowed
        self.inShapingPolicy = inShapingPolicy
        self.outShapingPolicy = outShapingPolicy
        self.vendorSpecificConfig = vendorSpecificConfig
        self.networkResourcePoolKey = networkResourcePoolKey
        self.filterPolicy = filterPolicy
        self.vlan = vlan
        self.qosTag = qosTag
        self.uplinkTeamingPolicy = uplinkTeamingPolicy
        self.securityPolicy = securityPolicy
        self.ipfixEnabled = ipfixEnabled
        self.txUplink = txUplink
        self.lacpPolicy = lacpPolicy
        self.macManagementPolicy = macManagementPolicy
        self.VNI = VNI
