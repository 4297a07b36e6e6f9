"""THE transport: every remote call of every proxy goes through ``Transport.invoke``.

One send path, in named stages, loops and no recursion:

``invoke`` -> ``_invoke_logged_in`` -> ``_post_with_retry`` -> ``_post_once``

- ``invoke`` is the only place a call's failure is raised, so a traceback reads
  user line -> generated method -> ``Transport.invoke``.
- ``_invoke_logged_in`` encodes the request, and when the session has expired
  (``NotAuthenticated`` as a SOAP fault, or in-band in every ``missingSet`` of a
  RetrievePropertiesEx reply) logs in again, once for all threads, and re-sends
  that single call, unless it used objects that died with the old session.
- ``_post_with_retry`` re-sends a call whose request never reached the server,
  or that the server refused with 503; after the request may have been seen,
  only operations listed in ``wsdl/safe_ops.json`` are re-sent. TLS errors are
  never retried.
- ``_post_once`` is the one boundary where ``requests`` errors become pyvmomo's.

Only this module imports ``requests`` (a test enforces it).
"""

from __future__ import annotations

import ipaddress
import itertools
import logging
import random as _random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit, urlunsplit

import requests
import urllib3
from lxml import etree
from requests.adapters import HTTPAdapter

from ._base import DataObject, ManagedObject, Operation
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
from ._registry import Registry
from ._retry import RetryPolicy
from ._soap import SOAPENV, Decoder, Encoder, version_key

log = logging.getLogger("pyvmomo.transport")
R = TypeVar("R")

SESSION_COOKIE = "vmware_soap_session"
# Operations that create or end the session itself: never followed by a re-login.
_SESSION_OPS = frozenset(
    {
        "Login",
        "LoginByToken",
        "LoginExtensionByCertificate",
        "LoginExtensionBySubjectName",
        "LoginBySSPI",
        "CloneSession",
        "Logout",
        "RetrieveServiceContent",
    }
)
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
_RETRY_STATUS = frozenset({503})  # the server says it did not handle the request


@dataclass(frozen=True)
class _Reply:
    status: int
    content: bytes


@dataclass(frozen=True)
class _Failure:
    """A failed exchange; ``sent`` says whether the server may have seen the request."""

    error: TransportError
    sent: bool


@dataclass
class _LoginRecipe:
    """How the current session was made, so that it can be made again."""

    this: ManagedObject
    op: Operation[Any]
    args: tuple[Any, ...]


class _PinnedAdapter(HTTPAdapter):
    """Checks the server certificate's SHA-256 fingerprint instead of its chain."""

    def __init__(self, fingerprint: str, **kwargs: Any) -> None:
        self._fingerprint = fingerprint
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        kwargs["cert_reqs"] = "CERT_NONE"
        super().init_poolmanager(*args, **kwargs)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Transport:
    """A session-aware SOAP transport to one vSphere endpoint. Thread-safe.

    Shared between threads: the HTTP connection pool, the session cookie, the
    login recipe and the session generation. Each call encodes, sends and
    decodes on its own thread.
    """

    def __init__(
        self,
        url: str,
        *,
        registry: Registry,
        verify: bool | str = True,
        thumbprint: str | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 120.0,
        retry: RetryPolicy | None = None,
        pool_size: int = 16,
        allow_insecure_http: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = _random.random,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise ValueError(f"unsupported URL scheme in {url!r}; use https://host/sdk")
        if parts.scheme == "http" and not (allow_insecure_http or _is_loopback(parts.hostname or "")):
            raise ValueError(
                f"refusing plain http to {parts.hostname}: credentials would travel unencrypted; "
                "use https or pass allow_insecure_http=True"
            )
        self.url = url
        self.server_id = f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
        self.registry = registry
        self.retry = retry or RetryPolicy()
        self.timeouts = (connect_timeout, read_timeout)
        self.version = registry.api_version
        self.encoder = Encoder(registry, self.version)
        self.decoder = Decoder(registry, self)
        self.service_content: Any = None  # set by the client after RetrieveServiceContent
        self.auto_relogin = True
        self.logins = 0
        self._sleep, self._clock, self._random = sleep, clock, random
        self._http = requests.Session()
        self._http.headers.update({"Content-Type": "text/xml; charset=utf-8", "User-Agent": "pyvmomo/0.1"})
        self._http.trust_env = False
        if thumbprint:
            digest = thumbprint.lower().removeprefix("sha256:").replace(":", "")
            if len(digest) != 64:
                raise ValueError("thumbprint must be 'sha256:' followed by 64 hex digits")
            adapter: HTTPAdapter = _PinnedAdapter(
                digest, pool_connections=1, pool_maxsize=pool_size, max_retries=0
            )
            self._http.verify = False
        else:
            adapter = HTTPAdapter(pool_connections=1, pool_maxsize=pool_size, max_retries=0)
            self._http.verify = verify
        self._http.mount("https://", adapter)
        self._http.mount("http://", adapter)
        self._op_ids = itertools.count(1)
        self._op_prefix = uuid.uuid4().hex[:8]
        self._login_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._generation = 0
        self._login: _LoginRecipe | None = None
        self._session_objects: dict[tuple[str, str], int] = {}

    # -- session ---------------------------------------------------------------

    @property
    def session_cookie(self) -> str | None:
        """The ``vmware_soap_session`` cookie value of the current session."""
        for cookie in self._http.cookies:
            if cookie.name == SESSION_COOKIE:
                return cookie.value
        return None

    @session_cookie.setter
    def session_cookie(self, value: str | None) -> None:
        self._http.cookies.clear()
        if value:
            host = urlsplit(self.url).hostname or ""
            self._http.cookies.set(SESSION_COOKIE, value, domain=host if "." in host else "", path="/")

    def close(self) -> None:
        """Close pooled connections."""
        self._http.close()

    # -- version -------------------------------------------------------------------

    def negotiate(self) -> str:
        """Pick the newest API version both the server and the bindings speak."""
        parts = urlsplit(self.url)
        versions_url = urlunsplit((parts.scheme, parts.netloc, "/sdk/vimServiceVersions.xml", "", ""))
        try:
            response = self._http.get(versions_url, timeout=self.timeouts)
        except requests.exceptions.SSLError as exc:
            raise TlsError(f"TLS verification of {parts.netloc} failed: {exc}") from exc
        except requests.exceptions.RequestException as exc:
            raise ConnectionFailed(f"cannot reach {versions_url}: {exc}") from exc
        server: list[str] = []
        if response.status_code == 200:
            server = _server_versions(response.content, self.registry.namespace)
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
        try:
            operation_id = f"{self._op_prefix}-{next(self._op_ids)}"
            body = self.encoder.request(this, op, args, operation_id)
        except PyvmomoError as exc:
            exc.args = (f"{op.name} on {this!r}: {exc}",)
            return exc
        generation = self._generation
        outcome = self._exchange(this, op, body, operation_id, timeout)
        if not self._is_not_authenticated(outcome) or op.name in _SESSION_OPS:
            return self._after(this, op, args, outcome)
        if not (self.auto_relogin and self._login is not None):
            return outcome
        failure = self._relogin(generation)
        if failure is not None:
            return failure
        lost = self._lost_objects(this, args)
        if lost:
            return SessionObjectsLost(
                f"{op.name} on {this!r}: the session was renewed and {', '.join(lost)} "
                "belonged to the old one; create them again",
                remote_method=op.name,
                lost=lost,
            )
        log.info("re-sending %s (%s) after re-login", op.name, operation_id)
        return self._after(this, op, args, self._exchange(this, op, body, operation_id, timeout))

    def _exchange(
        self,
        this: ManagedObject,
        op: Operation[Any],
        body: bytes,
        operation_id: str,
        timeout: float | None,
    ) -> Any:
        """Post with retry, then decode the reply into a value or an exception."""
        reply = self._post_with_retry(this, op, body, operation_id, timeout)
        if isinstance(reply, PyvmomoError):
            return reply
        element = self.decoder.parse(reply.content, op, reply.status)
        if isinstance(element, PyvmomoError):
            element.remote_object = repr(this)
            return element
        if element.tag == f"{{{SOAPENV}}}Fault":
            fault = self.decoder.fault(element)
            fault.remote_method = op.name
            fault.remote_object = repr(this)
            return fault
        if reply.status != 200:
            return ProtocolError(
                f"HTTP {reply.status} reply to {op.name} without a fault",
                remote_method=op.name,
                status=reply.status,
            )
        return self.decoder.response(element, op)

    def _post_with_retry(
        self,
        this: ManagedObject,
        op: Operation[Any],
        body: bytes,
        operation_id: str,
        timeout: float | None,
    ) -> _Reply | PyvmomoError:
        start = self._clock()
        sent_at = datetime.now(UTC)
        attempt = 0
        while True:
            attempt += 1
            result = self._post_once(op, body, timeout)
            if isinstance(result, _Reply) and result.status not in _RETRY_STATUS:
                return result
            if isinstance(result, _Reply):
                failure = _Failure(
                    ProtocolError(
                        f"HTTP {result.status} reply to {op.name}",
                        remote_method=op.name,
                        status=result.status,
                    ),
                    sent=False,
                )
            else:
                failure = result
            error = failure.error
            error.remote_object = repr(this)
            retryable = not isinstance(error, TlsError) and (not failure.sent or op.safe)
            elapsed = self._clock() - start
            deadline = self.retry.deadline
            if (
                not retryable
                or attempt >= self.retry.attempts
                or (deadline is not None and elapsed >= deadline)
            ):
                if failure.sent and not op.safe and not isinstance(error, TlsError):
                    log.warning("giving up on %s (%s): outcome unknown: %s", op.name, operation_id, error)
                    unknown = OutcomeUnknown(
                        f"{op.name} on {this!r} may or may not have run: {error}",
                        remote_method=op.name,
                        remote_object=repr(this),
                        operation_id=operation_id,
                        sent_at=sent_at,
                        target=this,
                    )
                    unknown.__cause__ = error
                    return unknown
                log.warning("giving up on %s (%s) after %d tries: %s", op.name, operation_id, attempt, error)
                return error
            pause = self.retry.delay(attempt, self._random)
            log.warning(
                "retrying %s (%s), try %d, in %.2f s: %s",
                op.name,
                operation_id,
                attempt + 1,
                pause,
                error,
            )
            self._sleep(pause)

    def _post_once(self, op: Operation[Any], body: bytes, timeout: float | None) -> _Reply | _Failure:
        """One HTTP POST; ``requests`` errors are translated here and nowhere else."""
        headers = {"SOAPAction": f'"{self.registry.namespace}/{self.version}"'}
        timeouts = self.timeouts if timeout is None else (min(self.timeouts[0], timeout), timeout)
        try:
            response = self._http.post(self.url, data=body, headers=headers, timeout=timeouts)
            content = response.content
        except requests.exceptions.SSLError as exc:
            return _Failure(
                _chain(
                    TlsError(f"TLS verification failed for {op.name}: {exc}", remote_method=op.name),
                    exc,
                ),
                sent=False,
            )
        except requests.exceptions.ConnectTimeout as exc:
            return _Failure(
                _chain(ConnectionFailed(f"connect timeout for {op.name}", remote_method=op.name), exc),
                sent=False,
            )
        except requests.exceptions.ConnectionError as exc:
            sent = not _never_connected(exc)
            cls = ProtocolError if sent else ConnectionFailed
            return _Failure(
                _chain(cls(f"connection failed during {op.name}: {exc}", remote_method=op.name), exc),
                sent=sent,
            )
        except requests.exceptions.RequestException as exc:  # read timeout, broken chunking...
            return _Failure(
                _chain(
                    ProtocolError(f"{type(exc).__name__} during {op.name}: {exc}", remote_method=op.name),
                    exc,
                ),
                sent=True,
            )
        log.debug("%s -> HTTP %d, %d bytes", op.name, response.status_code, len(content))
        return _Reply(response.status_code, content)

    # -- session bookkeeping ---------------------------------------------------------

    def _after(self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...], outcome: Any) -> Any:
        """Keep session state true after a call: logins, logouts, session-bound objects."""
        if isinstance(outcome, PyvmomoError):
            return outcome
        name = op.name
        if name in (
            "Login",
            "LoginByToken",
            "LoginExtensionByCertificate",
            "LoginExtensionBySubjectName",
            "LoginBySSPI",
        ):
            with self._state_lock:
                self._login = _LoginRecipe(this, op, args)
                self.auto_relogin = True
                self.logins += 1
        elif name == "CloneSession":
            with self._state_lock:
                self._login = None  # a clone ticket works once
                self.logins += 1
        elif name == "Logout" or (name == "TerminateSession" and self._terminates_own_session(args)):
            with self._state_lock:
                self._login = None
                self.auto_relogin = False
        items = outcome if isinstance(outcome, list) else (outcome,)
        for item in items:
            if isinstance(item, ManagedObject) and item.type in SESSION_BOUND_TYPES:
                with self._state_lock:
                    self._session_objects[(item.type, item.value)] = self._generation
        return outcome

    def _terminates_own_session(self, args: tuple[Any, ...]) -> bool:
        keys = args[0] if args else []
        current = getattr(getattr(self.service_content, "_session", None), "key", None)
        return bool(current and current in (keys or []))

    def _is_not_authenticated(self, outcome: Any) -> bool:
        cls = self.registry.data_class("NotAuthenticated")
        if cls is None:
            return False
        if isinstance(outcome, cls):
            return True
        return _all_missing_not_authenticated(outcome, cls)

    def _relogin(self, failed_generation: int) -> PyvmomoError | None:
        """Log in again unless another thread already did; single-flight."""
        with self._login_lock:
            if self._generation != failed_generation:
                return None
            recipe = self._login
            if recipe is None:
                return None
            log.info("session expired; logging in again (login %d)", self.logins + 1)
            outcome = self._exchange(
                recipe.this,
                recipe.op,
                self.encoder.request(
                    recipe.this, recipe.op, recipe.args, f"{self._op_prefix}-{next(self._op_ids)}"
                ),
                "relogin",
                None,
            )
            if isinstance(outcome, PyvmomoError):
                log.warning("re-login failed: %s", outcome)
                return outcome
            with self._state_lock:
                self._generation += 1
                self.logins += 1
            return None

    def _lost_objects(self, this: ManagedObject, args: tuple[Any, ...]) -> tuple[str, ...]:
        """Session-bound references of an older session used by this call."""
        if not self._session_objects:
            return ()
        found: list[str] = []
        stack: list[Any] = [this, *args]
        while stack:
            item = stack.pop()
            if isinstance(item, ManagedObject):
                created = self._session_objects.get((item.type, item.value))
                if created is not None and created < self._generation:
                    found.append(repr(item))
            elif isinstance(item, list | tuple):
                stack.extend(item)
            elif isinstance(item, DataObject | ServerFault):
                stack.extend(getattr(item, f.name, None) for f in item._fields_)
        return tuple(sorted(set(found)))


def _chain(error: TransportError, cause: BaseException) -> TransportError:
    error.__cause__ = cause
    return error


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the TCP connection was never made, so no byte was sent."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError):
            return True
        if isinstance(cause, urllib3.exceptions.MaxRetryError):
            cause = cause.reason
            continue
        cause = (
            cause.__cause__ or cause.__context__
            if cause.__cause__ or cause.__context__
            else (
                exc.args[0] if cause is exc and exc.args and isinstance(exc.args[0], BaseException) else None
            )
        )
    return False


def _all_missing_not_authenticated(outcome: Any, cls: type) -> bool:
    """In-band NotAuthenticated: every missingSet of every object says so."""
    objects = getattr(outcome, "objects", None)
    if objects is None and isinstance(outcome, list):
        objects = outcome
    if not objects:
        return False
    seen = False
    for obj in objects:
        for missing in getattr(obj, "missingSet", None) or ():
            fault = getattr(getattr(missing, "fault", None), "fault", None)
            if not isinstance(fault, cls):
                return False
            seen = True
    return seen


def _server_versions(content: bytes, namespace: str) -> list[str]:
    """Versions listed for ``namespace`` in ``vimServiceVersions.xml``."""
    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
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
