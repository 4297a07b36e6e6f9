"""Every exception pyvmomo raises, in one tree.

::

    PyvmomoError
    ├── ServerFault            a SOAP fault from the server; base of the generated
    │   └── MethodFault        vim25 fault classes (RuntimeFault, NotAuthenticated, ...)
    ├── ArgumentError          bad input, refused before anything was sent (also TypeError)
    │   └── InvalidSetting     a URL, host, header value or TLS setting that cannot be used (also ValueError)
    ├── TransportError         the exchange itself failed
    │   ├── ConnectionFailed   nothing reached the server; safe to retry
    │   ├── TlsError           certificate or thumbprint refused; never retried
    │   ├── ProtocolError      the reply was not a usable SOAP message
    │   ├── OutcomeUnknown     the request may have run; not re-sent
    │   ├── TransferError      a file transfer was answered with an error status (``status``)
    │   ├── TransferInterrupted  a transfer broke and cannot be resumed or sent again
    │   └── ReloginFailed      the session expired and logging in again failed: the call did not run
    ├── SessionObjectsLost     re-login happened and the call used objects of the old session
    └── TaskTimeout            a task did not finish in time (also TimeoutError)

A remote call's errors are built where they are read (SOAP faults by
``_soap.py``, transport failures at ``Transport._exchange``, session failures
by ``_session.py``), travel as values, and are raised by ``Transport.invoke``
alone, so a traceback runs from the caller's line through the generated method
straight to the raise. Helpers raise what they read themselves: ``task.wait()``
a task's fault, a property read the fault the server reported for it, and
argument checks an ``ArgumentError`` before anything is sent.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ._base import Field


class PyvmomoError(Exception):
    """Base of every exception raised by pyvmomo."""


class ServerFault(PyvmomoError):
    """A fault sent by the server; the generated fault classes derive from it.

    A fault is also a data object: it appears inside replies
    (``TaskInfo.error.fault``) and can be sent (``SetTaskState(fault=...)``).
    The transport fills in where it came from.

    ``str(fault)`` reads ``Fault in Method on Type:id (field Type:id): text``:
    the method the caller called, the object it was called on, the objects
    the fault's own reference fields name (``ManagedObjectNotFound.obj``...)
    when they are others, and the server's text.

    Attributes:
        faultstring: The server's message; vcsim often sends an empty one.
        remote_method: The remote operation that failed, when raised by a call.
        remote_object: The reference the call was made on, as ``"Type:value"``.
    """

    _wire_name_: ClassVar[str] = "MethodFault"
    _since_: ClassVar[str] = ""
    _fields_: ClassVar[tuple[Field, ...]] = ()
    faultstring: str = ""
    remote_method: str = ""
    remote_object: str = ""

    def __str__(self) -> str:
        fault = getattr(self, "_wire_type_", None) or self._wire_name_
        where = f" in {self.remote_method}" if self.remote_method else ""
        on = f" on {self.remote_object}" if self.remote_object else ""
        about = ", ".join(self._about())
        detail = f": {self.faultstring}" if self.faultstring else ""
        return f"{fault}{where}{on}{f' ({about})' if about else ''}{detail}"

    def _about(self) -> list[str]:
        """``field Type:id`` for each reference field naming an object other than the one called."""
        from ._base import ManagedObject

        about = []
        for f in self._fields_:
            value = getattr(self, f.name, None)
            refs = value if isinstance(value, list) else [value]
            named = [repr(r) for r in refs if isinstance(r, ManagedObject) and repr(r) != self.remote_object]
            if named:
                about.append(f"{f.name} {', '.join(named)}")
        return about

    def __repr__(self) -> str:
        from ._base import masked_repr

        parts = [
            f"{f.name}={masked_repr(getattr(self, f.name, None), f)}"
            for f in self._fields_
            if getattr(self, f.name, None) not in (None, [])
        ]
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f.name, None) == getattr(other, f.name, None) for f in self._fields_)

    def __hash__(self) -> int:  # an exception stays hashable by identity (logging, sets of errors)
        return Exception.__hash__(self)


class ArgumentError(PyvmomoError, TypeError):
    """An argument cannot be sent: wrong type, missing, or newer than the server's API."""


class InvalidSetting(ArgumentError, ValueError):
    """A URL, host, header value, proxy or TLS setting that cannot be used; the message says what to do."""


class InsecureTlsWarning(UserWarning):
    """TLS certificate verification is off for a client (``verify=False``)."""


class TransportError(PyvmomoError):
    """The HTTP exchange failed. ``remote_method`` names the operation."""

    def __init__(self, message: str, *, remote_method: str = "", remote_object: str = "") -> None:
        super().__init__(message)
        self.remote_method = remote_method
        self.remote_object = remote_object


class ConnectionFailed(TransportError):
    """No byte of the request reached the server (refused, DNS, connect timeout)."""


class TlsError(TransportError):
    """The server's certificate or thumbprint was refused. Never retried."""


class ProtocolError(TransportError):
    """The reply was not a SOAP message pyvmomo can read (HTML error page, truncated XML...).

    Attributes:
        status: The HTTP status code, or 0 when no response arrived.
    """

    def __init__(
        self, message: str, *, remote_method: str = "", remote_object: str = "", status: int = 0
    ) -> None:
        super().__init__(message, remote_method=remote_method, remote_object=remote_object)
        self.status = status


class OutcomeUnknown(TransportError):
    """The request was sent but no usable reply came back, so it may have run.

    Only operations listed in ``wsdl/safe_ops.json`` are re-sent in this case;
    for any other the caller decides. ``operation_id`` is the ``operationID``
    sent in the SOAP header (the server logs it; tasks record it) and
    ``sent_at`` the UTC time the request was sent, ``target`` the reference
    the call was made on. :meth:`recent_tasks` helps find out what happened.
    """

    def __init__(
        self,
        message: str,
        *,
        remote_method: str,
        remote_object: str,
        operation_id: str,
        sent_at: datetime,
        target: Any = None,
    ) -> None:
        super().__init__(message, remote_method=remote_method, remote_object=remote_object)
        self.operation_id = operation_id
        self.sent_at = sent_at
        self.target = target

    def recent_tasks(self, slack: float = 0.0) -> list[Any]:
        """Best effort: ``TaskInfo`` of the target's recent tasks queued since ``sent_at``.

        One CurrentTime (to correct for the server's clock) and one
        RetrievePropertiesEx over ``TaskManager.recentTask`` (and the target's
        own ``recentTask``), through the same client. ``slack`` seconds widen
        the window backwards. An empty list does not prove the call did not
        run: operations that are not tasks leave no trace here.
        """
        transport = getattr(self.target, "_transport", None)
        if transport is None:
            return []
        from .task import recent_tasks

        return recent_tasks(transport, self.target, self.sent_at, slack)


class TransferError(TransportError):
    """A file transfer (datastore, NFC, guest) was answered with an HTTP error; ``status`` says which."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class TransferInterrupted(TransportError):
    """A transfer broke and cannot be resumed or sent again (a non-seekable stream); the message says why."""


class ReloginFailed(TransportError):
    """The session expired, and logging in again failed, so the caller's call was not run.

    The login's own failure (``InvalidLogin``, ``ConnectionFailed``, ``OutcomeUnknown`` of
    the Login...) is chained as ``__cause__`` and kept in ``login_error``.
    """

    def __init__(
        self, message: str, *, remote_method: str, remote_object: str, login_error: PyvmomoError
    ) -> None:
        super().__init__(message, remote_method=remote_method, remote_object=remote_object)
        self.login_error = login_error


class SessionObjectsLost(PyvmomoError):
    """The session was renewed and the call used objects that died with the old one.

    Views, filters, private property collectors, history collectors and leases
    belong to the session that created them. Re-create them and call again.
    """

    def __init__(self, message: str, *, remote_method: str = "", lost: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.remote_method = remote_method
        self.lost = lost


class TaskTimeout(PyvmomoError, TimeoutError):
    """A task did not reach a final state within the given time; it may still be running."""


class OvfError(PyvmomoError):
    """An OVF or OVA package cannot be deployed: a file is missing or damaged, or the server refused it.

    ``errors`` holds the ``LocalizedMethodFault`` list ``CreateImportSpec`` reported, if that is why.
    """

    def __init__(self, message: str, *, errors: list[Any] | None = None) -> None:
        super().__init__(message)
        self.errors: list[Any] = errors or []


class OvfWarning(UserWarning):
    """A warning ``CreateImportSpec`` reported for an OVF package; the deploy goes on."""
