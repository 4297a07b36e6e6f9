# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestWindowsRegistryManager: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.guest_authentication import GuestAuthentication
    from ..types.guest_reg_key_name_spec import GuestRegKeyNameSpec
    from ..types.guest_reg_key_record_spec import GuestRegKeyRecordSpec
    from ..types.guest_reg_value_name_spec import GuestRegValueNameSpec
    from ..types.guest_reg_value_spec import GuestRegValueSpec
    from .virtual_machine import VirtualMachine

_CREATE_REGISTRY_KEY_IN_GUEST: _Operation[None] = _Operation(
    "CreateRegistryKeyInGuest",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("keyName", "GuestRegKeyNameSpec", 0, "6.0"), _F("isVolatile", "boolean", 0, "6.0"), _F("classType", "string", 2, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_DELETE_REGISTRY_KEY_IN_GUEST: _Operation[None] = _Operation(
    "DeleteRegistryKeyInGuest",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("keyName", "GuestRegKeyNameSpec", 0, "6.0"), _F("recursive", "boolean", 0, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_DELETE_REGISTRY_VALUE_IN_GUEST: _Operation[None] = _Operation(
    "DeleteRegistryValueInGuest",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("valueName", "GuestRegValueNameSpec", 0, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_LIST_REGISTRY_KEYS_IN_GUEST: _Operation[list[GuestRegKeyRecordSpec]] = _Operation(
    "ListRegistryKeysInGuest",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("keyName", "GuestRegKeyNameSpec", 0, "6.0"), _F("recursive", "boolean", 0, "6.0"), _F("matchPattern", "string", 2, "6.0"), ),
    _F("returnval", "GuestRegKeyRecordSpec", 3, "6.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_LIST_REGISTRY_VALUES_IN_GUEST: _Operation[list[GuestRegValueSpec]] = _Operation(
    "ListRegistryValuesInGuest",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("keyName", "GuestRegKeyNameSpec", 0, "6.0"), _F("expandStrings", "boolean", 0, "6.0"), _F("matchPattern", "string", 2, "6.0"), ),
    _F("returnval", "GuestRegValueSpec", 3, "6.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_SET_REGISTRY_VALUE_IN_GUEST: _Operation[None] = _Operation(
    "SetRegistryValueInGuest",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("value", "GuestRegValueSpec", 0, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class GuestWindowsRegistryManagerProperties(_ObjectProperties["GuestWindowsRegistryManager"]):
    """GuestWindowsRegistryManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class GuestWindowsRegistryManager(_ManagedObject):
    """GuestWindowsRegistryManager: managed object proxy, since 6.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "GuestWindowsRegistryManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateRegistryKeyInGuest": _CREATE_REGISTRY_KEY_IN_GUEST,
        "DeleteRegistryKeyInGuest": _DELETE_REGISTRY_KEY_IN_GUEST,
        "DeleteRegistryValueInGuest": _DELETE_REGISTRY_VALUE_IN_GUEST,
        "ListRegistryKeysInGuest": _LIST_REGISTRY_KEYS_IN_GUEST,
        "ListRegistryValuesInGuest": _LIST_REGISTRY_VALUES_IN_GUEST,
        "SetRegistryValueInGuest": _SET_REGISTRY_VALUE_IN_GUEST,
    }
    _property_class_ = GuestWindowsRegistryManagerProperties

    def fetch(self, *paths: str) -> GuestWindowsRegistryManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, GuestWindowsRegistryManagerProperties, paths)

    def CreateRegistryKeyInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        keyName: GuestRegKeyNameSpec,
        isVolatile: bool,
        classType: str | None = None,
        _timeout: float | None = None,
    ) -> None:
        """CreateRegistryKeyInGuest: an operation of GuestWindowsRegistryManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 6.0.
            keyName: GuestRegKeyNameSpec, since 6.0.
            isVolatile: boolean, since 6.0.
            classType: string, optional, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_REGISTRY_KEY_IN_GUEST, (vm, auth, keyName, isVolatile, classType, ), _timeout)

    def DeleteRegistryKeyInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        keyName: GuestRegKeyNameSpec,
        recursive: bool,
        _timeout: float | None = None,
    ) -> None:
        """DeleteRegistryKeyInGuest: an operation of GuestWindowsRegistryManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 6.0.
            keyName: GuestRegKeyNameSpec, since 6.0.
            recursive: boolean, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_REGISTRY_KEY_IN_GUEST, (vm, auth, keyName, recursive, ), _timeout)

    def DeleteRegistryValueInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        valueName: GuestRegValueNameSpec,
        _timeout: float | None = None,
    ) -> None:
        """DeleteRegistryValueInGuest: an operation of GuestWindowsRegistryManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 6.0.
            valueName: GuestRegValueNameSpec, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_REGISTRY_VALUE_IN_GUEST, (vm, auth, valueName, ), _timeout)

    def ListRegistryKeysInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        keyName: GuestRegKeyNameSpec,
        recursive: bool,
        matchPattern: str | None = None,
        _timeout: float | None = None,
    ) -> list[GuestRegKeyRecordSpec]:
        """ListRegistryKeysInGuest: an operation of GuestWindowsRegistryManager, since 6.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 6.0.
            keyName: GuestRegKeyNameSpec, since 6.0.
            recursive: boolean, since 6.0.
            matchPattern: string, optional, since 6.0.

        Returns:
            List of GuestRegKeyRecordSpec.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_REGISTRY_KEYS_IN_GUEST, (vm, auth, keyName, recursive, matchPattern, ), _timeout)

    def ListRegistryValuesInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        keyName: GuestRegKeyNameSpec,
        expandStrings: bool,
        matchPattern: str | None = None,
        _timeout: float | None = None,
    ) -> list[GuestRegValueSpec]:
        """ListRegistryValuesInGuest: an operation of GuestWindowsRegistryManager, since 6.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 6.0.
            keyName: GuestRegKeyNameSpec, since 6.0.
            expandStrings: boolean, since 6.0.
            matchPattern: string, optional, since 6.0.

        Returns:
            List of GuestRegValueSpec.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_REGISTRY_VALUES_IN_GUEST, (vm, auth, keyName, expandStrings, matchPattern, ), _timeout)

    def SetRegistryValueInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        value: GuestRegValueSpec,
        _timeout: float | None = None,
    ) -> None:
        """SetRegistryValueInGuest: an operation of GuestWindowsRegistryManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 6.0.
            value: GuestRegValueSpec, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_REGISTRY_VALUE_IN_GUEST, (vm, auth, value, ), _timeout)
