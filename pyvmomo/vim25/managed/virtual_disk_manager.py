# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskManager: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .datacenter import Datacenter
    from ..types.host_disk_dimensions_chs import HostDiskDimensionsChs
    from .task import Task
    from ..types.virtual_disk_spec import VirtualDiskSpec
    from ..types.virtual_machine_profile_spec import VirtualMachineProfileSpec

_COPY_VIRTUAL_DISK_TASK: _Operation[Task[str]] = _Operation(
    "CopyVirtualDisk_Task",
    (_F("sourceName", "string", 0, "2.5"), _F("sourceDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("destName", "string", 0, "2.5"), _F("destDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("destSpec", "VirtualDiskSpec", 2, "2.5"), _F("force", "boolean", 2, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "InvalidDiskFormat", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "string", 0, "2.5"),
)

_CREATE_VIRTUAL_DISK_TASK: _Operation[Task[str]] = _Operation(
    "CreateVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("spec", "VirtualDiskSpec", 0, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "string", 0, "2.5"),
)

_DEFRAGMENT_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "DefragmentVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_DELETE_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "DeleteVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_EAGER_ZERO_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "EagerZeroVirtualDisk_Task",
    (_F("name", "string", 0, "4.0"), _F("datacenter", "ManagedObjectReference", 2, "4.0", target="Datacenter"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_EXTEND_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "ExtendVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("newCapacityKb", "long", 0, "2.5"), _F("eagerZero", "boolean", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_IMPORT_UNMANAGED_SNAPSHOT: _Operation[None] = _Operation(
    "ImportUnmanagedSnapshot",
    (_F("vdisk", "string", 0, "6.0"), _F("datacenter", "ManagedObjectReference", 2, "6.0", target="Datacenter"), _F("vvolId", "string", 0, "6.0"), ),
    None,
    faults=("InvalidDatastore", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_INFLATE_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "InflateVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_MOVE_VIRTUAL_DISK_TASK: _Operation[Task[str]] = _Operation(
    "MoveVirtualDisk_Task",
    (_F("sourceName", "string", 0, "2.5"), _F("sourceDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("destName", "string", 0, "2.5"), _F("destDatacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("force", "boolean", 2, "2.5"), _F("profile", "VirtualMachineProfileSpec", 3, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "string", 0, "2.5"),
)

_QUERY_VIRTUAL_DISK_FRAGMENTATION: _Operation[int] = _Operation(
    "QueryVirtualDiskFragmentation",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "int", 0, "2.5"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_VIRTUAL_DISK_GEOMETRY: _Operation[HostDiskDimensionsChs] = _Operation(
    "QueryVirtualDiskGeometry",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "HostDiskDimensionsChs", 0, "2.5"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_VIRTUAL_DISK_UUID: _Operation[str] = _Operation(
    "QueryVirtualDiskUuid",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "string", 0, "2.5"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RELEASE_MANAGED_SNAPSHOT: _Operation[None] = _Operation(
    "ReleaseManagedSnapshot",
    (_F("vdisk", "string", 0, "6.5"), _F("datacenter", "ManagedObjectReference", 2, "6.5", target="Datacenter"), ),
    None,
    faults=("FileNotFound", "InvalidDatastore", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_SET_VIRTUAL_DISK_UUID: _Operation[None] = _Operation(
    "SetVirtualDiskUuid",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("uuid", "string", 0, "2.5"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_SHRINK_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "ShrinkVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), _F("copy", "boolean", 2, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_ZERO_FILL_VIRTUAL_DISK_TASK: _Operation[Task[None]] = _Operation(
    "ZeroFillVirtualDisk_Task",
    (_F("name", "string", 0, "2.5"), _F("datacenter", "ManagedObjectReference", 2, "2.5", target="Datacenter"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)


class VirtualDiskManagerProperties(_ObjectProperties["VirtualDiskManager"]):
    """VirtualDiskManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class VirtualDiskManager(_ManagedObject):
    """VirtualDiskManager: managed object proxy, since 2.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualDiskManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CopyVirtualDisk_Task": _COPY_VIRTUAL_DISK_TASK,
        "CreateVirtualDisk_Task": _CREATE_VIRTUAL_DISK_TASK,
        "DefragmentVirtualDisk_Task": _DEFRAGMENT_VIRTUAL_DISK_TASK,
        "DeleteVirtualDisk_Task": _DELETE_VIRTUAL_DISK_TASK,
        "EagerZeroVirtualDisk_Task": _EAGER_ZERO_VIRTUAL_DISK_TASK,
        "ExtendVirtualDisk_Task": _EXTEND_VIRTUAL_DISK_TASK,
        "ImportUnmanagedSnapshot": _IMPORT_UNMANAGED_SNAPSHOT,
        "InflateVirtualDisk_Task": _INFLATE_VIRTUAL_DISK_TASK,
        "MoveVirtualDisk_Task": _MOVE_VIRTUAL_DISK_TASK,
        "QueryVirtualDiskFragmentation": _QUERY_VIRTUAL_DISK_FRAGMENTATION,
        "QueryVirtualDiskGeometry": _QUERY_VIRTUAL_DISK_GEOMETRY,
        "QueryVirtualDiskUuid": _QUERY_VIRTUAL_DISK_UUID,
        "ReleaseManagedSnapshot": _RELEASE_MANAGED_SNAPSHOT,
        "SetVirtualDiskUuid": _SET_VIRTUAL_DISK_UUID,
        "ShrinkVirtualDisk_Task": _SHRINK_VIRTUAL_DISK_TASK,
        "ZeroFillVirtualDisk_Task": _ZERO_FILL_VIRTUAL_DISK_TASK,
    }
    _property_class_ = VirtualDiskManagerProperties

    def fetch(self, *paths: str) -> VirtualDiskManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualDiskManagerProperties, paths)

    def CopyVirtualDisk_Task(
        self,
        *,
        sourceName: str,
        destName: str,
        sourceDatacenter: Datacenter | None = None,
        destDatacenter: Datacenter | None = None,
        destSpec: VirtualDiskSpec | None = None,
        force: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[str]:
        """CopyVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            sourceName: string, since 2.5.
            sourceDatacenter: reference to Datacenter, optional, since 2.5.
            destName: string, since 2.5.
            destDatacenter: reference to Datacenter, optional, since 2.5.
            destSpec: VirtualDiskSpec, optional, since 2.5.
            force: boolean, optional, since 2.5.

        Returns:
            A reference to the Task; its result is string.

        Raises:
            FileFault, InvalidDatastore, InvalidDiskFormat, RuntimeFault.
        """
        return self._transport.invoke(self, _COPY_VIRTUAL_DISK_TASK, (sourceName, sourceDatacenter, destName, destDatacenter, destSpec, force, ), _timeout)

    def CreateVirtualDisk_Task(
        self,
        *,
        name: str,
        spec: VirtualDiskSpec,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[str]:
        """CreateVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.
            spec: VirtualDiskSpec, since 2.5.

        Returns:
            A reference to the Task; its result is string.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_VIRTUAL_DISK_TASK, (name, datacenter, spec, ), _timeout)

    def DefragmentVirtualDisk_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DefragmentVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _DEFRAGMENT_VIRTUAL_DISK_TASK, (name, datacenter, ), _timeout)

    def DeleteVirtualDisk_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DeleteVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_VIRTUAL_DISK_TASK, (name, datacenter, ), _timeout)

    def EagerZeroVirtualDisk_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """EagerZeroVirtualDisk_Task: an operation of VirtualDiskManager, since 4.0.

        Privilege: System.View.

        Args:
            name: string, since 4.0.
            datacenter: reference to Datacenter, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _EAGER_ZERO_VIRTUAL_DISK_TASK, (name, datacenter, ), _timeout)

    def ExtendVirtualDisk_Task(
        self,
        *,
        name: str,
        newCapacityKb: int,
        datacenter: Datacenter | None = None,
        eagerZero: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ExtendVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.
            newCapacityKb: long, since 2.5.
            eagerZero: boolean, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _EXTEND_VIRTUAL_DISK_TASK, (name, datacenter, newCapacityKb, eagerZero, ), _timeout)

    def ImportUnmanagedSnapshot(
        self,
        *,
        vdisk: str,
        vvolId: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ImportUnmanagedSnapshot: an operation of VirtualDiskManager, since 6.0.

        Privilege: System.View.

        Args:
            vdisk: string, since 6.0.
            datacenter: reference to Datacenter, optional, since 6.0.
            vvolId: string, since 6.0.

        Returns:
            None.

        Raises:
            InvalidDatastore, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _IMPORT_UNMANAGED_SNAPSHOT, (vdisk, datacenter, vvolId, ), _timeout)

    def InflateVirtualDisk_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """InflateVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _INFLATE_VIRTUAL_DISK_TASK, (name, datacenter, ), _timeout)

    def MoveVirtualDisk_Task(
        self,
        *,
        sourceName: str,
        destName: str,
        sourceDatacenter: Datacenter | None = None,
        destDatacenter: Datacenter | None = None,
        force: bool | None = None,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        _timeout: float | None = None,
    ) -> Task[str]:
        """MoveVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            sourceName: string, since 2.5.
            sourceDatacenter: reference to Datacenter, optional, since 2.5.
            destName: string, since 2.5.
            destDatacenter: reference to Datacenter, optional, since 2.5.
            force: boolean, optional, since 2.5.
            profile: list of VirtualMachineProfileSpec, since 5.5.

        Returns:
            A reference to the Task; its result is string.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_VIRTUAL_DISK_TASK, (sourceName, sourceDatacenter, destName, destDatacenter, force, profile, ), _timeout)

    def QueryVirtualDiskFragmentation(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> int:
        """QueryVirtualDiskFragmentation: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            Int.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VIRTUAL_DISK_FRAGMENTATION, (name, datacenter, ), _timeout)

    def QueryVirtualDiskGeometry(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> HostDiskDimensionsChs:
        """QueryVirtualDiskGeometry: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            HostDiskDimensionsChs.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VIRTUAL_DISK_GEOMETRY, (name, datacenter, ), _timeout)

    def QueryVirtualDiskUuid(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> str:
        """QueryVirtualDiskUuid: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            String.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VIRTUAL_DISK_UUID, (name, datacenter, ), _timeout)

    def ReleaseManagedSnapshot(
        self,
        *,
        vdisk: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ReleaseManagedSnapshot: an operation of VirtualDiskManager, since 6.5.

        Privilege: System.View.

        Args:
            vdisk: string, since 6.5.
            datacenter: reference to Datacenter, optional, since 6.5.

        Returns:
            None.

        Raises:
            FileNotFound, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _RELEASE_MANAGED_SNAPSHOT, (vdisk, datacenter, ), _timeout)

    def SetVirtualDiskUuid(
        self,
        *,
        name: str,
        uuid: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetVirtualDiskUuid: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.
            uuid: string, since 2.5.

        Returns:
            None.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_VIRTUAL_DISK_UUID, (name, datacenter, uuid, ), _timeout)

    def ShrinkVirtualDisk_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        copy: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ShrinkVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.
            copy: boolean, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _SHRINK_VIRTUAL_DISK_TASK, (name, datacenter, copy, ), _timeout)

    def ZeroFillVirtualDisk_Task(
        self,
        *,
        name: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ZeroFillVirtualDisk_Task: an operation of VirtualDiskManager, since 2.5.

        Privilege: System.View.

        Args:
            name: string, since 2.5.
            datacenter: reference to Datacenter, optional, since 2.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _ZERO_FILL_VIRTUAL_DISK_TASK, (name, datacenter, ), _timeout)
