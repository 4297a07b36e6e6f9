# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FailoverClusterConfigurator: managed object proxy. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.node_deployment_spec import NodeDeploymentSpec
    from ..types.passive_node_deployment_spec import PassiveNodeDeploymentSpec
    from ..types.source_node_spec import SourceNodeSpec
    from .task import Task
    from ..types.vcha_cluster_config_info import VchaClusterConfigInfo
    from ..types.vcha_cluster_config_spec import VchaClusterConfigSpec
    from ..types.vcha_cluster_deployment_spec import VchaClusterDeploymentSpec
    from ..types.vcha_cluster_network_spec import VchaClusterNetworkSpec

_CONFIGURE_VCHA_TASK: _Operation[Task[None]] = _Operation(
    "configureVcha_Task",
    (_F("configSpec", "VchaClusterConfigSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)

_CREATE_PASSIVE_NODE_TASK: _Operation[Task[None]] = _Operation(
    "createPassiveNode_Task",
    (_F("passiveDeploymentSpec", "PassiveNodeDeploymentSpec", 0, "6.5"), _F("sourceVcSpec", "SourceNodeSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)

_CREATE_WITNESS_NODE_TASK: _Operation[Task[None]] = _Operation(
    "createWitnessNode_Task",
    (_F("witnessDeploymentSpec", "NodeDeploymentSpec", 0, "6.5"), _F("sourceVcSpec", "SourceNodeSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)

_DEPLOY_VCHA_TASK: _Operation[Task[None]] = _Operation(
    "deployVcha_Task",
    (_F("deploymentSpec", "VchaClusterDeploymentSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)

_DESTROY_VCHA_TASK: _Operation[Task[None]] = _Operation(
    "destroyVcha_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)

_GET_VCHA_CONFIG: _Operation[VchaClusterConfigInfo] = _Operation(
    "getVchaConfig",
    (),
    _F("returnval", "VchaClusterConfigInfo", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_PREPARE_VCHA_TASK: _Operation[Task[None]] = _Operation(
    "prepareVcha_Task",
    (_F("networkSpec", "VchaClusterNetworkSpec", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)


class FailoverClusterConfiguratorProperties(_ObjectProperties["FailoverClusterConfigurator"]):
    """FailoverClusterConfigurator's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("disabledConfigureMethod", )
    disabledConfigureMethod: list[str]


class FailoverClusterConfigurator(_ManagedObject):
    """FailoverClusterConfigurator: managed object proxy, since 6.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        disabledConfigureMethod: list of string, since 6.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "FailoverClusterConfigurator"
    _properties_: ClassVar[dict[str, _F]] = {
        "disabledConfigureMethod": _F("disabledConfigureMethod", "string", 3, "6.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "configureVcha_Task": _CONFIGURE_VCHA_TASK,
        "createPassiveNode_Task": _CREATE_PASSIVE_NODE_TASK,
        "createWitnessNode_Task": _CREATE_WITNESS_NODE_TASK,
        "deployVcha_Task": _DEPLOY_VCHA_TASK,
        "destroyVcha_Task": _DESTROY_VCHA_TASK,
        "getVchaConfig": _GET_VCHA_CONFIG,
        "prepareVcha_Task": _PREPARE_VCHA_TASK,
    }
    _property_class_ = FailoverClusterConfiguratorProperties

    def fetch(self, *paths: str) -> FailoverClusterConfiguratorProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, FailoverClusterConfiguratorProperties, paths)

    def configureVcha_Task(
        self,
        *,
        configSpec: VchaClusterConfigSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """configureVcha_Task: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: Global.VCServer.

        Args:
            configSpec: VchaClusterConfigSpec, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_VCHA_TASK, (configSpec, ), _timeout)

    def createPassiveNode_Task(
        self,
        *,
        passiveDeploymentSpec: PassiveNodeDeploymentSpec,
        sourceVcSpec: SourceNodeSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """createPassiveNode_Task: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: Global.VCServer.

        Args:
            passiveDeploymentSpec: PassiveNodeDeploymentSpec, since 6.5.
            sourceVcSpec: SourceNodeSpec, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_PASSIVE_NODE_TASK, (passiveDeploymentSpec, sourceVcSpec, ), _timeout)

    def createWitnessNode_Task(
        self,
        *,
        witnessDeploymentSpec: NodeDeploymentSpec,
        sourceVcSpec: SourceNodeSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """createWitnessNode_Task: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: Global.VCServer.

        Args:
            witnessDeploymentSpec: NodeDeploymentSpec, since 6.5.
            sourceVcSpec: SourceNodeSpec, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_WITNESS_NODE_TASK, (witnessDeploymentSpec, sourceVcSpec, ), _timeout)

    def deployVcha_Task(
        self,
        *,
        deploymentSpec: VchaClusterDeploymentSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """deployVcha_Task: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: Global.VCServer.

        Args:
            deploymentSpec: VchaClusterDeploymentSpec, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DEPLOY_VCHA_TASK, (deploymentSpec, ), _timeout)

    def destroyVcha_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """destroyVcha_Task: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: Global.VCServer.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_VCHA_TASK, (), _timeout)

    def getVchaConfig(
        self,
        *,
        _timeout: float | None = None,
    ) -> VchaClusterConfigInfo:
        """getVchaConfig: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            VchaClusterConfigInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_VCHA_CONFIG, (), _timeout)

    def prepareVcha_Task(
        self,
        *,
        networkSpec: VchaClusterNetworkSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """prepareVcha_Task: an operation of FailoverClusterConfigurator, since 6.5.

        Privilege: Global.VCServer.

        Args:
            networkSpec: VchaClusterNetworkSpec, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PREPARE_VCHA_TASK, (networkSpec, ), _timeout)
