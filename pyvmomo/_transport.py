"""THE transport: every remote call of every proxy goes through ``Transport.invoke``.

One send path, in named stages, loops and no recursion:

``invoke`` -> ``_invoke_logged_in`` -> ``_exchange`` -> ``_post_with_retry`` -> ``_post_once``

- ``invoke`` is the only place a call's failure is raised, so a traceback reads
  user line -> generated method -> ``Transport.invoke``.
- ``_invoke_logged_in`` encodes the request once; when the session has expired
  (``NotAuthenticated`` as a SOAP fault, or in-band in every ``missingSet`` of a
  RetrieveProperties(Ex) reply) it logs in again, once for all threads (the
  session *generation* says whether another thread already did), and re-sends
  that single call, unless it used objects that died with the old session
  (then ``SessionObjectsLost``).
- ``_exchange`` decodes: any exception the decoder raises that is not a
  pyvmomo error becomes a ``ProtocolError``, so hostile or broken replies
  never surface as ``KeyError`` or ``ValueError``.
- ``_post_with_retry`` decides by one question: may the server have seen the
  request? Not if the connection was refused or timed out while connecting:
  every operation is re-sent. After a byte was written (reset, read timeout,
  truncated or non-XML reply, and HTTP 503, which a proxy may send after
  forwarding the request) only operations
  listed in ``wsdl/safe_ops.json`` (``Operation.safe``) are re-sent; any other
  becomes ``OutcomeUnknown``. TLS and thumbprint errors are never retried.
- ``_post_once`` is the one boundary where HTTP errors (``_http``: not sent,
  maybe sent, certificate refused) become pyvmomo's. Replies stop at
  ``max_reply_bytes``.

Hostile XML: replies are parsed by ``_soap.Decoder.parse`` with entity
resolution, DTD loading and network access off; libxml2's own limits refuse
nesting deeper than 256 elements and text nodes over 10,000,000 bytes;
``max_reply_bytes`` (default 512 MiB) caps the reply before parsing.

Logging: ``pyvmomo.transport`` gets logins, re-logins, retries and give-ups at
INFO/WARNING, each with the SOAP ``operationID``; ``pyvmomo.wire`` gets request
and reply bodies at DEBUG with every secret masked (see ``_secrets.py``).
The HTTP layer itself prints nothing.

Only this module uses ``_http`` (a test enforces it): no call can bypass the transport.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast
from urllib.parse import urlsplit, urlunsplit

from ._base import ManagedObject, Operation
from ._errors import (
    ConnectionFailed,
    OutcomeUnknown,
    ProtocolError,
    PyvmomoError,
    ServerFault,
    SessionObjectsLost,
    TlsError,
    TransportError,
)
from ._http import (
    CertificateRefused,
    HttpPool,
    MaybeSent,
    NotSent,
    ReplyTooLarge,
    is_loopback,
    parse_set_cookie,
    sha256_pin,
    tls_context,
)
from ._registry import Registry
from ._secrets import WireMasker, scrub, secret_values
from ._session import (
    ENDS_SESSION_OBJECT,
    LOGIN_OPS,
    SESSION_BOUND_TYPES,
    SESSION_OPS,
    Keepalive,
    LoginRecipe,
    in_band_not_authenticated,
    recent_tasks,
    references,
)
from ._soap import MAX_REPLY_BYTES, Decoded, Decoder, Encoder, version_key

if TYPE_CHECKING:
    from ._retry import RetryPolicy

log = logging.getLogger("pyvmomo.transport")
wire_log = logging.getLogger("pyvmomo.wire")
R = TypeVar("R")

SESSION_COOKIE = "vmware_soap_session"
# "Unavailable": retried like a reset, so only safe operations. A proxy in front of
# the SDK (Envoy: "upstream reset before headers") may answer 503 after forwarding.
_UNAVAILABLE = frozenset({503})
# The connection defaults, here once: ConnectOptions and connect() use these.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 120.0
POOL_SIZE = 16
_USER_AGENT = "pyvmomo/0.1"
_CONTENT_TYPE = "text/xml; charset=utf-8"


class _Reply(NamedTuple):
    status: int
    content: bytes


class _Failure(NamedTuple):
    """A failed try. ``sent``: the server may have seen the request."""

    error: TransportError
    sent: bool
    retryable: bool = True


class _Call(NamedTuple):
    """One encoded SOAP call, re-sendable as is."""

    this: ManagedObject
    op: Operation[Any]
    args: tuple[Any, ...]
    body: bytes
    operation_id: str
    timeout: float | None

    def __repr__(self) -> str:  # args and body may hold a password
        return f"_Call({self.op.name} on {self.this!r}, {self.operation_id})"


class Transport:
    """A session-aware SOAP transport to one vSphere endpoint. Thread-safe.

    Shared between threads: the HTTP connection pool and cookie jar, the
    session (cookie, ``UserSession``, login recipe, generation), the registry
    of session-bound objects and the keepalive thread. Each call encodes,
    sends and decodes on its caller's thread; only re-login is serialised.

    Attributes:
        session: The current ``UserSession``, or None when not logged in.
        auto_relogin: Log in again when the session expires (off after Logout).
        logins: Successful logins so far, re-logins included.
        max_reply_bytes: Replies longer than this are refused (ProtocolError).
    """

    def __init__(
        self,
        url: str,
        *,
        registry: Registry,
        verify: bool | str = True,
        thumbprint: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        retry: RetryPolicy | None = None,
        pool_size: int = POOL_SIZE,
        allow_insecure_http: bool = False,
        max_reply_bytes: int = MAX_REPLY_BYTES,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise ValueError(f"unsupported URL scheme in {url!r}; use https://host/sdk")
        if not parts.hostname:
            raise ValueError(f"no host in {url!r}; use https://host/sdk")
        if not url.isascii():
            raise ValueError(f"{url!r} must be ASCII: percent-encode the path, use the host's IDNA form")
        if parts.scheme == "http" and not (allow_insecure_http or is_loopback(parts.hostname or "")):
            raise ValueError(
                f"refusing plain http to {parts.hostname}: credentials would travel unencrypted; "
                "use https or pass allow_insecure_http=True"
            )
        if thumbprint and parts.scheme != "https":
            raise ValueError("a thumbprint pins a TLS certificate: use an https:// URL")
        self.url = url
        self.server_id = f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
        self.registry = registry
        if retry is None:
            from ._retry import RetryPolicy  # attrs loads on first use, not at import

            retry = RetryPolicy()
        self.retry = retry
        self.timeouts = (connect_timeout, read_timeout)
        self.max_reply_bytes = max_reply_bytes
        self.version = registry.api_version
        self.encoder = Encoder(registry, self.version)
        self.decoder = Decoder(registry, self)
        self.masker = WireMasker(registry)
        self.service_content: Any = None  # set by the client after RetrieveServiceContent
        self.session: Any = None
        self.auto_relogin = True
        self.logins = 0
        tls = tls_context(verify, pinned=bool(thumbprint)) if parts.scheme == "https" else None
        self._pool = HttpPool(
            parts.hostname,
            parts.port or (443 if tls else 80),
            tls=tls,
            pin_sha256=sha256_pin(thumbprint) if thumbprint else None,
            maxsize=pool_size,
            user_agent=_USER_AGENT,
        )
        self._target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        self._cookies: dict[str, str] = {}  # one endpoint: name -> value, sent on every call
        self._cookie_header = ""
        self._op_ids = itertools.count(1)
        self._op_prefix = os.urandom(4).hex()  # tells this client's operationIDs apart in server logs
        self._login_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._generation = 0
        self._relogin_tries = 0
        self._relogin_error: PyvmomoError | None = None
        self._login: LoginRecipe | None = None
        self._session_objects: dict[tuple[str, str], int] = {}
        self._keepalive: Keepalive | None = None

    def __repr__(self) -> str:
        return f"<pyvmomo.Transport {self.url} API {self.version}>"

    # -- session ---------------------------------------------------------------

    @property
    def session_cookie(self) -> str | None:
        """The ``vmware_soap_session`` cookie value of the current session."""
        return self._cookies.get(SESSION_COOKIE)

    @session_cookie.setter
    def session_cookie(self, value: str | None) -> None:
        with self._state_lock:
            self._cookies = {SESSION_COOKIE: value} if value else {}
            self._cookie_header = _cookie_header(self._cookies)

    def _keep_cookies(self, set_cookies: tuple[str, ...]) -> None:
        with self._state_lock:
            cookies = dict(self._cookies)
            for header in set_cookies:
                name, value, expired = parse_set_cookie(header)
                if expired:
                    cookies.pop(name, None)
                elif name:
                    cookies[name] = value
            self._cookies = cookies
            self._cookie_header = _cookie_header(cookies)

    def remember_login(self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...]) -> None:
        """Use ``op(args)`` on ``this`` to log in again when the session expires."""
        with self._state_lock:
            self._login = LoginRecipe(this, op, args)
            self.auto_relogin = True

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

    def close(self) -> None:
        """Stop the keepalive and close pooled connections."""
        self.stop_keepalive()
        self._pool.close()

    # -- version -------------------------------------------------------------------

    def negotiate(self) -> str:
        """Pick the newest API version both the server and the bindings speak."""
        call = _Call(
            ManagedObject(self, "vimServiceVersions.xml"),
            Operation("GET vimServiceVersions.xml", safe=True),
            (),
            b"",
            self._new_operation_id(),
            None,
        )
        reply = self._post_with_retry(call, lambda r: r, get="/sdk/vimServiceVersions.xml")
        if isinstance(reply, PyvmomoError):
            raise reply.with_traceback(None)
        server: list[str] = []
        if reply.status == 200:
            server = _server_versions(reply.content, self.registry.namespace)
        self.use_version(
            choose_version(server, self.registry.versions) if server else self.registry.api_version
        )
        return self.version

    def use_version(self, version: str) -> None:
        """Speak ``version`` from now on (SOAPAction and member checks)."""
        self.version = version
        self.encoder = Encoder(self.registry, version)

    # -- the send path -----------------------------------------------------------

    def invoke(
        self,
        this: ManagedObject,
        op: Operation[R],
        args: tuple[Any, ...] = (),
        timeout: float | None = None,
    ) -> R:
        """Send one SOAP call and return its decoded result; raise its fault."""
        outcome = self._invoke_logged_in(this, op, args, timeout)
        if isinstance(outcome, PyvmomoError):
            raise outcome.with_traceback(None)
        return cast(R, outcome)

    def _invoke_logged_in(
        self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...], timeout: float | None
    ) -> Any:
        call = self._encode(this, op, args, timeout)
        if isinstance(call, PyvmomoError):
            return call
        generation, relogin_tries = self._generation, self._relogin_tries
        outcome = self._exchange(call)
        expired = self._not_authenticated(outcome)
        if expired is None or op.name in SESSION_OPS:
            return self._objects_lost(call, outcome) or self._after(call, outcome, generation)
        expired.remote_method, expired.remote_object = op.name, repr(this)
        if not (self.auto_relogin and self._login is not None):
            # Failed in the same expiry as a re-login that failed meanwhile: report the cause.
            failed = self._relogin_error
            return failed if failed is not None and self._relogin_tries != relogin_tries else expired
        failure = self._relogin(generation, relogin_tries, call.operation_id)
        if failure is not None:
            return failure
        if self._generation == generation:  # the session was alive: the refusal was for this call
            return expired
        lost = self._session_objects_lost(call)
        if lost is not None:
            return lost
        log.info("re-sending %s (%s) after re-login", op.name, call.operation_id)
        generation = self._generation
        outcome = self._exchange(call)
        expired = self._not_authenticated(outcome)
        if expired is not None:  # still refused in a fresh session: a privilege problem, not expiry
            expired.remote_method, expired.remote_object = op.name, repr(this)
            return expired
        return self._after(call, outcome, generation)

    def _encode(
        self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...], timeout: float | None
    ) -> _Call | PyvmomoError:
        """The encoded call, or the input error with every secret argument scrubbed from its message."""
        operation_id = self._new_operation_id()
        try:
            body = self.encoder.request(this, op, args, operation_id)
        except PyvmomoError as exc:
            exc.args = (scrub(f"{op.name} on {this!r}: {exc}", secret_values(op, args)),)
            return exc
        return _Call(this, op, args, body, operation_id, timeout)

    def _exchange(self, call: _Call) -> Any:
        """Post with retry, then decode the reply into a value or an exception."""
        reply = self._post_with_retry(call, lambda r: self._read(call.op, r))
        if not isinstance(reply, Decoded):
            return reply
        return _placed(reply.outcome, call.this)

    def _reply_value(self, this: ManagedObject, op: Operation[Any], status: int, content: bytes) -> Any:
        """What a reply decodes to: a value or a pyvmomo error, never another exception."""
        return _placed(self.decoder.decode((content,), op, status), this)

    def _read(self, op: Operation[Any], reply: _Reply) -> Decoded | ProtocolError:
        """The decoded reply; bytes that are not XML or not SOAP are a ProtocolError, which may be re-sent."""
        # The whole body as one chunk until the HTTP layer hands over bytes as they arrive.
        decoded = self.decoder.read((reply.content,), op, reply.status)
        if not decoded.readable:
            outcome: ProtocolError = decoded.outcome
            return outcome
        return decoded

    def _post_with_retry(
        self, call: _Call, accept: Callable[[_Reply], Any], get: str | None = None
    ) -> Any | PyvmomoError:
        """Send ``call`` until ``accept(reply)`` is not a ProtocolError or the policy says stop."""
        policy = self.retry
        started = policy.clock()
        attempt = 0
        while True:
            attempt += 1
            sent_at = datetime.now(UTC)
            result = self._post_once(call, attempt, get)
            if isinstance(result, _Reply) and result.status in _UNAVAILABLE:
                result = _Failure(
                    ProtocolError(
                        f"HTTP {result.status} reply to {call.op.name}: service unavailable",
                        remote_method=call.op.name,
                        status=result.status,
                    ),
                    sent=True,
                )
            if isinstance(result, _Reply):
                accepted = accept(result)
                if not isinstance(accepted, ProtocolError):
                    return accepted
                result = _Failure(accepted, sent=True)
            failure = result
            failure.error.remote_object = repr(call.this)
            retryable = failure.retryable and (call.op.safe or not failure.sent)
            pause = policy.next_delay(attempt, started) if retryable else None
            if pause is None:
                return self._give_up(call, failure, attempt, sent_at)
            log.info(
                "retrying %s (%s) in %.2f s, try %d failed: %s",
                call.op.name,
                call.operation_id,
                pause,
                attempt,
                failure.error,
            )
            policy.sleep(pause)

    def _give_up(self, call: _Call, failure: _Failure, attempt: int, sent_at: datetime) -> PyvmomoError:
        op, error = call.op, failure.error
        if failure.sent and not op.safe and not isinstance(error, TlsError):
            log.warning("giving up on %s (%s): outcome unknown: %s", op.name, call.operation_id, error)
            unknown = OutcomeUnknown(
                f"{op.name} on {call.this!r} may or may not have run ({call.operation_id}): {error}",
                remote_method=op.name,
                remote_object=repr(call.this),
                operation_id=call.operation_id,
                sent_at=sent_at,
                target=call.this,
            )
            unknown.__cause__ = error
            return unknown
        log.warning("giving up on %s (%s) after %d tries: %s", op.name, call.operation_id, attempt, error)
        return error

    def _post_once(self, call: _Call, attempt: int, get: str | None = None) -> _Reply | _Failure:
        """One HTTP exchange (a POST, or a GET of the path ``get``); HTTP errors are translated here only."""
        op = call.op
        headers = {"Content-Type": _CONTENT_TYPE, "SOAPAction": f'"{self.registry.namespace}/{self.version}"'}
        if self._cookie_header:
            headers["Cookie"] = self._cookie_header
        connect, read = self.timeouts
        if call.timeout is not None:
            connect, read = min(connect, call.timeout), call.timeout
        log.debug("sending %s (%s), try %d", op.name, call.operation_id, attempt)
        if call.body and wire_log.isEnabledFor(logging.DEBUG):
            wire_log.debug(
                "request %s (%s):\n%s",
                op.name,
                call.operation_id,
                self.masker.request(call.body, op, self.session_cookie),
            )
        try:
            if get is None:
                response = self._pool.request(
                    "POST", self._target, headers, call.body, (connect, read), self.max_reply_bytes
                )
            else:
                cookie = {"Cookie": self._cookie_header} if self._cookie_header else {}
                response = self._pool.request("GET", get, cookie, b"", (connect, read), self.max_reply_bytes)
        except CertificateRefused as exc:
            error: TransportError = TlsError(
                f"TLS verification failed for {op.name}: {exc}", remote_method=op.name
            )
            return _Failure(_chain(error, exc), sent=False, retryable=False)
        except NotSent as exc:
            error = ConnectionFailed(f"cannot connect for {op.name}: {exc}", remote_method=op.name)
            return _Failure(_chain(error, exc), sent=False)
        except ReplyTooLarge as exc:
            error = ProtocolError(
                f"reply to {op.name} exceeds max_reply_bytes ({self.max_reply_bytes}): {exc.size} bytes",
                remote_method=op.name,
            )
            return _Failure(_chain(error, exc), sent=True, retryable=False)
        except MaybeSent as exc:  # reset, read timeout, a broken or truncated reply, TLS error mid-exchange
            error = ProtocolError(f"connection lost during {op.name}: {exc}", remote_method=op.name)
            return _Failure(_chain(error, exc), sent=True)
        if response.cookies:
            self._keep_cookies(response.cookies)
        content = response.body
        log.debug("%s (%s) -> HTTP %d, %d bytes", op.name, call.operation_id, response.status, len(content))
        if get is None and wire_log.isEnabledFor(logging.DEBUG):
            wire_log.debug(
                "reply to %s (%s): HTTP %d\n%s",
                op.name,
                call.operation_id,
                response.status,
                self.masker.reply(content, op, self.session_cookie),
            )
        return _Reply(response.status, content)

    def _new_operation_id(self) -> str:
        return f"{self._op_prefix}-{next(self._op_ids)}"

    # -- session bookkeeping ---------------------------------------------------------

    def _after(self, call: _Call, outcome: Any, generation: int) -> Any:
        """Keep session state true after a call: logins, logouts, session-bound objects."""
        if isinstance(outcome, PyvmomoError):
            return outcome
        name = call.op.name
        if name in LOGIN_OPS or name == "CloneSession":
            with self._state_lock:
                # A clone ticket works once: a cloned session cannot be renewed.
                self._login = LoginRecipe(call.this, call.op, call.args) if name in LOGIN_OPS else None
                self.auto_relogin = name in LOGIN_OPS
                self.session = outcome
                self.logins += 1
                self._generation += 1
            log.info("logged in with %s (%s), login %d", name, call.operation_id, self.logins)
        elif name == "Logout" or (name == "TerminateSession" and self._terminates_own_session(call.args)):
            self.forget_session()
            log.info("logged out with %s (%s); automatic re-login is off", name, call.operation_id)
        this = call.this
        if this.type in SESSION_BOUND_TYPES and name.startswith(ENDS_SESSION_OBJECT):
            with self._state_lock:
                self._session_objects.pop((this.type, this.value), None)
        items = outcome if isinstance(outcome, list) else (outcome,)
        for item in items:
            if isinstance(item, ManagedObject) and item.type in SESSION_BOUND_TYPES:
                with self._state_lock:
                    self._session_objects[(item.type, item.value)] = generation
        return outcome

    def forget_session(self) -> None:
        """Drop the session locally: no cookie, no re-login, no keepalive."""
        with self._state_lock:
            self._login = None
            self.auto_relogin = False
            self.session = None
        self.session_cookie = None  # servers send no expiring cookie on Logout
        keepalive = self._keepalive
        if keepalive is not None and not keepalive.is_current_thread():
            self.stop_keepalive()

    def _terminates_own_session(self, args: tuple[Any, ...]) -> bool:
        keys = args[0] if args else None
        current = getattr(self.session, "key", None)
        return bool(current and keys and current in keys)

    def _not_authenticated(self, outcome: Any) -> ServerFault | None:
        """The NotAuthenticated fault of an expired session, raised or in-band, else None."""
        cls = self.registry.loaded_class("NotAuthenticated")
        if cls is None:
            return None
        if isinstance(outcome, ServerFault) and isinstance(outcome, cls):
            return outcome
        found: ServerFault | None = in_band_not_authenticated(outcome, cls)
        return found

    def _relogin(self, failed_generation: int, tries_seen: int, operation_id: str) -> PyvmomoError | None:
        """Log in again unless another thread already did; single-flight.

        Threads that waited while another one failed to log in get that
        failure instead of trying again (a wrong password must not lock the
        account). A fault from the server turns automatic re-login off.
        """
        with self._login_lock:
            if self._generation != failed_generation:
                return None
            if self._relogin_tries != tries_seen and self._relogin_error is not None:
                return self._relogin_error
            recipe = self._login
            if recipe is None or not self.auto_relogin:
                return self._relogin_error
            if self._session_alive():
                return None  # NotAuthenticated for this call only (e.g. a privilege): no new session
            self._relogin_tries += 1
            login = self._encode(recipe.this, recipe.op, recipe.args, None)
            if isinstance(login, PyvmomoError):
                return login
            log.info("session expired (seen by %s); logging in again (%s)", operation_id, login.operation_id)
            outcome = self._exchange(login)
            if isinstance(outcome, PyvmomoError):
                log.warning("re-login (%s) failed: %s", login.operation_id, outcome)
                self._relogin_error = outcome
                if isinstance(outcome, ServerFault):
                    with self._state_lock:
                        self.auto_relogin = False
                return outcome
            self._relogin_error = None
            if self._login is not recipe:  # logged out meanwhile: do not bring the session back
                self.session_cookie = None  # drop the cookie this login just set
                return None
            self._after(login, outcome, self._generation)
            return None

    def _session_alive(self) -> bool:
        """One CurrentTime, sent without re-login: does the server still know our session?

        Non-admin users can get NotAuthenticated for one call in a valid session
        (govmomi #224); logging in again would leak a session per such call.
        """
        current_time = self.registry.operation("CurrentTime")
        if current_time is None:
            return False
        si = self.decoder.reference_value("ServiceInstance", "ServiceInstance")
        probe = self._encode(si, current_time, (), None)
        return not isinstance(probe, PyvmomoError) and not isinstance(self._exchange(probe), PyvmomoError)

    def _session_objects_lost(self, call: _Call) -> SessionObjectsLost | None:
        lost = self._lost_objects(call.this, call.args)
        if not lost:
            return None
        log.warning(
            "not sending %s (%s): it uses %s of an old session", call.op.name, call.operation_id, lost
        )
        return SessionObjectsLost(
            f"{call.op.name} on {call.this!r}: the session was renewed and {', '.join(lost)} "
            "belonged to the old one; create them again",
            remote_method=call.op.name,
            lost=lost,
        )

    def _objects_lost(self, call: _Call, outcome: Any) -> SessionObjectsLost | None:
        """SessionObjectsLost for a ManagedObjectNotFound on a session-bound object of ours.

        vcsim drops a killed session's views before it checks the session, so
        such a call fails with ManagedObjectNotFound, not NotAuthenticated. If
        the object was made in what we believe is the current session, one
        CurrentTime checks that belief (and renews an expired session).
        """
        cls = self.registry.loaded_class("ManagedObjectNotFound")
        if cls is None or not isinstance(outcome, cls):
            return None
        obj = getattr(outcome, "obj", None)
        if not isinstance(obj, ManagedObject):
            return None
        key = (obj.type, obj.value)
        created = self._session_objects.get(key)
        if created is None:
            return None
        if created >= self._generation:
            current_time = self.registry.operation("CurrentTime")
            if current_time is not None:
                si = self.decoder.reference_value("ServiceInstance", "ServiceInstance")
                self._invoke_logged_in(si, current_time, (), None)  # outcome unused: only renewal matters
        lost = self._session_objects_lost(call)
        if lost is None:  # the session is fine: the object is really gone
            with self._state_lock:
                self._session_objects.pop(key, None)
        return lost

    def _lost_objects(self, this: ManagedObject, args: tuple[Any, ...]) -> tuple[str, ...]:
        """Session-bound references of an older session used by this call."""
        if not self._session_objects:
            return ()
        found = set()
        for ref in references(this, args):
            created = self._session_objects.get((ref.type, ref.value))
            if created is not None and created < self._generation:
                found.add(repr(ref))
        return tuple(sorted(found))

    def recent_tasks(self, target: ManagedObject, since: datetime, slack: float = 0.0) -> list[Any]:
        """``TaskInfo`` of recent tasks on ``target`` queued since ``since`` (``_session.recent_tasks``)."""
        return recent_tasks(self, target, since, slack)


def _chain(error: TransportError, cause: BaseException) -> TransportError:
    """Chain ``cause`` without its frames: their locals hold the request (password, cookie)."""
    seen: BaseException | None = cause
    for _ in range(16):  # a bounded walk: exception chains can loop
        if seen is None:
            break
        seen.with_traceback(None)
        seen = seen.__cause__ or seen.__context__
    error.__cause__ = cause
    return error


def _placed(outcome: Any, this: ManagedObject) -> Any:
    """A decoded outcome with the failure (fault or ProtocolError) naming the object it was called on."""
    if isinstance(outcome, PyvmomoError) and hasattr(outcome, "remote_object"):
        outcome.remote_object = repr(this)
    return outcome


def _cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def _server_versions(content: bytes, namespace: str) -> list[str]:
    """Versions listed for ``namespace`` in ``vimServiceVersions.xml``."""
    from lxml import etree  # not at import: `import pyvmomo` stays without lxml

    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return []
    for ns in root.iter("namespace"):
        if (ns.findtext("name") or "").strip() == namespace:
            found = [(ns.findtext("version") or "").strip()]
            found += [(v.text or "").strip() for v in ns.iterfind("priorVersions/version")]
            return [v for v in found if v]
    return []


def choose_version(server: list[str], supported: tuple[str, ...]) -> str:
    """The newest version both sides speak.

    A server newer than the bindings gets the bindings' newest version
    (servers accept older clients); otherwise the newest common version.
    """
    newest = max(supported, key=version_key)
    server_newest = max(server, key=version_key)
    if version_key(server_newest) >= version_key(newest):
        return newest
    common = set(server) & set(supported)
    if common:
        return max(common, key=version_key)
    older = [v for v in supported if version_key(v) <= version_key(server_newest)]
    return max(older, key=version_key) if older else min(supported, key=version_key)
