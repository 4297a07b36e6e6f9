# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostAccessManager: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import HostAccessModeValue, HostLockdownModeValue
    from ..types.host_access_control_entry import HostAccessControlEntry

_CHANGE_ACCESS_MODE: _Operation[None] = _Operation(
    "ChangeAccessMode",
    (_F("principal", "string", 0, "6.0"), _F("isGroup", "boolean", 0, "6.0"), _F("accessMode", "HostAccessMode", 0, "6.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "UserNotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Global.Settings",
    safe=False,
    task_result=None,
)

_CHANGE_LOCKDOWN_MODE: _Operation[None] = _Operation(
    "ChangeLockdownMode",
    (_F("mode", "HostLockdownMode", 0, "6.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_QUERY_LOCKDOWN_EXCEPTIONS: _Operation[list[str]] = _Operation(
    "QueryLockdownExceptions",
    (),
    _F("returnval", "string", 3, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Global.Settings",
    safe=True,
    task_result=None,
)

_QUERY_SYSTEM_USERS: _Operation[list[str]] = _Operation(
    "QuerySystemUsers",
    (),
    _F("returnval", "string", 3, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_HOST_ACCESS_CONTROL_ENTRIES: _Operation[list[HostAccessControlEntry]] = _Operation(
    "RetrieveHostAccessControlEntries",
    (),
    _F("returnval", "HostAccessControlEntry", 3, "6.0"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Global.Settings",
    safe=True,
    task_result=None,
)

_UPDATE_LOCKDOWN_EXCEPTIONS: _Operation[None] = _Operation(
    "UpdateLockdownExceptions",
    (_F("users", "string", 3, "6.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "UserNotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Global.Settings",
    safe=False,
    task_result=None,
)

_UPDATE_SYSTEM_USERS: _Operation[None] = _Operation(
    "UpdateSystemUsers",
    (_F("users", "string", 3, "6.0"), ),
    None,
    faults=("UserNotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Global.Settings",
    safe=False,
    task_result=None,
)


class HostAccessManagerProperties(_ObjectProperties["HostAccessManager"]):
    """HostAccessManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("lockdownMode", )
    lockdownMode: str


class HostAccessManager(_ManagedObject):
    """HostAccessManager: managed object proxy, since 6.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        lockdownMode: HostLockdownMode value (str), since 6.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostAccessManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "lockdownMode": _F("lockdownMode", "HostLockdownMode", 0, "6.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ChangeAccessMode": _CHANGE_ACCESS_MODE,
        "ChangeLockdownMode": _CHANGE_LOCKDOWN_MODE,
        "QueryLockdownExceptions": _QUERY_LOCKDOWN_EXCEPTIONS,
        "QuerySystemUsers": _QUERY_SYSTEM_USERS,
        "RetrieveHostAccessControlEntries": _RETRIEVE_HOST_ACCESS_CONTROL_ENTRIES,
        "UpdateLockdownExceptions": _UPDATE_LOCKDOWN_EXCEPTIONS,
        "UpdateSystemUsers": _UPDATE_SYSTEM_USERS,
    }
    _property_class_ = HostAccessManagerProperties

    def fetch(self, *paths: str) -> HostAccessManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostAccessManagerProperties, paths)

    def ChangeAccessMode(
        self,
        *,
        principal: str,
        isGroup: bool,
        accessMode: HostAccessModeValue | EnumValue,
        _timeout: float | None = None,
    ) -> None:
        """ChangeAccessMode: an operation of HostAccessManager, since 6.0.

        Privilege: Global.Settings.

        Args:
            principal: string, since 6.0.
            isGroup: boolean, since 6.0.
            accessMode: HostAccessMode value (str), since 6.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_ACCESS_MODE, (principal, isGroup, accessMode, ), _timeout)

    def ChangeLockdownMode(
        self,
        *,
        mode: HostLockdownModeValue | EnumValue,
        _timeout: float | None = None,
    ) -> None:
        """ChangeLockdownMode: an operation of HostAccessManager, since 6.0.

        Privilege: Host.Config.Settings.

        Args:
            mode: HostLockdownMode value (str), since 6.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_LOCKDOWN_MODE, (mode, ), _timeout)

    def QueryLockdownExceptions(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """QueryLockdownExceptions: an operation of HostAccessManager, since 6.0.

        Privilege: Global.Settings. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_LOCKDOWN_EXCEPTIONS, (), _timeout)

    def QuerySystemUsers(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """QuerySystemUsers: an operation of HostAccessManager, since 6.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_SYSTEM_USERS, (), _timeout)

    def RetrieveHostAccessControlEntries(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostAccessControlEntry]:
        """RetrieveHostAccessControlEntries: an operation of HostAccessManager, since 6.0.

        Privilege: Global.Settings. Safe to re-send after a lost reply.

        Returns:
            List of HostAccessControlEntry.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_HOST_ACCESS_CONTROL_ENTRIES, (), _timeout)

    def UpdateLockdownExceptions(
        self,
        *,
        users: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateLockdownExceptions: an operation of HostAccessManager, since 6.0.

        Privilege: Global.Settings.

        Args:
            users: list of string, since 6.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_LOCKDOWN_EXCEPTIONS, (users, ), _timeout)

    def UpdateSystemUsers(
        self,
        *,
        users: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateSystemUsers: an operation of HostAccessManager, since 6.0.

        Privilege: Global.Settings.

        Args:
            users: list of string, since 6.0.

        Returns:
            None.

        Raises:
            UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SYSTEM_USERS, (users, ), _timeout)
