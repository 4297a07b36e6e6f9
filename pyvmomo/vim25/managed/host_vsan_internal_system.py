# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVsanInternalSystem: managed object proxy. Since 5.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_vsan_internal_system_cmmds_query import HostVsanInternalSystemCmmdsQuery
    from ..types.host_vsan_internal_system_delete_vsan_objects_result import HostVsanInternalSystemDeleteVsanObjectsResult
    from ..types.host_vsan_internal_system_vsan_object_operation_result import HostVsanInternalSystemVsanObjectOperationResult
    from ..types.host_vsan_internal_system_vsan_physical_disk_diagnostics_result import HostVsanInternalSystemVsanPhysicalDiskDiagnosticsResult
    from ..types.vsan_new_policy_batch import VsanNewPolicyBatch
    from ..types.vsan_policy_change_batch import VsanPolicyChangeBatch
    from ..types.vsan_policy_satisfiability import VsanPolicySatisfiability

_ABDICATE_DOM_OWNERSHIP: _Operation[list[str]] = _Operation(
    "AbdicateDomOwnership",
    (_F("uuids", "string", 1, "5.5"), ),
    _F("returnval", "string", 3, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CAN_PROVISION_OBJECTS: _Operation[list[VsanPolicySatisfiability]] = _Operation(
    "CanProvisionObjects",
    (_F("npbs", "VsanNewPolicyBatch", 1, "5.5"), _F("ignoreSatisfiability", "boolean", 2, "6.0"), ),
    _F("returnval", "VsanPolicySatisfiability", 1, "5.5"),
    faults=("VimFault", "RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_DELETE_VSAN_OBJECTS: _Operation[list[HostVsanInternalSystemDeleteVsanObjectsResult]] = _Operation(
    "DeleteVsanObjects",
    (_F("uuids", "string", 1, "5.5"), _F("force", "boolean", 2, "5.5"), ),
    _F("returnval", "HostVsanInternalSystemDeleteVsanObjectsResult", 1, "5.5"),
    faults=("VimFault", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_GET_VSAN_OBJ_EXT_ATTRS: _Operation[str] = _Operation(
    "GetVsanObjExtAttrs",
    (_F("uuids", "string", 1, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("VimFault", "RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_CMMDS: _Operation[str] = _Operation(
    "QueryCmmds",
    (_F("queries", "HostVsanInternalSystemCmmdsQuery", 1, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_OBJECTS_ON_PHYSICAL_VSAN_DISK: _Operation[str] = _Operation(
    "QueryObjectsOnPhysicalVsanDisk",
    (_F("disks", "string", 1, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_PHYSICAL_VSAN_DISKS: _Operation[str] = _Operation(
    "QueryPhysicalVsanDisks",
    (_F("props", "string", 3, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_SYNCING_VSAN_OBJECTS: _Operation[str] = _Operation(
    "QuerySyncingVsanObjects",
    (_F("uuids", "string", 3, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_VSAN_OBJECT_UUIDS_BY_FILTER: _Operation[list[str]] = _Operation(
    "QueryVsanObjectUuidsByFilter",
    (_F("uuids", "string", 3, "6.0"), _F("limit", "int", 2, "6.0"), _F("version", "int", 2, "6.0"), ),
    _F("returnval", "string", 3, "6.0"),
    faults=("VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_VSAN_OBJECTS: _Operation[str] = _Operation(
    "QueryVsanObjects",
    (_F("uuids", "string", 3, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_VSAN_STATISTICS: _Operation[str] = _Operation(
    "QueryVsanStatistics",
    (_F("labels", "string", 1, "5.5"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RECONFIGURATION_SATISFIABLE: _Operation[list[VsanPolicySatisfiability]] = _Operation(
    "ReconfigurationSatisfiable",
    (_F("pcbs", "VsanPolicyChangeBatch", 1, "5.5"), _F("ignoreSatisfiability", "boolean", 2, "6.0"), ),
    _F("returnval", "VsanPolicySatisfiability", 1, "5.5"),
    faults=("VimFault", "RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RECONFIGURE_DOM_OBJECT: _Operation[None] = _Operation(
    "ReconfigureDomObject",
    (_F("uuid", "string", 0, "5.5"), _F("policy", "string", 0, "5.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RUN_VSAN_PHYSICAL_DISK_DIAGNOSTICS: _Operation[list[HostVsanInternalSystemVsanPhysicalDiskDiagnosticsResult]] = _Operation(
    "RunVsanPhysicalDiskDiagnostics",
    (_F("disks", "string", 3, "5.5"), ),
    _F("returnval", "HostVsanInternalSystemVsanPhysicalDiskDiagnosticsResult", 1, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_UPGRADE_VSAN_OBJECTS: _Operation[list[HostVsanInternalSystemVsanObjectOperationResult]] = _Operation(
    "UpgradeVsanObjects",
    (_F("uuids", "string", 1, "6.0"), _F("newVersion", "int", 0, "6.0"), ),
    _F("returnval", "HostVsanInternalSystemVsanObjectOperationResult", 3, "6.0"),
    faults=("VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class HostVsanInternalSystemProperties(_ObjectProperties["HostVsanInternalSystem"]):
    """HostVsanInternalSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostVsanInternalSystem(_ManagedObject):
    """HostVsanInternalSystem: managed object proxy, since 5.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostVsanInternalSystem"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AbdicateDomOwnership": _ABDICATE_DOM_OWNERSHIP,
        "CanProvisionObjects": _CAN_PROVISION_OBJECTS,
        "DeleteVsanObjects": _DELETE_VSAN_OBJECTS,
        "GetVsanObjExtAttrs": _GET_VSAN_OBJ_EXT_ATTRS,
        "QueryCmmds": _QUERY_CMMDS,
        "QueryObjectsOnPhysicalVsanDisk": _QUERY_OBJECTS_ON_PHYSICAL_VSAN_DISK,
        "QueryPhysicalVsanDisks": _QUERY_PHYSICAL_VSAN_DISKS,
        "QuerySyncingVsanObjects": _QUERY_SYNCING_VSAN_OBJECTS,
        "QueryVsanObjectUuidsByFilter": _QUERY_VSAN_OBJECT_UUIDS_BY_FILTER,
        "QueryVsanObjects": _QUERY_VSAN_OBJECTS,
        "QueryVsanStatistics": _QUERY_VSAN_STATISTICS,
        "ReconfigurationSatisfiable": _RECONFIGURATION_SATISFIABLE,
        "ReconfigureDomObject": _RECONFIGURE_DOM_OBJECT,
        "RunVsanPhysicalDiskDiagnostics": _RUN_VSAN_PHYSICAL_DISK_DIAGNOSTICS,
        "UpgradeVsanObjects": _UPGRADE_VSAN_OBJECTS,
    }
    _property_class_ = HostVsanInternalSystemProperties

    def fetch(self, *paths: str) -> HostVsanInternalSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostVsanInternalSystemProperties, paths)

    def AbdicateDomOwnership(
        self,
        *,
        uuids: list[str],
        _timeout: float | None = None,
    ) -> list[str]:
        """AbdicateDomOwnership: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            uuids: list of string, since 5.5.

        Returns:
            List of string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ABDICATE_DOM_OWNERSHIP, (uuids, ), _timeout)

    def CanProvisionObjects(
        self,
        *,
        npbs: list[VsanNewPolicyBatch],
        ignoreSatisfiability: bool | None = None,
        _timeout: float | None = None,
    ) -> list[VsanPolicySatisfiability]:
        """CanProvisionObjects: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            npbs: list of VsanNewPolicyBatch, since 5.5.
            ignoreSatisfiability: boolean, optional, since 6.0.

        Returns:
            List of VsanPolicySatisfiability.

        Raises:
            VimFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CAN_PROVISION_OBJECTS, (npbs, ignoreSatisfiability, ), _timeout)

    def DeleteVsanObjects(
        self,
        *,
        uuids: list[str],
        force: bool | None = None,
        _timeout: float | None = None,
    ) -> list[HostVsanInternalSystemDeleteVsanObjectsResult]:
        """DeleteVsanObjects: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            uuids: list of string, since 5.5.
            force: boolean, optional, since 5.5.

        Returns:
            List of HostVsanInternalSystemDeleteVsanObjectsResult.

        Raises:
            VimFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_VSAN_OBJECTS, (uuids, force, ), _timeout)

    def GetVsanObjExtAttrs(
        self,
        *,
        uuids: list[str],
        _timeout: float | None = None,
    ) -> str:
        """GetVsanObjExtAttrs: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            uuids: list of string, since 5.5.

        Returns:
            String.

        Raises:
            VimFault, RuntimeFault.
        """
        return self._transport.invoke(self, _GET_VSAN_OBJ_EXT_ATTRS, (uuids, ), _timeout)

    def QueryCmmds(
        self,
        *,
        queries: list[HostVsanInternalSystemCmmdsQuery],
        _timeout: float | None = None,
    ) -> str:
        """QueryCmmds: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            queries: list of HostVsanInternalSystemCmmdsQuery, since 5.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CMMDS, (queries, ), _timeout)

    def QueryObjectsOnPhysicalVsanDisk(
        self,
        *,
        disks: list[str],
        _timeout: float | None = None,
    ) -> str:
        """QueryObjectsOnPhysicalVsanDisk: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            disks: list of string, since 5.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_OBJECTS_ON_PHYSICAL_VSAN_DISK, (disks, ), _timeout)

    def QueryPhysicalVsanDisks(
        self,
        *,
        props: list[str] | None = None,
        _timeout: float | None = None,
    ) -> str:
        """QueryPhysicalVsanDisks: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            props: list of string, since 5.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PHYSICAL_VSAN_DISKS, (props, ), _timeout)

    def QuerySyncingVsanObjects(
        self,
        *,
        uuids: list[str] | None = None,
        _timeout: float | None = None,
    ) -> str:
        """QuerySyncingVsanObjects: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            uuids: list of string, since 5.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_SYNCING_VSAN_OBJECTS, (uuids, ), _timeout)

    def QueryVsanObjectUuidsByFilter(
        self,
        *,
        uuids: list[str] | None = None,
        limit: int | None = None,
        version: int | None = None,
        _timeout: float | None = None,
    ) -> list[str]:
        """QueryVsanObjectUuidsByFilter: an operation of HostVsanInternalSystem, since 6.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            uuids: list of string, since 6.0.
            limit: int, optional, since 6.0.
            version: int, optional, since 6.0.

        Returns:
            List of string.

        Raises:
            VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VSAN_OBJECT_UUIDS_BY_FILTER, (uuids, limit, version, ), _timeout)

    def QueryVsanObjects(
        self,
        *,
        uuids: list[str] | None = None,
        _timeout: float | None = None,
    ) -> str:
        """QueryVsanObjects: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            uuids: list of string, since 5.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VSAN_OBJECTS, (uuids, ), _timeout)

    def QueryVsanStatistics(
        self,
        *,
        labels: list[str],
        _timeout: float | None = None,
    ) -> str:
        """QueryVsanStatistics: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            labels: list of string, since 5.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VSAN_STATISTICS, (labels, ), _timeout)

    def ReconfigurationSatisfiable(
        self,
        *,
        pcbs: list[VsanPolicyChangeBatch],
        ignoreSatisfiability: bool | None = None,
        _timeout: float | None = None,
    ) -> list[VsanPolicySatisfiability]:
        """ReconfigurationSatisfiable: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            pcbs: list of VsanPolicyChangeBatch, since 5.5.
            ignoreSatisfiability: boolean, optional, since 6.0.

        Returns:
            List of VsanPolicySatisfiability.

        Raises:
            VimFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURATION_SATISFIABLE, (pcbs, ignoreSatisfiability, ), _timeout)

    def ReconfigureDomObject(
        self,
        *,
        uuid: str,
        policy: str,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureDomObject: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            uuid: string, since 5.5.
            policy: string, since 5.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_DOM_OBJECT, (uuid, policy, ), _timeout)

    def RunVsanPhysicalDiskDiagnostics(
        self,
        *,
        disks: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[HostVsanInternalSystemVsanPhysicalDiskDiagnosticsResult]:
        """RunVsanPhysicalDiskDiagnostics: an operation of HostVsanInternalSystem, since 5.5.

        Privilege: System.Read.

        Args:
            disks: list of string, since 5.5.

        Returns:
            List of HostVsanInternalSystemVsanPhysicalDiskDiagnosticsResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RUN_VSAN_PHYSICAL_DISK_DIAGNOSTICS, (disks, ), _timeout)

    def UpgradeVsanObjects(
        self,
        *,
        uuids: list[str],
        newVersion: int,
        _timeout: float | None = None,
    ) -> list[HostVsanInternalSystemVsanObjectOperationResult]:
        """UpgradeVsanObjects: an operation of HostVsanInternalSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            uuids: list of string, since 6.0.
            newVersion: int, since 6.0.

        Returns:
            List of HostVsanInternalSystemVsanObjectOperationResult.

        Raises:
            VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPGRADE_VSAN_OBJECTS, (uuids, newVersion, ), _timeout)
