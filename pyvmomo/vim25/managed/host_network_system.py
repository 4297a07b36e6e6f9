# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNetworkSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_dns_config import HostDnsConfig
    from ..types.host_ip_route_config import HostIpRouteConfig
    from ..types.host_ip_route_table_config import HostIpRouteTableConfig
    from ..types.host_net_capabilities import HostNetCapabilities
    from ..types.host_net_offload_capabilities import HostNetOffloadCapabilities
    from ..types.host_network_config import HostNetworkConfig
    from ..types.host_network_config_result import HostNetworkConfigResult
    from ..types.host_network_info import HostNetworkInfo
    from ..types.host_port_group_spec import HostPortGroupSpec
    from ..types.host_virtual_nic_spec import HostVirtualNicSpec
    from ..types.host_virtual_switch_spec import HostVirtualSwitchSpec
    from ..types.physical_nic_hint_info import PhysicalNicHintInfo
    from ..types.physical_nic_link_info import PhysicalNicLinkInfo

_ADD_PORT_GROUP: _Operation[None] = _Operation(
    "AddPortGroup",
    (_F("portgrp", "HostPortGroupSpec", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_ADD_SERVICE_CONSOLE_VIRTUAL_NIC: _Operation[str] = _Operation(
    "AddServiceConsoleVirtualNic",
    (_F("portgroup", "string", 0, "2.0"), _F("nic", "HostVirtualNicSpec", 0, "2.0"), ),
    _F("returnval", "string", 0, "2.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_ADD_VIRTUAL_NIC: _Operation[str] = _Operation(
    "AddVirtualNic",
    (_F("portgroup", "string", 0, "2.0"), _F("nic", "HostVirtualNicSpec", 0, "2.0"), ),
    _F("returnval", "string", 0, "2.0"),
    faults=("AlreadyExists", "HostConfigFault", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_ADD_VIRTUAL_SWITCH: _Operation[None] = _Operation(
    "AddVirtualSwitch",
    (_F("vswitchName", "string", 0, "2.0"), _F("spec", "HostVirtualSwitchSpec", 2, "2.0"), ),
    None,
    faults=("AlreadyExists", "HostConfigFault", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_QUERY_NETWORK_HINT: _Operation[list[PhysicalNicHintInfo]] = _Operation(
    "QueryNetworkHint",
    (_F("device", "string", 3, "2.0"), ),
    _F("returnval", "PhysicalNicHintInfo", 3, "2.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_REFRESH_NETWORK_SYSTEM: _Operation[None] = _Operation(
    "RefreshNetworkSystem",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_REMOVE_PORT_GROUP: _Operation[None] = _Operation(
    "RemovePortGroup",
    (_F("pgName", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_REMOVE_SERVICE_CONSOLE_VIRTUAL_NIC: _Operation[None] = _Operation(
    "RemoveServiceConsoleVirtualNic",
    (_F("device", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_REMOVE_VIRTUAL_NIC: _Operation[None] = _Operation(
    "RemoveVirtualNic",
    (_F("device", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_REMOVE_VIRTUAL_SWITCH: _Operation[None] = _Operation(
    "RemoveVirtualSwitch",
    (_F("vswitchName", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_RESTART_SERVICE_CONSOLE_VIRTUAL_NIC: _Operation[None] = _Operation(
    "RestartServiceConsoleVirtualNic",
    (_F("device", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_CONSOLE_IP_ROUTE_CONFIG: _Operation[None] = _Operation(
    "UpdateConsoleIpRouteConfig",
    (_F("config", "HostIpRouteConfig", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_DNS_CONFIG: _Operation[None] = _Operation(
    "UpdateDnsConfig",
    (_F("config", "HostDnsConfig", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_IP_ROUTE_CONFIG: _Operation[None] = _Operation(
    "UpdateIpRouteConfig",
    (_F("config", "HostIpRouteConfig", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_IP_ROUTE_TABLE_CONFIG: _Operation[None] = _Operation(
    "UpdateIpRouteTableConfig",
    (_F("config", "HostIpRouteTableConfig", 0, "4.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_NETWORK_CONFIG: _Operation[HostNetworkConfigResult] = _Operation(
    "UpdateNetworkConfig",
    (_F("config", "HostNetworkConfig", 0, "2.0"), _F("changeMode", "string", 0, "2.0"), ),
    _F("returnval", "HostNetworkConfigResult", 0, "2.0"),
    faults=("AlreadyExists", "HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_PHYSICAL_NIC_LINK_SPEED: _Operation[None] = _Operation(
    "UpdatePhysicalNicLinkSpeed",
    (_F("device", "string", 0, "2.0"), _F("linkSpeed", "PhysicalNicLinkInfo", 2, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_PORT_GROUP: _Operation[None] = _Operation(
    "UpdatePortGroup",
    (_F("pgName", "string", 0, "2.0"), _F("portgrp", "HostPortGroupSpec", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_SERVICE_CONSOLE_VIRTUAL_NIC: _Operation[None] = _Operation(
    "UpdateServiceConsoleVirtualNic",
    (_F("device", "string", 0, "2.0"), _F("nic", "HostVirtualNicSpec", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_VIRTUAL_NIC: _Operation[None] = _Operation(
    "UpdateVirtualNic",
    (_F("device", "string", 0, "2.0"), _F("nic", "HostVirtualNicSpec", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_VIRTUAL_SWITCH: _Operation[None] = _Operation(
    "UpdateVirtualSwitch",
    (_F("vswitchName", "string", 0, "2.0"), _F("spec", "HostVirtualSwitchSpec", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)


class HostNetworkSystemProperties(ExtensibleManagedObjectProperties):
    """HostNetworkSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("capabilities", "networkInfo", "offloadCapabilities", "networkConfig", "dnsConfig", "ipRouteConfig", "consoleIpRouteConfig", )
    obj: HostNetworkSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    capabilities: HostNetCapabilities | None
    networkInfo: HostNetworkInfo | None
    offloadCapabilities: HostNetOffloadCapabilities | None
    networkConfig: HostNetworkConfig | None
    dnsConfig: HostDnsConfig | None
    ipRouteConfig: HostIpRouteConfig | None
    consoleIpRouteConfig: HostIpRouteConfig | None


class HostNetworkSystem(ExtensibleManagedObject):
    """HostNetworkSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        capabilities: HostNetCapabilities, optional, since 2.0.
        networkInfo: HostNetworkInfo, optional, since 2.0.
        offloadCapabilities: HostNetOffloadCapabilities, optional, since 2.0.
        networkConfig: HostNetworkConfig, optional, since 2.0.
        dnsConfig: HostDnsConfig, optional, since 2.0.
        ipRouteConfig: HostIpRouteConfig, optional, since 2.0.
        consoleIpRouteConfig: HostIpRouteConfig, optional, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostNetworkSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "capabilities": _F("capabilities", "HostNetCapabilities", 2, "2.0"),
        "networkInfo": _F("networkInfo", "HostNetworkInfo", 2, "2.0"),
        "offloadCapabilities": _F("offloadCapabilities", "HostNetOffloadCapabilities", 2, "2.0"),
        "networkConfig": _F("networkConfig", "HostNetworkConfig", 2, "2.0"),
        "dnsConfig": _F("dnsConfig", "HostDnsConfig", 2, "2.0"),
        "ipRouteConfig": _F("ipRouteConfig", "HostIpRouteConfig", 2, "2.0"),
        "consoleIpRouteConfig": _F("consoleIpRouteConfig", "HostIpRouteConfig", 2, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddPortGroup": _ADD_PORT_GROUP,
        "AddServiceConsoleVirtualNic": _ADD_SERVICE_CONSOLE_VIRTUAL_NIC,
        "AddVirtualNic": _ADD_VIRTUAL_NIC,
        "AddVirtualSwitch": _ADD_VIRTUAL_SWITCH,
        "QueryNetworkHint": _QUERY_NETWORK_HINT,
        "RefreshNetworkSystem": _REFRESH_NETWORK_SYSTEM,
        "RemovePortGroup": _REMOVE_PORT_GROUP,
        "RemoveServiceConsoleVirtualNic": _REMOVE_SERVICE_CONSOLE_VIRTUAL_NIC,
        "RemoveVirtualNic": _REMOVE_VIRTUAL_NIC,
        "RemoveVirtualSwitch": _REMOVE_VIRTUAL_SWITCH,
        "RestartServiceConsoleVirtualNic": _RESTART_SERVICE_CONSOLE_VIRTUAL_NIC,
        "UpdateConsoleIpRouteConfig": _UPDATE_CONSOLE_IP_ROUTE_CONFIG,
        "UpdateDnsConfig": _UPDATE_DNS_CONFIG,
        "UpdateIpRouteConfig": _UPDATE_IP_ROUTE_CONFIG,
        "UpdateIpRouteTableConfig": _UPDATE_IP_ROUTE_TABLE_CONFIG,
        "UpdateNetworkConfig": _UPDATE_NETWORK_CONFIG,
        "UpdatePhysicalNicLinkSpeed": _UPDATE_PHYSICAL_NIC_LINK_SPEED,
        "UpdatePortGroup": _UPDATE_PORT_GROUP,
        "UpdateServiceConsoleVirtualNic": _UPDATE_SERVICE_CONSOLE_VIRTUAL_NIC,
        "UpdateVirtualNic": _UPDATE_VIRTUAL_NIC,
        "UpdateVirtualSwitch": _UPDATE_VIRTUAL_SWITCH,
    }
    _property_class_ = HostNetworkSystemProperties

    def fetch(self, *paths: str) -> HostNetworkSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostNetworkSystemProperties, paths)

    def AddPortGroup(
        self,
        *,
        portgrp: HostPortGroupSpec,
        _timeout: float | None = None,
    ) -> None:
        """AddPortGroup: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            portgrp: HostPortGroupSpec, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_PORT_GROUP, (portgrp, ), _timeout)

    def AddServiceConsoleVirtualNic(
        self,
        *,
        portgroup: str,
        nic: HostVirtualNicSpec,
        _timeout: float | None = None,
    ) -> str:
        """AddServiceConsoleVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Args:
            portgroup: string, since 2.0.
            nic: HostVirtualNicSpec, since 2.0.

        Returns:
            String.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_SERVICE_CONSOLE_VIRTUAL_NIC, (portgroup, nic, ), _timeout)

    def AddVirtualNic(
        self,
        *,
        portgroup: str,
        nic: HostVirtualNicSpec,
        _timeout: float | None = None,
    ) -> str:
        """AddVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Args:
            portgroup: string, since 2.0.
            nic: HostVirtualNicSpec, since 2.0.

        Returns:
            String.

        Raises:
            AlreadyExists, HostConfigFault, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_VIRTUAL_NIC, (portgroup, nic, ), _timeout)

    def AddVirtualSwitch(
        self,
        *,
        vswitchName: str,
        spec: HostVirtualSwitchSpec | None = None,
        _timeout: float | None = None,
    ) -> None:
        """AddVirtualSwitch: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            vswitchName: string, since 2.0.
            spec: HostVirtualSwitchSpec, optional, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, HostConfigFault, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_VIRTUAL_SWITCH, (vswitchName, spec, ), _timeout)

    def QueryNetworkHint(
        self,
        *,
        device: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[PhysicalNicHintInfo]:
        """QueryNetworkHint: an operation of HostNetworkSystem, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            device: list of string, since 2.0.

        Returns:
            List of PhysicalNicHintInfo.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_NETWORK_HINT, (device, ), _timeout)

    def RefreshNetworkSystem(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshNetworkSystem: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_NETWORK_SYSTEM, (), _timeout)

    def RemovePortGroup(
        self,
        *,
        pgName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemovePortGroup: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            pgName: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_PORT_GROUP, (pgName, ), _timeout)

    def RemoveServiceConsoleVirtualNic(
        self,
        *,
        device: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveServiceConsoleVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            device: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_SERVICE_CONSOLE_VIRTUAL_NIC, (device, ), _timeout)

    def RemoveVirtualNic(
        self,
        *,
        device: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            device: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_VIRTUAL_NIC, (device, ), _timeout)

    def RemoveVirtualSwitch(
        self,
        *,
        vswitchName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveVirtualSwitch: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            vswitchName: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_VIRTUAL_SWITCH, (vswitchName, ), _timeout)

    def RestartServiceConsoleVirtualNic(
        self,
        *,
        device: str,
        _timeout: float | None = None,
    ) -> None:
        """RestartServiceConsoleVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            device: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RESTART_SERVICE_CONSOLE_VIRTUAL_NIC, (device, ), _timeout)

    def UpdateConsoleIpRouteConfig(
        self,
        *,
        config: HostIpRouteConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateConsoleIpRouteConfig: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            config: HostIpRouteConfig, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_CONSOLE_IP_ROUTE_CONFIG, (config, ), _timeout)

    def UpdateDnsConfig(
        self,
        *,
        config: HostDnsConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateDnsConfig: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            config: HostDnsConfig, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DNS_CONFIG, (config, ), _timeout)

    def UpdateIpRouteConfig(
        self,
        *,
        config: HostIpRouteConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateIpRouteConfig: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            config: HostIpRouteConfig, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_IP_ROUTE_CONFIG, (config, ), _timeout)

    def UpdateIpRouteTableConfig(
        self,
        *,
        config: HostIpRouteTableConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateIpRouteTableConfig: an operation of HostNetworkSystem, since 4.0.

        Privilege: Host.Config.Network.

        Args:
            config: HostIpRouteTableConfig, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_IP_ROUTE_TABLE_CONFIG, (config, ), _timeout)

    def UpdateNetworkConfig(
        self,
        *,
        config: HostNetworkConfig,
        changeMode: str,
        _timeout: float | None = None,
    ) -> HostNetworkConfigResult:
        """UpdateNetworkConfig: an operation of HostNetworkSystem, since 2.0.

        Args:
            config: HostNetworkConfig, since 2.0.
            changeMode: string, since 2.0.

        Returns:
            HostNetworkConfigResult.

        Raises:
            AlreadyExists, HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_NETWORK_CONFIG, (config, changeMode, ), _timeout)

    def UpdatePhysicalNicLinkSpeed(
        self,
        *,
        device: str,
        linkSpeed: PhysicalNicLinkInfo | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdatePhysicalNicLinkSpeed: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            device: string, since 2.0.
            linkSpeed: PhysicalNicLinkInfo, optional, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_PHYSICAL_NIC_LINK_SPEED, (device, linkSpeed, ), _timeout)

    def UpdatePortGroup(
        self,
        *,
        pgName: str,
        portgrp: HostPortGroupSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdatePortGroup: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            pgName: string, since 2.0.
            portgrp: HostPortGroupSpec, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_PORT_GROUP, (pgName, portgrp, ), _timeout)

    def UpdateServiceConsoleVirtualNic(
        self,
        *,
        device: str,
        nic: HostVirtualNicSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateServiceConsoleVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Args:
            device: string, since 2.0.
            nic: HostVirtualNicSpec, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SERVICE_CONSOLE_VIRTUAL_NIC, (device, nic, ), _timeout)

    def UpdateVirtualNic(
        self,
        *,
        device: str,
        nic: HostVirtualNicSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateVirtualNic: an operation of HostNetworkSystem, since 2.0.

        Args:
            device: string, since 2.0.
            nic: HostVirtualNicSpec, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_VIRTUAL_NIC, (device, nic, ), _timeout)

    def UpdateVirtualSwitch(
        self,
        *,
        vswitchName: str,
        spec: HostVirtualSwitchSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateVirtualSwitch: an operation of HostNetworkSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            vswitchName: string, since 2.0.
            spec: HostVirtualSwitchSpec, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_VIRTUAL_SWITCH, (vswitchName, spec, ), _timeout)
