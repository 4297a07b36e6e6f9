# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""SessionManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from datetime import datetime
    from ..types.user_session import UserSession

_ACQUIRE_CLONE_TICKET: _Operation[str] = _Operation(
    "AcquireCloneTicket",
    (),
    _F("returnval", "string", 4, "2.0"),
    faults=(),
    since="2.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_CURRENT_TIME: _Operation[datetime] = _Operation(
    "CurrentTime",
    (),
    _F("returnval", "dateTime", 0, "2.0"),
    faults=(),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_LOGIN: _Operation[UserSession] = _Operation(
    "Login",
    (_F("userName", "string", 0, "7.0.3.0"), _F("password", "string", 4, "7.0.3.0"), ),
    _F("returnval", "UserSession", 0, "2.0"),
    faults=(),
    since="2.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)


class SessionManagerProperties(_ObjectProperties["SessionManager"]):
    """SessionManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class SessionManager(_ManagedObject):
    """SessionManager: managed object proxy, since 7.0.3.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "SessionManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AcquireCloneTicket": _ACQUIRE_CLONE_TICKET,
        "CurrentTime": _CURRENT_TIME,
        "Login": _LOGIN,
    }
    _property_class_ = SessionManagerProperties

    def fetch(self, *paths: str) -> SessionManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, SessionManagerProperties, paths)

    def AcquireCloneTicket(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """AcquireCloneTicket: an operation of SessionManager, since 2.0.

        Privilege: System.Anonymous.

        Returns:
            String.
        """
        return self._transport.invoke(self, _ACQUIRE_CLONE_TICKET, (), _timeout)

    def CurrentTime(
        self,
        *,
        _timeout: float | None = None,
    ) -> datetime:
        """CurrentTime: an operation of SessionManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            DateTime.
        """
        return self._transport.invoke(self, _CURRENT_TIME, (), _timeout)

    def Login(
        self,
        *,
        userName: str,
        password: str,
        _timeout: float | None = None,
    ) -> UserSession:
        """Login: an operation of SessionManager, since 2.0.

        Privilege: System.Anonymous.

        Args:
            userName: string, since 7.0.3.0.
            password: string, since 7.0.3.0, secret (masked in repr).

        Returns:
            UserSession.
        """
        return self._transport.invoke(self, _LOGIN, (userName, password, ), _timeout)
