# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SessionManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.session_manager_generic_service_ticket import SessionManagerGenericServiceTicket
    from ..types.session_manager_local_ticket import SessionManagerLocalTicket
    from ..types.session_manager_service_request_spec import SessionManagerServiceRequestSpec
    from ..types.user_session import UserSession

_ACQUIRE_CLONE_TICKET: _Operation[str] = _Operation(
    "AcquireCloneTicket",
    (),
    _F("returnval", "string", 4, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_ACQUIRE_GENERIC_SERVICE_TICKET: _Operation[SessionManagerGenericServiceTicket] = _Operation(
    "AcquireGenericServiceTicket",
    (_F("spec", "SessionManagerServiceRequestSpec", 0, "5.0"), ),
    _F("returnval", "SessionManagerGenericServiceTicket", 0, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_ACQUIRE_LOCAL_TICKET: _Operation[SessionManagerLocalTicket] = _Operation(
    "AcquireLocalTicket",
    (_F("userName", "string", 0, "2.0"), ),
    _F("returnval", "SessionManagerLocalTicket", 0, "2.0"),
    faults=("InvalidLogin", "RuntimeFault", ),
    since="2.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_CLONE_SESSION: _Operation[UserSession] = _Operation(
    "CloneSession",
    (_F("cloneTicket", "string", 4, "4.0"), ),
    _F("returnval", "UserSession", 0, "4.0"),
    faults=("InvalidLogin", "RuntimeFault", ),
    since="4.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_IMPERSONATE_USER: _Operation[UserSession] = _Operation(
    "ImpersonateUser",
    (_F("userName", "string", 0, "2.5"), _F("locale", "string", 2, "2.5"), ),
    _F("returnval", "UserSession", 0, "2.5"),
    faults=("InvalidLocale", "InvalidLogin", "RuntimeFault", ),
    since="2.5",
    privilege="Sessions.ImpersonateUser",
    safe=False,
    task_result=None,
)

_LOGIN: _Operation[UserSession] = _Operation(
    "Login",
    (_F("userName", "string", 0, "2.0"), _F("password", "string", 4, "2.0"), _F("locale", "string", 2, "2.0"), ),
    _F("returnval", "UserSession", 0, "2.0"),
    faults=("InvalidLocale", "InvalidLogin", "RuntimeFault", ),
    since="2.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_LOGIN_BY_SSPI: _Operation[UserSession] = _Operation(
    "LoginBySSPI",
    (_F("base64Token", "string", 0, "2.5"), _F("locale", "string", 2, "2.5"), ),
    _F("returnval", "UserSession", 0, "2.5"),
    faults=("InvalidLocale", "InvalidLogin", "SSPIChallenge", "RuntimeFault", ),
    since="2.5",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_LOGIN_BY_TOKEN: _Operation[UserSession] = _Operation(
    "LoginByToken",
    (_F("locale", "string", 2, "5.1"), ),
    _F("returnval", "UserSession", 0, "5.1"),
    faults=("InvalidLocale", "InvalidLogin", "RuntimeFault", ),
    since="5.1",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_LOGIN_EXTENSION_BY_CERTIFICATE: _Operation[UserSession] = _Operation(
    "LoginExtensionByCertificate",
    (_F("extensionKey", "string", 0, "4.0"), _F("locale", "string", 2, "4.0"), ),
    _F("returnval", "UserSession", 0, "4.0"),
    faults=("InvalidLocale", "InvalidLogin", "NoClientCertificate", "RuntimeFault", ),
    since="4.0",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_LOGIN_EXTENSION_BY_SUBJECT_NAME: _Operation[UserSession] = _Operation(
    "LoginExtensionBySubjectName",
    (_F("extensionKey", "string", 0, "2.5"), _F("locale", "string", 2, "2.5"), ),
    _F("returnval", "UserSession", 0, "2.5"),
    faults=("InvalidLocale", "InvalidLogin", "NoClientCertificate", "NoSubjectName", "NotFound", "RuntimeFault", ),
    since="2.5",
    privilege="System.Anonymous",
    safe=False,
    task_result=None,
)

_LOGOUT: _Operation[None] = _Operation(
    "Logout",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_SESSION_IS_ACTIVE: _Operation[bool] = _Operation(
    "SessionIsActive",
    (_F("sessionID", "string", 4, "2.5"), _F("userName", "string", 0, "2.5"), ),
    _F("returnval", "boolean", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Sessions.ValidateSession",
    safe=True,
    task_result=None,
)

_SET_LOCALE: _Operation[None] = _Operation(
    "SetLocale",
    (_F("locale", "string", 0, "2.0"), ),
    None,
    faults=("InvalidLocale", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_TERMINATE_SESSION: _Operation[None] = _Operation(
    "TerminateSession",
    (_F("sessionId", "string", 5, "2.0"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Sessions.TerminateSession",
    safe=False,
    task_result=None,
)

_UPDATE_SERVICE_MESSAGE: _Operation[None] = _Operation(
    "UpdateServiceMessage",
    (_F("message", "string", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Sessions.GlobalMessage",
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

    __slots__ = ("sessionList", "currentSession", "message", "messageLocaleList", "supportedLocaleList", "defaultLocale", )
    sessionList: list[UserSession]
    currentSession: UserSession | None
    message: str | None
    messageLocaleList: list[str]
    supportedLocaleList: list[str]
    defaultLocale: str


class SessionManager(_ManagedObject):
    """SessionManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        sessionList: list of UserSession, since 2.0, read privilege Sessions.TerminateSession.
        currentSession: UserSession, optional, since 2.0, read privilege System.Anonymous.
        message: string, optional, since 2.0, read privilege System.View.
        messageLocaleList: list of string, since 2.0, read privilege System.Anonymous.
        supportedLocaleList: list of string, since 2.0, read privilege System.Anonymous.
        defaultLocale: string, since 2.0, read privilege System.Anonymous.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "SessionManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "sessionList": _F("sessionList", "UserSession", 3, "2.0"),
        "currentSession": _F("currentSession", "UserSession", 2, "2.0"),
        "message": _F("message", "string", 2, "2.0"),
        "messageLocaleList": _F("messageLocaleList", "string", 3, "2.0"),
        "supportedLocaleList": _F("supportedLocaleList", "string", 3, "2.0"),
        "defaultLocale": _F("defaultLocale", "string", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AcquireCloneTicket": _ACQUIRE_CLONE_TICKET,
        "AcquireGenericServiceTicket": _ACQUIRE_GENERIC_SERVICE_TICKET,
        "AcquireLocalTicket": _ACQUIRE_LOCAL_TICKET,
        "CloneSession": _CLONE_SESSION,
        "ImpersonateUser": _IMPERSONATE_USER,
        "Login": _LOGIN,
        "LoginBySSPI": _LOGIN_BY_SSPI,
        "LoginByToken": _LOGIN_BY_TOKEN,
        "LoginExtensionByCertificate": _LOGIN_EXTENSION_BY_CERTIFICATE,
        "LoginExtensionBySubjectName": _LOGIN_EXTENSION_BY_SUBJECT_NAME,
        "Logout": _LOGOUT,
        "SessionIsActive": _SESSION_IS_ACTIVE,
        "SetLocale": _SET_LOCALE,
        "TerminateSession": _TERMINATE_SESSION,
        "UpdateServiceMessage": _UPDATE_SERVICE_MESSAGE,
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
        """AcquireCloneTicket: an operation of SessionManager, since 4.0.

        Privilege: System.View.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_CLONE_TICKET, (), _timeout)

    def AcquireGenericServiceTicket(
        self,
        *,
        spec: SessionManagerServiceRequestSpec,
        _timeout: float | None = None,
    ) -> SessionManagerGenericServiceTicket:
        """AcquireGenericServiceTicket: an operation of SessionManager, since 5.0.

        Privilege: System.Anonymous.

        Args:
            spec: SessionManagerServiceRequestSpec, since 5.0.

        Returns:
            SessionManagerGenericServiceTicket.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_GENERIC_SERVICE_TICKET, (spec, ), _timeout)

    def AcquireLocalTicket(
        self,
        *,
        userName: str,
        _timeout: float | None = None,
    ) -> SessionManagerLocalTicket:
        """AcquireLocalTicket: an operation of SessionManager, since 2.0.

        Privilege: System.Anonymous.

        Args:
            userName: string, since 2.0.

        Returns:
            SessionManagerLocalTicket.

        Raises:
            InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_LOCAL_TICKET, (userName, ), _timeout)

    def CloneSession(
        self,
        *,
        cloneTicket: str,
        _timeout: float | None = None,
    ) -> UserSession:
        """CloneSession: an operation of SessionManager, since 4.0.

        Privilege: System.Anonymous.

        Args:
            cloneTicket: string, since 4.0, secret (masked in repr).

        Returns:
            UserSession.

        Raises:
            InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _CLONE_SESSION, (cloneTicket, ), _timeout)

    def ImpersonateUser(
        self,
        *,
        userName: str,
        locale: str | None = None,
        _timeout: float | None = None,
    ) -> UserSession:
        """ImpersonateUser: an operation of SessionManager, since 2.5.

        Privilege: Sessions.ImpersonateUser.

        Args:
            userName: string, since 2.5.
            locale: string, optional, since 2.5.

        Returns:
            UserSession.

        Raises:
            InvalidLocale, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _IMPERSONATE_USER, (userName, locale, ), _timeout)

    def Login(
        self,
        *,
        userName: str,
        password: str,
        locale: str | None = None,
        _timeout: float | None = None,
    ) -> UserSession:
        """Login: an operation of SessionManager, since 2.0.

        Privilege: System.Anonymous.

        Args:
            userName: string, since 2.0.
            password: string, since 2.0, secret (masked in repr).
            locale: string, optional, since 2.0.

        Returns:
            UserSession.

        Raises:
            InvalidLocale, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _LOGIN, (userName, password, locale, ), _timeout)

    def LoginBySSPI(
        self,
        *,
        base64Token: str,
        locale: str | None = None,
        _timeout: float | None = None,
    ) -> UserSession:
        """LoginBySSPI: an operation of SessionManager, since 2.5.

        Privilege: System.Anonymous.

        Args:
            base64Token: string, since 2.5.
            locale: string, optional, since 2.5.

        Returns:
            UserSession.

        Raises:
            InvalidLocale, InvalidLogin, SSPIChallenge, RuntimeFault.
        """
        return self._transport.invoke(self, _LOGIN_BY_SSPI, (base64Token, locale, ), _timeout)

    def LoginByToken(
        self,
        *,
        locale: str | None = None,
        _timeout: float | None = None,
    ) -> UserSession:
        """LoginByToken: an operation of SessionManager, since 5.1.

        Privilege: System.Anonymous.

        Args:
            locale: string, optional, since 5.1.

        Returns:
            UserSession.

        Raises:
            InvalidLocale, InvalidLogin, RuntimeFault.
        """
        return self._transport.invoke(self, _LOGIN_BY_TOKEN, (locale, ), _timeout)

    def LoginExtensionByCertificate(
        self,
        *,
        extensionKey: str,
        locale: str | None = None,
        _timeout: float | None = None,
    ) -> UserSession:
        """LoginExtensionByCertificate: an operation of SessionManager, since 4.0.

        Privilege: System.Anonymous.

        Args:
            extensionKey: string, since 4.0.
            locale: string, optional, since 4.0.

        Returns:
            UserSession.

        Raises:
            InvalidLocale, InvalidLogin, NoClientCertificate, RuntimeFault.
        """
        return self._transport.invoke(self, _LOGIN_EXTENSION_BY_CERTIFICATE, (extensionKey, locale, ), _timeout)

    def LoginExtensionBySubjectName(
        self,
        *,
        extensionKey: str,
        locale: str | None = None,
        _timeout: float | None = None,
    ) -> UserSession:
        """LoginExtensionBySubjectName: an operation of SessionManager, since 2.5.

        Privilege: System.Anonymous.

        Args:
            extensionKey: string, since 2.5.
            locale: string, optional, since 2.5.

        Returns:
            UserSession.

        Raises:
            InvalidLocale, InvalidLogin, NoClientCertificate, NoSubjectName, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _LOGIN_EXTENSION_BY_SUBJECT_NAME, (extensionKey, locale, ), _timeout)

    def Logout(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """Logout: an operation of SessionManager, since 2.0.

        Privilege: System.View.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _LOGOUT, (), _timeout)

    def SessionIsActive(
        self,
        *,
        sessionID: str,
        userName: str,
        _timeout: float | None = None,
    ) -> bool:
        """SessionIsActive: an operation of SessionManager, since 2.5.

        Privilege: Sessions.ValidateSession. Safe to re-send after a lost reply.

        Args:
            sessionID: string, since 2.5, secret (masked in repr).
            userName: string, since 2.5.

        Returns:
            Boolean.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SESSION_IS_ACTIVE, (sessionID, userName, ), _timeout)

    def SetLocale(
        self,
        *,
        locale: str,
        _timeout: float | None = None,
    ) -> None:
        """SetLocale: an operation of SessionManager, since 2.0.

        Privilege: System.View.

        Args:
            locale: string, since 2.0.

        Returns:
            None.

        Raises:
            InvalidLocale, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_LOCALE, (locale, ), _timeout)

    def TerminateSession(
        self,
        *,
        sessionId: list[str],
        _timeout: float | None = None,
    ) -> None:
        """TerminateSession: an operation of SessionManager, since 2.0.

        Privilege: Sessions.TerminateSession.

        Args:
            sessionId: list of string, since 2.0, secret (masked in repr).

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _TERMINATE_SESSION, (sessionId, ), _timeout)

    def UpdateServiceMessage(
        self,
        *,
        message: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateServiceMessage: an operation of SessionManager, since 2.0.

        Privilege: Sessions.GlobalMessage.

        Args:
            message: string, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SERVICE_MESSAGE, (message, ), _timeout)
