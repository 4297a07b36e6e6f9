# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDatastoreSystem: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datastore import Datastore
    from ..types.host_datastore_system_capabilities import HostDatastoreSystemCapabilities
    from ..types.host_datastore_system_datastore_result import HostDatastoreSystemDatastoreResult
    from ..types.host_datastore_system_vvol_datastore_spec import HostDatastoreSystemVvolDatastoreSpec
    from ..types.host_nas_volume_spec import HostNasVolumeSpec
    from ..types.host_resignature_rescan_result import HostResignatureRescanResult
    from ..types.host_scsi_disk import HostScsiDisk
    from ..types.host_unresolved_vmfs_resignature_spec import HostUnresolvedVmfsResignatureSpec
    from ..types.host_unresolved_vmfs_volume import HostUnresolvedVmfsVolume
    from .task import Task
    from ..types.vmfs_datastore_create_spec import VmfsDatastoreCreateSpec
    from ..types.vmfs_datastore_expand_spec import VmfsDatastoreExpandSpec
    from ..types.vmfs_datastore_extend_spec import VmfsDatastoreExtendSpec
    from ..types.vmfs_datastore_option import VmfsDatastoreOption

_CONFIGURE_DATASTORE_PRINCIPAL: _Operation[None] = _Operation(
    "ConfigureDatastorePrincipal",
    (_F("userName", "string", 0, "2.0"), _F("password", "string", 6, "2.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Maintenance",
    safe=False,
    task_result=None,
)

_CREATE_LOCAL_DATASTORE: _Operation[Datastore] = _Operation(
    "CreateLocalDatastore",
    (_F("name", "string", 0, "2.0"), _F("path", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Datastore"),
    faults=("DuplicateName", "FileNotFound", "HostConfigFault", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CREATE_NAS_DATASTORE: _Operation[Datastore] = _Operation(
    "CreateNasDatastore",
    (_F("spec", "HostNasVolumeSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Datastore"),
    faults=("AlreadyExists", "DuplicateName", "HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CREATE_VMFS_DATASTORE: _Operation[Datastore] = _Operation(
    "CreateVmfsDatastore",
    (_F("spec", "VmfsDatastoreCreateSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Datastore"),
    faults=("DuplicateName", "HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CREATE_VVOL_DATASTORE: _Operation[Datastore] = _Operation(
    "CreateVvolDatastore",
    (_F("spec", "HostDatastoreSystemVvolDatastoreSpec", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Datastore"),
    faults=("DuplicateName", "HostConfigFault", "InvalidName", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DISABLE_CLUSTERED_VMDK_SUPPORT: _Operation[None] = _Operation(
    "DisableClusteredVmdkSupport",
    (_F("datastore", "ManagedObjectReference", 0, "7.0.0.0", target="Datastore"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_ENABLE_CLUSTERED_VMDK_SUPPORT: _Operation[None] = _Operation(
    "EnableClusteredVmdkSupport",
    (_F("datastore", "ManagedObjectReference", 0, "7.0.0.0", target="Datastore"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_EXPAND_VMFS_DATASTORE: _Operation[Datastore] = _Operation(
    "ExpandVmfsDatastore",
    (_F("datastore", "ManagedObjectReference", 0, "4.0", target="Datastore"), _F("spec", "VmfsDatastoreExpandSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Datastore"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_EXTEND_VMFS_DATASTORE: _Operation[Datastore] = _Operation(
    "ExtendVmfsDatastore",
    (_F("datastore", "ManagedObjectReference", 0, "2.0", target="Datastore"), _F("spec", "VmfsDatastoreExtendSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Datastore"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_QUERY_AVAILABLE_DISKS_FOR_VMFS: _Operation[list[HostScsiDisk]] = _Operation(
    "QueryAvailableDisksForVmfs",
    (_F("datastore", "ManagedObjectReference", 2, "2.0", target="Datastore"), ),
    _F("returnval", "HostScsiDisk", 3, "2.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_UNRESOLVED_VMFS_VOLUMES: _Operation[list[HostUnresolvedVmfsVolume]] = _Operation(
    "QueryUnresolvedVmfsVolumes",
    (),
    _F("returnval", "HostUnresolvedVmfsVolume", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_VMFS_DATASTORE_CREATE_OPTIONS: _Operation[list[VmfsDatastoreOption]] = _Operation(
    "QueryVmfsDatastoreCreateOptions",
    (_F("devicePath", "string", 0, "2.0"), _F("vmfsMajorVersion", "int", 2, "5.0"), ),
    _F("returnval", "VmfsDatastoreOption", 3, "2.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_VMFS_DATASTORE_EXPAND_OPTIONS: _Operation[list[VmfsDatastoreOption]] = _Operation(
    "QueryVmfsDatastoreExpandOptions",
    (_F("datastore", "ManagedObjectReference", 0, "4.0", target="Datastore"), ),
    _F("returnval", "VmfsDatastoreOption", 3, "4.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_VMFS_DATASTORE_EXTEND_OPTIONS: _Operation[list[VmfsDatastoreOption]] = _Operation(
    "QueryVmfsDatastoreExtendOptions",
    (_F("datastore", "ManagedObjectReference", 0, "2.0", target="Datastore"), _F("devicePath", "string", 0, "2.0"), _F("suppressExpandCandidates", "boolean", 2, "4.0"), ),
    _F("returnval", "VmfsDatastoreOption", 3, "2.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_REMOVE_DATASTORE: _Operation[None] = _Operation(
    "RemoveDatastore",
    (_F("datastore", "ManagedObjectReference", 0, "2.0", target="Datastore"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_REMOVE_DATASTORE_EX_TASK: _Operation[Task[list[HostDatastoreSystemDatastoreResult]]] = _Operation(
    "RemoveDatastoreEx_Task",
    (_F("datastore", "ManagedObjectReference", 1, "6.0", target="Datastore"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostDatastoreSystemDatastoreResult", 1, "6.0"),
)

_RESIGNATURE_UNRESOLVED_VMFS_VOLUME_TASK: _Operation[Task[HostResignatureRescanResult]] = _Operation(
    "ResignatureUnresolvedVmfsVolume_Task",
    (_F("resolutionSpec", "HostUnresolvedVmfsResignatureSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("HostConfigFault", "VmfsAmbiguousMount", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostResignatureRescanResult", 0, "4.0"),
)

_UPDATE_LOCAL_SWAP_DATASTORE: _Operation[None] = _Operation(
    "UpdateLocalSwapDatastore",
    (_F("datastore", "ManagedObjectReference", 2, "2.5", target="Datastore"), ),
    None,
    faults=("DatastoreNotWritableOnHost", "InaccessibleDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class HostDatastoreSystemProperties(_ObjectProperties["HostDatastoreSystem"]):
    """HostDatastoreSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("datastore", "capabilities", )
    datastore: list[Datastore]
    capabilities: HostDatastoreSystemCapabilities


class HostDatastoreSystem(_ManagedObject):
    """HostDatastoreSystem: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        datastore: list of references to Datastore, since 2.0, read privilege System.View.
        capabilities: HostDatastoreSystemCapabilities, since 2.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostDatastoreSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "datastore": _F("datastore", "ManagedObjectReference", 3, "2.0", target="Datastore"),
        "capabilities": _F("capabilities", "HostDatastoreSystemCapabilities", 0, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ConfigureDatastorePrincipal": _CONFIGURE_DATASTORE_PRINCIPAL,
        "CreateLocalDatastore": _CREATE_LOCAL_DATASTORE,
        "CreateNasDatastore": _CREATE_NAS_DATASTORE,
        "CreateVmfsDatastore": _CREATE_VMFS_DATASTORE,
        "CreateVvolDatastore": _CREATE_VVOL_DATASTORE,
        "DisableClusteredVmdkSupport": _DISABLE_CLUSTERED_VMDK_SUPPORT,
        "EnableClusteredVmdkSupport": _ENABLE_CLUSTERED_VMDK_SUPPORT,
        "ExpandVmfsDatastore": _EXPAND_VMFS_DATASTORE,
        "ExtendVmfsDatastore": _EXTEND_VMFS_DATASTORE,
        "QueryAvailableDisksForVmfs": _QUERY_AVAILABLE_DISKS_FOR_VMFS,
        "QueryUnresolvedVmfsVolumes": _QUERY_UNRESOLVED_VMFS_VOLUMES,
        "QueryVmfsDatastoreCreateOptions": _QUERY_VMFS_DATASTORE_CREATE_OPTIONS,
        "QueryVmfsDatastoreExpandOptions": _QUERY_VMFS_DATASTORE_EXPAND_OPTIONS,
        "QueryVmfsDatastoreExtendOptions": _QUERY_VMFS_DATASTORE_EXTEND_OPTIONS,
        "RemoveDatastore": _REMOVE_DATASTORE,
        "RemoveDatastoreEx_Task": _REMOVE_DATASTORE_EX_TASK,
        "ResignatureUnresolvedVmfsVolume_Task": _RESIGNATURE_UNRESOLVED_VMFS_VOLUME_TASK,
        "UpdateLocalSwapDatastore": _UPDATE_LOCAL_SWAP_DATASTORE,
    }
    _property_class_ = HostDatastoreSystemProperties

    def fetch(self, *paths: str) -> HostDatastoreSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostDatastoreSystemProperties, paths)

    def ConfigureDatastorePrincipal(
        self,
        *,
        userName: str,
        password: str | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ConfigureDatastorePrincipal: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Maintenance.

        Args:
            userName: string, since 2.0.
            password: string, optional, since 2.0, secret (masked in repr).

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_DATASTORE_PRINCIPAL, (userName, password, ), _timeout)

    def CreateLocalDatastore(
        self,
        *,
        name: str,
        path: str,
        _timeout: float | None = None,
    ) -> Datastore:
        """CreateLocalDatastore: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            name: string, since 2.0.
            path: string, since 2.0.

        Returns:
            Reference to Datastore.

        Raises:
            DuplicateName, FileNotFound, HostConfigFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_LOCAL_DATASTORE, (name, path, ), _timeout)

    def CreateNasDatastore(
        self,
        *,
        spec: HostNasVolumeSpec,
        _timeout: float | None = None,
    ) -> Datastore:
        """CreateNasDatastore: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            spec: HostNasVolumeSpec, since 2.0.

        Returns:
            Reference to Datastore.

        Raises:
            AlreadyExists, DuplicateName, HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_NAS_DATASTORE, (spec, ), _timeout)

    def CreateVmfsDatastore(
        self,
        *,
        spec: VmfsDatastoreCreateSpec,
        _timeout: float | None = None,
    ) -> Datastore:
        """CreateVmfsDatastore: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            spec: VmfsDatastoreCreateSpec, since 2.0.

        Returns:
            Reference to Datastore.

        Raises:
            DuplicateName, HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_VMFS_DATASTORE, (spec, ), _timeout)

    def CreateVvolDatastore(
        self,
        *,
        spec: HostDatastoreSystemVvolDatastoreSpec,
        _timeout: float | None = None,
    ) -> Datastore:
        """CreateVvolDatastore: an operation of HostDatastoreSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            spec: HostDatastoreSystemVvolDatastoreSpec, since 6.0.

        Returns:
            Reference to Datastore.

        Raises:
            DuplicateName, HostConfigFault, InvalidName, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_VVOL_DATASTORE, (spec, ), _timeout)

    def DisableClusteredVmdkSupport(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> None:
        """DisableClusteredVmdkSupport: an operation of HostDatastoreSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            datastore: reference to Datastore, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_CLUSTERED_VMDK_SUPPORT, (datastore, ), _timeout)

    def EnableClusteredVmdkSupport(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> None:
        """EnableClusteredVmdkSupport: an operation of HostDatastoreSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            datastore: reference to Datastore, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_CLUSTERED_VMDK_SUPPORT, (datastore, ), _timeout)

    def ExpandVmfsDatastore(
        self,
        *,
        datastore: Datastore,
        spec: VmfsDatastoreExpandSpec,
        _timeout: float | None = None,
    ) -> Datastore:
        """ExpandVmfsDatastore: an operation of HostDatastoreSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            datastore: reference to Datastore, since 4.0.
            spec: VmfsDatastoreExpandSpec, since 4.0.

        Returns:
            Reference to Datastore.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _EXPAND_VMFS_DATASTORE, (datastore, spec, ), _timeout)

    def ExtendVmfsDatastore(
        self,
        *,
        datastore: Datastore,
        spec: VmfsDatastoreExtendSpec,
        _timeout: float | None = None,
    ) -> Datastore:
        """ExtendVmfsDatastore: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            datastore: reference to Datastore, since 2.0.
            spec: VmfsDatastoreExtendSpec, since 2.0.

        Returns:
            Reference to Datastore.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _EXTEND_VMFS_DATASTORE, (datastore, spec, ), _timeout)

    def QueryAvailableDisksForVmfs(
        self,
        *,
        datastore: Datastore | None = None,
        _timeout: float | None = None,
    ) -> list[HostScsiDisk]:
        """QueryAvailableDisksForVmfs: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, optional, since 2.0.

        Returns:
            List of HostScsiDisk.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_AVAILABLE_DISKS_FOR_VMFS, (datastore, ), _timeout)

    def QueryUnresolvedVmfsVolumes(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostUnresolvedVmfsVolume]:
        """QueryUnresolvedVmfsVolumes: an operation of HostDatastoreSystem, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of HostUnresolvedVmfsVolume.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_UNRESOLVED_VMFS_VOLUMES, (), _timeout)

    def QueryVmfsDatastoreCreateOptions(
        self,
        *,
        devicePath: str,
        vmfsMajorVersion: int | None = None,
        _timeout: float | None = None,
    ) -> list[VmfsDatastoreOption]:
        """QueryVmfsDatastoreCreateOptions: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            devicePath: string, since 2.0.
            vmfsMajorVersion: int, optional, since 5.0.

        Returns:
            List of VmfsDatastoreOption.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VMFS_DATASTORE_CREATE_OPTIONS, (devicePath, vmfsMajorVersion, ), _timeout)

    def QueryVmfsDatastoreExpandOptions(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> list[VmfsDatastoreOption]:
        """QueryVmfsDatastoreExpandOptions: an operation of HostDatastoreSystem, since 4.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 4.0.

        Returns:
            List of VmfsDatastoreOption.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VMFS_DATASTORE_EXPAND_OPTIONS, (datastore, ), _timeout)

    def QueryVmfsDatastoreExtendOptions(
        self,
        *,
        datastore: Datastore,
        devicePath: str,
        suppressExpandCandidates: bool | None = None,
        _timeout: float | None = None,
    ) -> list[VmfsDatastoreOption]:
        """QueryVmfsDatastoreExtendOptions: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 2.0.
            devicePath: string, since 2.0.
            suppressExpandCandidates: boolean, optional, since 4.0.

        Returns:
            List of VmfsDatastoreOption.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VMFS_DATASTORE_EXTEND_OPTIONS, (datastore, devicePath, suppressExpandCandidates, ), _timeout)

    def RemoveDatastore(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> None:
        """RemoveDatastore: an operation of HostDatastoreSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            datastore: reference to Datastore, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_DATASTORE, (datastore, ), _timeout)

    def RemoveDatastoreEx_Task(
        self,
        *,
        datastore: list[Datastore],
        _timeout: float | None = None,
    ) -> Task[list[HostDatastoreSystemDatastoreResult]]:
        """RemoveDatastoreEx_Task: an operation of HostDatastoreSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            datastore: list of references to Datastore, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostDatastoreSystemDatastoreResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_DATASTORE_EX_TASK, (datastore, ), _timeout)

    def ResignatureUnresolvedVmfsVolume_Task(
        self,
        *,
        resolutionSpec: HostUnresolvedVmfsResignatureSpec,
        _timeout: float | None = None,
    ) -> Task[HostResignatureRescanResult]:
        """ResignatureUnresolvedVmfsVolume_Task: an operation of HostDatastoreSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            resolutionSpec: HostUnresolvedVmfsResignatureSpec, since 4.0.

        Returns:
            A reference to the Task; its result is HostResignatureRescanResult.

        Raises:
            HostConfigFault, VmfsAmbiguousMount, RuntimeFault.
        """
        return self._transport.invoke(self, _RESIGNATURE_UNRESOLVED_VMFS_VOLUME_TASK, (resolutionSpec, ), _timeout)

    def UpdateLocalSwapDatastore(
        self,
        *,
        datastore: Datastore | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateLocalSwapDatastore: an operation of HostDatastoreSystem, since 2.5.

        Privilege: Host.Config.Storage.

        Args:
            datastore: reference to Datastore, optional, since 2.5.

        Returns:
            None.

        Raises:
            DatastoreNotWritableOnHost, InaccessibleDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_LOCAL_SWAP_DATASTORE, (datastore, ), _timeout)
