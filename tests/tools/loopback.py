"""Shared plumbing of the small loopback HTTP servers among the test tools.

Role:
    :mod:`tests.tools.connect_proxy` and :mod:`tests.tools.gzip_front` both
    accept connections on ``127.0.0.1``, read HTTP/1.1 request heads off raw
    sockets and must stop cleanly however a test ends.  This module holds
    that part once: :class:`LoopbackServer` (listener, one daemon thread per
    connection, bounded, every socket closed by :meth:`LoopbackServer.stop`),
    :class:`RequestReader` (request heads and bodies, keeping any bytes read
    past them) and :func:`encode_response_head`.

Design decisions:
    * Raw sockets rather than :mod:`http.server`: a CONNECT tunnel must get
      the bytes a client sent right after its request head (a TLS hello may
      follow without waiting), and the tools count bytes on the wire.
    * Bounded: at most ``max_connections`` served at once (more are closed
      on accept and counted), request heads of at most 64 KiB, and every
      socket has a timeout, so a stuck peer ends its thread instead of
      holding it.
    * Stopping never polls: the accept loop waits on a selector with a
      wake-up socket pair, and :meth:`LoopbackServer.stop` shuts every
      tracked socket (client and upstream sides) down, which wakes their
      threads.
    * Request bodies: ``Content-Length`` or ``chunked`` (de-chunked); the
      tools re-frame what they forward.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import selectors
import socket
import threading
import types
from dataclasses import dataclass
from typing import Final, Self

__all__ = [
    "BadRequestError",
    "LoopbackServer",
    "RequestHead",
    "RequestReader",
    "UpstreamReply",
    "encode_response_head",
]

_log = logging.getLogger(__name__)

MAX_HEAD_BYTES: Final = 65536
_RECV_SIZE: Final = 65536
_JOIN_TIMEOUT_S: Final = 5.0


class BadRequestError(Exception):
    """The peer sent something that is not an HTTP/1.x request this tool takes."""


@dataclass(frozen=True)
class RequestHead:
    """A parsed request line and header block.

    Attributes:
        method: The request method, e.g. ``"POST"`` or ``"CONNECT"``.
        target: The request target as sent (origin, absolute or authority form).
        version: ``"HTTP/1.1"`` or ``"HTTP/1.0"``.
        headers: Header fields in order, names as sent.
        raw: The head's bytes as received, final blank line included.
    """

    method: str
    target: str
    version: str
    headers: tuple[tuple[str, str], ...]
    raw: bytes

    def get(self, name: str) -> str | None:
        """Return the first value of header ``name`` (case-insensitive), if any."""
        lname = name.lower()
        return next((value for key, value in self.headers if key.lower() == lname), None)

    @property
    def keep_alive(self) -> bool:
        """Whether the client wants the connection kept open after the reply."""
        tokens = {t.strip().lower() for t in (self.get("Connection") or "").split(",")}
        if self.version == "HTTP/1.0":
            return "keep-alive" in tokens
        return "close" not in tokens


class RequestReader:
    """Reads requests from a socket, keeping bytes received past them.

    Attributes:
        received: How many bytes were read from the socket in total.
    """

    def __init__(self, sock: socket.socket) -> None:
        """Wrap ``sock`` (blocking, with a timeout set by the caller)."""
        self._sock = sock
        self._buffer = bytearray()
        self.received = 0

    def _fill(self) -> bool:
        data = self._sock.recv(_RECV_SIZE)
        self.received += len(data)
        self._buffer += data
        return bool(data)

    def read_head(self) -> RequestHead | None:
        """Read one request head.

        Returns:
            The head, or ``None`` when the peer closed before sending a byte of it.

        Raises:
            BadRequestError: On a malformed or over-long head, or EOF inside it.
        """
        while True:
            while self._buffer[:2] == b"\r\n":  # tolerated between requests
                del self._buffer[:2]
            end = self._buffer.find(b"\r\n\r\n")
            if end >= 0:
                break
            if len(self._buffer) > MAX_HEAD_BYTES:
                raise BadRequestError("request head too long")
            if not self._fill():
                if self._buffer:
                    raise BadRequestError("connection closed inside a request head")
                return None
        raw = bytes(self._buffer[: end + 4])
        del self._buffer[: end + 4]
        lines = raw[:end].decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or parts[2] not in ("HTTP/1.1", "HTTP/1.0"):
            raise BadRequestError(f"bad request line {lines[0]!r}")
        headers: list[tuple[str, str]] = []
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon or not name or name != name.strip():
                raise BadRequestError(f"bad header line {line!r}")
            headers.append((name, value.strip()))
        return RequestHead(parts[0], parts[1], parts[2], tuple(headers), raw)

    def read_exact(self, size: int) -> bytes:
        """Read exactly ``size`` bytes.

        Raises:
            BadRequestError: If the peer closes first.
        """
        while len(self._buffer) < size:
            if not self._fill():
                raise BadRequestError("connection closed inside a request body")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _read_line(self) -> bytes:
        while (end := self._buffer.find(b"\r\n")) < 0:
            if len(self._buffer) > MAX_HEAD_BYTES:
                raise BadRequestError("line too long")
            if not self._fill():
                raise BadRequestError("connection closed inside a chunked body")
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 2]
        return line

    def read_body(self, head: RequestHead) -> bytes:
        """Read the body that ``head`` announces (``Content-Length`` or chunked).

        Raises:
            BadRequestError: On bad framing or EOF inside the body.
        """
        coding = (head.get("Transfer-Encoding") or "").strip().lower()
        if coding == "chunked":
            chunks: list[bytes] = []
            while True:
                size_text = self._read_line().split(b";", 1)[0].strip()
                try:
                    size = int(size_text, 16)
                except ValueError as exc:
                    raise BadRequestError(f"bad chunk size {size_text!r}") from exc
                if size == 0:
                    while self._read_line():  # trailer section up to the blank line
                        pass
                    return b"".join(chunks)
                chunks.append(self.read_exact(size))
                if self._read_line():
                    raise BadRequestError("missing CRLF after a chunk")
        if coding:
            raise BadRequestError(f"unsupported Transfer-Encoding {coding!r}")
        length_text = head.get("Content-Length")
        if length_text is None:
            return b""
        if not length_text.isdigit():
            raise BadRequestError(f"bad Content-Length {length_text!r}")
        return self.read_exact(int(length_text))

    def take_buffered(self) -> bytes:
        """Return (and forget) bytes already received past the last request read."""
        data = bytes(self._buffer)
        self._buffer.clear()
        return data


@dataclass(frozen=True)
class UpstreamReply:
    """A whole reply read from an upstream server (body de-chunked)."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


def encode_response_head(status: int, reason: str, headers: list[tuple[str, str]]) -> bytes:
    """Serialise a status line and header block, blank line included."""
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class LoopbackServer:
    """Accepts connections on ``127.0.0.1`` and serves each on a daemon thread.

    Subclasses implement :meth:`serve_connection`. Use as a context manager,
    or call :meth:`start` and :meth:`stop`.

    Attributes:
        max_connections: Connections served at once; more are closed on accept.
        socket_timeout_s: Timeout of every socket the server reads or writes.
    """

    name = "loopback"

    def __init__(self, *, max_connections: int = 32, socket_timeout_s: float = 30.0) -> None:
        """Prepare, but do not start, the server.

        Raises:
            ValueError: If a bound is not positive.
        """
        if max_connections < 1 or socket_timeout_s <= 0:
            raise ValueError("max_connections and socket_timeout_s must be positive")
        self.max_connections = max_connections
        self.socket_timeout_s = socket_timeout_s
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        self._active = 0
        self._overflow = 0
        self._listener: socket.socket | None = None
        self._port: int | None = None
        self._wake_w: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> Self:
        """Bind a free loopback port and start accepting.

        Raises:
            RuntimeError: If already started.
        """
        if self._listener is not None or self._stopping.is_set():
            raise RuntimeError(f"{self.name} was already started")
        listener = socket.create_server(("127.0.0.1", 0))
        listener.setblocking(False)
        self._listener = listener
        self._port = listener.getsockname()[1]
        wake_r, self._wake_w = socket.socketpair()
        self._accept_thread = threading.Thread(
            target=self._accept_loop, args=(listener, wake_r), name=f"{self.name}-accept", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, close every open socket and join the threads (bounded)."""
        self._stopping.set()
        if self._wake_w is not None:
            with contextlib.suppress(OSError):
                self._wake_w.send(b"x")
        if self._accept_thread is not None:
            self._accept_thread.join(_JOIN_TIMEOUT_S)
        with self._lock:
            sockets = list(self._sockets)
            threads = list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(_JOIN_TIMEOUT_S)
        for sock in sockets:
            sock.close()
        if self._wake_w is not None:
            self._wake_w.close()

    def __enter__(self) -> Self:
        """Start the server."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()

    @property
    def port(self) -> int:
        """The TCP port listened on (still known after :meth:`stop`)."""
        if self._port is None:
            raise RuntimeError(f"{self.name} is not started")
        return self._port

    @property
    def overflow(self) -> int:
        """Connections closed on accept because ``max_connections`` were open."""
        with self._lock:
            return self._overflow

    # -- for subclasses --------------------------------------------------------------
    def serve_connection(self, client: socket.socket) -> None:
        """Serve one accepted connection; return to have it closed."""
        raise NotImplementedError

    def open_upstream(self, address: tuple[str, int]) -> socket.socket:
        """Connect to ``address``; the socket is closed by :meth:`stop` too.

        Release it with :meth:`release`.
        """
        sock = socket.create_connection(address, timeout=self.socket_timeout_s)
        with self._lock:
            if self._stopping.is_set():
                sock.close()
                raise OSError(f"{self.name} is stopping")
            self._sockets.add(sock)
        return sock

    def release(self, sock: socket.socket) -> None:
        """Close a socket from :meth:`open_upstream` and stop tracking it."""
        with self._lock:
            self._sockets.discard(sock)
        sock.close()

    def exchange_upstream(
        self, address: tuple[str, int], method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> UpstreamReply:
        """Send one request on a fresh upstream connection and read the whole reply.

        ``Content-Length`` (when there is a body or the method has one) and
        ``Connection: close`` are added to ``headers``; the reply body is
        returned de-chunked.

        Raises:
            OSError: If the upstream cannot be reached or the connection fails.
            http.client.HTTPException: If the reply is not valid HTTP.
        """
        lines = [f"{method} {path} HTTP/1.1", *(f"{name}: {value}" for name, value in headers)]
        if body or method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: close")
        upstream = self.open_upstream(address)
        reply: http.client.HTTPResponse | None = None
        try:
            upstream.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
            reply = http.client.HTTPResponse(upstream, method=method)
            reply.begin()
            return UpstreamReply(reply.status, reply.reason, reply.getheaders(), reply.read())
        finally:
            if reply is not None:
                reply.close()
            self.release(upstream)

    # -- internals -------------------------------------------------------------------
    def _accept_loop(self, listener: socket.socket, wake_r: socket.socket) -> None:
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(listener, selectors.EVENT_READ)
                selector.register(wake_r, selectors.EVENT_READ)
                while not self._stopping.is_set():
                    for key, _events in selector.select():
                        if key.fileobj is wake_r:
                            return
                        try:
                            client, _address = listener.accept()
                        except OSError:  # BlockingIOError after a racing close, ECONNABORTED...
                            continue
                        self._on_accept(client)
        finally:
            listener.close()
            wake_r.close()

    def _on_accept(self, client: socket.socket) -> None:
        client.setblocking(True)
        client.settimeout(self.socket_timeout_s)
        with self._lock:
            if self._active >= self.max_connections:
                self._overflow += 1
                client.close()
                return
            self._active += 1
            self._sockets.add(client)
            thread = threading.Thread(target=self._run, args=(client,), name=f"{self.name}-conn", daemon=True)
            self._threads.add(thread)
        thread.start()

    def _run(self, client: socket.socket) -> None:
        try:
            self.serve_connection(client)
        except (OSError, BadRequestError) as exc:
            _log.debug("%s: connection ended: %s", self.name, exc)
        finally:
            with self._lock:
                self._active -= 1
                self._sockets.discard(client)
                self._threads.discard(threading.current_thread())
            client.close()
