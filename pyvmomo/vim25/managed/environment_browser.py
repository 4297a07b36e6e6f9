# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EnvironmentBrowser: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.config_target import ConfigTarget
    from ..types.environment_browser_config_option_query_spec import EnvironmentBrowserConfigOptionQuerySpec
    from ..types.host_capability import HostCapability
    from .host_datastore_browser import HostDatastoreBrowser
    from .host_system import HostSystem
    from ..types.virtual_machine_config_option import VirtualMachineConfigOption
    from ..types.virtual_machine_config_option_descriptor import VirtualMachineConfigOptionDescriptor

_QUERY_CONFIG_OPTION: _Operation[VirtualMachineConfigOption | None] = _Operation(
    "QueryConfigOption",
    (_F("key", "string", 2, "2.0"), _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "VirtualMachineConfigOption", 2, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_CONFIG_OPTION_DESCRIPTOR: _Operation[list[VirtualMachineConfigOptionDescriptor]] = _Operation(
    "QueryConfigOptionDescriptor",
    (),
    _F("returnval", "VirtualMachineConfigOptionDescriptor", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_CONFIG_OPTION_EX: _Operation[VirtualMachineConfigOption | None] = _Operation(
    "QueryConfigOptionEx",
    (_F("spec", "EnvironmentBrowserConfigOptionQuerySpec", 2, "6.0"), ),
    _F("returnval", "VirtualMachineConfigOption", 2, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_CONFIG_TARGET: _Operation[ConfigTarget | None] = _Operation(
    "QueryConfigTarget",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "ConfigTarget", 2, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_TARGET_CAPABILITIES: _Operation[HostCapability | None] = _Operation(
    "QueryTargetCapabilities",
    (_F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    _F("returnval", "HostCapability", 2, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class EnvironmentBrowserProperties(_ObjectProperties["EnvironmentBrowser"]):
    """EnvironmentBrowser's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("datastoreBrowser", )
    datastoreBrowser: HostDatastoreBrowser | None


class EnvironmentBrowser(_ManagedObject):
    """EnvironmentBrowser: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        datastoreBrowser: reference to HostDatastoreBrowser, optional, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "EnvironmentBrowser"
    _properties_: ClassVar[dict[str, _F]] = {
        "datastoreBrowser": _F("datastoreBrowser", "ManagedObjectReference", 2, "2.0", target="HostDatastoreBrowser"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "QueryConfigOption": _QUERY_CONFIG_OPTION,
        "QueryConfigOptionDescriptor": _QUERY_CONFIG_OPTION_DESCRIPTOR,
        "QueryConfigOptionEx": _QUERY_CONFIG_OPTION_EX,
        "QueryConfigTarget": _QUERY_CONFIG_TARGET,
        "QueryTargetCapabilities": _QUERY_TARGET_CAPABILITIES,
    }
    _property_class_ = EnvironmentBrowserProperties

    def fetch(self, *paths: str) -> EnvironmentBrowserProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, EnvironmentBrowserProperties, paths)

    def QueryConfigOption(
        self,
        *,
        key: str | None = None,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> VirtualMachineConfigOption | None:
        """QueryConfigOption: an operation of EnvironmentBrowser, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            key: string, optional, since 2.0.
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            VirtualMachineConfigOption, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONFIG_OPTION, (key, host, ), _timeout)

    def QueryConfigOptionDescriptor(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VirtualMachineConfigOptionDescriptor]:
        """QueryConfigOptionDescriptor: an operation of EnvironmentBrowser, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            List of VirtualMachineConfigOptionDescriptor.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONFIG_OPTION_DESCRIPTOR, (), _timeout)

    def QueryConfigOptionEx(
        self,
        *,
        spec: EnvironmentBrowserConfigOptionQuerySpec | None = None,
        _timeout: float | None = None,
    ) -> VirtualMachineConfigOption | None:
        """QueryConfigOptionEx: an operation of EnvironmentBrowser, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            spec: EnvironmentBrowserConfigOptionQuerySpec, optional, since 6.0.

        Returns:
            VirtualMachineConfigOption, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONFIG_OPTION_EX, (spec, ), _timeout)

    def QueryConfigTarget(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> ConfigTarget | None:
        """QueryConfigTarget: an operation of EnvironmentBrowser, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            ConfigTarget, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONFIG_TARGET, (host, ), _timeout)

    def QueryTargetCapabilities(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> HostCapability | None:
        """QueryTargetCapabilities: an operation of EnvironmentBrowser, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            HostCapability, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_TARGET_CAPABILITIES, (host, ), _timeout)
