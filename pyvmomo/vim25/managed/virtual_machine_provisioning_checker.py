# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineProvisioningChecker: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachinePowerStateValue
    from ..types.check_result import CheckResult
    from .folder import Folder
    from .host_system import HostSystem
    from .resource_pool import ResourcePool
    from .task import Task
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_clone_spec import VirtualMachineCloneSpec
    from ..types.virtual_machine_instant_clone_spec import VirtualMachineInstantCloneSpec
    from ..types.virtual_machine_relocate_spec import VirtualMachineRelocateSpec

_CHECK_CLONE_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckClone_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), _F("folder", "ManagedObjectReference", 0, "4.0", target="Folder"), _F("name", "string", 0, "4.0"), _F("spec", "VirtualMachineCloneSpec", 0, "4.0"), _F("testType", "string", 3, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "4.0"),
)

_CHECK_INSTANT_CLONE_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckInstantClone_Task",
    (_F("vm", "ManagedObjectReference", 0, "6.7", target="VirtualMachine"), _F("spec", "VirtualMachineInstantCloneSpec", 0, "6.7"), _F("testType", "string", 3, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "6.7"),
)

_CHECK_MIGRATE_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckMigrate_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), _F("pool", "ManagedObjectReference", 2, "4.0", target="ResourcePool"), _F("state", "VirtualMachinePowerState", 2, "4.0"), _F("testType", "string", 3, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "4.0"),
)

_CHECK_RELOCATE_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckRelocate_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), _F("spec", "VirtualMachineRelocateSpec", 0, "4.0"), _F("testType", "string", 3, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "4.0"),
)

_QUERY_V_MOTION_COMPATIBILITY_EX_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "QueryVMotionCompatibilityEx_Task",
    (_F("vm", "ManagedObjectReference", 1, "4.0", target="VirtualMachine"), _F("host", "ManagedObjectReference", 1, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "4.0"),
)


class VirtualMachineProvisioningCheckerProperties(_ObjectProperties["VirtualMachineProvisioningChecker"]):
    """VirtualMachineProvisioningChecker's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class VirtualMachineProvisioningChecker(_ManagedObject):
    """VirtualMachineProvisioningChecker: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualMachineProvisioningChecker"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CheckClone_Task": _CHECK_CLONE_TASK,
        "CheckInstantClone_Task": _CHECK_INSTANT_CLONE_TASK,
        "CheckMigrate_Task": _CHECK_MIGRATE_TASK,
        "CheckRelocate_Task": _CHECK_RELOCATE_TASK,
        "QueryVMotionCompatibilityEx_Task": _QUERY_V_MOTION_COMPATIBILITY_EX_TASK,
    }
    _property_class_ = VirtualMachineProvisioningCheckerProperties

    def fetch(self, *paths: str) -> VirtualMachineProvisioningCheckerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualMachineProvisioningCheckerProperties, paths)

    def CheckClone_Task(
        self,
        *,
        vm: VirtualMachine,
        folder: Folder,
        name: str,
        spec: VirtualMachineCloneSpec,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckClone_Task: an operation of VirtualMachineProvisioningChecker, since 4.0.

        Privilege: System.View.

        Args:
            vm: reference to VirtualMachine, since 4.0.
            folder: reference to Folder, since 4.0.
            name: string, since 4.0.
            spec: VirtualMachineCloneSpec, since 4.0.
            testType: list of string, since 4.0.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_CLONE_TASK, (vm, folder, name, spec, testType, ), _timeout)

    def CheckInstantClone_Task(
        self,
        *,
        vm: VirtualMachine,
        spec: VirtualMachineInstantCloneSpec,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckInstantClone_Task: an operation of VirtualMachineProvisioningChecker, since 6.7.

        Privilege: System.View.

        Args:
            vm: reference to VirtualMachine, since 6.7.
            spec: VirtualMachineInstantCloneSpec, since 6.7.
            testType: list of string, since 6.7.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_INSTANT_CLONE_TASK, (vm, spec, testType, ), _timeout)

    def CheckMigrate_Task(
        self,
        *,
        vm: VirtualMachine,
        host: HostSystem | None = None,
        pool: ResourcePool | None = None,
        state: VirtualMachinePowerStateValue | EnumValue | None = None,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckMigrate_Task: an operation of VirtualMachineProvisioningChecker, since 4.0.

        Privilege: System.View.

        Args:
            vm: reference to VirtualMachine, since 4.0.
            host: reference to HostSystem, optional, since 4.0.
            pool: reference to ResourcePool, optional, since 4.0.
            state: VirtualMachinePowerState value (str), optional, since 4.0.
            testType: list of string, since 4.0.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_MIGRATE_TASK, (vm, host, pool, state, testType, ), _timeout)

    def CheckRelocate_Task(
        self,
        *,
        vm: VirtualMachine,
        spec: VirtualMachineRelocateSpec,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckRelocate_Task: an operation of VirtualMachineProvisioningChecker, since 4.0.

        Privilege: System.View.

        Args:
            vm: reference to VirtualMachine, since 4.0.
            spec: VirtualMachineRelocateSpec, since 4.0.
            testType: list of string, since 4.0.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_RELOCATE_TASK, (vm, spec, testType, ), _timeout)

    def QueryVMotionCompatibilityEx_Task(
        self,
        *,
        vm: list[VirtualMachine],
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """QueryVMotionCompatibilityEx_Task: an operation of VirtualMachineProvisioningChecker, since 4.0.

        Privilege: System.View.

        Args:
            vm: list of references to VirtualMachine, since 4.0.
            host: list of references to HostSystem, since 4.0.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_V_MOTION_COMPATIBILITY_EX_TASK, (vm, host, ), _timeout)
