# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestAliasManager: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.guest_aliases import GuestAliases
    from ..types.guest_auth_alias_info import GuestAuthAliasInfo
    from ..types.guest_auth_subject import GuestAuthSubject
    from ..types.guest_authentication import GuestAuthentication
    from ..types.guest_mapped_aliases import GuestMappedAliases
    from .virtual_machine import VirtualMachine

_ADD_GUEST_ALIAS: _Operation[None] = _Operation(
    "AddGuestAlias",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("username", "string", 0, "6.0"), _F("mapCert", "boolean", 0, "6.0"), _F("base64Cert", "string", 0, "6.0"), _F("aliasInfo", "GuestAuthAliasInfo", 0, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_LIST_GUEST_ALIASES: _Operation[list[GuestAliases]] = _Operation(
    "ListGuestAliases",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("username", "string", 0, "6.0"), ),
    _F("returnval", "GuestAliases", 3, "6.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_LIST_GUEST_MAPPED_ALIASES: _Operation[list[GuestMappedAliases]] = _Operation(
    "ListGuestMappedAliases",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), ),
    _F("returnval", "GuestMappedAliases", 3, "6.0"),
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_REMOVE_GUEST_ALIAS: _Operation[None] = _Operation(
    "RemoveGuestAlias",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("username", "string", 0, "6.0"), _F("base64Cert", "string", 0, "6.0"), _F("subject", "GuestAuthSubject", 0, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_REMOVE_GUEST_ALIAS_BY_CERT: _Operation[None] = _Operation(
    "RemoveGuestAliasByCert",
    (_F("vm", "ManagedObjectReference", 0, "6.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "6.0"), _F("username", "string", 0, "6.0"), _F("base64Cert", "string", 0, "6.0"), ),
    None,
    faults=("GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class GuestAliasManagerProperties(_ObjectProperties["GuestAliasManager"]):
    """GuestAliasManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class GuestAliasManager(_ManagedObject):
    """GuestAliasManager: managed object proxy, since 6.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "GuestAliasManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddGuestAlias": _ADD_GUEST_ALIAS,
        "ListGuestAliases": _LIST_GUEST_ALIASES,
        "ListGuestMappedAliases": _LIST_GUEST_MAPPED_ALIASES,
        "RemoveGuestAlias": _REMOVE_GUEST_ALIAS,
        "RemoveGuestAliasByCert": _REMOVE_GUEST_ALIAS_BY_CERT,
    }
    _property_class_ = GuestAliasManagerProperties

    def fetch(self, *paths: str) -> GuestAliasManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, GuestAliasManagerProperties, paths)

    def AddGuestAlias(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        username: str,
        mapCert: bool,
        base64Cert: str,
        aliasInfo: GuestAuthAliasInfo,
        _timeout: float | None = None,
    ) -> None:
        """AddGuestAlias: an operation of GuestAliasManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.ModifyAliases on it.
            auth: GuestAuthentication, since 6.0.
            username: string, since 6.0.
            mapCert: boolean, since 6.0.
            base64Cert: string, since 6.0.
            aliasInfo: GuestAuthAliasInfo, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_GUEST_ALIAS, (vm, auth, username, mapCert, base64Cert, aliasInfo, ), _timeout)

    def ListGuestAliases(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        username: str,
        _timeout: float | None = None,
    ) -> list[GuestAliases]:
        """ListGuestAliases: an operation of GuestAliasManager, since 6.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.QueryAliases on it.
            auth: GuestAuthentication, since 6.0.
            username: string, since 6.0.

        Returns:
            List of GuestAliases.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_GUEST_ALIASES, (vm, auth, username, ), _timeout)

    def ListGuestMappedAliases(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        _timeout: float | None = None,
    ) -> list[GuestMappedAliases]:
        """ListGuestMappedAliases: an operation of GuestAliasManager, since 6.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.QueryAliases on it.
            auth: GuestAuthentication, since 6.0.

        Returns:
            List of GuestMappedAliases.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_GUEST_MAPPED_ALIASES, (vm, auth, ), _timeout)

    def RemoveGuestAlias(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        username: str,
        base64Cert: str,
        subject: GuestAuthSubject,
        _timeout: float | None = None,
    ) -> None:
        """RemoveGuestAlias: an operation of GuestAliasManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.ModifyAliases on it.
            auth: GuestAuthentication, since 6.0.
            username: string, since 6.0.
            base64Cert: string, since 6.0.
            subject: GuestAuthSubject, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_GUEST_ALIAS, (vm, auth, username, base64Cert, subject, ), _timeout)

    def RemoveGuestAliasByCert(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        username: str,
        base64Cert: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveGuestAliasByCert: an operation of GuestAliasManager, since 6.0.

        Args:
            vm: reference to VirtualMachine, since 6.0, needs VirtualMachine.GuestOperations.ModifyAliases on it.
            auth: GuestAuthentication, since 6.0.
            username: string, since 6.0.
            base64Cert: string, since 6.0.

        Returns:
            None.

        Raises:
            GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_GUEST_ALIAS_BY_CERT, (vm, auth, username, base64Cert, ), _timeout)
