# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Datacenter: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.cluster_power_on_vm_result import ClusterPowerOnVmResult
    from ..types.datacenter_basic_connect_info import DatacenterBasicConnectInfo
    from ..types.datacenter_config_info import DatacenterConfigInfo
    from ..types.datacenter_config_spec import DatacenterConfigSpec
    from .datastore import Datastore
    from .folder import Folder
    from ..types.host_connect_info import HostConnectInfo
    from ..types.host_connect_spec import HostConnectSpec
    from .network import Network
    from ..types.option_value import OptionValue
    from .task import Task
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_config_option_descriptor import VirtualMachineConfigOptionDescriptor

_BATCH_QUERY_CONNECT_INFO: _Operation[list[DatacenterBasicConnectInfo]] = _Operation(
    "BatchQueryConnectInfo",
    (_F("hostSpecs", "HostConnectSpec", 3, "6.7.1"), ),
    _F("returnval", "DatacenterBasicConnectInfo", 3, "6.7.1"),
    faults=("RuntimeFault", ),
    since="6.7.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_POWER_ON_MULTI_VM_TASK: _Operation[Task[ClusterPowerOnVmResult]] = _Operation(
    "PowerOnMultiVM_Task",
    (_F("vm", "ManagedObjectReference", 1, "2.5", target="VirtualMachine"), _F("option", "OptionValue", 3, "4.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ClusterPowerOnVmResult", 0, "2.5"),
)

_QUERY_CONNECTION_INFO: _Operation[HostConnectInfo] = _Operation(
    "QueryConnectionInfo",
    (_F("hostname", "string", 0, "2.0"), _F("port", "int", 0, "2.0"), _F("username", "string", 0, "2.0"), _F("password", "string", 4, "2.0"), _F("sslThumbprint", "string", 2, "2.5"), ),
    _F("returnval", "HostConnectInfo", 0, "2.0"),
    faults=("HostConnectFault", "InvalidLogin", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_CONNECTION_INFO_VIA_SPEC: _Operation[HostConnectInfo] = _Operation(
    "QueryConnectionInfoViaSpec",
    (_F("spec", "HostConnectSpec", 0, "6.0"), ),
    _F("returnval", "HostConnectInfo", 0, "6.0"),
    faults=("HostConnectFault", "InvalidLogin", "RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RECONFIGURE_DATACENTER_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureDatacenter_Task",
    (_F("spec", "DatacenterConfigSpec", 0, "5.1"), _F("modify", "boolean", 0, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege="Datacenter.Reconfigure",
    safe=False,
    task_result=None,
)

_QUERY_DATACENTER_CONFIG_OPTION_DESCRIPTOR: _Operation[list[VirtualMachineConfigOptionDescriptor]] = _Operation(
    "queryDatacenterConfigOptionDescriptor",
    (),
    _F("returnval", "VirtualMachineConfigOptionDescriptor", 3, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class DatacenterProperties(ManagedEntityProperties):
    """Datacenter's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("vmFolder", "hostFolder", "datastoreFolder", "networkFolder", "datastore", "network", "configuration", )
    obj: Datacenter  # pyright: ignore[reportIncompatibleVariableOverride]
    vmFolder: Folder
    hostFolder: Folder
    datastoreFolder: Folder
    networkFolder: Folder
    datastore: list[Datastore]
    network: list[Network]
    configuration: DatacenterConfigInfo


class Datacenter(ManagedEntity):
    """Datacenter: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        vmFolder: reference to Folder, since 2.0, read privilege System.View.
        hostFolder: reference to Folder, since 2.0, read privilege System.View.
        datastoreFolder: reference to Folder, since 4.0, read privilege System.View.
        networkFolder: reference to Folder, since 4.0, read privilege System.View.
        datastore: list of references to Datastore, since 2.0.
        network: list of references to Network, since 2.0.
        configuration: DatacenterConfigInfo, since 5.1, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Datacenter"
    _properties_: ClassVar[dict[str, _F]] = {
        "vmFolder": _F("vmFolder", "ManagedObjectReference", 0, "2.0", target="Folder"),
        "hostFolder": _F("hostFolder", "ManagedObjectReference", 0, "2.0", target="Folder"),
        "datastoreFolder": _F("datastoreFolder", "ManagedObjectReference", 0, "4.0", target="Folder"),
        "networkFolder": _F("networkFolder", "ManagedObjectReference", 0, "4.0", target="Folder"),
        "datastore": _F("datastore", "ManagedObjectReference", 3, "2.0", target="Datastore"),
        "network": _F("network", "ManagedObjectReference", 3, "2.0", target="Network"),
        "configuration": _F("configuration", "DatacenterConfigInfo", 0, "5.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "BatchQueryConnectInfo": _BATCH_QUERY_CONNECT_INFO,
        "PowerOnMultiVM_Task": _POWER_ON_MULTI_VM_TASK,
        "QueryConnectionInfo": _QUERY_CONNECTION_INFO,
        "QueryConnectionInfoViaSpec": _QUERY_CONNECTION_INFO_VIA_SPEC,
        "ReconfigureDatacenter_Task": _RECONFIGURE_DATACENTER_TASK,
        "queryDatacenterConfigOptionDescriptor": _QUERY_DATACENTER_CONFIG_OPTION_DESCRIPTOR,
    }
    _property_class_ = DatacenterProperties

    def fetch(self, *paths: str) -> DatacenterProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DatacenterProperties, paths)

    def BatchQueryConnectInfo(
        self,
        *,
        hostSpecs: list[HostConnectSpec] | None = None,
        _timeout: float | None = None,
    ) -> list[DatacenterBasicConnectInfo]:
        """BatchQueryConnectInfo: an operation of Datacenter, since 6.7.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            hostSpecs: list of HostConnectSpec, since 6.7.1.

        Returns:
            List of DatacenterBasicConnectInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _BATCH_QUERY_CONNECT_INFO, (hostSpecs, ), _timeout)

    def PowerOnMultiVM_Task(
        self,
        *,
        vm: list[VirtualMachine],
        option: Sequence[OptionValue] | None = None,
        _timeout: float | None = None,
    ) -> Task[ClusterPowerOnVmResult]:
        """PowerOnMultiVM_Task: an operation of Datacenter, since 2.5.

        Privilege: System.View.

        Args:
            vm: list of references to VirtualMachine, since 2.5, needs VirtualMachine.Interact.PowerOn on it.
            option: list of OptionValue, since 4.1.

        Returns:
            A reference to the Task; its result is ClusterPowerOnVmResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_ON_MULTI_VM_TASK, (vm, option, ), _timeout)

    def QueryConnectionInfo(
        self,
        *,
        hostname: str,
        port: int,
        username: str,
        password: str,
        sslThumbprint: str | None = None,
        _timeout: float | None = None,
    ) -> HostConnectInfo:
        """QueryConnectionInfo: an operation of Datacenter, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            hostname: string, since 2.0.
            port: int, since 2.0.
            username: string, since 2.0.
            password: string, since 2.0, secret (masked in repr).
            sslThumbprint: string, optional, since 2.5.

        Returns:
            HostConnectInfo.

        Raises:
            HostConnectFault, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONNECTION_INFO, (hostname, port, username, password, sslThumbprint, ), _timeout)

    def QueryConnectionInfoViaSpec(
        self,
        *,
        spec: HostConnectSpec,
        _timeout: float | None = None,
    ) -> HostConnectInfo:
        """QueryConnectionInfoViaSpec: an operation of Datacenter, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            spec: HostConnectSpec, since 6.0.

        Returns:
            HostConnectInfo.

        Raises:
            HostConnectFault, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONNECTION_INFO_VIA_SPEC, (spec, ), _timeout)

    def ReconfigureDatacenter_Task(
        self,
        *,
        spec: DatacenterConfigSpec,
        modify: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureDatacenter_Task: an operation of Datacenter, since 5.1.

        Privilege: Datacenter.Reconfigure.

        Args:
            spec: DatacenterConfigSpec, since 5.1.
            modify: boolean, since 5.1.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_DATACENTER_TASK, (spec, modify, ), _timeout)

    def queryDatacenterConfigOptionDescriptor(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VirtualMachineConfigOptionDescriptor]:
        """queryDatacenterConfigOptionDescriptor: an operation of Datacenter, since 5.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            List of VirtualMachineConfigOptionDescriptor.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DATACENTER_CONFIG_OPTION_DESCRIPTOR, (), _timeout)
