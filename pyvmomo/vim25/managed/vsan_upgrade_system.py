# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanUpgradeSystem: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .cluster_compute_resource import ClusterComputeResource
    from .host_system import HostSystem
    from .task import Task
    from ..types.vsan_upgrade_system_preflight_check_result import VsanUpgradeSystemPreflightCheckResult
    from ..types.vsan_upgrade_system_upgrade_status import VsanUpgradeSystemUpgradeStatus

_PERFORM_VSAN_UPGRADE_PREFLIGHT_CHECK: _Operation[VsanUpgradeSystemPreflightCheckResult] = _Operation(
    "PerformVsanUpgradePreflightCheck",
    (_F("cluster", "ManagedObjectReference", 0, "6.0", target="ClusterComputeResource"), _F("downgradeFormat", "boolean", 2, "6.0"), ),
    _F("returnval", "VsanUpgradeSystemPreflightCheckResult", 0, "6.0"),
    faults=("VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_PERFORM_VSAN_UPGRADE_TASK: _Operation[Task[VsanUpgradeSystemUpgradeStatus]] = _Operation(
    "PerformVsanUpgrade_Task",
    (_F("cluster", "ManagedObjectReference", 0, "6.0", target="ClusterComputeResource"), _F("performObjectUpgrade", "boolean", 2, "6.0"), _F("downgradeFormat", "boolean", 2, "6.0"), _F("allowReducedRedundancy", "boolean", 2, "6.0"), _F("excludeHosts", "ManagedObjectReference", 3, "6.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="System.Read",
    safe=False,
    task_result=_F("result", "VsanUpgradeSystemUpgradeStatus", 0, "6.0"),
)

_QUERY_VSAN_UPGRADE_STATUS: _Operation[VsanUpgradeSystemUpgradeStatus] = _Operation(
    "QueryVsanUpgradeStatus",
    (_F("cluster", "ManagedObjectReference", 0, "6.0", target="ClusterComputeResource"), ),
    _F("returnval", "VsanUpgradeSystemUpgradeStatus", 0, "6.0"),
    faults=("VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)


class VsanUpgradeSystemProperties(_ObjectProperties["VsanUpgradeSystem"]):
    """VsanUpgradeSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class VsanUpgradeSystem(_ManagedObject):
    """VsanUpgradeSystem: managed object proxy, since 6.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "VsanUpgradeSystem"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "PerformVsanUpgradePreflightCheck": _PERFORM_VSAN_UPGRADE_PREFLIGHT_CHECK,
        "PerformVsanUpgrade_Task": _PERFORM_VSAN_UPGRADE_TASK,
        "QueryVsanUpgradeStatus": _QUERY_VSAN_UPGRADE_STATUS,
    }
    _property_class_ = VsanUpgradeSystemProperties

    def fetch(self, *paths: str) -> VsanUpgradeSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VsanUpgradeSystemProperties, paths)

    def PerformVsanUpgradePreflightCheck(
        self,
        *,
        cluster: ClusterComputeResource,
        downgradeFormat: bool | None = None,
        _timeout: float | None = None,
    ) -> VsanUpgradeSystemPreflightCheckResult:
        """PerformVsanUpgradePreflightCheck: an operation of VsanUpgradeSystem, since 6.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            cluster: reference to ClusterComputeResource, since 6.0.
            downgradeFormat: boolean, optional, since 6.0.

        Returns:
            VsanUpgradeSystemPreflightCheckResult.

        Raises:
            VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PERFORM_VSAN_UPGRADE_PREFLIGHT_CHECK, (cluster, downgradeFormat, ), _timeout)

    def PerformVsanUpgrade_Task(
        self,
        *,
        cluster: ClusterComputeResource,
        performObjectUpgrade: bool | None = None,
        downgradeFormat: bool | None = None,
        allowReducedRedundancy: bool | None = None,
        excludeHosts: list[HostSystem] | None = None,
        _timeout: float | None = None,
    ) -> Task[VsanUpgradeSystemUpgradeStatus]:
        """PerformVsanUpgrade_Task: an operation of VsanUpgradeSystem, since 6.0.

        Privilege: System.Read.

        Args:
            cluster: reference to ClusterComputeResource, since 6.0.
            performObjectUpgrade: boolean, optional, since 6.0.
            downgradeFormat: boolean, optional, since 6.0.
            allowReducedRedundancy: boolean, optional, since 6.0.
            excludeHosts: list of references to HostSystem, since 6.0.

        Returns:
            A reference to the Task; its result is VsanUpgradeSystemUpgradeStatus.

        Raises:
            VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PERFORM_VSAN_UPGRADE_TASK, (cluster, performObjectUpgrade, downgradeFormat, allowReducedRedundancy, excludeHosts, ), _timeout)

    def QueryVsanUpgradeStatus(
        self,
        *,
        cluster: ClusterComputeResource,
        _timeout: float | None = None,
    ) -> VsanUpgradeSystemUpgradeStatus:
        """QueryVsanUpgradeStatus: an operation of VsanUpgradeSystem, since 6.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            cluster: reference to ClusterComputeResource, since 6.0.

        Returns:
            VsanUpgradeSystemUpgradeStatus.

        Raises:
            VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VSAN_UPGRADE_STATUS, (cluster, ), _timeout)
