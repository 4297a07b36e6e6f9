# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IoFilterManager: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .cluster_compute_resource import ClusterComputeResource
    from ..types.cluster_io_filter_info import ClusterIoFilterInfo
    from .compute_resource import ComputeResource
    from .host_system import HostSystem
    from ..types.io_filter_query_issue_result import IoFilterQueryIssueResult
    from .task import Task
    from ..types.virtual_disk_id import VirtualDiskId

_INSTALL_IO_FILTER_TASK: _Operation[Task[ClusterIoFilterInfo]] = _Operation(
    "InstallIoFilter_Task",
    (_F("vibUrl", "string", 0, "6.0"), _F("compRes", "ManagedObjectReference", 0, "6.0", target="ComputeResource"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("AlreadyExists", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=_F("result", "ClusterIoFilterInfo", 0, "6.0"),
)

_QUERY_DISKS_USING_FILTER: _Operation[list[VirtualDiskId]] = _Operation(
    "QueryDisksUsingFilter",
    (_F("filterId", "string", 0, "6.0"), _F("compRes", "ManagedObjectReference", 0, "6.0", target="ComputeResource"), ),
    _F("returnval", "VirtualDiskId", 1, "6.0"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_IO_FILTER_INFO: _Operation[list[ClusterIoFilterInfo]] = _Operation(
    "QueryIoFilterInfo",
    (_F("compRes", "ManagedObjectReference", 0, "6.0", target="ComputeResource"), ),
    _F("returnval", "ClusterIoFilterInfo", 3, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_IO_FILTER_ISSUES: _Operation[IoFilterQueryIssueResult] = _Operation(
    "QueryIoFilterIssues",
    (_F("filterId", "string", 0, "6.0"), _F("compRes", "ManagedObjectReference", 0, "6.0", target="ComputeResource"), ),
    _F("returnval", "IoFilterQueryIssueResult", 0, "6.0"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RESOLVE_INSTALLATION_ERRORS_ON_CLUSTER_TASK: _Operation[Task[None]] = _Operation(
    "ResolveInstallationErrorsOnCluster_Task",
    (_F("filterId", "string", 0, "6.0"), _F("cluster", "ManagedObjectReference", 0, "6.0", target="ClusterComputeResource"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RESOLVE_INSTALLATION_ERRORS_ON_HOST_TASK: _Operation[Task[None]] = _Operation(
    "ResolveInstallationErrorsOnHost_Task",
    (_F("filterId", "string", 0, "6.0"), _F("host", "ManagedObjectReference", 0, "6.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UNINSTALL_IO_FILTER_TASK: _Operation[Task[None]] = _Operation(
    "UninstallIoFilter_Task",
    (_F("filterId", "string", 0, "6.0"), _F("compRes", "ManagedObjectReference", 0, "6.0", target="ComputeResource"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("FilterInUse", "InvalidState", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPGRADE_IO_FILTER_TASK: _Operation[Task[ClusterIoFilterInfo]] = _Operation(
    "UpgradeIoFilter_Task",
    (_F("filterId", "string", 0, "6.0"), _F("compRes", "ManagedObjectReference", 0, "6.0", target="ComputeResource"), _F("vibUrl", "string", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("InvalidState", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=_F("result", "ClusterIoFilterInfo", 0, "6.0"),
)


class IoFilterManagerProperties(_ObjectProperties["IoFilterManager"]):
    """IoFilterManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class IoFilterManager(_ManagedObject):
    """IoFilterManager: managed object proxy, since 6.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "IoFilterManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "InstallIoFilter_Task": _INSTALL_IO_FILTER_TASK,
        "QueryDisksUsingFilter": _QUERY_DISKS_USING_FILTER,
        "QueryIoFilterInfo": _QUERY_IO_FILTER_INFO,
        "QueryIoFilterIssues": _QUERY_IO_FILTER_ISSUES,
        "ResolveInstallationErrorsOnCluster_Task": _RESOLVE_INSTALLATION_ERRORS_ON_CLUSTER_TASK,
        "ResolveInstallationErrorsOnHost_Task": _RESOLVE_INSTALLATION_ERRORS_ON_HOST_TASK,
        "UninstallIoFilter_Task": _UNINSTALL_IO_FILTER_TASK,
        "UpgradeIoFilter_Task": _UPGRADE_IO_FILTER_TASK,
    }
    _property_class_ = IoFilterManagerProperties

    def fetch(self, *paths: str) -> IoFilterManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, IoFilterManagerProperties, paths)

    def InstallIoFilter_Task(
        self,
        *,
        vibUrl: str,
        compRes: ComputeResource,
        _timeout: float | None = None,
    ) -> Task[ClusterIoFilterInfo]:
        """InstallIoFilter_Task: an operation of IoFilterManager, since 6.0.

        Args:
            vibUrl: string, since 6.0.
            compRes: reference to ComputeResource, since 6.0.

        Returns:
            A reference to the Task; its result is ClusterIoFilterInfo.

        Raises:
            AlreadyExists, RuntimeFault.
        """
        return self._transport.invoke(self, _INSTALL_IO_FILTER_TASK, (vibUrl, compRes, ), _timeout)

    def QueryDisksUsingFilter(
        self,
        *,
        filterId: str,
        compRes: ComputeResource,
        _timeout: float | None = None,
    ) -> list[VirtualDiskId]:
        """QueryDisksUsingFilter: an operation of IoFilterManager, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            filterId: string, since 6.0.
            compRes: reference to ComputeResource, since 6.0.

        Returns:
            List of VirtualDiskId.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DISKS_USING_FILTER, (filterId, compRes, ), _timeout)

    def QueryIoFilterInfo(
        self,
        *,
        compRes: ComputeResource,
        _timeout: float | None = None,
    ) -> list[ClusterIoFilterInfo]:
        """QueryIoFilterInfo: an operation of IoFilterManager, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            compRes: reference to ComputeResource, since 6.0.

        Returns:
            List of ClusterIoFilterInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_IO_FILTER_INFO, (compRes, ), _timeout)

    def QueryIoFilterIssues(
        self,
        *,
        filterId: str,
        compRes: ComputeResource,
        _timeout: float | None = None,
    ) -> IoFilterQueryIssueResult:
        """QueryIoFilterIssues: an operation of IoFilterManager, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            filterId: string, since 6.0.
            compRes: reference to ComputeResource, since 6.0.

        Returns:
            IoFilterQueryIssueResult.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_IO_FILTER_ISSUES, (filterId, compRes, ), _timeout)

    def ResolveInstallationErrorsOnCluster_Task(
        self,
        *,
        filterId: str,
        cluster: ClusterComputeResource,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ResolveInstallationErrorsOnCluster_Task: an operation of IoFilterManager, since 6.0.

        Args:
            filterId: string, since 6.0.
            cluster: reference to ClusterComputeResource, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RESOLVE_INSTALLATION_ERRORS_ON_CLUSTER_TASK, (filterId, cluster, ), _timeout)

    def ResolveInstallationErrorsOnHost_Task(
        self,
        *,
        filterId: str,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ResolveInstallationErrorsOnHost_Task: an operation of IoFilterManager, since 6.0.

        Args:
            filterId: string, since 6.0.
            host: reference to HostSystem, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RESOLVE_INSTALLATION_ERRORS_ON_HOST_TASK, (filterId, host, ), _timeout)

    def UninstallIoFilter_Task(
        self,
        *,
        filterId: str,
        compRes: ComputeResource,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UninstallIoFilter_Task: an operation of IoFilterManager, since 6.0.

        Args:
            filterId: string, since 6.0.
            compRes: reference to ComputeResource, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FilterInUse, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNINSTALL_IO_FILTER_TASK, (filterId, compRes, ), _timeout)

    def UpgradeIoFilter_Task(
        self,
        *,
        filterId: str,
        compRes: ComputeResource,
        vibUrl: str,
        _timeout: float | None = None,
    ) -> Task[ClusterIoFilterInfo]:
        """UpgradeIoFilter_Task: an operation of IoFilterManager, since 6.0.

        Args:
            filterId: string, since 6.0.
            compRes: reference to ComputeResource, since 6.0.
            vibUrl: string, since 6.0.

        Returns:
            A reference to the Task; its result is ClusterIoFilterInfo.

        Raises:
            InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPGRADE_IO_FILTER_TASK, (filterId, compRes, vibUrl, ), _timeout)
