# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostLocalAccountManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_account_spec import HostAccountSpec

_ASSIGN_USER_TO_GROUP: _Operation[None] = _Operation(
    "AssignUserToGroup",
    (_F("user", "string", 0, "2.0"), _F("group", "string", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)

_CHANGE_PASSWORD: _Operation[None] = _Operation(
    "ChangePassword",
    (_F("user", "string", 0, "6.7.2"), _F("oldPassword", "string", 4, "6.7.2"), _F("newPassword", "string", 4, "6.7.2"), ),
    None,
    faults=("InvalidLogin", "RuntimeFault", ),
    since="6.7.2",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_CREATE_GROUP: _Operation[None] = _Operation(
    "CreateGroup",
    (_F("group", "HostAccountSpec", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)

_CREATE_USER: _Operation[None] = _Operation(
    "CreateUser",
    (_F("user", "HostAccountSpec", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)

_REMOVE_GROUP: _Operation[None] = _Operation(
    "RemoveGroup",
    (_F("groupName", "string", 0, "2.0"), ),
    None,
    faults=("UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)

_REMOVE_USER: _Operation[None] = _Operation(
    "RemoveUser",
    (_F("userName", "string", 0, "2.0"), ),
    None,
    faults=("UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)

_UNASSIGN_USER_FROM_GROUP: _Operation[None] = _Operation(
    "UnassignUserFromGroup",
    (_F("user", "string", 0, "2.0"), _F("group", "string", 0, "2.0"), ),
    None,
    faults=("UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)

_UPDATE_USER: _Operation[None] = _Operation(
    "UpdateUser",
    (_F("user", "HostAccountSpec", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Local.ManageUserGroups",
    safe=False,
    task_result=None,
)


class HostLocalAccountManagerProperties(_ObjectProperties["HostLocalAccountManager"]):
    """HostLocalAccountManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostLocalAccountManager(_ManagedObject):
    """HostLocalAccountManager: managed object proxy, since 2.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostLocalAccountManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AssignUserToGroup": _ASSIGN_USER_TO_GROUP,
        "ChangePassword": _CHANGE_PASSWORD,
        "CreateGroup": _CREATE_GROUP,
        "CreateUser": _CREATE_USER,
        "RemoveGroup": _REMOVE_GROUP,
        "RemoveUser": _REMOVE_USER,
        "UnassignUserFromGroup": _UNASSIGN_USER_FROM_GROUP,
        "UpdateUser": _UPDATE_USER,
    }
    _property_class_ = HostLocalAccountManagerProperties

    def fetch(self, *paths: str) -> HostLocalAccountManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostLocalAccountManagerProperties, paths)

    def AssignUserToGroup(
        self,
        *,
        user: str,
        group: str,
        _timeout: float | None = None,
    ) -> None:
        """AssignUserToGroup: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            user: string, since 2.0.
            group: string, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ASSIGN_USER_TO_GROUP, (user, group, ), _timeout)

    def ChangePassword(
        self,
        *,
        user: str,
        oldPassword: str,
        newPassword: str,
        _timeout: float | None = None,
    ) -> None:
        """ChangePassword: an operation of HostLocalAccountManager, since 6.7.2.

        Privilege: System.Anonymous.

        Args:
            user: string, since 6.7.2.
            oldPassword: string, since 6.7.2, secret (masked in repr).
            newPassword: string, since 6.7.2, secret (masked in repr).

        Returns:
            None.

        Raises:
            InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_PASSWORD, (user, oldPassword, newPassword, ), _timeout)

    def CreateGroup(
        self,
        *,
        group: HostAccountSpec,
        _timeout: float | None = None,
    ) -> None:
        """CreateGroup: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            group: HostAccountSpec, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_GROUP, (group, ), _timeout)

    def CreateUser(
        self,
        *,
        user: HostAccountSpec,
        _timeout: float | None = None,
    ) -> None:
        """CreateUser: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            user: HostAccountSpec, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_USER, (user, ), _timeout)

    def RemoveGroup(
        self,
        *,
        groupName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveGroup: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            groupName: string, since 2.0.

        Returns:
            None.

        Raises:
            UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_GROUP, (groupName, ), _timeout)

    def RemoveUser(
        self,
        *,
        userName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveUser: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            userName: string, since 2.0.

        Returns:
            None.

        Raises:
            UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_USER, (userName, ), _timeout)

    def UnassignUserFromGroup(
        self,
        *,
        user: str,
        group: str,
        _timeout: float | None = None,
    ) -> None:
        """UnassignUserFromGroup: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            user: string, since 2.0.
            group: string, since 2.0.

        Returns:
            None.

        Raises:
            UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNASSIGN_USER_FROM_GROUP, (user, group, ), _timeout)

    def UpdateUser(
        self,
        *,
        user: HostAccountSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateUser: an operation of HostLocalAccountManager, since 2.0.

        Privilege: Host.Local.ManageUserGroups.

        Args:
            user: HostAccountSpec, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_USER, (user, ), _timeout)
