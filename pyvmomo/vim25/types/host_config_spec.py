# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostConfigSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .host_account_spec import HostAccountSpec
    from .host_active_directory import HostActiveDirectory
    from .host_assignable_hardware_config import HostAssignableHardwareConfig
    from .host_date_time_config import HostDateTimeConfig
    from .host_firewall_config import HostFirewallConfig
    from .host_graphics_config import HostGraphicsConfig
    from .host_license_spec import HostLicenseSpec
    from .host_memory_spec import HostMemorySpec
    from .host_nas_volume_config import HostNasVolumeConfig
    from .host_network_config import HostNetworkConfig
    from .host_security_spec import HostSecuritySpec
    from .host_service_config import HostServiceConfig
    from .host_storage_device_info import HostStorageDeviceInfo
    from .host_virtual_nic_manager_nic_type_selection import HostVirtualNicManagerNicTypeSelection
    from .key_any_value import KeyAnyValue
    from .option_value import OptionValue


class HostConfigSpec(DynamicData):
    """HostConfigSpec: data object extending DynamicData, since 4.0.

    Attributes:
        nasDatastore: list of HostNasVolumeConfig, since 4.0.
        network: HostNetworkConfig, optional, since 4.0.
        nicTypeSelection: list of HostVirtualNicManagerNicTypeSelection, since 4.0.
        service: list of HostServiceConfig, since 4.0.
        firewall: HostFirewallConfig, optional, since 4.0.
        option: list of OptionValue, since 4.0.
        datastorePrincipal: string, optional, since 4.0.
        datastorePrincipalPasswd: string, optional, since 4.0.
        datetime: HostDateTimeConfig, optional, since 4.0.
        storageDevice: HostStorageDeviceInfo, optional, since 4.0.
        license: HostLicenseSpec, optional, since 4.0.
        security: HostSecuritySpec, optional, since 4.0.
        userAccount: list of HostAccountSpec, since 4.0.
        usergroupAccount: list of HostAccountSpec, since 4.0.
        memory: HostMemorySpec, optional, since 4.0.
        activeDirectory: list of HostActiveDirectory, since 4.1.
        genericConfig: list of KeyAnyValue, since 5.0.
        graphicsConfig: HostGraphicsConfig, optional, since 6.5.
        assignableHardwareConfig: HostAssignableHardwareConfig, optional, since 7.0.0.0.
    """

    __slots__ = ("nasDatastore", "network", "nicTypeSelection", "service", "firewall", "option", "datastorePrincipal", "datastorePrincipalPasswd", "datetime", "storageDevice", "license", "security", "userAccount", "usergroupAccount", "memory", "activeDirectory", "genericConfig", "graphicsConfig", "assignableHardwareConfig", )
    _wire_name_: ClassVar[str] = "HostConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("nasDatastore", "HostNasVolumeConfig", 3, "4.0"),
        _F("network", "HostNetworkConfig", 2, "4.0"),
        _F("nicTypeSelection", "HostVirtualNicManagerNicTypeSelection", 3, "4.0"),
        _F("service", "HostServiceConfig", 3, "4.0"),
        _F("firewall", "HostFirewallConfig", 2, "4.0"),
        _F("option", "OptionValue", 3, "4.0"),
        _F("datastorePrincipal", "string", 2, "4.0"),
        _F("datastorePrincipalPasswd", "string", 2, "4.0"),
        _F("datetime", "HostDateTimeConfig", 2, "4.0"),
        _F("storageDevice", "HostStorageDeviceInfo", 2, "4.0"),
        _F("license", "HostLicenseSpec", 2, "4.0"),
        _F("security", "HostSecuritySpec", 2, "4.0"),
        _F("userAccount", "HostAccountSpec", 3, "4.0"),
        _F("usergroupAccount", "HostAccountSpec", 3, "4.0"),
        _F("memory", "HostMemorySpec", 2, "4.0"),
        _F("activeDirectory", "HostActiveDirectory", 3, "4.1"),
        _F("genericConfig", "KeyAnyValue", 3, "5.0"),
        _F("graphicsConfig", "HostGraphicsConfig", 2, "6.5"),
        _F("assignableHardwareConfig", "HostAssignableHardwareConfig", 2, "7.0.0.0"),
    )
    nasDatastore: list[HostNasVolumeConfig]
    network: HostNetworkConfig | None
    nicTypeSelection: list[HostVirtualNicManagerNicTypeSelection]
    service: list[HostServiceConfig]
    firewall: HostFirewallConfig | None
    option: list[OptionValue]
    datastorePrincipal: str | None
    datastorePrincipalPasswd: str | None
    datetime: HostDateTimeConfig | None
    storageDevice: HostStorageDeviceInfo | None
    license: HostLicenseSpec | None
    security: HostSecuritySpec | None
    userAccount: list[HostAccountSpec]
    usergroupAccount: list[HostAccountSpec]
    memory: HostMemorySpec | None
    activeDirectory: list[HostActiveDirectory]
    genericConfig: list[KeyAnyValue]
    graphicsConfig: HostGraphicsConfig | None
    assignableHardwareConfig: HostAssignableHardwareConfig | None

    def __init__(
        self,
        *,
        nasDatastore: list[HostNasVolumeConfig] | None = None,
        network: HostNetworkConfig | None = None,
        nicTypeSelection: list[HostVirtualNicManagerNicTypeSelection] | None = None,
        service: list[HostServiceConfig] | None = None,
        firewall: HostFirewallConfig | None = None,
        option: Sequence[OptionValue] | None = None,
        datastorePrincipal: str | None = None,
        datastorePrincipalPasswd: str | None = None,
        datetime: HostDateTimeConfig | None = None,
        storageDevice: HostStorageDeviceInfo | None = None,
        license: HostLicenseSpec | None = None,
        security: HostSecuritySpec | None = None,
        userAccount: Sequence[HostAccountSpec] | None = None,
        usergroupAccount: Sequence[HostAccountSpec] | None = None,
        memory: HostMemorySpec | None = None,
        activeDirectory: list[HostActiveDirectory] | None = None,
        genericConfig: list[KeyAnyValue] | None = None,
        graphicsConfig: HostGraphicsConfig | None = None,
        assignableHardwareConfig: HostAssignableHardwareConfig | None = None,
    ) -> None:
        self.nasDatastore = [] if nasDatastore is None else nasDatastore
        self.network = network
        self.nicTypeSelection = [] if nicTypeSelection is None else nicTypeSelection
        self.service = [] if service is None else service
        self.firewall = firewall
        self.option = [] if option is None else list(option)
        self.datastorePrincipal = datastorePrincipal
        self.datastorePrincipalPasswd = datastorePrincipalPasswd
        self.datetime = datetime
        self.storageDevice = storageDevice
        self.license = license
        self.security = security
        self.userAccount = [] if userAccount is None else list(userAccount)
        self.usergroupAccount = [] if usergroupAccount is None else list(usergroupAccount)
        self.memory = memory
        self.activeDirectory = [] if activeDirectory is None else activeDirectory
        self.genericConfig = [] if genericConfig is None else genericConfig
        self.graphicsConfig = graphicsConfig
        self.assignableHardwareConfig = assignableHardwareConfig
