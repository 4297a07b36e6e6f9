# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVsanSystem: managed object proxy. Since 5.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_maintenance_spec import HostMaintenanceSpec
    from ..types.host_scsi_disk import HostScsiDisk
    from .task import Task
    from ..types.vsan_host_cluster_status import VsanHostClusterStatus
    from ..types.vsan_host_config_info import VsanHostConfigInfo
    from ..types.vsan_host_disk_map_result import VsanHostDiskMapResult
    from ..types.vsan_host_disk_mapping import VsanHostDiskMapping
    from ..types.vsan_host_disk_result import VsanHostDiskResult

_ADD_DISKS_TASK: _Operation[Task[list[VsanHostDiskMapResult]]] = _Operation(
    "AddDisks_Task",
    (_F("disk", "HostScsiDisk", 1, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "VsanHostDiskMapResult", 1, "5.5"),
)

_EVACUATE_VSAN_NODE_TASK: _Operation[Task[None]] = _Operation(
    "EvacuateVsanNode_Task",
    (_F("maintenanceSpec", "HostMaintenanceSpec", 0, "6.0"), _F("timeout", "int", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("InvalidState", "Timedout", "VsanFault", "RequestCanceled", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_INITIALIZE_DISKS_TASK: _Operation[Task[list[VsanHostDiskMapResult]]] = _Operation(
    "InitializeDisks_Task",
    (_F("mapping", "VsanHostDiskMapping", 1, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "VsanHostDiskMapResult", 1, "5.5"),
)

_QUERY_DISKS_FOR_VSAN: _Operation[list[VsanHostDiskResult]] = _Operation(
    "QueryDisksForVsan",
    (_F("canonicalName", "string", 3, "5.5"), ),
    _F("returnval", "VsanHostDiskResult", 3, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_HOST_STATUS: _Operation[VsanHostClusterStatus] = _Operation(
    "QueryHostStatus",
    (),
    _F("returnval", "VsanHostClusterStatus", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RECOMMISSION_VSAN_NODE_TASK: _Operation[Task[None]] = _Operation(
    "RecommissionVsanNode_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("InvalidState", "VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_REMOVE_DISK_MAPPING_TASK: _Operation[Task[list[VsanHostDiskMapResult]]] = _Operation(
    "RemoveDiskMapping_Task",
    (_F("mapping", "VsanHostDiskMapping", 1, "5.5"), _F("maintenanceSpec", "HostMaintenanceSpec", 2, "6.0"), _F("timeout", "int", 2, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "VsanHostDiskMapResult", 1, "5.5"),
)

_REMOVE_DISK_TASK: _Operation[Task[list[VsanHostDiskResult]]] = _Operation(
    "RemoveDisk_Task",
    (_F("disk", "HostScsiDisk", 1, "5.5"), _F("maintenanceSpec", "HostMaintenanceSpec", 2, "6.0"), _F("timeout", "int", 2, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "VsanHostDiskResult", 1, "5.5"),
)

_UNMOUNT_DISK_MAPPING_TASK: _Operation[Task[list[VsanHostDiskMapResult]]] = _Operation(
    "UnmountDiskMapping_Task",
    (_F("mapping", "VsanHostDiskMapping", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("InvalidState", "VsanFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "VsanHostDiskMapResult", 1, "6.0"),
)

_UPDATE_VSAN_TASK: _Operation[Task[None]] = _Operation(
    "UpdateVsan_Task",
    (_F("config", "VsanHostConfigInfo", 0, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class HostVsanSystemProperties(_ObjectProperties["HostVsanSystem"]):
    """HostVsanSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("config", )
    config: VsanHostConfigInfo


class HostVsanSystem(_ManagedObject):
    """HostVsanSystem: managed object proxy, since 5.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        config: VsanHostConfigInfo, since 5.5, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostVsanSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "config": _F("config", "VsanHostConfigInfo", 0, "5.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddDisks_Task": _ADD_DISKS_TASK,
        "EvacuateVsanNode_Task": _EVACUATE_VSAN_NODE_TASK,
        "InitializeDisks_Task": _INITIALIZE_DISKS_TASK,
        "QueryDisksForVsan": _QUERY_DISKS_FOR_VSAN,
        "QueryHostStatus": _QUERY_HOST_STATUS,
        "RecommissionVsanNode_Task": _RECOMMISSION_VSAN_NODE_TASK,
        "RemoveDiskMapping_Task": _REMOVE_DISK_MAPPING_TASK,
        "RemoveDisk_Task": _REMOVE_DISK_TASK,
        "UnmountDiskMapping_Task": _UNMOUNT_DISK_MAPPING_TASK,
        "UpdateVsan_Task": _UPDATE_VSAN_TASK,
    }
    _property_class_ = HostVsanSystemProperties

    def fetch(self, *paths: str) -> HostVsanSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostVsanSystemProperties, paths)

    def AddDisks_Task(
        self,
        *,
        disk: list[HostScsiDisk],
        _timeout: float | None = None,
    ) -> Task[list[VsanHostDiskMapResult]]:
        """AddDisks_Task: an operation of HostVsanSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            disk: list of HostScsiDisk, since 5.5.

        Returns:
            A reference to the Task; its result is list of VsanHostDiskMapResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_DISKS_TASK, (disk, ), _timeout)

    def EvacuateVsanNode_Task(
        self,
        *,
        maintenanceSpec: HostMaintenanceSpec,
        timeout: int,
        _timeout: float | None = None,
    ) -> Task[None]:
        """EvacuateVsanNode_Task: an operation of HostVsanSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            maintenanceSpec: HostMaintenanceSpec, since 6.0.
            timeout: int, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, Timedout, VsanFault, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _EVACUATE_VSAN_NODE_TASK, (maintenanceSpec, timeout, ), _timeout)

    def InitializeDisks_Task(
        self,
        *,
        mapping: list[VsanHostDiskMapping],
        _timeout: float | None = None,
    ) -> Task[list[VsanHostDiskMapResult]]:
        """InitializeDisks_Task: an operation of HostVsanSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            mapping: list of VsanHostDiskMapping, since 5.5.

        Returns:
            A reference to the Task; its result is list of VsanHostDiskMapResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _INITIALIZE_DISKS_TASK, (mapping, ), _timeout)

    def QueryDisksForVsan(
        self,
        *,
        canonicalName: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[VsanHostDiskResult]:
        """QueryDisksForVsan: an operation of HostVsanSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            canonicalName: list of string, since 5.5.

        Returns:
            List of VsanHostDiskResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DISKS_FOR_VSAN, (canonicalName, ), _timeout)

    def QueryHostStatus(
        self,
        *,
        _timeout: float | None = None,
    ) -> VsanHostClusterStatus:
        """QueryHostStatus: an operation of HostVsanSystem, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            VsanHostClusterStatus.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_HOST_STATUS, (), _timeout)

    def RecommissionVsanNode_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RecommissionVsanNode_Task: an operation of HostVsanSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RECOMMISSION_VSAN_NODE_TASK, (), _timeout)

    def RemoveDiskMapping_Task(
        self,
        *,
        mapping: list[VsanHostDiskMapping],
        maintenanceSpec: HostMaintenanceSpec | None = None,
        timeout: int | None = None,
        _timeout: float | None = None,
    ) -> Task[list[VsanHostDiskMapResult]]:
        """RemoveDiskMapping_Task: an operation of HostVsanSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            mapping: list of VsanHostDiskMapping, since 5.5.
            maintenanceSpec: HostMaintenanceSpec, optional, since 6.0.
            timeout: int, optional, since 6.0.

        Returns:
            A reference to the Task; its result is list of VsanHostDiskMapResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_DISK_MAPPING_TASK, (mapping, maintenanceSpec, timeout, ), _timeout)

    def RemoveDisk_Task(
        self,
        *,
        disk: list[HostScsiDisk],
        maintenanceSpec: HostMaintenanceSpec | None = None,
        timeout: int | None = None,
        _timeout: float | None = None,
    ) -> Task[list[VsanHostDiskResult]]:
        """RemoveDisk_Task: an operation of HostVsanSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            disk: list of HostScsiDisk, since 5.5.
            maintenanceSpec: HostMaintenanceSpec, optional, since 6.0.
            timeout: int, optional, since 6.0.

        Returns:
            A reference to the Task; its result is list of VsanHostDiskResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_DISK_TASK, (disk, maintenanceSpec, timeout, ), _timeout)

    def UnmountDiskMapping_Task(
        self,
        *,
        mapping: list[VsanHostDiskMapping],
        _timeout: float | None = None,
    ) -> Task[list[VsanHostDiskMapResult]]:
        """UnmountDiskMapping_Task: an operation of HostVsanSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            mapping: list of VsanHostDiskMapping, since 6.0.

        Returns:
            A reference to the Task; its result is list of VsanHostDiskMapResult.

        Raises:
            InvalidState, VsanFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMOUNT_DISK_MAPPING_TASK, (mapping, ), _timeout)

    def UpdateVsan_Task(
        self,
        *,
        config: VsanHostConfigInfo,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateVsan_Task: an operation of HostVsanSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            config: VsanHostConfigInfo, since 5.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_VSAN_TASK, (config, ), _timeout)
