"""The session: one owner for everything that lives as long as a vSphere login.

A :class:`Session` holds the cookie jar, the ``UserSession``, the
``ServiceContent``, a *generation* (successful logins so far: it changes
whenever the session is replaced), the recipe that logs in again, the
registry of session-bound objects and the keepalive thread. Its one entry
point, :meth:`Session.run`, sends a call through a ``send`` function it is
given (the transport's attempt loop) and keeps all of that true:

- ``NotAuthenticated`` (a SOAP fault, or in-band in every ``missingSet`` of a
  RetrieveProperties(Ex) reply) means the session expired: log in again,
  once for all threads (single-flight by generation), then re-send that one
  call, unless it used objects that died with the old session
  (``SessionObjectsLost``). Before logging in, one ``CurrentTime`` checks
  that the session is really gone: a non-admin user can be refused a single
  call in a live session (govmomi #224), and a login per refusal would leak
  sessions.
- A re-login that fails is reported on the caller's call (``ReloginFailed``);
  threads waiting on the same expiry get the same failure, and a fault from
  the server drops the recipe, so a wrong password is never tried twice.
- Login, CloneSession, Logout and TerminateSession of the own key keep the
  state true; views, filters, collectors and leases are recorded with the
  generation that made them.

Design decisions:
- The session never touches sockets: ``send`` and ``encode`` are given to it,
  so it is tested with a fake send (tests/unit/test_session.py), as govmomi
  tests its round-trippers.
- No re-login is one fact, ``can_relogin`` (the recipe is None), not a flag beside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _log
from ._base import DataObject, ManagedObject, Operation
from ._cookies import CookieJar
from ._endpoint import check_header_value
from ._errors import PyvmomoError, ReloginFailed, ServerFault, SessionObjectsLost

if TYPE_CHECKING:
    from ._registry import Registry

log = _log.Logger("pyvmomo.transport")

SESSION_COOKIE = "vmware_soap_session"
LOGIN_OPS = frozenset(
    {"Login", "LoginByToken", "LoginExtensionByCertificate", "LoginExtensionBySubjectName", "LoginBySSPI"}
)
# Operations that create or end the session itself: never followed by a re-login.
SESSION_OPS = LOGIN_OPS | {"CloneSession", "Logout", "RetrieveServiceContent"}
# Managed types whose objects belong to the session that created them.
SESSION_BOUND_TYPES = frozenset(
    {
        "ContainerView",
        "ListView",
        "InventoryView",
        "View",
        "ManagedObjectView",
        "PropertyFilter",
        "PropertyCollector",
        "HistoryCollector",
        "EventHistoryCollector",
        "TaskHistoryCollector",
        "HttpNfcLease",
    }
)
ENDS_SESSION_OBJECT = ("Destroy", "HttpNfcLeaseComplete", "HttpNfcLeaseAbort")


class Call(NamedTuple):
    """One encoded SOAP call, re-sendable as is."""

    this: ManagedObject
    op: Operation[Any]
    args: tuple[Any, ...]
    body: bytes
    operation_id: str
    timeout: float | None

    def __repr__(self) -> str:  # args and body may hold a password
        return f"Call({self.op.name} on {self.this!r}, {self.operation_id})"


Send = Callable[[Call], Any]  # a call -> its decoded value or a PyvmomoError
Encode = Callable[[ManagedObject, Operation[Any], tuple[Any, ...], "float | None"], "Call | PyvmomoError"]


class LoginRecipe(NamedTuple):
    """How the current session was made, so that it can be made again (holds the password)."""

    this: ManagedObject
    op: Operation[Any]
    args: tuple[Any, ...]

    def __repr__(self) -> str:  # never the arguments
        return f"LoginRecipe({self.op.name} on {self.this!r})"


class Session:
    """The login state shared by every thread of one client. Thread-safe.

    Attributes:
        content: The ``ServiceContent``, fetched once by the client.
        cookies: The endpoint's cookies (the session cookie among them).
        user: The current ``UserSession``, or None when not logged in.
        generation: Successful logins so far; it changes whenever the session
            is replaced, so a helper that snapshots it knows whether its
            session-bound objects are still its own.
    """

    def __init__(
        self, registry: Registry, *, send: Send, encode: Encode, service_instance: Callable[[], ManagedObject]
    ) -> None:
        self.content: Any = None
        self.user: Any = None
        self.generation: int = 0
        self._registry = registry
        self._send = send
        self._encode = encode
        self._service_instance = service_instance
        self._recipe: LoginRecipe | None = None
        self._failed_logins = 0  # re-logins that failed so far
        self._login_error: PyvmomoError | None = None
        self.cookies: CookieJar = CookieJar()  # one endpoint's cookies, sent on every call
        self._objects: dict[tuple[str, str], int] = {}  # session-bound object -> generation that made it
        self._keepalive: Keepalive | None = None
        self._login_lock = threading.Lock()
        self._lock = threading.Lock()

    # -- cookies ------------------------------------------------------------------

    @property
    def cookie(self) -> str | None:
        """The ``vmware_soap_session`` cookie value of the current session."""
        return self.cookies.get(SESSION_COOKIE)

    @cookie.setter
    def cookie(self, value: str | None) -> None:
        if value:
            check_header_value("session_cookie", value)
        self.cookies.replace(SESSION_COOKIE, value)

    # -- the login recipe -------------------------------------------------------------

    @property
    def can_relogin(self) -> bool:
        """Whether an expired session will be renewed (after a login; not after Logout or a clone)."""
        return self._recipe is not None

    def remember_login(self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...]) -> None:
        """Use ``op(args)`` on ``this`` to log in again when the session expires."""
        with self._lock:
            self._recipe = LoginRecipe(this, op, args)

    def stop_relogin(self) -> None:
        """Forget the login recipe (and the password in it): an expired session stays expired."""
        with self._lock:
            self._recipe = None

    def forget(self) -> None:
        """Drop the session locally: no cookie, no re-login, no keepalive."""
        with self._lock:
            self._recipe = None
            self.user = None
        self.cookie = None  # servers send no expiring cookie on Logout
        keepalive = self._keepalive
        if keepalive is not None and not keepalive.is_current_thread():
            self.stop_keepalive()

    # -- the one entry point ------------------------------------------------------------

    def run(self, call: Call, send: Send | None = None) -> Any:
        """Send ``call`` in the current session; renew an expired one and re-send the call once.

        ``send`` sends this call (default: the session's own); another service
        of the server authenticated by this session (PBM at ``/pbm/sdk``) passes
        its endpoint's. Logins and the ``CurrentTime`` probe always use the session's.
        """
        send = send or self._send
        generation, failed_logins = self.generation, self._failed_logins
        outcome = send(call)
        expired = self._expired(outcome)
        if expired is None or call.op.name in SESSION_OPS:
            return self._gone_object(call, outcome) or self._record(call, outcome, generation)
        _blame(expired, call)
        if self._recipe is None:
            failed = self._login_error
            if failed is not None and self._failed_logins != failed_logins:
                return _relogin_failed(call, failed)  # a re-login for this same expiry failed meanwhile
            return expired
        failure = self._renew(generation, failed_logins, call.operation_id)
        if failure is not None:
            return _relogin_failed(call, failure)
        if self.generation == generation:  # the session was alive: the refusal was for this call
            return expired
        lost = self._lost_error(call)
        if lost is not None:
            return lost
        log.info("re-sending %s (%s) after re-login", call.op.name, call.operation_id)
        generation = self.generation
        outcome = send(call)
        expired = self._expired(outcome)
        if expired is not None:  # still refused in a fresh session: a privilege problem, not expiry
            return _blame(expired, call)
        return self._record(call, outcome, generation)

    def lost(self, exc: BaseException, generation: int, owned: Sequence[ManagedObject]) -> bool:
        """Whether ``exc`` means the objects a helper made (``owned``) at ``generation`` are gone.

        They are when the call was refused for using them (``SessionObjectsLost``), when
        the session was renewed since, or when the server says one of them does not exist.
        """
        if isinstance(exc, SessionObjectsLost):
            return True
        if not isinstance(exc, ServerFault):
            return False
        if self.generation != generation:
            return True
        return self._registry.is_fault(exc, "ManagedObjectNotFound") and getattr(exc, "obj", None) in owned

    def is_lost(self, ref: ManagedObject) -> bool:
        """Whether ``ref`` is a session-bound object (view, filter, collector, lease) of an older session."""
        made = self._objects.get((ref.type, ref.value))
        return made is not None and made < self.generation

    # -- keepalive --------------------------------------------------------------------

    def start_keepalive(
        self, interval: float, ping: Callable[[], object], wait: Callable[[float], bool] | None = None
    ) -> None:
        """Call ``ping`` every ``interval`` seconds on a daemon thread until stopped.

        ``wait(seconds)`` returns True when the keepalive is stopped (an
        ``Event.wait`` by default; tests inject their own).
        """
        if interval <= 0:
            raise ValueError(f"keepalive interval must be > 0 seconds, got {interval}")
        self.stop_keepalive()
        self._keepalive = Keepalive(interval, ping, wait)

    def stop_keepalive(self) -> None:
        """Stop the keepalive thread, if any, and wait for it."""
        keepalive, self._keepalive = self._keepalive, None
        if keepalive is not None:
            keepalive.stop()

    # -- inside ----------------------------------------------------------------------

    def _expired(self, outcome: Any) -> ServerFault | None:
        """The NotAuthenticated fault of an expired session, raised or in-band, else None."""
        if isinstance(outcome, ServerFault):
            return outcome if self._registry.is_fault(outcome, "NotAuthenticated") else None
        found: ServerFault | None = in_band_not_authenticated(outcome, self._registry)
        return found

    def _renew(self, failed_generation: int, failures_seen: int, operation_id: str) -> PyvmomoError | None:
        """Log in again unless another thread already did; single-flight.

        Threads that waited while another one failed to log in get that
        failure instead of trying again (a wrong password must not lock the
        account). A fault from the server drops the recipe.
        """
        with self._login_lock:
            if self.generation != failed_generation:
                return None
            if self._failed_logins != failures_seen and self._login_error is not None:
                return self._login_error
            recipe = self._recipe
            if recipe is None:
                return self._login_error
            if self._alive():
                return None  # NotAuthenticated for this call only (e.g. a privilege): no new session
            login = self._encode(recipe.this, recipe.op, recipe.args, None)
            if isinstance(login, PyvmomoError):
                return login
            log.info("session expired (seen by %s); logging in again (%s)", operation_id, login.operation_id)
            outcome = self._send(login)
            if isinstance(outcome, PyvmomoError):
                log.info("re-login (%s) failed: %s", login.operation_id, outcome)
                self._failed_logins += 1
                self._login_error = outcome
                if isinstance(outcome, ServerFault):
                    self.stop_relogin()
                return outcome
            self._login_error = None
            if self._recipe is not recipe:  # logged out meanwhile: do not bring the session back
                self.cookie = None  # drop the cookie this login just set
                return None
            self._record(login, outcome, self.generation)
            return None

    def _alive(self) -> bool:
        """One CurrentTime, sent without re-login: does the server still know our session?"""
        probe = self._current_time()
        return probe is not None and not isinstance(self._send(probe), PyvmomoError)

    def _current_time(self) -> Call | None:
        current_time = self._registry.operation("CurrentTime")
        if current_time is None:
            return None
        probe = self._encode(self._service_instance(), current_time, (), None)
        return None if isinstance(probe, PyvmomoError) else probe

    def _record(self, call: Call, outcome: Any, generation: int) -> Any:
        """Keep session state true after a call: logins, logouts, session-bound objects."""
        if isinstance(outcome, PyvmomoError):
            return outcome
        name = call.op.name
        if name in LOGIN_OPS or name == "CloneSession":
            with self._lock:
                # A clone ticket works once: a cloned session cannot be renewed.
                self._recipe = LoginRecipe(call.this, call.op, call.args) if name in LOGIN_OPS else None
                self.user = outcome
                self.generation += 1
            log.info("logged in with %s (%s), login %d", name, call.operation_id, self.generation)
        elif name == "Logout" or (name == "TerminateSession" and self._ends_own_session(call.args)):
            self.forget()
            log.info("logged out with %s (%s); automatic re-login is off", name, call.operation_id)
        this = call.this
        if this.type not in SESSION_BOUND_TYPES and not isinstance(outcome, ManagedObject | list):
            return outcome  # most calls: no session-bound object made or ended
        with self._lock:
            if this.type in SESSION_BOUND_TYPES and name.startswith(ENDS_SESSION_OBJECT):
                self._objects.pop((this.type, this.value), None)
            for item in outcome if isinstance(outcome, list) else (outcome,):
                if isinstance(item, ManagedObject) and item.type in SESSION_BOUND_TYPES:
                    self._objects[(item.type, item.value)] = generation
        return outcome

    def _ends_own_session(self, args: tuple[Any, ...]) -> bool:
        keys = args[0] if args else None
        current = getattr(self.user, "key", None)
        return bool(current and keys and current in keys)

    def _lost_error(self, call: Call) -> SessionObjectsLost | None:
        lost = sorted({repr(ref) for ref in references(call.this, call.args) if self.is_lost(ref)})
        if not lost:
            return None
        log.info("not sending %s (%s): it uses %s of an old session", call.op.name, call.operation_id, lost)
        return SessionObjectsLost(
            f"{call.op.name} on {call.this!r}: the session was renewed and {', '.join(lost)} "
            "belonged to the old one; create them again",
            remote_method=call.op.name,
            lost=tuple(lost),
        )

    def _gone_object(self, call: Call, outcome: Any) -> SessionObjectsLost | None:
        """SessionObjectsLost for a ManagedObjectNotFound on a session-bound object of ours.

        vcsim drops a killed session's views before it checks the session, so
        such a call fails with ManagedObjectNotFound, not NotAuthenticated. If
        the object was made in what we believe is the current session, one
        CurrentTime checks that belief (and renews an expired session).
        """
        if not isinstance(outcome, ServerFault):  # the registry's lookup only for faults
            return None
        if not self._registry.is_fault(outcome, "ManagedObjectNotFound"):
            return None
        obj = getattr(outcome, "obj", None)
        if not isinstance(obj, ManagedObject):
            return None
        key = (obj.type, obj.value)
        made = self._objects.get(key)
        if made is None:
            return None
        if made >= self.generation:
            probe = self._current_time()
            if probe is not None:
                self.run(probe)  # outcome unused: only the renewal matters
        lost = self._lost_error(call)
        if lost is None:  # the session is fine: the object is really gone
            with self._lock:
                self._objects.pop(key, None)
        return lost


def discard(obj: ManagedObject, destroy: Callable[[], object]) -> None:
    """Destroy a session-bound object; one already gone is fine, and cleanup never raises."""
    try:
        destroy()
    except SessionObjectsLost:
        log.debug("%r died with its session", obj)
    except PyvmomoError as exc:
        if obj._transport.registry.is_fault(exc, "ManagedObjectNotFound"):
            log.debug("%r is already gone", obj)
        else:
            log.warning("could not destroy %r: %s", obj, exc)


class Keepalive:
    """A daemon thread that calls ``ping`` every ``interval`` seconds until stopped."""

    def __init__(
        self, interval: float, ping: Callable[[], object], wait: Callable[[float], bool] | None
    ) -> None:
        self._interval = interval
        self._ping = ping
        self._stopped = threading.Event()
        self._wait = wait or self._stopped.wait
        self._thread = threading.Thread(target=self._run, name="pyvmomo-keepalive", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._wait(self._interval) and not self._stopped.is_set():
            try:
                self._ping()
            except Exception as exc:  # the thread must outlive a failed ping
                log.warning("keepalive call failed: %s", exc)

    def is_current_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def stop(self) -> None:
        self._stopped.set()
        if not self.is_current_thread():
            self._thread.join(timeout=10)  # don't hang the caller on a ping stuck in its read timeout


def in_band_not_authenticated(outcome: Any, registry: Registry) -> Any:
    """RetrieveProperties(Ex) in-band expiry: every missingSet of every object holds NotAuthenticated."""
    objects = getattr(outcome, "objects", None)
    if objects is None and isinstance(outcome, list):
        objects = outcome
    if not objects:
        return None
    found = None
    for obj in objects:
        if not isinstance(obj, DataObject) or getattr(obj, "propSet", None):
            return None  # any property delivered: the session is alive
        for missing in getattr(obj, "missingSet", None) or ():
            fault = getattr(getattr(missing, "fault", None), "fault", None)
            if not registry.is_fault(fault, "NotAuthenticated"):
                return None
            found = fault
    return found


def references(this: ManagedObject, args: tuple[Any, ...]) -> Iterator[ManagedObject]:
    """Every managed object reference in a call: ``_this`` and all arguments, at any depth."""
    stack: list[Any] = [this, *args]
    while stack:
        item = stack.pop()
        if isinstance(item, ManagedObject):
            yield item
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, DataObject | ServerFault):
            stack.extend(getattr(item, f.name, None) for f in item._fields_)


def _blame(fault: ServerFault, call: Call) -> ServerFault:
    """Name the caller's call on a fault the server sent for it."""
    fault.remote_method, fault.remote_object = call.op.name, repr(call.this)
    return fault


def _relogin_failed(call: Call, failure: PyvmomoError) -> ReloginFailed:
    """The caller's error when its call was refused for an expired session and the re-login failed."""
    error = ReloginFailed(
        f"{call.op.name} on {call.this!r} was not run ({call.operation_id}): the session expired "
        f"and logging in again failed: {failure}",
        remote_method=call.op.name,
        remote_object=repr(call.this),
        login_error=failure,
    )
    error.__cause__ = failure
    return error
