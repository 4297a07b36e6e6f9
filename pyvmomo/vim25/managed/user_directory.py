# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""UserDirectory: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.user_search_result import UserSearchResult

_RETRIEVE_USER_GROUPS: _Operation[list[UserSearchResult]] = _Operation(
    "RetrieveUserGroups",
    (_F("domain", "string", 2, "2.0"), _F("searchStr", "string", 0, "2.0"), _F("belongsToGroup", "string", 2, "2.0"), _F("belongsToUser", "string", 2, "2.0"), _F("exactMatch", "boolean", 0, "2.0"), _F("findUsers", "boolean", 0, "2.0"), _F("findGroups", "boolean", 0, "2.0"), ),
    _F("returnval", "UserSearchResult", 3, "2.0"),
    faults=("NotFound", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=True,
    task_result=None,
)


class UserDirectoryProperties(_ObjectProperties["UserDirectory"]):
    """UserDirectory's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("domainList", )
    domainList: list[str]


class UserDirectory(_ManagedObject):
    """UserDirectory: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        domainList: list of string, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "UserDirectory"
    _properties_: ClassVar[dict[str, _F]] = {
        "domainList": _F("domainList", "string", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "RetrieveUserGroups": _RETRIEVE_USER_GROUPS,
    }
    _property_class_ = UserDirectoryProperties

    def fetch(self, *paths: str) -> UserDirectoryProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, UserDirectoryProperties, paths)

    def RetrieveUserGroups(
        self,
        *,
        searchStr: str,
        exactMatch: bool,
        findUsers: bool,
        findGroups: bool,
        domain: str | None = None,
        belongsToGroup: str | None = None,
        belongsToUser: str | None = None,
        _timeout: float | None = None,
    ) -> list[UserSearchResult]:
        """RetrieveUserGroups: an operation of UserDirectory, since 2.0.

        Safe to re-send after a lost reply.

        Args:
            domain: string, optional, since 2.0.
            searchStr: string, since 2.0.
            belongsToGroup: string, optional, since 2.0.
            belongsToUser: string, optional, since 2.0.
            exactMatch: boolean, since 2.0.
            findUsers: boolean, since 2.0.
            findGroups: boolean, since 2.0.

        Returns:
            List of UserSearchResult.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_USER_GROUPS, (domain, searchStr, belongsToGroup, belongsToUser, exactMatch, findUsers, findGroups, ), _timeout)
