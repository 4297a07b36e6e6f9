# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.1.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 2f0e7153b95f, wsdl/safe_ops.json 063e018ca169
"""GuestProcessManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject

if TYPE_CHECKING:
    from ..types.guest_authentication import GuestAuthentication
    from ..types.guest_process_info import GuestProcessInfo
    from ..types.guest_program_spec import GuestProgramSpec
    from .virtual_machine import VirtualMachine

_LIST_PROCESSES_IN_GUEST: _Operation[list[GuestProcessInfo]] = _Operation(
    "ListProcessesInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("pids", "long", 3, "5.0"), ),
    _F("returnval", "GuestProcessInfo", 3, "7.0.3.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_READ_ENVIRONMENT_VARIABLE_IN_GUEST: _Operation[list[str]] = _Operation(
    "ReadEnvironmentVariableInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("names", "string", 3, "5.0"), ),
    _F("returnval", "string", 3, "7.0.3.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_START_PROGRAM_IN_GUEST: _Operation[int] = _Operation(
    "StartProgramInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("spec", "GuestProgramSpec", 0, "5.0"), ),
    _F("returnval", "long", 0, "7.0.3.0"),
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


class GuestProcessManager(_ManagedObject):
    """Managed object GuestProcessManager. Since 5.0.    """

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

    def ListProcessesInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        pids: list[int] | None = None,
        _timeout: float | None = None,
    ) -> list[GuestProcessInfo]:
        """ListProcessesInGuest, on GuestProcessManager, since 5.0. Faults: GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault. Safe to re-send."""
        return self._transport.invoke(self, _LIST_PROCESSES_IN_GUEST, (vm, auth, pids, ), _timeout)

    def ReadEnvironmentVariableInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        names: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[str]:
        """ReadEnvironmentVariableInGuest, on GuestProcessManager, since 5.0. Faults: GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault. Safe to re-send."""
        return self._transport.invoke(self, _READ_ENVIRONMENT_VARIABLE_IN_GUEST, (vm, auth, names, ), _timeout)

    def StartProgramInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        spec: GuestProgramSpec,
        _timeout: float | None = None,
    ) -> int:
        """StartProgramInGuest, on GuestProcessManager, since 5.0. Faults: FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault."""
        return self._transport.invoke(self, _START_PROGRAM_IN_GUEST, (vm, auth, spec, ), _timeout)

    def TerminateProcessInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        pid: int,
        _timeout: float | None = None,
    ) -> None:
        """TerminateProcessInGuest, on GuestProcessManager, since 5.0. Faults: GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault."""
        return self._transport.invoke(self, _TERMINATE_PROCESS_IN_GUEST, (vm, auth, pid, ), _timeout)
