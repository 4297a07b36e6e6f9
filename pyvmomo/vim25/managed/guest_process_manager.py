# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestProcessManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.guest_authentication import GuestAuthentication
    from ..types.guest_process_info import GuestProcessInfo
    from ..types.guest_program_spec import GuestProgramSpec
    from .virtual_machine import VirtualMachine

_LIST_PROCESSES_IN_GUEST: _Operation[list[GuestProcessInfo]] = _Operation(
    "ListProcessesInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("pids", "long", 3, "5.0"), ),
    _F("returnval", "GuestProcessInfo", 3, "5.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_READ_ENVIRONMENT_VARIABLE_IN_GUEST: _Operation[list[str]] = _Operation(
    "ReadEnvironmentVariableInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("names", "string", 3, "5.0"), ),
    _F("returnval", "string", 3, "5.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_START_PROGRAM_IN_GUEST: _Operation[int] = _Operation(
    "StartProgramInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("spec", "GuestProgramSpec", 0, "5.0"), ),
    _F("returnval", "long", 0, "5.0"),
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_TERMINATE_PROCESS_IN_GUEST: _Operation[None] = _Operation(
    "TerminateProcessInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("pid", "long", 0, "5.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class GuestProcessManagerProperties(_ObjectProperties["GuestProcessManager"]):
    """GuestProcessManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class GuestProcessManager(_ManagedObject):
    """GuestProcessManager: managed object proxy, since 5.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "GuestProcessManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ListProcessesInGuest": _LIST_PROCESSES_IN_GUEST,
        "ReadEnvironmentVariableInGuest": _READ_ENVIRONMENT_VARIABLE_IN_GUEST,
        "StartProgramInGuest": _START_PROGRAM_IN_GUEST,
        "TerminateProcessInGuest": _TERMINATE_PROCESS_IN_GUEST,
    }
    _property_class_ = GuestProcessManagerProperties

    def fetch(self, *paths: str) -> GuestProcessManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, GuestProcessManagerProperties, paths)

    def ListProcessesInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        pids: list[int] | None = None,
        _timeout: float | None = None,
    ) -> list[GuestProcessInfo]:
        """ListProcessesInGuest: an operation of GuestProcessManager, since 5.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 5.0.
            pids: list of long, since 5.0.

        Returns:
            List of GuestProcessInfo.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_PROCESSES_IN_GUEST, (vm, auth, pids, ), _timeout)

    def ReadEnvironmentVariableInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        names: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[str]:
        """ReadEnvironmentVariableInGuest: an operation of GuestProcessManager, since 5.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 5.0.
            names: list of string, since 5.0.

        Returns:
            List of string.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _READ_ENVIRONMENT_VARIABLE_IN_GUEST, (vm, auth, names, ), _timeout)

    def StartProgramInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        spec: GuestProgramSpec,
        _timeout: float | None = None,
    ) -> int:
        """StartProgramInGuest: an operation of GuestProcessManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Execute on it.
            auth: GuestAuthentication, since 5.0.
            spec: GuestProgramSpec, since 5.0.

        Returns:
            Long.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _START_PROGRAM_IN_GUEST, (vm, auth, spec, ), _timeout)

    def TerminateProcessInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        pid: int,
        _timeout: float | None = None,
    ) -> None:
        """TerminateProcessInGuest: an operation of GuestProcessManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Execute on it.
            auth: GuestAuthentication, since 5.0.
            pid: long, since 5.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _TERMINATE_PROCESS_IN_GUEST, (vm, auth, pid, ), _timeout)
