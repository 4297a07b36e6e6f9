# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AuthorizationManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.authorization_description import AuthorizationDescription
    from ..types.authorization_privilege import AuthorizationPrivilege
    from ..types.authorization_role import AuthorizationRole
    from ..types.entity_privilege import EntityPrivilege
    from .managed_entity import ManagedEntity
    from ..types.permission import Permission
    from ..types.user_privilege_result import UserPrivilegeResult

_ADD_AUTHORIZATION_ROLE: _Operation[int] = _Operation(
    "AddAuthorizationRole",
    (_F("name", "string", 0, "2.0"), _F("privIds", "string", 3, "2.0"), ),
    _F("returnval", "int", 0, "2.0"),
    faults=("AlreadyExists", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="Authorization.ModifyRoles",
    safe=False,
    task_result=None,
)

_FETCH_USER_PRIVILEGE_ON_ENTITIES: _Operation[list[UserPrivilegeResult]] = _Operation(
    "FetchUserPrivilegeOnEntities",
    (_F("entities", "ManagedObjectReference", 1, "6.5", target="ManagedEntity"), _F("userName", "string", 0, "6.5"), ),
    _F("returnval", "UserPrivilegeResult", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege=None,
    safe=True,
    task_result=None,
)

_HAS_PRIVILEGE_ON_ENTITIES: _Operation[list[EntityPrivilege]] = _Operation(
    "HasPrivilegeOnEntities",
    (_F("entity", "ManagedObjectReference", 1, "5.5", target="ManagedEntity"), _F("sessionId", "string", 0, "5.5"), _F("privId", "string", 3, "5.5"), ),
    _F("returnval", "EntityPrivilege", 3, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HAS_PRIVILEGE_ON_ENTITY: _Operation[list[bool]] = _Operation(
    "HasPrivilegeOnEntity",
    (_F("entity", "ManagedObjectReference", 0, "5.0", target="ManagedEntity"), _F("sessionId", "string", 0, "5.0"), _F("privId", "string", 3, "5.0"), ),
    _F("returnval", "boolean", 3, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HAS_USER_PRIVILEGE_ON_ENTITIES: _Operation[list[EntityPrivilege]] = _Operation(
    "HasUserPrivilegeOnEntities",
    (_F("entities", "ManagedObjectReference", 1, "6.5"), _F("userName", "string", 0, "6.5"), _F("privId", "string", 3, "6.5"), ),
    _F("returnval", "EntityPrivilege", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege=None,
    safe=True,
    task_result=None,
)

_MERGE_PERMISSIONS: _Operation[None] = _Operation(
    "MergePermissions",
    (_F("srcRoleId", "int", 0, "2.0"), _F("dstRoleId", "int", 0, "2.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Authorization.ReassignRolePermissions",
    safe=False,
    task_result=None,
)

_REMOVE_AUTHORIZATION_ROLE: _Operation[None] = _Operation(
    "RemoveAuthorizationRole",
    (_F("roleId", "int", 0, "2.0"), _F("failIfUsed", "boolean", 0, "2.0"), ),
    None,
    faults=("NotFound", "RemoveFailed", "RuntimeFault", ),
    since="2.0",
    privilege="Authorization.ModifyRoles",
    safe=False,
    task_result=None,
)

_REMOVE_ENTITY_PERMISSION: _Operation[None] = _Operation(
    "RemoveEntityPermission",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("user", "string", 0, "2.0"), _F("isGroup", "boolean", 0, "2.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RESET_ENTITY_PERMISSIONS: _Operation[None] = _Operation(
    "ResetEntityPermissions",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("permission", "Permission", 3, "2.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "NotFound", "UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RETRIEVE_ALL_PERMISSIONS: _Operation[list[Permission]] = _Operation(
    "RetrieveAllPermissions",
    (),
    _F("returnval", "Permission", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_ENTITY_PERMISSIONS: _Operation[list[Permission]] = _Operation(
    "RetrieveEntityPermissions",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("inherited", "boolean", 0, "2.0"), ),
    _F("returnval", "Permission", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_RETRIEVE_ROLE_PERMISSIONS: _Operation[list[Permission]] = _Operation(
    "RetrieveRolePermissions",
    (_F("roleId", "int", 0, "2.0"), ),
    _F("returnval", "Permission", 3, "2.0"),
    faults=("NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_SET_ENTITY_PERMISSIONS: _Operation[None] = _Operation(
    "SetEntityPermissions",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("permission", "Permission", 3, "2.0"), ),
    None,
    faults=("AuthMinimumAdminPermission", "NotFound", "UserNotFound", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_AUTHORIZATION_ROLE: _Operation[None] = _Operation(
    "UpdateAuthorizationRole",
    (_F("roleId", "int", 0, "2.0"), _F("newName", "string", 0, "2.0"), _F("privIds", "string", 3, "2.0"), ),
    None,
    faults=("AlreadyExists", "InvalidName", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Authorization.ModifyRoles",
    safe=False,
    task_result=None,
)


class AuthorizationManagerProperties(_ObjectProperties["AuthorizationManager"]):
    """AuthorizationManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("privilegeList", "roleList", "description", )
    privilegeList: list[AuthorizationPrivilege]
    roleList: list[AuthorizationRole]
    description: AuthorizationDescription


class AuthorizationManager(_ManagedObject):
    """AuthorizationManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        privilegeList: list of AuthorizationPrivilege, since 2.0, read privilege System.View.
        roleList: list of AuthorizationRole, since 2.0, read privilege System.View.
        description: AuthorizationDescription, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "AuthorizationManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "privilegeList": _F("privilegeList", "AuthorizationPrivilege", 3, "2.0"),
        "roleList": _F("roleList", "AuthorizationRole", 3, "2.0"),
        "description": _F("description", "AuthorizationDescription", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddAuthorizationRole": _ADD_AUTHORIZATION_ROLE,
        "FetchUserPrivilegeOnEntities": _FETCH_USER_PRIVILEGE_ON_ENTITIES,
        "HasPrivilegeOnEntities": _HAS_PRIVILEGE_ON_ENTITIES,
        "HasPrivilegeOnEntity": _HAS_PRIVILEGE_ON_ENTITY,
        "HasUserPrivilegeOnEntities": _HAS_USER_PRIVILEGE_ON_ENTITIES,
        "MergePermissions": _MERGE_PERMISSIONS,
        "RemoveAuthorizationRole": _REMOVE_AUTHORIZATION_ROLE,
        "RemoveEntityPermission": _REMOVE_ENTITY_PERMISSION,
        "ResetEntityPermissions": _RESET_ENTITY_PERMISSIONS,
        "RetrieveAllPermissions": _RETRIEVE_ALL_PERMISSIONS,
        "RetrieveEntityPermissions": _RETRIEVE_ENTITY_PERMISSIONS,
        "RetrieveRolePermissions": _RETRIEVE_ROLE_PERMISSIONS,
        "SetEntityPermissions": _SET_ENTITY_PERMISSIONS,
        "UpdateAuthorizationRole": _UPDATE_AUTHORIZATION_ROLE,
    }
    _property_class_ = AuthorizationManagerProperties

    def fetch(self, *paths: str) -> AuthorizationManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, AuthorizationManagerProperties, paths)

    def AddAuthorizationRole(
        self,
        *,
        name: str,
        privIds: list[str] | None = None,
        _timeout: float | None = None,
    ) -> int:
        """AddAuthorizationRole: an operation of AuthorizationManager, since 2.0.

        Privilege: Authorization.ModifyRoles.

        Args:
            name: string, since 2.0.
            privIds: list of string, since 2.0.

        Returns:
            Int.

        Raises:
            AlreadyExists, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_AUTHORIZATION_ROLE, (name, privIds, ), _timeout)

    def FetchUserPrivilegeOnEntities(
        self,
        *,
        entities: Sequence[ManagedEntity],
        userName: str,
        _timeout: float | None = None,
    ) -> list[UserPrivilegeResult]:
        """FetchUserPrivilegeOnEntities: an operation of AuthorizationManager, since 6.5.

        Safe to re-send after a lost reply.

        Args:
            entities: list of references to ManagedEntity, since 6.5, needs System.View on it.
            userName: string, since 6.5.

        Returns:
            List of UserPrivilegeResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FETCH_USER_PRIVILEGE_ON_ENTITIES, (entities, userName, ), _timeout)

    def HasPrivilegeOnEntities(
        self,
        *,
        entity: Sequence[ManagedEntity],
        sessionId: str,
        privId: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[EntityPrivilege]:
        """HasPrivilegeOnEntities: an operation of AuthorizationManager, since 5.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: list of references to ManagedEntity, since 5.5, needs System.Read on it.
            sessionId: string, since 5.5.
            privId: list of string, since 5.5.

        Returns:
            List of EntityPrivilege.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HAS_PRIVILEGE_ON_ENTITIES, (entity, sessionId, privId, ), _timeout)

    def HasPrivilegeOnEntity(
        self,
        *,
        entity: ManagedEntity,
        sessionId: str,
        privId: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[bool]:
        """HasPrivilegeOnEntity: an operation of AuthorizationManager, since 5.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, since 5.0, needs System.Read on it.
            sessionId: string, since 5.0.
            privId: list of string, since 5.0.

        Returns:
            List of boolean.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HAS_PRIVILEGE_ON_ENTITY, (entity, sessionId, privId, ), _timeout)

    def HasUserPrivilegeOnEntities(
        self,
        *,
        entities: Sequence[_ManagedObject],
        userName: str,
        privId: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[EntityPrivilege]:
        """HasUserPrivilegeOnEntities: an operation of AuthorizationManager, since 6.5.

        Safe to re-send after a lost reply.

        Args:
            entities: list of references to any managed object, since 6.5, needs System.View on it.
            userName: string, since 6.5.
            privId: list of string, since 6.5.

        Returns:
            List of EntityPrivilege.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HAS_USER_PRIVILEGE_ON_ENTITIES, (entities, userName, privId, ), _timeout)

    def MergePermissions(
        self,
        *,
        srcRoleId: int,
        dstRoleId: int,
        _timeout: float | None = None,
    ) -> None:
        """MergePermissions: an operation of AuthorizationManager, since 2.0.

        Privilege: Authorization.ReassignRolePermissions.

        Args:
            srcRoleId: int, since 2.0.
            dstRoleId: int, since 2.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MERGE_PERMISSIONS, (srcRoleId, dstRoleId, ), _timeout)

    def RemoveAuthorizationRole(
        self,
        *,
        roleId: int,
        failIfUsed: bool,
        _timeout: float | None = None,
    ) -> None:
        """RemoveAuthorizationRole: an operation of AuthorizationManager, since 2.0.

        Privilege: Authorization.ModifyRoles.

        Args:
            roleId: int, since 2.0.
            failIfUsed: boolean, since 2.0.

        Returns:
            None.

        Raises:
            NotFound, RemoveFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_AUTHORIZATION_ROLE, (roleId, failIfUsed, ), _timeout)

    def RemoveEntityPermission(
        self,
        *,
        entity: ManagedEntity,
        user: str,
        isGroup: bool,
        _timeout: float | None = None,
    ) -> None:
        """RemoveEntityPermission: an operation of AuthorizationManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs Authorization.ModifyPermissions on it.
            user: string, since 2.0.
            isGroup: boolean, since 2.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_ENTITY_PERMISSION, (entity, user, isGroup, ), _timeout)

    def ResetEntityPermissions(
        self,
        *,
        entity: ManagedEntity,
        permission: list[Permission] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ResetEntityPermissions: an operation of AuthorizationManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs Authorization.ModifyPermissions on it.
            permission: list of Permission, since 2.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, NotFound, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_ENTITY_PERMISSIONS, (entity, permission, ), _timeout)

    def RetrieveAllPermissions(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[Permission]:
        """RetrieveAllPermissions: an operation of AuthorizationManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            List of Permission.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ALL_PERMISSIONS, (), _timeout)

    def RetrieveEntityPermissions(
        self,
        *,
        entity: ManagedEntity,
        inherited: bool,
        _timeout: float | None = None,
    ) -> list[Permission]:
        """RetrieveEntityPermissions: an operation of AuthorizationManager, since 2.0.

        Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs System.Read on it.
            inherited: boolean, since 2.0.

        Returns:
            List of Permission.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ENTITY_PERMISSIONS, (entity, inherited, ), _timeout)

    def RetrieveRolePermissions(
        self,
        *,
        roleId: int,
        _timeout: float | None = None,
    ) -> list[Permission]:
        """RetrieveRolePermissions: an operation of AuthorizationManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            roleId: int, since 2.0.

        Returns:
            List of Permission.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ROLE_PERMISSIONS, (roleId, ), _timeout)

    def SetEntityPermissions(
        self,
        *,
        entity: ManagedEntity,
        permission: list[Permission] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetEntityPermissions: an operation of AuthorizationManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs Authorization.ModifyPermissions on it.
            permission: list of Permission, since 2.0.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, NotFound, UserNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_ENTITY_PERMISSIONS, (entity, permission, ), _timeout)

    def UpdateAuthorizationRole(
        self,
        *,
        roleId: int,
        newName: str,
        privIds: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateAuthorizationRole: an operation of AuthorizationManager, since 2.0.

        Privilege: Authorization.ModifyRoles.

        Args:
            roleId: int, since 2.0.
            newName: string, since 2.0.
            privIds: list of string, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, InvalidName, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_AUTHORIZATION_ROLE, (roleId, newName, privIds, ), _timeout)
