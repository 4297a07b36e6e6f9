# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineSnapshot: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .host_system import HostSystem
    from .http_nfc_lease import HttpNfcLease
    from .task import Task
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_config_info import VirtualMachineConfigInfo

_EXPORT_SNAPSHOT: _Operation[HttpNfcLease] = _Operation(
    "ExportSnapshot",
    (),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="HttpNfcLease"),
    faults=("FileFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.5",
    privilege="VApp.Export",
    safe=False,
    task_result=None,
)

_REMOVE_SNAPSHOT_TASK: _Operation[Task[None]] = _Operation(
    "RemoveSnapshot_Task",
    (_F("removeChildren", "boolean", 0, "2.0"), _F("consolidate", "boolean", 2, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.State.RemoveSnapshot",
    safe=False,
    task_result=None,
)

_RENAME_SNAPSHOT: _Operation[None] = _Operation(
    "RenameSnapshot",
    (_F("name", "string", 2, "2.0"), _F("description", "string", 2, "2.0"), ),
    None,
    faults=("InvalidName", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.State.RenameSnapshot",
    safe=False,
    task_result=None,
)

_REVERT_TO_SNAPSHOT_TASK: _Operation[Task[None]] = _Operation(
    "RevertToSnapshot_Task",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("suppressPowerOn", "boolean", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.State.RevertToSnapshot",
    safe=False,
    task_result=None,
)


class VirtualMachineSnapshotProperties(ExtensibleManagedObjectProperties):
    """VirtualMachineSnapshot's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("config", "childSnapshot", "vm", )
    obj: VirtualMachineSnapshot  # pyright: ignore[reportIncompatibleVariableOverride]
    config: VirtualMachineConfigInfo
    childSnapshot: list[VirtualMachineSnapshot]
    vm: VirtualMachine


class VirtualMachineSnapshot(ExtensibleManagedObject):
    """VirtualMachineSnapshot: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        config: VirtualMachineConfigInfo, since 2.0.
        childSnapshot: list of references to VirtualMachineSnapshot, since 4.1.
        vm: reference to VirtualMachine, since 6.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualMachineSnapshot"
    _properties_: ClassVar[dict[str, _F]] = {
        "config": _F("config", "VirtualMachineConfigInfo", 0, "2.0"),
        "childSnapshot": _F("childSnapshot", "ManagedObjectReference", 3, "4.1", target="VirtualMachineSnapshot"),
        "vm": _F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ExportSnapshot": _EXPORT_SNAPSHOT,
        "RemoveSnapshot_Task": _REMOVE_SNAPSHOT_TASK,
        "RenameSnapshot": _RENAME_SNAPSHOT,
        "RevertToSnapshot_Task": _REVERT_TO_SNAPSHOT_TASK,
    }
    _property_class_ = VirtualMachineSnapshotProperties

    def fetch(self, *paths: str) -> VirtualMachineSnapshotProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualMachineSnapshotProperties, paths)

    def ExportSnapshot(
        self,
        *,
        _timeout: float | None = None,
    ) -> HttpNfcLease:
        """ExportSnapshot: an operation of VirtualMachineSnapshot, since 5.5.

        Privilege: VApp.Export.

        Returns:
            Reference to HttpNfcLease.

        Raises:
            FileFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _EXPORT_SNAPSHOT, (), _timeout)

    def RemoveSnapshot_Task(
        self,
        *,
        removeChildren: bool,
        consolidate: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RemoveSnapshot_Task: an operation of VirtualMachineSnapshot, since 2.0.

        Privilege: VirtualMachine.State.RemoveSnapshot.

        Args:
            removeChildren: boolean, since 2.0.
            consolidate: boolean, optional, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_SNAPSHOT_TASK, (removeChildren, consolidate, ), _timeout)

    def RenameSnapshot(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        _timeout: float | None = None,
    ) -> None:
        """RenameSnapshot: an operation of VirtualMachineSnapshot, since 2.0.

        Privilege: VirtualMachine.State.RenameSnapshot.

        Args:
            name: string, optional, since 2.0.
            description: string, optional, since 2.0.

        Returns:
            None.

        Raises:
            InvalidName, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _RENAME_SNAPSHOT, (name, description, ), _timeout)

    def RevertToSnapshot_Task(
        self,
        *,
        host: HostSystem | None = None,
        suppressPowerOn: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RevertToSnapshot_Task: an operation of VirtualMachineSnapshot, since 2.0.

        Privilege: VirtualMachine.State.RevertToSnapshot.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            suppressPowerOn: boolean, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REVERT_TO_SNAPSHOT_TASK, (host, suppressPowerOn, ), _timeout)
