# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestAuthManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.guest_authentication import GuestAuthentication
    from .virtual_machine import VirtualMachine

_ACQUIRE_CREDENTIALS_IN_GUEST: _Operation[GuestAuthentication] = _Operation(
    "AcquireCredentialsInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("requestedAuth", "GuestAuthentication", 0, "5.0"), _F("sessionID", "long", 2, "5.0"), ),
    _F("returnval", "GuestAuthentication", 0, "5.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RELEASE_CREDENTIALS_IN_GUEST: _Operation[None] = _Operation(
    "ReleaseCredentialsInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_VALIDATE_CREDENTIALS_IN_GUEST: _Operation[None] = _Operation(
    "ValidateCredentialsInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class GuestAuthManagerProperties(_ObjectProperties["GuestAuthManager"]):
    """GuestAuthManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class GuestAuthManager(_ManagedObject):
    """GuestAuthManager: managed object proxy, since 5.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "GuestAuthManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AcquireCredentialsInGuest": _ACQUIRE_CREDENTIALS_IN_GUEST,
        "ReleaseCredentialsInGuest": _RELEASE_CREDENTIALS_IN_GUEST,
        "ValidateCredentialsInGuest": _VALIDATE_CREDENTIALS_IN_GUEST,
    }
    _property_class_ = GuestAuthManagerProperties

    def fetch(self, *paths: str) -> GuestAuthManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, GuestAuthManagerProperties, paths)

    def AcquireCredentialsInGuest(
        self,
        *,
        vm: VirtualMachine,
        requestedAuth: GuestAuthentication,
        sessionID: int | None = None,
        _timeout: float | None = None,
    ) -> GuestAuthentication:
        """AcquireCredentialsInGuest: an operation of GuestAuthManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            requestedAuth: GuestAuthentication, since 5.0.
            sessionID: long, optional, since 5.0.

        Returns:
            GuestAuthentication.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_CREDENTIALS_IN_GUEST, (vm, requestedAuth, sessionID, ), _timeout)

    def ReleaseCredentialsInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        _timeout: float | None = None,
    ) -> None:
        """ReleaseCredentialsInGuest: an operation of GuestAuthManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 5.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _RELEASE_CREDENTIALS_IN_GUEST, (vm, auth, ), _timeout)

    def ValidateCredentialsInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        _timeout: float | None = None,
    ) -> None:
        """ValidateCredentialsInGuest: an operation of GuestAuthManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 5.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _VALIDATE_CREDENTIALS_IN_GUEST, (vm, auth, ), _timeout)
