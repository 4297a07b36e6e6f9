# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineGuestCustomizationManager: managed object proxy. Since 6.8.7."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.customization_spec import CustomizationSpec
    from ..types.guest_authentication import GuestAuthentication
    from ..types.option_value import OptionValue
    from .task import Task
    from .virtual_machine import VirtualMachine

_ABORT_CUSTOMIZATION_TASK: _Operation[Task[None]] = _Operation(
    "AbortCustomization_Task",
    (_F("vm", "ManagedObjectReference", 0, "6.8.7", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.8.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.8.7", target="Task"),
    faults=("CustomizationFault", "GuestPermissionDenied", "InvalidGuestLogin", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.8.7",
    privilege="VirtualMachine.Provisioning.Customize",
    safe=False,
    task_result=None,
)

_CUSTOMIZE_GUEST_TASK: _Operation[Task[None]] = _Operation(
    "CustomizeGuest_Task",
    (_F("vm", "ManagedObjectReference", 0, "6.8.7", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.8.7"), _F("spec", "CustomizationSpec", 0, "6.8.7"), _F("configParams", "OptionValue", 3, "6.8.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.8.7", target="Task"),
    faults=("CustomizationFault", "GuestPermissionDenied", "InvalidGuestLogin", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.8.7",
    privilege="VirtualMachine.Provisioning.Customize",
    safe=False,
    task_result=None,
)

_START_GUEST_NETWORK_TASK: _Operation[Task[None]] = _Operation(
    "StartGuestNetwork_Task",
    (_F("vm", "ManagedObjectReference", 0, "6.8.7", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.8.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.8.7", target="Task"),
    faults=("CustomizationFault", "GuestPermissionDenied", "InvalidGuestLogin", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.8.7",
    privilege="VirtualMachine.Provisioning.Customize",
    safe=False,
    task_result=None,
)


class VirtualMachineGuestCustomizationManagerProperties(_ObjectProperties["VirtualMachineGuestCustomizationManager"]):
    """VirtualMachineGuestCustomizationManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class VirtualMachineGuestCustomizationManager(_ManagedObject):
    """VirtualMachineGuestCustomizationManager: managed object proxy, since 6.8.7."""

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualMachineGuestCustomizationManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AbortCustomization_Task": _ABORT_CUSTOMIZATION_TASK,
        "CustomizeGuest_Task": _CUSTOMIZE_GUEST_TASK,
        "StartGuestNetwork_Task": _START_GUEST_NETWORK_TASK,
    }
    _property_class_ = VirtualMachineGuestCustomizationManagerProperties

    def fetch(self, *paths: str) -> VirtualMachineGuestCustomizationManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualMachineGuestCustomizationManagerProperties, paths)

    def AbortCustomization_Task(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        _timeout: float | None = None,
    ) -> Task[None]:
        """AbortCustomization_Task: an operation of VirtualMachineGuestCustomizationManager, since 6.8.7.

        Privilege: VirtualMachine.Provisioning.Customize.

        Args:
            vm: reference to VirtualMachine, since 6.8.7.
            auth: GuestAuthentication, since 6.8.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            CustomizationFault, GuestPermissionDenied, InvalidGuestLogin, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _ABORT_CUSTOMIZATION_TASK, (vm, auth, ), _timeout)

    def CustomizeGuest_Task(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        spec: CustomizationSpec,
        configParams: Sequence[OptionValue] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """CustomizeGuest_Task: an operation of VirtualMachineGuestCustomizationManager, since 6.8.7.

        Privilege: VirtualMachine.Provisioning.Customize.

        Args:
            vm: reference to VirtualMachine, since 6.8.7.
            auth: GuestAuthentication, since 6.8.7.
            spec: CustomizationSpec, since 6.8.7.
            configParams: list of OptionValue, since 6.8.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            CustomizationFault, GuestPermissionDenied, InvalidGuestLogin, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _CUSTOMIZE_GUEST_TASK, (vm, auth, spec, configParams, ), _timeout)

    def StartGuestNetwork_Task(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        _timeout: float | None = None,
    ) -> Task[None]:
        """StartGuestNetwork_Task: an operation of VirtualMachineGuestCustomizationManager, since 6.8.7.

        Privilege: VirtualMachine.Provisioning.Customize.

        Args:
            vm: reference to VirtualMachine, since 6.8.7.
            auth: GuestAuthentication, since 6.8.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            CustomizationFault, GuestPermissionDenied, InvalidGuestLogin, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _START_GUEST_NETWORK_TASK, (vm, auth, ), _timeout)
