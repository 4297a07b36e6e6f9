"""HTTP/1.1 for the transport: h11 speaks the protocol, this module owns sockets, TLS and the pool.

h11 (the bring-your-own-I/O engine under httpcore) serialises requests,
validates headers, reads status lines, headers, Content-Length and chunked
framing, and tracks each connection's state between replies. This module
keeps no HTTP parser of its own: it moves bytes between sockets and h11,
as httpcore's ``http11.py`` does, and adds what the transport needs:

- Errors that answer one question: may the server have seen the request?
  ``NotSent`` (DNS, refused, connect timeout, proxy refusal, TLS handshake,
  no free connection in time); ``CertificateRefused`` (a ``NotSent``) when
  the certificate or its pinned SHA-256 did not verify; ``MaybeSent`` for any
  failure after the request started to go out (reset, deadline, a reply that
  is not HTTP, cut short or badly framed); ``ReplyTooLarge`` (a ``MaybeSent``)
  past the byte limit, inflated size included.
- Reuse only of a connection whose last reply was read completely, with both
  sides idle in h11 and nothing more readable: stray bytes after a reply, or
  an EOF, close it, so they can never be read as the next call's reply.
- One deadline per exchange (connect, send, every read), so a server that
  drips a byte at a time cannot hold a call past its time.
- ``maxsize`` caps open connections; a caller beyond it waits at most the
  connect timeout and then fails as not sent. Idle connections older than
  ``IDLE_EXPIRY`` are closed; TCP keepalive is on.
- Fork safety: a child process forgets its parent's connections (never
  reads, writes or shuts them down) and opens its own.
- Proxies: plain HTTP in absolute form, HTTPS through a CONNECT tunnel.
- gzip replies inflated as they stream, the limit applied to inflated bytes.

What it leaves out on purpose: redirects (a 3xx is returned as it is),
cookies beyond handing ``Set-Cookie`` values up, HTTP/2, and printing
anything: no debug output can leak a password or a session cookie.
"""

from __future__ import annotations

import math
import os
import select
import socket
import threading
import time
import weakref
import zlib
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple, cast

import h11

if TYPE_CHECKING:
    import ssl  # loaded by the TLS context of an https:// client; plain http never needs it (~5 ms)

    from ._endpoint import Proxy

IDLE_EXPIRY = 900.0  # seconds; pyvmomi closes idle connections after 900 s too
_RECEIVE = 64 * 1024
_MAX_HEADER_BYTES = 64 * 1024
_EVENT_CACHE = 64  # distinct request heads kept validated
_TIMEOUT_RESOLUTION = 0.001  # seconds: poll(), where a socket with a timeout waits, counts milliseconds


class HttpError(Exception):
    """A failed exchange; see the subclasses."""


class NotSent(HttpError):
    """The request never left: no connection, or the TLS handshake failed."""


class CertificateRefused(NotSent):
    """The server's certificate (or its pinned thumbprint) did not verify."""


class MaybeSent(HttpError):
    """The exchange broke after the request started to go out."""


class ReplyTooLarge(MaybeSent):
    """The reply is longer than the caller's limit; ``size`` is how far it got."""

    def __init__(self, size: int) -> None:
        super().__init__(f"reply exceeds the limit: {size} bytes")
        self.size: int = size


class Pin(NamedTuple):
    """A certificate pinned by its digest: ``algorithm`` is ``sha256`` (or ``sha1``, for ESXi device URLs)."""

    algorithm: str
    digest: str  # lower-case hex


class Response(NamedTuple):
    status: int
    headers: Mapping[str, str]  # lower-case names; Set-Cookie is in ``cookies``
    cookies: tuple[str, ...]  # raw Set-Cookie values
    body: bytes


class _Deadline:
    """The end of one exchange; each socket operation gets what is left of it.

    An ``idle`` deadline gives every operation the whole budget instead: a
    transfer may take as long as its bytes need, but not stall.
    """

    __slots__ = ("budget", "end", "idle")

    def __init__(self, seconds: float, *, idle: bool = False) -> None:
        self.budget = seconds
        self.idle = idle
        self.end = time.monotonic() + seconds

    def left(self, error: type[HttpError]) -> float:
        if self.idle:
            return self.budget
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise error("timed out: the call's time ran out")
        return remaining


class _Connection:
    """One socket and the h11 state machine that frames its exchanges."""

    __slots__ = ("h11", "idle_since", "poller", "sock", "timeout")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEADER_BYTES)
        timeout = sock.gettimeout()
        self.timeout = math.inf if timeout is None else timeout
        self.idle_since = time.monotonic()
        self.poller = select.poll()  # registered once: the idle check runs before every reuse
        self.poller.register(sock, select.POLLIN)

    def settimeout(self, seconds: float) -> None:
        # settimeout is a system call even when nothing changes. The socket waits in poll(),
        # which counts whole milliseconds (rounding up), so a timeout within a millisecond of
        # what is left already is what is left: a small call's send and read keep the one set
        # at its start (or by the previous call), and the deadline holds as before.
        if abs(seconds - self.timeout) >= _TIMEOUT_RESOLUTION:
            self.sock.settimeout(seconds)
            self.timeout = seconds

    def dropped(self) -> bool:
        """True when an idle connection has something to read: the server closed it (or misbehaved)."""
        try:
            return bool(self.poller.poll(0))
        except (OSError, ValueError):
            return True

    def reusable(self) -> bool:
        """After a complete reply: both sides idle again and no byte beyond the reply."""
        if self.h11.our_state is not h11.DONE or self.h11.their_state is not h11.DONE:
            return False
        self.h11.start_next_cycle()
        return self.h11.trailing_data == (b"", False)

    def close(self) -> None:
        self.sock.close()


class HttpPool:
    """Connections to one ``host:port`` (directly or through a proxy), shared by threads."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        tls: ssl.SSLContext | None = None,
        pin: Pin | None = None,
        maxsize: int = 16,
        user_agent: str = "pyvmomo",
        proxy: Proxy | None = None,
        accept_gzip: bool = False,
        server_name: str | None = None,
    ) -> None:
        self.host: str = host
        self.port: int = port
        self._server_name = server_name or host  # the name the certificate must carry
        self._tls = tls
        self._pin = pin
        self._maxsize = maxsize
        self.proxy: Proxy | None = proxy
        authority = f"[{host}]" if ":" in host else host
        if port != (443 if tls is not None else 80):
            authority += f":{port}"
        self._authority = authority
        # Plain HTTP through a proxy names the whole URL in the request line (RFC 9112 3.2.2).
        self._prefix = f"http://{authority}" if proxy is not None and tls is None else ""
        fixed = [("Host", authority), ("User-Agent", user_agent)]
        if accept_gzip:
            fixed.append(("Accept-Encoding", "gzip"))
        if proxy is not None and tls is None and proxy.authorization:
            fixed.append(("Proxy-Authorization", proxy.authorization))
        self._fixed_headers = fixed
        self._events: dict[tuple[object, ...], h11.Request] = {}
        self._idle: list[_Connection] = []
        self._open = 0
        self._lock = threading.Lock()
        self._available = threading.Condition(self._lock)
        self._waiting = 0  # callers waiting for a free place: no notify() (Python code) when none
        _POOLS.add(self)

    def request(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        connect_timeout: float,
        timeout: float,
        max_bytes: int,
    ) -> Response:
        """One exchange, all of it within ``timeout`` seconds; replies over ``max_bytes`` are refused.

        ``connect_timeout`` bounds the wait for a free connection and the
        setup of a new one (TCP, proxy tunnel, TLS).
        """
        with self.stream(
            method,
            target,
            headers,
            body,
            connect_timeout=connect_timeout,
            timeout=timeout,
            max_bytes=max_bytes,
        ) as reply:
            content = reply.read()
        return Response(reply.status, reply.headers, reply.cookies, content)

    def stream(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes | Upload = b"",
        *,
        connect_timeout: float,
        timeout: float | None = None,
        idle_timeout: float | None = None,
        max_bytes: int = 1 << 62,
    ) -> Reply:
        """Send ``body`` (bytes, or an ``Upload`` sent chunk by chunk); return the reply once its head is in.

        Use the reply in a ``with`` block: when it ends, the connection goes
        back to the pool if the body was read to its end, and is closed
        otherwise. Give ``timeout`` for one deadline over the whole exchange
        (a SOAP call), or ``idle_timeout`` for a transfer: each socket
        operation may wait that long, so a transfer takes what its bytes need
        but a stalled one ends. The reply's body streams from ``chunks()``.
        Failures while sending or reading are ``HttpError``s; an exception of
        the caller's own passes through.
        """
        length = len(body) if isinstance(body, bytes) else body.length
        event = self._request_event(method, target, headers, length)
        if timeout is not None:
            deadline = _Deadline(timeout)
            connect_timeout = min(connect_timeout, deadline.left(NotSent))
        else:
            deadline = _Deadline(idle_timeout if idle_timeout is not None else 60.0, idle=True)
        conn = self._checkout(connect_timeout, deadline)
        try:
            _send(conn, event, body, deadline)
            return _receive_head(self, conn, deadline, max_bytes)
        except _FAILURES as exc:
            self._discard(conn)
            raise _translated(exc, deadline) from exc
        except BaseException:
            self._discard(conn)
            raise

    def _request_event(
        self, method: str, target: str, headers: Mapping[str, str], length: int
    ) -> h11.Request:
        """The h11 request head, validated by h11 once per distinct head and then reused.

        Calls repeat their heads (same operation size, cookie and SOAPAction):
        building and validating an h11 event is a third of h11's cost per call.
        """
        key = (method, target, length, *headers.items())
        event = self._events.get(key)
        if event is None:
            fields = [*self._fixed_headers, *headers.items(), ("Content-Length", str(length))]
            try:
                event = h11.Request(method=method, target=self._prefix + target, headers=fields)
            except h11.LocalProtocolError as exc:  # the transport validates first; nothing was sent
                raise NotSent(f"request refused by h11: {exc}") from None
            if len(self._events) >= _EVENT_CACHE:
                self._events.clear()
            self._events[key] = event
        return event

    def close(self) -> None:
        """Close the idle connections (the pool stays usable)."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._open -= len(idle)
            self._available.notify_all()
        for conn in idle:
            conn.close()

    def _forget_after_fork(self) -> None:
        # In a child: the parent's sockets are the parent's. Drop them unread; never shut them down.
        self._idle = []
        self._open = 0
        self._lock = threading.Lock()
        self._available = threading.Condition(self._lock)
        self._waiting = 0

    def _checkout(self, wait: float, deadline: _Deadline) -> _Connection:
        expired: list[_Connection] = []
        conn: _Connection | None = None
        give_up = time.monotonic() + wait
        with self._lock:
            while True:
                while self._idle and conn is None:
                    candidate = self._idle.pop()
                    if time.monotonic() - candidate.idle_since > IDLE_EXPIRY or candidate.dropped():
                        expired.append(candidate)
                        self._open -= 1
                    else:
                        conn = candidate
                if conn is not None or self._open < self._maxsize:
                    break
                left = give_up - time.monotonic()
                if left <= 0 or not self._wait(left):
                    for old in expired:
                        old.close()
                    raise NotSent(f"no free connection: all {self._maxsize} are busy (pool_size)")
            if conn is None:
                self._open += 1
        for old in expired:
            old.close()
        if conn is not None:
            return conn
        try:
            return self._connect(min(wait, deadline.left(NotSent)))
        except BaseException:
            with self._lock:
                self._open -= 1
                self._notify()
            raise

    def _checkin(self, conn: _Connection) -> None:
        conn.idle_since = time.monotonic()
        with self._lock:
            self._idle.append(conn)
            self._notify()

    def _discard(self, conn: _Connection) -> None:
        conn.close()
        with self._lock:
            self._open -= 1
            self._notify()

    def _wait(self, seconds: float) -> bool:
        """Wait (lock held) for a connection to come back or close; False when the time ran out."""
        self._waiting += 1
        try:
            return self._available.wait(seconds)
        finally:
            self._waiting -= 1

    def _notify(self) -> None:
        if self._waiting:  # (lock held) notify() is Python code: skip it when nobody waits
            self._available.notify()

    def _connect(self, timeout: float) -> _Connection:
        address = (self.proxy.host, self.proxy.port) if self.proxy else (self.host, self.port)
        # getaddrinfo runs a str host through the idna codec (importing it, ~1 ms at the first
        # connect); an ASCII host (all that parse_endpoint lets through) is its own IDNA form,
        # and getaddrinfo takes bytes (typeshed says str).
        host = address[0].encode("ascii") if address[0].isascii() else address[0]
        try:
            sock = socket.create_connection((cast(str, host), address[1]), timeout=timeout)
        except OSError as exc:  # refused, unreachable, DNS, connect timeout
            where = "proxy " if self.proxy else ""
            raise NotSent(
                f"cannot reach {where}{address[0]}:{address[1]}: {type(exc).__name__}: {exc}"
            ) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
            if self.proxy is not None and self._tls is not None:
                host = f"[{self.host}]" if ":" in self.host else self.host
                _tunnel(sock, self.proxy, f"{host}:{self.port}", timeout)
            if self._tls is not None:
                sock = self._handshake(sock)
        except BaseException:
            sock.close()
            raise
        return _Connection(sock)

    def _handshake(self, sock: socket.socket) -> ssl.SSLSocket:
        import ssl  # loaded already, with the context

        assert self._tls is not None
        try:
            secure = self._tls.wrap_socket(sock, server_hostname=self._server_name)
        except ssl.SSLCertVerificationError as exc:
            raise CertificateRefused(f"certificate verify failed: {exc.verify_message}") from exc
        except OSError as exc:  # ssl.SSLError is an OSError
            raise NotSent(f"TLS handshake failed: {type(exc).__name__}: {exc}") from exc
        if self._pin is not None:
            import hashlib  # ~5 ms at import time, needed only for a pin

            certificate = secure.getpeercert(binary_form=True) or b""
            algorithm, pinned = self._pin
            seen = hashlib.new(algorithm, certificate).hexdigest()
            if seen != pinned:
                secure.close()
                raise CertificateRefused(
                    f"thumbprint mismatch: certificate is {algorithm}:{seen}, pinned {algorithm}:{pinned}"
                )
        return secure


_POOLS: weakref.WeakSet[HttpPool] = weakref.WeakSet()


def _forget_connections_after_fork() -> None:
    for pool in list(_POOLS):
        pool._forget_after_fork()


os.register_at_fork(after_in_child=_forget_connections_after_fork)


def _tunnel(sock: socket.socket, proxy: Proxy, authority: str, timeout: float) -> None:
    """CONNECT through ``proxy`` to ``authority``; anything but a 2xx is NotSent (the server saw nothing)."""
    conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEADER_BYTES)
    headers = [("Host", authority)]
    if proxy.authorization:
        headers.append(("Proxy-Authorization", proxy.authorization))
    try:
        sock.sendall(conn.send(h11.Request(method="CONNECT", target=authority, headers=headers)) or b"")
        sock.settimeout(timeout)
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(sock.recv(_RECEIVE))
                continue
            if isinstance(event, h11.InformationalResponse):
                continue
            break
    except (OSError, h11.ProtocolError) as exc:
        raise NotSent(f"proxy {proxy.host}:{proxy.port} failed to open a tunnel: {exc}") from exc
    if not isinstance(event, h11.Response) or not 200 <= event.status_code < 300:
        status = getattr(event, "status_code", "no reply")
        raise NotSent(f"proxy {proxy.host}:{proxy.port} refused the tunnel to {authority}: HTTP {status}")
    if conn.trailing_data[0]:  # the server cannot have spoken before our TLS hello
        raise NotSent(f"proxy {proxy.host}:{proxy.port} sent bytes after opening the tunnel")


class Upload(NamedTuple):
    """A request body sent as it is read: ``length`` bytes (for Content-Length) from ``chunks``."""

    length: int
    chunks: Iterable[bytes | memoryview]  # each is sent before the next is asked for


_END = h11.EndOfMessage()  # events are immutable: one serves every request
# What sockets, TLS, h11 and zlib raise while an exchange runs; each becomes an HttpError.
_FAILURES = (HttpError, OSError, h11.ProtocolError, zlib.error, ValueError)


def _translated(exc: BaseException, deadline: _Deadline) -> HttpError:
    if isinstance(exc, HttpError):
        return exc
    if isinstance(exc, TimeoutError):
        if deadline.idle:
            return MaybeSent(f"timed out: no progress for {deadline.budget:g} s")
        return MaybeSent(f"timed out: the call's time ran out ({deadline.budget:g} s)")
    return MaybeSent(f"{type(exc).__name__}: {exc}")


def _send(conn: _Connection, event: h11.Request, body: bytes | Upload, deadline: _Deadline) -> None:
    machine = conn.h11
    pieces = machine.send_with_data_passthrough(event) or []  # the request head
    if isinstance(body, bytes) and len(body) < _RECEIVE:
        # A small call: through h11 to its end first, so nothing is left to do between
        # the send and the read, then on the wire in one segment.
        if body:
            pieces += machine.send_with_data_passthrough(h11.Data(data=body)) or []  # [body], as is
        pieces += machine.send_with_data_passthrough(_END) or []  # nothing, under Content-Length
        conn.settimeout(deadline.left(NotSent))
        conn.sock.sendall(b"".join(pieces))
        return
    conn.settimeout(deadline.left(NotSent))
    conn.sock.sendall(b"".join(pieces))
    for chunk in (body,) if isinstance(body, bytes) else body.chunks:
        if chunk:  # h11 refuses more or fewer bytes than the length announced
            # h11 only counts the bytes (Content-Length framing): a memoryview passes through as is.
            machine.send_with_data_passthrough(h11.Data(data=cast(bytes, chunk)))
            conn.settimeout(deadline.left(MaybeSent))
            conn.sock.sendall(chunk)
    machine.send(_END)


def _receive_head(pool: HttpPool, conn: _Connection, deadline: _Deadline, max_bytes: int) -> Reply:
    """Read a reply's head (interim 1xx skipped) and check what h11 lets through."""
    # h11 holds no byte of the reply yet (a reused connection's buffer was empty): read before asking.
    head = _next_event(conn, deadline, read=True)
    while type(head) is h11.InformationalResponse:  # type(): see _next_event
        head = _next_event(conn, deadline)
    if type(head) is not h11.Response:
        raise MaybeSent(f"expected a reply, got {type(head).__name__}")
    # h11 lets these through; RFC 9112 6.3 says such a reply is an error and its framing unsafe.
    if not 200 <= head.status_code <= 599:
        raise MaybeSent(f"impossible status code {head.status_code}")
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for raw_name, raw_value in head.headers.raw_items():  # one list, not a Python call per header
        name, value = raw_name.lower().decode("ascii"), raw_value.decode("latin-1")
        if name == "set-cookie":
            cookies.append(value)
        elif name in headers:
            headers[name] += ", " + value
        else:
            headers[name] = value
    if "content-length" in headers and "transfer-encoding" in headers:
        raise MaybeSent("reply has both Content-Length and Transfer-Encoding")
    length = headers.get("content-length", "")
    declared = int(length) if length.isascii() and length.isdigit() else 0
    if declared > max_bytes and "content-encoding" not in headers:
        raise ReplyTooLarge(declared)  # refused before reading it
    coding = headers.get("content-encoding", "").strip().lower()
    if coding not in ("", "identity", "gzip", "x-gzip"):
        raise MaybeSent(f"unsupported Content-Encoding {coding[:40]!r}")
    inflater = zlib.decompressobj(wbits=31) if coding in ("gzip", "x-gzip") else None
    return Reply(head.status_code, headers, tuple(cookies), pool, conn, deadline, inflater, max_bytes)


class Reply:
    """A reply whose head has been read; ``chunks()`` streams its body, inflated, under the byte limit.

    It holds its connection until the ``with`` block it is used in ends (a
    class rather than a ``@contextmanager`` generator: this runs on every call).
    """

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str],
        cookies: tuple[str, ...],
        pool: HttpPool,
        conn: _Connection,
        deadline: _Deadline,
        inflater: zlib._Decompress | None,
        max_bytes: int,
    ) -> None:
        self.status: int = status
        self.headers: Mapping[str, str] = headers  # lower-case names; Set-Cookie is in ``cookies``
        self.cookies: tuple[str, ...] = cookies  # raw Set-Cookie values
        self.complete: bool = False  # the body was read to its end
        self._pool = pool
        self._conn = conn
        self._deadline = deadline
        self._inflater = inflater
        self._max_bytes = max_bytes

    def __enter__(self) -> Reply:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None and self.complete and self._conn.reusable():
            self._pool._checkin(self._conn)
        else:  # unread or stray bytes, or the caller's exception: the connection cannot be trusted
            self._pool._discard(self._conn)

    def read(self) -> bytes:
        """The whole body."""
        return b"".join(self.chunks())

    def chunks(self) -> Iterator[bytes]:
        """The body's bytes as they arrive; a failure on the way is an ``HttpError``."""
        total = 0
        while True:
            try:
                event = _next_event(self._conn, self._deadline)
            except _FAILURES as exc:
                raise _translated(exc, self._deadline) from exc
            if type(event) is h11.EndOfMessage:  # type(): see _next_event
                break
            if type(event) is not h11.Data:
                raise MaybeSent(f"expected reply data, got {type(event).__name__}")
            data = bytes(event.data)
            if self._inflater is not None:
                for chunk in _inflated(self._inflater, data, total, self._max_bytes):
                    total += len(chunk)
                    yield chunk
            elif data:
                total += len(data)
                if total > self._max_bytes:
                    raise ReplyTooLarge(total)
                yield data
        if self._inflater is not None and not self._inflater.eof:
            raise MaybeSent("gzip reply cut short")
        self.complete = True


def _inflated(inflater: zlib._Decompress, data: bytes, total: int, limit: int) -> Iterator[bytes]:
    """``data`` inflated, piece by piece; ``total`` bytes came before it."""
    while data:
        # Never inflate more than the limit allows: a gzip bomb stops here, not in memory.
        try:
            chunk = inflater.decompress(data, limit - total + 1)
        except zlib.error as exc:
            raise MaybeSent(f"gzip reply is corrupt: {exc}") from exc
        data = inflater.unconsumed_tail
        total += len(chunk)
        if total > limit:
            raise ReplyTooLarge(total)
        yield chunk


def _next_event(conn: _Connection, deadline: _Deadline, *, read: bool = False) -> object:
    """The next h11 event of the reply, reading from the socket as needed within the deadline.

    ``read``: read before asking h11, whose answer could only be NEED_DATA.
    Events are told apart by ``type(event) is``, as h11 does itself: they
    derive from ``abc.ABC``, so each ``isinstance()`` on one runs Python code.
    """
    machine = conn.h11
    ended = False
    while True:
        if read:
            conn.settimeout(deadline.left(MaybeSent))
            data = conn.sock.recv(_RECEIVE)
            ended = not data
            machine.receive_data(data)
        try:
            event = machine.next_event()
        except h11.RemoteProtocolError as exc:
            if ended:
                raise MaybeSent("the server closed the connection before the reply ended") from exc
            raise MaybeSent(f"malformed reply: {exc}") from exc
        if event is h11.NEED_DATA:
            read = True
            continue
        if type(event) is h11.ConnectionClosed:
            raise MaybeSent("the server closed the connection before the reply ended")
        return event
