# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NetworkProfile: data object type, extends ApplyProfile. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .apply_profile import ApplyProfile
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_host_v_nic_profile import DvsHostVNicProfile
    from .dvs_profile import DvsProfile
    from .dvs_service_console_v_nic_profile import DvsServiceConsoleVNicProfile
    from .host_port_group_profile import HostPortGroupProfile
    from .ip_route_profile import IpRouteProfile
    from .net_stack_instance_profile import NetStackInstanceProfile
    from .network_profile_dns_config_profile import NetworkProfileDnsConfigProfile
    from .nsx_host_v_nic_profile import NsxHostVNicProfile
    from .opaque_switch_profile import OpaqueSwitchProfile
    from .physical_nic_profile import PhysicalNicProfile
    from .profile_apply_profile_property import ProfileApplyProfileProperty
    from .profile_policy import ProfilePolicy
    from .service_console_port_group_profile import ServiceConsolePortGroupProfile
    from .virtual_switch_profile import VirtualSwitchProfile
    from .vm_port_group_profile import VmPortGroupProfile


class NetworkProfile(ApplyProfile):
    """NetworkProfile: data object extending ApplyProfile, since 4.0.

    Attributes:
        vswitch: list of VirtualSwitchProfile, since 4.0.
        vmPortGroup: list of VmPortGroupProfile, since 4.0.
        hostPortGroup: list of HostPortGroupProfile, since 4.0.
        serviceConsolePortGroup: list of ServiceConsolePortGroupProfile, since 4.0.
        dnsConfig: NetworkProfileDnsConfigProfile, optional, since 4.0.
        ipRouteConfig: IpRouteProfile, optional, since 4.0.
        consoleIpRouteConfig: IpRouteProfile, optional, since 4.0.
        pnic: list of PhysicalNicProfile, since 4.0.
        dvswitch: list of DvsProfile, since 4.0.
        dvsServiceConsoleNic: list of DvsServiceConsoleVNicProfile, since 4.0.
        dvsHostNic: list of DvsHostVNicProfile, since 4.0.
        nsxHostNic: list of NsxHostVNicProfile, since 6.7.
        netStackInstance: list of NetStackInstanceProfile, since 5.5.
        opaqueSwitch: OpaqueSwitchProfile, optional, since 7.0.0.0.
    """

    __slots__ = ("vswitch", "vmPortGroup", "hostPortGroup", "serviceConsolePortGroup", "dnsConfig", "ipRouteConfig", "consoleIpRouteConfig", "pnic", "dvswitch", "dvsServiceConsoleNic", "dvsHostNic", "nsxHostNic", "netStackInstance", "opaqueSwitch", )
    _wire_name_: ClassVar[str] = "NetworkProfile"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 0, "4.0"),
        _F("policy", "ProfilePolicy", 3, "4.0"),
        _F("profileTypeName", "string", 2, "5.0"),
        _F("profileVersion", "string", 2, "5.0"),
        _F("property", "ProfileApplyProfileProperty", 3, "5.0"),
        _F("favorite", "boolean", 2, "6.5"),
        _F("toBeMerged", "boolean", 2, "6.5"),
        _F("toReplaceWith", "boolean", 2, "6.5"),
        _F("toBeDeleted", "boolean", 2, "6.5"),
        _F("copyEnableStatus", "boolean", 2, "6.5"),
        _F("hidden", "boolean", 2, "6.7"),
        _F("vswitch", "VirtualSwitchProfile", 3, "4.0"),
        _F("vmPortGroup", "VmPortGroupProfile", 3, "4.0"),
        _F("hostPortGroup", "HostPortGroupProfile", 3, "4.0"),
        _F("serviceConsolePortGroup", "ServiceConsolePortGroupProfile", 3, "4.0"),
        _F("dnsConfig", "NetworkProfileDnsConfigProfile", 2, "4.0"),
        _F("ipRouteConfig", "IpRouteProfile", 2, "4.0"),
        _F("consoleIpRouteConfig", "IpRouteProfile", 2, "4.0"),
        _F("pnic", "PhysicalNicProfile", 3, "4.0"),
        _F("dvswitch", "DvsProfile", 3, "4.0"),
        _F("dvsServiceConsoleNic", "DvsServiceConsoleVNicProfile", 3, "4.0"),
        _F("dvsHostNic", "DvsHostVNicProfile", 3, "4.0"),
        _F("nsxHostNic", "NsxHostVNicProfile", 3, "6.7"),
        _F("netStackInstance", "NetStackInstanceProfile", 3, "5.5"),
        _F("opaqueSwitch", "OpaqueSwitchProfile", 2, "7.0.0.0"),
    )
    vswitch: list[VirtualSwitchProfile]
    vmPortGroup: list[VmPortGroupProfile]
    hostPortGroup: list[HostPortGroupProfile]
    serviceConsolePortGroup: list[ServiceConsolePortGroupProfile]
    dnsConfig: NetworkProfileDnsConfigProfile | None
    ipRouteConfig: IpRouteProfile | None
    consoleIpRouteConfig: IpRouteProfile | None
    pnic: list[PhysicalNicProfile]
    dvswitch: list[DvsProfile]
    dvsServiceConsoleNic: list[DvsServiceConsoleVNicProfile]
    dvsHostNic: list[DvsHostVNicProfile]
    nsxHostNic: list[NsxHostVNicProfile]
    netStackInstance: list[NetStackInstanceProfile]
    opaqueSwitch: OpaqueSwitchProfile | None

    def __init__(
        self,
        *,
        enabled: bool,
        policy: list[ProfilePolicy] | None = None,
        profileTypeName: str | None = None,
        profileVersion: str | None = None,
        property: list[ProfileApplyProfileProperty] | None = None,
        favorite: bool | None = None,
        toBeMerged: bool | None = None,
        toReplaceWith: bool | None = None,
        toBeDeleted: bool | None = None,
        copyEnableStatus: bool | None = None,
        hidden: bool | None = None,
        vswitch: list[VirtualSwitchProfile] | None = None,
        vmPortGroup: list[VmPortGroupProfile] | None = None,
        hostPortGroup: list[HostPortGroupProfile] | None = None,
        serviceConsolePortGroup: list[ServiceConsolePortGroupProfile] | None = None,
        dnsConfig: NetworkProfileDnsConfigProfile | None = None,
        ipRouteConfig: IpRouteProfile | None = None,
        consoleIpRouteConfig: IpRouteProfile | None = None,
        pnic: list[PhysicalNicProfile] | None = None,
        dvswitch: list[DvsProfile] | None = None,
        dvsServiceConsoleNic: list[DvsServiceConsoleVNicProfile] | None = None,
        dvsHostNic: list[DvsHostVNicProfile] | None = None,
        nsxHostNic: list[NsxHostVNicProfile] | None = None,
        netStackInstance: list[NetStackInstanceProfile] | None = None,
        opaqueSwitch: OpaqueSwitchProfile | None = None,
    ) -> None:
        self.enabled = enabled
        self.policy: list[ProfilePolicy] = [] if policy is None else policy
        self.profileTypeName = profileTypeName
        self.profileVersion = profileVersion
        self.property: list[ProfileApplyProfileProperty] = [] if property is None else property
        self.favorite = favorite
        self.toBeMerged = toBeMerged
        self.toReplaceWith = toReplaceWith
        self.toBeDeleted = toBeDeleted
        self.copyEnableStatus = copyEnableStatus
        self.hidden = hidden
        self.vswitch = [] if vswitch is None else vswitch
        self.vmPortGroup = [] if vmPortGroup is None else vmPortGroup
        self.hostPortGroup = [] if hostPortGroup is None else hostPortGroup
        self.serviceConsolePortGroup = [] if serviceConsolePortGroup is None else serviceConsolePortGroup
        self.dnsConfig = dnsConfig
        self.ipRouteConfig = ipRouteConfig
        self.consoleIpRouteConfig = consoleIpRouteConfig
        self.pnic = [] if pnic is None else pnic
        self.dvswitch = [] if dvswitch is None else dvswitch
        self.dvsServiceConsoleNic = [] if dvsServiceConsoleNic is None else dvsServiceConsoleNic
        self.dvsHostNic = [] if dvsHostNic is None else dvsHostNic
        self.nsxHostNic = [] if nsxHostNic is None else nsxHostNic
        self.netStackInstance = [] if netStackInstance is None else netStackInstance
        self.opaqueSwitch = opaqueSwitch
