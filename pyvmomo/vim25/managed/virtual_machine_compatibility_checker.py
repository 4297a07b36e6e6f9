# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineCompatibilityChecker: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.check_result import CheckResult
    from .host_system import HostSystem
    from .resource_pool import ResourcePool
    from .task import Task
    from .virtual_machine import VirtualMachine
    from ..types.virtual_machine_config_spec import VirtualMachineConfigSpec

_CHECK_COMPATIBILITY_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckCompatibility_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), _F("pool", "ManagedObjectReference", 2, "4.0", target="ResourcePool"), _F("testType", "string", 3, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("DatacenterMismatch", "InvalidState", "InvalidArgument", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "4.0"),
)

_CHECK_POWER_ON_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckPowerOn_Task",
    (_F("vm", "ManagedObjectReference", 0, "6.7", target="VirtualMachine"), _F("host", "ManagedObjectReference", 2, "6.7", target="HostSystem"), _F("pool", "ManagedObjectReference", 2, "6.7", target="ResourcePool"), _F("testType", "string", 3, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("DatacenterMismatch", "InvalidArgument", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "6.7"),
)

_CHECK_VM_CONFIG_TASK: _Operation[Task[list[CheckResult]]] = _Operation(
    "CheckVmConfig_Task",
    (_F("spec", "VirtualMachineConfigSpec", 0, "6.7"), _F("vm", "ManagedObjectReference", 2, "6.7", target="VirtualMachine"), _F("host", "ManagedObjectReference", 2, "6.7", target="HostSystem"), _F("pool", "ManagedObjectReference", 2, "6.7", target="ResourcePool"), _F("testType", "string", 3, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("DatacenterMismatch", "InvalidArgument", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "CheckResult", 1, "6.7"),
)


class VirtualMachineCompatibilityCheckerProperties(_ObjectProperties["VirtualMachineCompatibilityChecker"]):
    """VirtualMachineCompatibilityChecker's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class VirtualMachineCompatibilityChecker(_ManagedObject):
    """VirtualMachineCompatibilityChecker: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualMachineCompatibilityChecker"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CheckCompatibility_Task": _CHECK_COMPATIBILITY_TASK,
        "CheckPowerOn_Task": _CHECK_POWER_ON_TASK,
        "CheckVmConfig_Task": _CHECK_VM_CONFIG_TASK,
    }
    _property_class_ = VirtualMachineCompatibilityCheckerProperties

    def fetch(self, *paths: str) -> VirtualMachineCompatibilityCheckerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualMachineCompatibilityCheckerProperties, paths)

    def CheckCompatibility_Task(
        self,
        *,
        vm: VirtualMachine,
        host: HostSystem | None = None,
        pool: ResourcePool | None = None,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckCompatibility_Task: an operation of VirtualMachineCompatibilityChecker, since 4.0.

        Privilege: System.View.

        Args:
            vm: reference to VirtualMachine, since 4.0.
            host: reference to HostSystem, optional, since 4.0.
            pool: reference to ResourcePool, optional, since 4.0.
            testType: list of string, since 4.0.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            DatacenterMismatch, InvalidState, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_COMPATIBILITY_TASK, (vm, host, pool, testType, ), _timeout)

    def CheckPowerOn_Task(
        self,
        *,
        vm: VirtualMachine,
        host: HostSystem | None = None,
        pool: ResourcePool | None = None,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckPowerOn_Task: an operation of VirtualMachineCompatibilityChecker, since 6.7.

        Privilege: System.View.

        Args:
            vm: reference to VirtualMachine, since 6.7.
            host: reference to HostSystem, optional, since 6.7.
            pool: reference to ResourcePool, optional, since 6.7.
            testType: list of string, since 6.7.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            DatacenterMismatch, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_POWER_ON_TASK, (vm, host, pool, testType, ), _timeout)

    def CheckVmConfig_Task(
        self,
        *,
        spec: VirtualMachineConfigSpec,
        vm: VirtualMachine | None = None,
        host: HostSystem | None = None,
        pool: ResourcePool | None = None,
        testType: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CheckResult]]:
        """CheckVmConfig_Task: an operation of VirtualMachineCompatibilityChecker, since 6.7.

        Privilege: System.View.

        Args:
            spec: VirtualMachineConfigSpec, since 6.7.
            vm: reference to VirtualMachine, optional, since 6.7.
            host: reference to HostSystem, optional, since 6.7.
            pool: reference to ResourcePool, optional, since 6.7.
            testType: list of string, since 6.7.

        Returns:
            A reference to the Task; its result is list of CheckResult.

        Raises:
            DatacenterMismatch, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_VM_CONFIG_TASK, (spec, vm, host, pool, testType, ), _timeout)
