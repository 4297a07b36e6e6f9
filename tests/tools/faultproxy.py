"""Fault-injecting HTTP/1.1 reverse proxy for SOAP wire tests.

Role:
    The SDK's resilience tests need a vSphere endpoint that misbehaves on cue:
    drops a connection before or after the request reached the server, resets
    it half-way through a response, stalls, answers with a load-balancer 503
    page, or hands back broken XML.  ``FaultProxy`` sits between the SDK's
    ``requests``-based transport and a real upstream (normally vcsim at
    ``http://127.0.0.1:PORT/sdk``) and injects such faults per SOAP method, so
    a test can say "the next ``CreateFolder`` gets its connection reset
    mid-response" and afterwards check on the upstream whether the call was
    executed (``proxy.delivered["CreateFolder"]``).

Design decisions:
    * Raw sockets, not an HTTP framework.  Faults must be real TCP events: an
      RST is produced with ``SO_LINGER {1, 0}`` followed by ``close()``, and
      "connection refused" by really closing the listening socket
      (:meth:`FaultProxy.stop_listening`).  A small accept loop (selector plus
      a wake-up socket pair, so stopping never needs a timeout poll) hands
      each accepted socket to its own daemon thread.
    * HTTP/1.1 keep-alive toward the client: several requests are served per
      connection, as the SDK's connection pool expects.  Request bodies may be
      ``Content-Length`` or chunked.
    * Upstream side uses :mod:`http.client` with a fresh connection per
      request.  That costs a loopback connect per call but rules out the
      stale-keep-alive retry that could deliver a request twice, which would
      make ``delivered`` counts untrustworthy.  The upstream response is read
      completely (``Content-Length`` or chunked) and re-framed toward the
      client with ``Content-Length``; hop-by-hop headers are dropped, all
      others (``Set-Cookie`` included, repeated headers kept) pass through.
      Request headers (``Cookie``, ``SOAPAction``, ``Content-Type``...) are
      forwarded unchanged except the hop-by-hop ones and ``Host``, which is
      rewritten to the upstream's address as a reverse proxy does.
    * A request is "delivered" once its bytes were written to the upstream
      socket; the counter is incremented before the upstream response is
      read, so when the client observes a fault of a forwarding mode the
      count is already visible.  :meth:`FaultProxy.wait_delivered` exists for
      callers that want to block on it anyway.
    * Fault rules are consumed in FIFO order per SOAP method (the local name
      of the first element child of ``soapenv:Body``); ``"*"`` matches any
      POST and is consulted only when no method-specific rule is pending.
      GET and other non-POST requests are never faulted nor counted; a POST
      whose body is no SOAP envelope is forwarded (and matched only by
      ``"*"``) but not counted.
    * Only :meth:`FaultProxy.stop_listening` is a refusal the *client* can
      recognise: the kernel answers its connect with ECONNREFUSED, so it
      knows no byte of the request was sent.  ``stop_listening`` also closes
      idle keep-alive connections, and a connection counts as idle from just
      before the last byte of a response is written, so a pooled client that
      calls again right after a reply finds its connection dropped, reconnects
      and is refused.  Restart with :meth:`FaultProxy.start_listening` (a
      retry hook of the client under test can do it to model "the server
      came back during the backoff"), or use :meth:`FaultProxy.refuse_for`,
      an outage that ends on a timer.
    * The per-method ``refuse`` mode has to read the request to learn its
      SOAP method, and ``refuse_connections`` accepts before resetting: in
      both the request never reaches upstream, but the client may already
      have written it, so to the client they look like a reset after sending.
      While either is in force a request arriving on an already open
      keep-alive connection is dropped as well, so "the request never reached
      upstream" always holds.
    * Before an RST that follows partial response bytes, the proxy waits
      (bounded, Linux ``TIOCOUTQ``) until the kernel send queue is drained,
      so the client really receives the partial response before the reset
      instead of the kernel discarding it.
"""

from __future__ import annotations

import collections
import contextlib
import http.client
import logging
import selectors
import socket
import struct
import sys
import threading
import time
import types
import urllib.parse
from dataclasses import dataclass, replace
from typing import Final, Literal, Self, get_args

from lxml import etree

__all__ = [
    "ANY_METHOD",
    "FAULT_MODES",
    "FaultMode",
    "FaultProxy",
    "soap_method_name",
]

_log = logging.getLogger(__name__)

FaultMode = Literal[
    "refuse",
    "reset_before_response",
    "reset_mid_response",
    "delay",
    "http_503",
    "truncate",
]
"""The fault kinds :meth:`FaultProxy.inject` understands."""

FAULT_MODES: Final[frozenset[str]] = frozenset(get_args(FaultMode))
"""All valid fault mode names."""

ANY_METHOD: Final = "*"
"""Rule key matching every POST request (used when no specific rule is pending)."""

SERVICE_UNAVAILABLE_BODY: Final = b"<html><body>Service Unavailable</body></html>"
"""Body of the ``http_503`` answer, as a load balancer in front of vCenter sends it."""

_SOAP_ENV_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
_MAX_LINE: Final = 65536
_DRAIN_TIMEOUT_S: Final = 1.0
_JOIN_TIMEOUT_S: Final = 5.0
_HOP_BY_HOP: Final[frozenset[str]] = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
    }
)


def soap_method_name(body: bytes) -> str | None:
    """Return the SOAP operation name carried by a request body.

    Args:
        body: The raw HTTP request body.

    Returns:
        The local name of the first element child of ``soapenv:Body``, or
        ``None`` when the body is not a parseable SOAP 1.1 envelope.
    """
    if not body:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None
    soap_body = root.find(f"{{{_SOAP_ENV_NS}}}Body")
    if soap_body is None:
        return None
    for child in soap_body:
        if isinstance(child.tag, str):
            return etree.QName(child).localname
    return None


class _BadRequestError(Exception):
    """The client sent something that is not a valid HTTP/1.x request."""


@dataclass
class _Rule:
    """One pending fault: a mode applied to the next ``remaining`` matches."""

    mode: FaultMode
    remaining: int
    delay_s: float


@dataclass
class _Request:
    """A fully read client request."""

    method: str
    target: str
    headers: http.client.HTTPMessage
    body: bytes
    keep_alive: bool


@dataclass
class _Response:
    """A fully read upstream response (body already de-chunked)."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


class _Reader:
    """Thin typed wrapper so helper signatures stay simple."""

    def __init__(self, sock: socket.socket) -> None:
        self._file = sock.makefile("rb")

    def readline(self, limit: int) -> bytes:
        """Read one line of at most ``limit`` bytes."""
        return self._file.readline(limit)

    def read(self, size: int) -> bytes:
        """Read exactly ``size`` bytes unless EOF comes first."""
        return self._file.read(size)

    def headers(self) -> http.client.HTTPMessage:
        """Parse an HTTP header block (up to the blank line)."""
        try:
            return http.client.parse_headers(self._file)
        except http.client.HTTPException as exc:
            raise _BadRequestError(str(exc)) from exc

    def close(self) -> None:
        """Release the buffered file (the socket itself stays open)."""
        self._file.close()


def _read_line(reader: _Reader) -> bytes:
    line = reader.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE:
        raise _BadRequestError("line too long")
    return line


def _read_chunked(reader: _Reader) -> bytes | None:
    chunks: list[bytes] = []
    while True:
        line = _read_line(reader)
        if not line:
            return None
        size_text = line.split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError as exc:
            raise _BadRequestError("bad chunk size") from exc
        if size < 0:
            raise _BadRequestError("bad chunk size")
        if size == 0:
            break
        data = reader.read(size)
        if len(data) < size:
            return None
        chunks.append(data)
        if _read_line(reader) not in (b"\r\n", b"\n"):
            raise _BadRequestError("missing CRLF after chunk")
    while True:  # trailer section
        line = _read_line(reader)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            return b"".join(chunks)


def _read_request(reader: _Reader) -> _Request | None:
    """Read one request; ``None`` means the client closed the connection."""
    line = _read_line(reader)
    while line in (b"\r\n", b"\n"):  # tolerate stray CRLF between requests
        line = _read_line(reader)
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _BadRequestError(f"bad request line {line!r}")
    method, target, version = parts
    headers = reader.headers()
    transfer_encoding = headers.get("Transfer-Encoding", "").lower()
    body: bytes | None
    if "chunked" in transfer_encoding:
        body = _read_chunked(reader)
    else:
        length_text = headers.get("Content-Length")
        try:
            length = int(length_text) if length_text is not None else 0
        except ValueError as exc:
            raise _BadRequestError("bad Content-Length") from exc
        if length < 0:
            raise _BadRequestError("bad Content-Length")
        body = reader.read(length) if length else b""
        if len(body) < length:
            body = None
    if body is None:
        return None
    tokens = {t.strip().lower() for t in headers.get("Connection", "").split(",")}
    keep_alive = "keep-alive" in tokens if version == "HTTP/1.0" else "close" not in tokens
    return _Request(method, target, headers, body, keep_alive)


def _encode_head(status: int, reason: str, headers: list[tuple[str, str]], *, keep_alive: bool) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines.extend(f"{name}: {value}" for name, value in headers)
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _wait_send_drained(sock: socket.socket, timeout_s: float) -> None:
    """Wait until the kernel has sent (and the peer acknowledged) all queued data.

    Linux only (``TIOCOUTQ`` on a TCP socket); elsewhere it returns at once.
    """
    if sys.platform != "linux":
        return
    # POSIX-only modules, imported where they are used.
    import fcntl
    import termios

    deadline = time.monotonic() + timeout_s
    buf = struct.pack("i", 0)
    while time.monotonic() < deadline:
        try:
            queued = struct.unpack("i", fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, buf))[0]
        except OSError:
            return
        if queued == 0:
            return
        time.sleep(0.001)


class _UpstreamConnection(http.client.HTTPConnection):
    """The proxy's side toward upstream; never prints wire data.

    Tests may switch ``http.client.HTTPConnection.debuglevel`` on to prove
    the client under test prints nothing; the proxy must not print for it.
    """

    debuglevel = 0


class _Connection:
    """One accepted client connection, served on its own thread."""

    def __init__(self, proxy: FaultProxy, sock: socket.socket, number: int) -> None:
        self._proxy = proxy
        self._sock = sock
        self._reader = _Reader(sock)
        self._lock = threading.Lock()
        self._closed = False
        self._upstream: http.client.HTTPConnection | None = None
        self.idle = True
        self.thread = threading.Thread(target=self._run, name=f"faultproxy-conn-{number}", daemon=True)

    # -- called from other threads -------------------------------------------------
    def kill(self) -> None:
        """Wake the serving thread by shutting the client and upstream sockets down."""
        with self._lock:
            if not self._closed:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)
            upstream = self._upstream
            if upstream is not None and upstream.sock is not None:
                with contextlib.suppress(OSError):
                    upstream.sock.shutdown(socket.SHUT_RDWR)

    # -- serving thread ------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._serve()
        except _BadRequestError as exc:
            _log.debug("faultproxy: bad request: %s", exc)
            with contextlib.suppress(OSError):
                self._send(_encode_head(400, "Bad Request", [("Content-Length", "0")], keep_alive=False))
        except OSError as exc:
            _log.debug("faultproxy: client connection error: %s", exc)
        finally:
            self._close(abortive=False)
            self._proxy._forget(self)

    def _serve(self) -> None:
        while not self._proxy._stopping.is_set():
            self.idle = True
            request = _read_request(self._reader)
            self.idle = False
            if request is None or not self._handle(request):
                return

    def _handle(self, request: _Request) -> bool:
        """Serve one request; return whether the connection stays open."""
        proxy = self._proxy
        if proxy._refusing():
            _log.info("faultproxy: refusing %s %s (not accepting)", request.method, request.target)
            self._close(abortive=True)
            return False
        soap_method = soap_method_name(request.body) if request.method == "POST" else None
        if soap_method is not None:
            with proxy._lock:
                proxy.soap_actions.append((soap_method, request.headers.get("SOAPAction")))
        rule = proxy._take_rule(soap_method) if request.method == "POST" else None
        mode = rule.mode if rule is not None else None
        if mode is not None:
            _log.info("faultproxy: injecting %s into %s", mode, soap_method)
        if mode == "refuse":
            self._close(abortive=True)
            return False
        if mode == "http_503":
            head = _encode_head(
                503,
                "Service Unavailable",
                [
                    ("Content-Type", "text/html"),
                    ("Content-Length", str(len(SERVICE_UNAVAILABLE_BODY))),
                ],
                keep_alive=request.keep_alive,
            )
            self._mark_idle_before_last_send(request)
            self._send(head + SERVICE_UNAVAILABLE_BODY)
            return request.keep_alive
        try:
            response = self._forward(request, soap_method)
        except (OSError, http.client.HTTPException) as exc:
            _log.warning("faultproxy: upstream error: %s", exc)
            message = b"upstream error"
            head = _encode_head(
                502,
                "Bad Gateway",
                [("Content-Type", "text/plain"), ("Content-Length", str(len(message)))],
                keep_alive=False,
            )
            self._send(head + message)
            return False
        if mode == "reset_before_response":
            self._close(abortive=True)
            return False
        if mode == "reset_mid_response":
            self._send_response(request, response, keep_alive=request.keep_alive, cut=True)
            _wait_send_drained(self._sock, _DRAIN_TIMEOUT_S)
            self._close(abortive=True)
            return False
        if mode == "delay":
            assert rule is not None
            if proxy._stopping.wait(rule.delay_s):
                self._close(abortive=True)
                return False
        if mode == "truncate":
            response = replace(response, body=response.body[: len(response.body) // 2])
        self._mark_idle_before_last_send(request)
        self._send_response(request, response, keep_alive=request.keep_alive, cut=False)
        return request.keep_alive

    def _mark_idle_before_last_send(self, request: _Request) -> None:
        # Idle *before* the client can have the whole reply: a test that calls
        # stop_listening() right after a call returns must find this connection
        # idle and close it, so that the client's pool sees it dropped and
        # reconnects (and is refused) instead of writing its next request to it.
        # Closing after sendall() returned still delivers every queued byte.
        if request.keep_alive:
            self.idle = True

    def _forward(self, request: _Request, soap_method: str | None) -> _Response:
        proxy = self._proxy
        target = request.target
        if "://" in target:  # absolute-form: keep only path and query
            parts = urllib.parse.urlsplit(target)
            target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        upstream = _UpstreamConnection(
            proxy._upstream_host, proxy._upstream_port, timeout=proxy.upstream_timeout
        )
        with self._lock:
            self._upstream = upstream
        try:
            upstream.putrequest(request.method, target, skip_host=True, skip_accept_encoding=True)
            upstream.putheader("Host", proxy._upstream_netloc)
            connection_tokens = {t.strip().lower() for t in request.headers.get("Connection", "").split(",")}
            for name, value in request.headers.items():
                lname = name.lower()
                if lname in _HOP_BY_HOP or lname in connection_tokens:
                    continue
                if lname in ("host", "content-length"):
                    continue
                upstream.putheader(name, value)
            if request.body or request.method in ("POST", "PUT", "PATCH"):
                upstream.putheader("Content-Length", str(len(request.body)))
            upstream.endheaders(request.body or None)
            if request.method == "POST" and soap_method is not None:
                proxy._record_delivery(soap_method)
            raw = upstream.getresponse()
            body = raw.read()
            response_tokens = {t.strip().lower() for t in (raw.getheader("Connection") or "").split(",")}
            headers = [
                (name, value)
                for name, value in raw.getheaders()
                if name.lower() not in _HOP_BY_HOP
                and name.lower() not in response_tokens
                and (name.lower() != "content-length" or request.method == "HEAD")
            ]
            return _Response(raw.status, raw.reason, headers, body)
        finally:
            with self._lock:
                self._upstream = None
            upstream.close()

    def _send_response(self, request: _Request, response: _Response, *, keep_alive: bool, cut: bool) -> None:
        headers = list(response.headers)
        bodiless = request.method == "HEAD" or 100 <= response.status < 200 or response.status in (204, 304)
        body = b"" if bodiless else response.body
        if not bodiless:
            headers.append(("Content-Length", str(len(body))))
        if cut:
            body = body[: len(body) // 2]
        self._send(_encode_head(response.status, response.reason, headers, keep_alive=keep_alive) + body)

    def _send(self, data: bytes) -> None:
        self._sock.sendall(data)

    def _close(self, *, abortive: bool) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if abortive:
                with contextlib.suppress(OSError):
                    self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            with contextlib.suppress(OSError):
                self._reader.close()
            with contextlib.suppress(OSError):
                self._sock.close()


class _Listener:
    """A listening socket plus the thread accepting on it."""

    def __init__(self, proxy: FaultProxy, sock: socket.socket) -> None:
        self._proxy = proxy
        self._sock = sock
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name="faultproxy-accept", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self._sock, selectors.EVENT_READ)
                selector.register(self._wake_r, selectors.EVENT_READ)
                while True:
                    for key, _events in selector.select():
                        if key.fileobj is self._wake_r:
                            return
                        try:
                            client, _address = self._sock.accept()
                        except (BlockingIOError, InterruptedError):
                            continue
                        except OSError as exc:
                            _log.debug("faultproxy: accept failed: %s", exc)
                            continue
                        self._proxy._on_accept(client)
        finally:
            self._sock.close()
            self._wake_r.close()

    def close(self) -> None:
        """Stop accepting and close the listening socket (new connects get refused)."""
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        self._thread.join(_JOIN_TIMEOUT_S)
        self._wake_w.close()


class FaultProxy:
    """Fault-injecting HTTP reverse proxy bound to ``127.0.0.1`` on a free port.

    Example:
        >>> with FaultProxy("http://127.0.0.1:8989/sdk") as proxy:  # doctest: +SKIP
        ...     proxy.inject("CreateFolder", "reset_mid_response")
        ...     client = connect(proxy.url)
        ...     assert proxy.delivered["CreateFolder"] == 1

    Attributes:
        upstream_url: The URL the proxy forwards to.
        upstream_timeout: Socket timeout in seconds for upstream connections.
    """

    def __init__(
        self,
        upstream_url: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        upstream_timeout: float = 30.0,
    ) -> None:
        """Create a stopped proxy.

        Args:
            upstream_url: Plain-HTTP URL of the upstream SOAP endpoint, e.g.
                ``http://127.0.0.1:8989/sdk``.  Its path is kept in :attr:`url`;
                request paths are forwarded unchanged.
            host: Address to listen on.
            port: Port to listen on; ``0`` picks a free one at :meth:`start`.
            upstream_timeout: Socket timeout for the upstream side.

        Raises:
            ValueError: If ``upstream_url`` is not an ``http://host:port`` URL.
        """
        parts = urllib.parse.urlsplit(upstream_url)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"upstream_url must be a plain http:// URL, got {upstream_url!r}")
        self.upstream_url = upstream_url
        self.upstream_timeout = upstream_timeout
        self._upstream_host: str = parts.hostname
        self._upstream_port: int = parts.port or 80
        self._upstream_netloc = parts.netloc
        self._path = parts.path
        self._host = host
        self._port = port
        self._lock = threading.Condition()
        self._rules: dict[str, collections.deque[_Rule]] = {}
        self._delivered: collections.Counter[str] = collections.Counter()
        self._fired: collections.Counter[str] = collections.Counter()
        self._connections: set[_Connection] = set()
        self._connections_accepted = 0
        self._connections_refused = 0
        self._refuse_connections = False
        # (SOAP method, SOAPAction header) of every POST seen, in order.
        self.soap_actions: list[tuple[str, str | None]] = []
        self._listener: _Listener | None = None
        self._stopping = threading.Event()
        self._started = False
        self._outages: list[threading.Timer] = []

    # -- lifecycle -----------------------------------------------------------------
    def start(self) -> Self:
        """Bind, listen and start accepting connections.

        Returns:
            The proxy itself.

        Raises:
            RuntimeError: If the proxy was already started.
        """
        if self._started:
            raise RuntimeError("FaultProxy already started")
        self._started = True
        self._stopping.clear()
        self.start_listening()
        return self

    def stop(self) -> None:
        """Stop listening, abort every open connection and join the threads."""
        self._stopping.set()
        with self._lock:
            outages, self._outages = self._outages, []
        for timer in outages:
            timer.cancel()
            timer.join(_JOIN_TIMEOUT_S)
        self.stop_listening(drop_idle=False)
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.kill()
        deadline = time.monotonic() + _JOIN_TIMEOUT_S
        for connection in connections:
            connection.thread.join(max(0.0, deadline - time.monotonic()))
        self._started = False

    def __enter__(self) -> Self:
        """Start the proxy (if needed) and return it."""
        if not self._started:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        """Stop the proxy."""
        self.stop()

    # -- addresses -----------------------------------------------------------------
    @property
    def port(self) -> int:
        """The listening port (known after :meth:`start`)."""
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` without a path."""
        return f"http://{self._host}:{self._port}"

    @property
    def url(self) -> str:
        """The proxy URL with the upstream's path, e.g. ``http://127.0.0.1:PORT/sdk``."""
        return self.base_url + self._path

    # -- listening / refusing ----------------------------------------------------------
    @property
    def listening(self) -> bool:
        """Whether the listening socket is open."""
        return self._listener is not None

    def start_listening(self) -> None:
        """(Re)open the listening socket on the same port and accept again."""
        with self._lock:
            if self._listener is not None:
                return
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind((self._host, self._port))
                sock.listen(128)
                sock.setblocking(False)
            except OSError:
                sock.close()
                raise
            self._port = sock.getsockname()[1]
            self._listener = _Listener(self, sock)

    def stop_listening(self, *, drop_idle: bool = True) -> None:
        """Close the listening socket so new connects get ``ECONNREFUSED``.

        Until :meth:`start_listening`, a request arriving on an already open
        keep-alive connection is dropped (RST) without being forwarded.

        Args:
            drop_idle: Also close idle keep-alive connections, so a pooled
                client has to reconnect (and is refused).
        """
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        if drop_idle:
            self.drop_idle_connections()

    def refuse_for(self, seconds: float) -> threading.Timer:
        """An outage: refuse connections now and listen again after ``seconds``.

        As a load balancer does while its only backend restarts. Idle
        keep-alive connections are closed, so a pooled client reconnects and
        is refused. Returns the timer (already started); :meth:`stop` waits
        for it.
        """
        self.stop_listening()
        timer = threading.Timer(seconds, self._end_outage)
        timer.daemon = True
        with self._lock:
            self._outages.append(timer)
        timer.start()
        return timer

    def _end_outage(self) -> None:
        if not self._stopping.is_set():
            self.start_listening()

    @property
    def refuse_connections(self) -> bool:
        """Whether accepted connections are reset at once, before reading anything.

        Setting it to ``True`` also closes idle keep-alive connections; while it
        is ``True`` a request on a connection that was already open is dropped
        without being forwarded.
        """
        return self._refuse_connections

    @refuse_connections.setter
    def refuse_connections(self, value: bool) -> None:
        self._refuse_connections = value
        if value:
            self.drop_idle_connections()

    def drop_idle_connections(self) -> None:
        """Close client connections that are waiting for their next request."""
        with self._lock:
            idle = [c for c in self._connections if c.idle]
        for connection in idle:
            connection.kill()

    # -- fault rules ---------------------------------------------------------------
    def inject(self, method: str, mode: FaultMode, times: int = 1, *, delay_s: float = 0.0) -> None:
        """Apply ``mode`` to the next ``times`` POST requests for SOAP ``method``.

        Rules for the same method queue up and are consumed in order.

        Args:
            method: SOAP operation name (e.g. ``"CreateFolder"``) or
                :data:`ANY_METHOD` for any POST.
            mode: One of :data:`FAULT_MODES`.
            times: How many matching requests to affect.
            delay_s: Seconds to stall the response (``delay`` mode only).

        Raises:
            ValueError: On an unknown mode, ``times < 1`` or a ``delay`` rule
                without a positive ``delay_s``.
        """
        if mode not in FAULT_MODES:
            raise ValueError(f"unknown fault mode {mode!r}; expected one of {sorted(FAULT_MODES)}")
        if times < 1:
            raise ValueError("times must be >= 1")
        if mode == "delay" and delay_s <= 0:
            raise ValueError("delay mode needs delay_s > 0")
        with self._lock:
            self._rules.setdefault(method, collections.deque()).append(
                _Rule(mode=mode, remaining=times, delay_s=delay_s)
            )

    def clear_faults(self) -> None:
        """Drop all pending fault rules."""
        with self._lock:
            self._rules.clear()

    def pending_faults(self, method: str) -> int:
        """Return how many requests for ``method`` are still to be faulted.

        Args:
            method: SOAP operation name or :data:`ANY_METHOD`.

        Returns:
            The sum of the remaining counts of ``method``'s rules.
        """
        with self._lock:
            return sum(rule.remaining for rule in self._rules.get(method, ()))

    # -- counters ------------------------------------------------------------------
    @property
    def delivered(self) -> collections.Counter[str]:
        """Snapshot: per SOAP method, how many requests were written upstream."""
        with self._lock:
            return collections.Counter(self._delivered)

    @property
    def fired(self) -> collections.Counter[str]:
        """Snapshot: per SOAP method, how many faults were applied."""
        with self._lock:
            return collections.Counter(self._fired)

    @property
    def connections_accepted(self) -> int:
        """How many client connections were accepted and served."""
        with self._lock:
            return self._connections_accepted

    @property
    def connections_refused(self) -> int:
        """How many accepted connections were reset by ``refuse_connections``."""
        with self._lock:
            return self._connections_refused

    def reset_counts(self) -> None:
        """Zero the delivered, fired and connection counters."""
        with self._lock:
            self._delivered.clear()
            self._fired.clear()
            self._connections_accepted = 0
            self._connections_refused = 0

    def wait_delivered(self, method: str, count: int, timeout: float = 5.0) -> bool:
        """Block until ``delivered[method] >= count``.

        Args:
            method: SOAP operation name.
            count: The count to wait for.
            timeout: Seconds to wait at most.

        Returns:
            Whether the count was reached in time.
        """
        with self._lock:
            return self._lock.wait_for(lambda: self._delivered[method] >= count, timeout)

    # -- internals used by the connection threads ----------------------------------
    def _refusing(self) -> bool:
        return self._refuse_connections or self._listener is None

    def _take_rule(self, soap_method: str | None) -> _Rule | None:
        with self._lock:
            keys = [soap_method, ANY_METHOD] if soap_method is not None else [ANY_METHOD]
            for key in keys:
                rules = self._rules.get(key)
                if not rules:
                    continue
                rule = rules[0]
                rule.remaining -= 1
                if rule.remaining <= 0:
                    rules.popleft()
                self._fired[soap_method or ""] += 1
                return rule
            return None

    def _record_delivery(self, soap_method: str) -> None:
        with self._lock:
            self._delivered[soap_method] += 1
            self._lock.notify_all()

    def _on_accept(self, client: socket.socket) -> None:
        client.setblocking(True)
        if self._refuse_connections or self._stopping.is_set():
            with self._lock:
                self._connections_refused += 1
            with contextlib.suppress(OSError):
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            client.close()
            return
        with contextlib.suppress(OSError):
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._connections_accepted += 1
            connection = _Connection(self, client, self._connections_accepted)
            self._connections.add(connection)
        connection.thread.start()

    def _forget(self, connection: _Connection) -> None:
        with self._lock:
            self._connections.discard(connection)
