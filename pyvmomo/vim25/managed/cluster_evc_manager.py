# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterEVCManager: managed object proxy, extends ExtensibleManagedObject. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .cluster_compute_resource import ClusterComputeResource
    from ..types.cluster_evc_manager_check_result import ClusterEVCManagerCheckResult
    from ..types.cluster_evc_manager_evc_state import ClusterEVCManagerEVCState
    from ..types.host_connect_spec import HostConnectSpec
    from .task import Task

_CHECK_ADD_HOST_EVC_TASK: _Operation[Task[list[ClusterEVCManagerCheckResult]]] = _Operation(
    "CheckAddHostEvc_Task",
    (_F("cnxSpec", "HostConnectSpec", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConnectFault", "InvalidLogin", "RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ClusterEVCManagerCheckResult", 1, "6.0"),
)

_CHECK_CONFIGURE_EVC_MODE_TASK: _Operation[Task[list[ClusterEVCManagerCheckResult]]] = _Operation(
    "CheckConfigureEvcMode_Task",
    (_F("evcModeKey", "string", 0, "6.0"), _F("evcGraphicsModeKey", "string", 2, "7.0.1.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ClusterEVCManagerCheckResult", 1, "6.0"),
)

_CONFIGURE_EVC_MODE_TASK: _Operation[Task[None]] = _Operation(
    "ConfigureEvcMode_Task",
    (_F("evcModeKey", "string", 0, "6.0"), _F("evcGraphicsModeKey", "string", 2, "7.0.1.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("EVCConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_DISABLE_EVC_MODE_TASK: _Operation[Task[None]] = _Operation(
    "DisableEvcMode_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)


class ClusterEVCManagerProperties(ExtensibleManagedObjectProperties):
    """ClusterEVCManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("managedCluster", "evcState", )
    obj: ClusterEVCManager  # pyright: ignore[reportIncompatibleVariableOverride]
    managedCluster: ClusterComputeResource
    evcState: ClusterEVCManagerEVCState


class ClusterEVCManager(ExtensibleManagedObject):
    """ClusterEVCManager: managed object proxy extending ExtensibleManagedObject, since 6.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        managedCluster: reference to ClusterComputeResource, since 6.0.
        evcState: ClusterEVCManagerEVCState, since 6.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ClusterEVCManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "managedCluster": _F("managedCluster", "ManagedObjectReference", 0, "6.0", target="ClusterComputeResource"),
        "evcState": _F("evcState", "ClusterEVCManagerEVCState", 0, "6.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CheckAddHostEvc_Task": _CHECK_ADD_HOST_EVC_TASK,
        "CheckConfigureEvcMode_Task": _CHECK_CONFIGURE_EVC_MODE_TASK,
        "ConfigureEvcMode_Task": _CONFIGURE_EVC_MODE_TASK,
        "DisableEvcMode_Task": _DISABLE_EVC_MODE_TASK,
    }
    _property_class_ = ClusterEVCManagerProperties

    def fetch(self, *paths: str) -> ClusterEVCManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ClusterEVCManagerProperties, paths)

    def CheckAddHostEvc_Task(
        self,
        *,
        cnxSpec: HostConnectSpec,
        _timeout: float | None = None,
    ) -> Task[list[ClusterEVCManagerCheckResult]]:
        """CheckAddHostEvc_Task: an operation of ClusterEVCManager, since 6.0.

        Privilege: System.View.

        Args:
            cnxSpec: HostConnectSpec, since 6.0.

        Returns:
            A reference to the Task; its result is list of ClusterEVCManagerCheckResult.

        Raises:
            HostConnectFault, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_ADD_HOST_EVC_TASK, (cnxSpec, ), _timeout)

    def CheckConfigureEvcMode_Task(
        self,
        *,
        evcModeKey: str,
        evcGraphicsModeKey: str | None = None,
        _timeout: float | None = None,
    ) -> Task[list[ClusterEVCManagerCheckResult]]:
        """CheckConfigureEvcMode_Task: an operation of ClusterEVCManager, since 6.0.

        Privilege: System.View.

        Args:
            evcModeKey: string, since 6.0.
            evcGraphicsModeKey: string, optional, since 7.0.1.0.

        Returns:
            A reference to the Task; its result is list of ClusterEVCManagerCheckResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_CONFIGURE_EVC_MODE_TASK, (evcModeKey, evcGraphicsModeKey, ), _timeout)

    def ConfigureEvcMode_Task(
        self,
        *,
        evcModeKey: str,
        evcGraphicsModeKey: str | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ConfigureEvcMode_Task: an operation of ClusterEVCManager, since 6.0.

        Privilege: Host.Inventory.EditCluster.

        Args:
            evcModeKey: string, since 6.0.
            evcGraphicsModeKey: string, optional, since 7.0.1.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            EVCConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_EVC_MODE_TASK, (evcModeKey, evcGraphicsModeKey, ), _timeout)

    def DisableEvcMode_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DisableEvcMode_Task: an operation of ClusterEVCManager, since 6.0.

        Privilege: Host.Inventory.EditCluster.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_EVC_MODE_TASK, (), _timeout)
