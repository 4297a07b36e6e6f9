# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ComputeResource: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.compute_resource_config_info import ComputeResourceConfigInfo
    from ..types.compute_resource_config_spec import ComputeResourceConfigSpec
    from ..types.compute_resource_summary import ComputeResourceSummary
    from .datastore import Datastore
    from .environment_browser import EnvironmentBrowser
    from .host_system import HostSystem
    from .network import Network
    from .resource_pool import ResourcePool
    from .task import Task

_RECONFIGURE_COMPUTE_RESOURCE_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureComputeResource_Task",
    (_F("spec", "ComputeResourceConfigSpec", 0, "2.5"), _F("modify", "boolean", 0, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)


class ComputeResourceProperties(ManagedEntityProperties):
    """ComputeResource's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("resourcePool", "host", "datastore", "network", "summary", "environmentBrowser", "configurationEx", "lifecycleManaged", )
    obj: ComputeResource  # pyright: ignore[reportIncompatibleVariableOverride]
    resourcePool: ResourcePool | None
    host: list[HostSystem]
    datastore: list[Datastore]
    network: list[Network]
    summary: ComputeResourceSummary
    environmentBrowser: EnvironmentBrowser | None
    configurationEx: ComputeResourceConfigInfo
    lifecycleManaged: bool | None


class ComputeResource(ManagedEntity):
    """ComputeResource: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        resourcePool: reference to ResourcePool, optional, since 2.0, read privilege System.View.
        host: list of references to HostSystem, since 2.0, read privilege System.View.
        datastore: list of references to Datastore, since 2.0, read privilege System.View.
        network: list of references to Network, since 2.0, read privilege System.View.
        summary: ComputeResourceSummary, since 2.0.
        environmentBrowser: reference to EnvironmentBrowser, optional, since 2.0, read privilege System.View.
        configurationEx: ComputeResourceConfigInfo, since 2.5.
        lifecycleManaged: boolean, optional, since 6.9.1, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ComputeResource"
    _properties_: ClassVar[dict[str, _F]] = {
        "resourcePool": _F("resourcePool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"),
        "host": _F("host", "ManagedObjectReference", 3, "2.0", target="HostSystem"),
        "datastore": _F("datastore", "ManagedObjectReference", 3, "2.0", target="Datastore"),
        "network": _F("network", "ManagedObjectReference", 3, "2.0", target="Network"),
        "summary": _F("summary", "ComputeResourceSummary", 0, "2.0"),
        "environmentBrowser": _F("environmentBrowser", "ManagedObjectReference", 2, "2.0", target="EnvironmentBrowser"),
        "configurationEx": _F("configurationEx", "ComputeResourceConfigInfo", 0, "2.5"),
        "lifecycleManaged": _F("lifecycleManaged", "boolean", 2, "6.9.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ReconfigureComputeResource_Task": _RECONFIGURE_COMPUTE_RESOURCE_TASK,
    }
    _property_class_ = ComputeResourceProperties

    def fetch(self, *paths: str) -> ComputeResourceProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ComputeResourceProperties, paths)

    def ReconfigureComputeResource_Task(
        self,
        *,
        spec: ComputeResourceConfigSpec,
        modify: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureComputeResource_Task: an operation of ComputeResource, since 2.5.

        Privilege: Host.Inventory.EditCluster.

        Args:
            spec: ComputeResourceConfigSpec, since 2.5.
            modify: boolean, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_COMPUTE_RESOURCE_TASK, (spec, modify, ), _timeout)
