"""THE transport: every remote call of every proxy goes through ``Transport.invoke``.

One send path, in named stages, loops and no recursion (docs/design.md, "The seams")::

    invoke -> encode -> session.run(call) -> _send: [_try: post, decode as bytes arrive]* -> return or raise

- ``invoke`` is the only place a call's failure is raised, so a traceback reads
  user line -> generated method -> ``Transport.invoke``.
- ``Session.run`` (``_session.py``) owns the login: expiry, single-flight
  re-login, re-sending that one call, session-bound objects.
- ``_send`` is the attempt loop: a failed try is a ``Failure`` saying whether
  the server may have seen the request. If not, any operation is re-sent;
  if so (reset, the try's deadline, a truncated, non-XML or HTML reply,
  HTTP 503), only the safe ones (``wsdl/safe_ops.json``), else
  ``OutcomeUnknown``. TLS and thumbprint errors are never retried.
- ``_failure`` is the one place HTTP errors become pyvmomo's; the decoder
  turns anything a hostile reply makes it raise into a ``ProtocolError``.
- ``negotiate`` reads ``/sdk/vimServiceVersions.xml`` with a GET of its own;
  ``for_service`` makes a transport for another service of the server (PBM)
  in the same pool and session, authenticated by a SOAP header set at each post.

Hostile XML: entity resolution, DTD loading and network access are off;
``max_reply_bytes`` (512 MiB) caps a reply as it arrives. Logging:
``pyvmomo.transport`` at INFO (a failure raised anyway never above INFO),
``pyvmomo.wire`` request and reply bodies at DEBUG with every secret masked.
"""

from __future__ import annotations

import copy
import itertools
import os
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from . import _log
from ._attempts import Failure, chain, give_up, may_retry
from ._base import ManagedObject, Operation
from ._encode import HEADER_OPEN, Encoder
from ._endpoint import choose_proxy, parse_endpoint, parse_tunnel, tls_settings
from ._errors import (
    ConnectionFailed,
    InvalidSetting,
    ProtocolError,
    PyvmomoError,
    TlsError,
    TransportError,
)
from ._http import CertificateRefused, HttpError, HttpPool, NotSent, Pin, ReplyTooLarge
from ._registry import Registry
from ._secrets import WireMasker, scrub, secret_values
from ._session import Call, Session
from ._soap import MAX_REPLY_BYTES, Decoder
from ._transfers import Transfers
from ._versions import choose_version, server_versions

if TYPE_CHECKING:
    import ssl

    from ._retry import RetryPolicy

log = _log.Logger("pyvmomo.transport")
wire_log = _log.Logger("pyvmomo.wire")
R = TypeVar("R")

# Sent through the sdk tunnel when one is configured (re-logins too): vCenter takes them only there.
TUNNELED_OPS = frozenset({"LoginExtensionByCertificate"})
# "Unavailable": retried like a reset, so only safe operations. A proxy in front of
# the SDK (Envoy: "upstream reset before headers") may answer 503 after forwarding.
_UNAVAILABLE = frozenset({503})
# The connection defaults, here once: ConnectOptions and connect() use these.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 120.0
POOL_SIZE = 16
_USER_AGENT = "pyvmomo/0.1"
_CONTENT_TYPE = "text/xml; charset=utf-8"
_VERSIONS = "GET vimServiceVersions.xml"


class Transport:
    """A session-aware SOAP transport to one vSphere endpoint. Thread-safe.

    Threads share the HTTP connection pool and the :class:`~pyvmomo._session.Session`
    (``transport.session``); each call encodes, sends and decodes on its
    caller's thread, and only re-login is serialised.

    Attributes:
        session: The login state: cookie, ``UserSession``, ``ServiceContent``, generation.
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
        proxy: str | None = None,
        trust_env: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        cert: tuple[str, str] | None = None,
        compress: bool = True,
        sdk_tunnel: str | None = None,
    ) -> None:
        endpoint = parse_endpoint(url, allow_insecure_http)
        tls, pin = tls_settings(
            endpoint, verify=verify, thumbprint=thumbprint, ssl_context=ssl_context, cert=cert
        )
        sha256 = Pin("sha256", pin) if pin else None
        self.url = url
        self.server_id: str = endpoint.server_id
        self.registry = registry
        self._retry = retry  # the default policy (and attrs with it) is built when a call first fails
        self.timeouts: tuple[float, float] = (connect_timeout, read_timeout)
        self.max_reply_bytes = max_reply_bytes
        self.version: str = registry.api_version
        self.encoder: Encoder = Encoder(registry, self.version)
        self.decoder: Decoder = Decoder(registry, self)
        self.masker: WireMasker = WireMasker(registry)
        self.session: Session = Session(
            registry,
            send=self._send,
            encode=self._encode,
            service_instance=lambda: self.decoder.reference_value("ServiceInstance", "ServiceInstance"),
        )
        self._target = endpoint.target
        shared: dict[str, Any] = {
            "tls": tls,
            "pin": sha256,
            "user_agent": _USER_AGENT,
            "accept_gzip": compress,
        }
        proxied = choose_proxy(proxy, trust_env, endpoint)
        self._pool = HttpPool(endpoint.host, endpoint.port, maxsize=pool_size, proxy=proxied, **shared)
        # Certificate logins go through the server's sdkTunnel (a CONNECT endpoint), as vCenter
        # requires; the certificate is still checked against the server's own name.
        self._tunnel_pool: HttpPool | None = None
        if sdk_tunnel is not None:
            if tls is None:
                raise InvalidSetting("sdk_tunnel carries TLS with a client certificate: use an https:// URL")
            tunnel = parse_tunnel(sdk_tunnel)
            self._tunnel_pool = HttpPool(
                "sdkTunnel", 8089, maxsize=2, proxy=tunnel, server_name=endpoint.host, **shared
            )
        self.transfers: Transfers = Transfers(
            endpoint,
            self.session,
            tls=tls,
            pin=sha256,
            proxy=self._pool.proxy,
            connect_timeout=connect_timeout,
        )
        self._op_ids = itertools.count(1)
        self._op_prefix = os.urandom(4).hex()  # tells this client's operationIDs apart in server logs
        self._soap_header: Callable[[], bytes] | None = None  # session header elements of another service
        self._keeps_cookies: bool = True

    def for_service(
        self, path: str, registry: Registry, version: str, soap_header: Callable[[], bytes]
    ) -> Transport:
        """A transport to another SOAP service of this server at ``path``, in this session.

        It shares the HTTP pool (so host, TLS settings, pin and proxy), the retry
        policy and the :class:`~pyvmomo._session.Session`; ``soap_header()`` gives
        the header elements that authenticate a call, read at every post. The
        service's reply cookies are not kept: the session is vim25's.
        """
        other = copy.copy(self)
        other.url = f"{self.url.rsplit('/', 1)[0]}{path}" if path.startswith("/") else self.url
        other._target = path
        other.registry = registry
        other.version = version
        other.encoder = Encoder(registry, version)
        other.decoder = Decoder(registry, other, home=self)
        other.masker = WireMasker(registry)
        other._soap_header = soap_header
        other._keeps_cookies = False
        return other

    def __repr__(self) -> str:
        return f"<pyvmomo.Transport {self.url} API {self.version}>"

    @property
    def retry(self) -> RetryPolicy:
        """When a failed call is tried again (the default :class:`~pyvmomo.RetryPolicy` unless given)."""
        if self._retry is None:
            from ._retry import RetryPolicy  # attrs loads here: connect() and healthy calls never need it

            self._retry = RetryPolicy()
        return self._retry

    def _clock(self) -> float:
        """Monotonic seconds from the policy's clock (the default one without building the policy)."""
        return self._retry.clock() if self._retry is not None else time.monotonic()

    @property
    def proxy(self) -> str | None:
        """The proxy calls go through (``http://host:port``, never its credentials), or None."""
        proxy = self._pool.proxy
        return f"http://{proxy.host}:{proxy.port}" if proxy is not None else None

    def close(self) -> None:
        """Stop the keepalive and close pooled connections."""
        self.session.stop_keepalive()
        self._pool.close()
        self.transfers.close()
        if self._tunnel_pool is not None:
            self._tunnel_pool.close()

    # -- version -------------------------------------------------------------------

    def negotiate(self) -> str:
        """Pick the newest API version both the server and the bindings speak."""
        started, attempt = self._clock(), 0
        while True:
            attempt += 1
            log.debug("sending %s, try %d", _VERSIONS, attempt)
            headers = {"Cookie": self.session.cookies.header} if self.session.cookies.header else {}
            connect, budget = self._budget(None)
            try:
                response = self._pool.request(
                    "GET",
                    "/sdk/vimServiceVersions.xml",
                    headers,
                    b"",
                    connect_timeout=connect,
                    timeout=budget,
                    max_bytes=self.max_reply_bytes,
                )
                break
            except HttpError as exc:
                failure = self._failure(exc, _VERSIONS)
            policy = self.retry
            pause = policy.next_delay(attempt, started) if failure.retryable else None
            if pause is None:
                log.info("giving up on %s after %d tries: %s", _VERSIONS, attempt, failure.error)
                raise failure.error.with_traceback(None)
            log.info("retrying %s in %.2f s, try %d failed: %s", _VERSIONS, pause, attempt, failure.error)
            policy.sleep(pause)
        server = server_versions(response.body, self.registry.namespace) if response.status == 200 else []
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
        call = self._encode(this, op, args, timeout)
        outcome = call if isinstance(call, PyvmomoError) else self.session.run(call, self._send)
        if isinstance(outcome, PyvmomoError):
            raise outcome.with_traceback(None)
        return cast(R, outcome)

    def _encode(
        self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...], timeout: float | None
    ) -> Call | PyvmomoError:
        """The encoded call, or the input error with every secret argument scrubbed from its message."""
        operation_id = f"{self._op_prefix}-{next(self._op_ids)}"
        try:
            body = self.encoder.request(this, op, args, operation_id)
        except PyvmomoError as exc:
            exc.args = (scrub(f"{op.name} on {this!r}: {exc}", secret_values(op, args)),)
            return exc
        return Call(this, op, args, body, operation_id, timeout)

    def _send(self, call: Call) -> Any:
        """The attempt loop: a try, and from its failure the decision whether to try again."""
        started = self._clock()
        failures: list[Failure] = []  # every failed try, for the give-up's message
        while True:
            sent_at = datetime.now(UTC)
            outcome = self._try(call, len(failures) + 1)
            if not isinstance(outcome, Failure):
                return outcome
            outcome.error.remote_object = repr(call.this)
            failures.append(outcome)
            policy = self.retry
            pause = policy.next_delay(len(failures), started) if may_retry(call.op, outcome) else None
            if pause is None:
                return give_up(call, failures, sent_at)
            log.info(
                "retrying %s (%s) in %.2f s, try %d failed: %s",
                call.op.name,
                call.operation_id,
                pause,
                len(failures),
                outcome.error,
            )
            policy.sleep(pause)

    def _try(self, call: Call, attempt: int) -> Any:
        """One POST of ``call``, its reply decoded as the bytes arrive; any failure is a ``Failure``."""
        op = call.op
        headers = {"Content-Type": _CONTENT_TYPE, "SOAPAction": f'"{self.registry.namespace}/{self.version}"'}
        cookies = self.session.cookies.header
        if cookies:
            headers["Cookie"] = cookies
        body = call.body
        if self._soap_header is not None:  # the session as of this post, not as of encoding
            body = body.replace(HEADER_OPEN, HEADER_OPEN + self._soap_header(), 1)
        debug = log.isEnabledFor(_log.DEBUG)  # once: two lines per call, most often not logged
        if debug:
            log.debug("sending %s (%s), try %d", op.name, call.operation_id, attempt)
        logged = wire_log.isEnabledFor(_log.DEBUG)
        if logged:
            masked = self.masker.request(body, op, self.session.cookie)
            wire_log.debug("request %s (%s):\n%s", op.name, call.operation_id, masked)
        pool = self._tunnel_pool if op.name in TUNNELED_OPS and self._tunnel_pool else self._pool
        connect, budget = self._budget(call.timeout)
        try:
            with pool.stream(
                "POST",
                self._target,
                headers,
                body,
                connect_timeout=connect,
                timeout=budget,
                max_bytes=self.max_reply_bytes,
            ) as reply:
                if reply.cookies and self._keeps_cookies:
                    self.session.cookies.keep(reply.cookies)
                chunks = iter(reply.chunks())
                if logged:  # the masked log needs the whole reply: no overlap while debugging
                    whole = b"".join(chunks)
                    masked = self.masker.reply(whole, op, self.session.cookie)
                    wire_log.debug(
                        "reply to %s (%s): HTTP %d\n%s", op.name, call.operation_id, reply.status, masked
                    )
                    chunks = iter((whole,))
                outcome = self._decode(call, reply.status, chunks)
                for _ in chunks:  # bytes the decoder did not need: read, so the connection is reused
                    pass
        except HttpError as exc:
            return self._failure(exc, op.name)
        if debug:
            log.debug("%s (%s) -> HTTP %d", op.name, call.operation_id, reply.status)
        return outcome

    def _budget(self, timeout: float | None) -> tuple[float, float]:
        """(connect, whole try) seconds: the call's own ``_timeout=`` replaces the default budget."""
        connect, budget = self.timeouts
        if timeout is not None:
            connect, budget = min(connect, timeout), timeout
        return connect, budget

    def _failure(self, exc: HttpError, name: str) -> Failure:
        """An HTTP error as pyvmomo's, with what the retry decision needs: translated here only."""
        if isinstance(exc, CertificateRefused):
            error: TransportError = TlsError(f"TLS verification failed for {name}: {exc}", remote_method=name)
            return Failure(chain(error, exc), sent=False, retryable=False)
        if isinstance(exc, NotSent):
            error = ConnectionFailed(f"cannot connect for {name}: {exc}", remote_method=name)
            return Failure(chain(error, exc), sent=False)
        if isinstance(exc, ReplyTooLarge):
            error = ProtocolError(
                f"reply to {name} exceeds max_reply_bytes ({self.max_reply_bytes}): {exc.size} bytes",
                remote_method=name,
            )
            return Failure(chain(error, exc), sent=True, retryable=False)
        # reset, deadline, a broken or truncated reply, TLS error mid-exchange
        error = ProtocolError(f"connection lost during {name}: {exc}", remote_method=name)
        return Failure(chain(error, exc), sent=True)

    def _decode(self, call: Call, status: int, chunks: Iterable[bytes]) -> Any:
        """The reply's value, or its fault; a reply that is no usable SOAP is a maybe-sent ``Failure``."""
        op = call.op
        if status in _UNAVAILABLE:
            error = ProtocolError(f"HTTP {status} reply to {op.name}: service unavailable", status=status)
            error.remote_method = op.name
            return Failure(error, sent=True)
        decoded = self.decoder.read(chunks, op, status)  # HTTP errors on the way pass through
        if not decoded.readable:  # not XML, not SOAP: the server may have run it; safe calls are re-sent
            return Failure(decoded.outcome, sent=True)
        outcome = decoded.outcome
        if isinstance(outcome, PyvmomoError) and hasattr(outcome, "remote_object"):
            outcome.remote_object = repr(call.this)  # a fault, or a reply that did not decode
        return outcome
