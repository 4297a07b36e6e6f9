"""HTTP/1.1 for the transport: keep-alive connections to one endpoint, on plain sockets.

The transport needs little of HTTP: POST a small XML body to one URL, GET one
file, keep connections open, read a reply framed by Content-Length or
chunked encoding. ``requests`` did this at ~650 us of client CPU per call and
``http.client`` (pyvmomi's stack) at ~120 us, both mostly in layers the SDK
does not use (cookie jars, ``email`` header parsing, response wrappers); this
module does it in a few dozen microseconds (docs/benchmarks.md has the
measurements). What it leaves out on purpose: redirects (a 3xx is returned
as it is), proxies, compression, HTTP/2, and printing anything: no debug
output can leak a password or a session cookie.

Errors say one thing the transport needs: may the server have seen the request?

- ``NotSent``: nothing was written (DNS, refused, connect timeout, TLS
  handshake); ``CertificateRefused`` (a ``NotSent``) when the certificate or
  its pinned SHA-256 thumbprint did not verify.
- ``MaybeSent``: a failure after the request started to go out (reset, read
  timeout, a reply that is not HTTP, cut short, or badly framed);
  ``ReplyTooLarge`` (a ``MaybeSent``) when the reply passed the byte limit.

An idle pooled connection the server has closed is noticed before it is
reused (it polls readable), so a server's idle timeout does not turn into a
"maybe sent" failure.
"""

from __future__ import annotations

import io
import ipaddress
import os
import re
import select
import socket
import ssl
import threading
from collections.abc import Callable, Mapping
from typing import NamedTuple

_MAX_LINE = 64 * 1024
_MAX_HEADERS = 200
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_BUFFER = 64 * 1024


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
        self.size = size


class Response(NamedTuple):
    status: int
    headers: Mapping[str, str]  # lower-case names; Set-Cookie is in ``cookies``
    cookies: tuple[str, ...]  # raw Set-Cookie values
    body: bytes


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def sha256_pin(thumbprint: str) -> str:
    """``"sha256:AB:CD..."`` (colons and case free) -> 64 lower-case hex digits, or ValueError."""
    digest = thumbprint.strip().lower().removeprefix("sha256:").replace(":", "")
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("thumbprint must be 'sha256:' followed by 64 hex digits (colons allowed)")
    return digest


def tls_context(verify: bool | str, pinned: bool) -> ssl.SSLContext:
    """TLS settings: system CAs, a CA bundle file or directory, none, or a pin only."""
    if pinned or verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False  # a pin replaces chain and name checks
        context.verify_mode = ssl.CERT_NONE
        return context
    if verify is True:
        return ssl.create_default_context()
    try:
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    except OSError as exc:  # ssl.SSLError is an OSError
        raise ValueError(f"cannot load the CA bundle {verify!r}: {exc}") from None


class _Connection:
    __slots__ = ("reader", "sock", "timeout")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.reader = sock.makefile("rb")
        self.timeout = sock.gettimeout()

    def set_timeout(self, seconds: float) -> None:
        if seconds != self.timeout:  # settimeout is a system call even when nothing changes
            self.sock.settimeout(seconds)
            self.timeout = seconds

    def dropped(self) -> bool:
        """True when an idle connection has something to read: the server closed it (or misbehaved)."""
        try:
            poller = select.poll()
            poller.register(self.sock, select.POLLIN)
            return bool(poller.poll(0))
        except (OSError, ValueError):
            return True

    def close(self) -> None:
        self.reader.close()
        self.sock.close()


class HttpPool:
    """Keep-alive connections to one ``host:port``, shared by threads.

    A call takes an idle connection or opens a new one, so threads never wait
    for each other; at most ``maxsize`` idle connections are kept.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        tls: ssl.SSLContext | None = None,
        pin_sha256: str | None = None,
        maxsize: int = 16,
        user_agent: str = "pyvmomo",
    ) -> None:
        self.host, self.port = host, port
        self._tls = tls
        self._pin = pin_sha256
        self._maxsize = maxsize
        host_header = f"[{host}]" if ":" in host else host
        default_port = 443 if tls is not None else 80
        if port != default_port:
            host_header += f":{port}"
        self._fixed_headers = f"Host: {host_header}\r\nUser-Agent: {user_agent}\r\n"
        self._idle: list[_Connection] = []
        self._lock = threading.Lock()

    def request(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        timeouts: tuple[float, float],
        max_bytes: int,
    ) -> Response:
        """One exchange: ``timeouts`` is (connect, read); replies over ``max_bytes`` are refused."""
        conn = self._checkout(timeouts[0])
        lines = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        head = (
            f"{method} {target} HTTP/1.1\r\n{self._fixed_headers}{lines}Content-Length: {len(body)}\r\n\r\n"
        )
        payload = head.encode("latin-1")  # before anything is sent: the transport checked the URL
        try:
            conn.set_timeout(timeouts[1])
            if len(body) < _BUFFER:
                conn.sock.sendall(payload + body)  # one segment for a small call
            else:
                conn.sock.sendall(payload)
                conn.sock.sendall(body)
            response, keep_alive = _read_response(conn.reader, max_bytes, method == "HEAD")
        except HttpError:
            conn.close()
            raise
        except (OSError, ValueError) as exc:  # sockets, timeouts and TLS errors are OSErrors
            conn.close()
            raise MaybeSent(f"{type(exc).__name__}: {exc}") from exc
        if keep_alive:
            self._checkin(conn)
        else:
            conn.close()
        return response

    def close(self) -> None:
        """Close the idle connections (the pool stays usable)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def _checkout(self, connect_timeout: float) -> _Connection:
        while True:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                return self._connect(connect_timeout)
            if not conn.dropped():
                return conn
            conn.close()

    def _checkin(self, conn: _Connection) -> None:
        with self._lock:
            if len(self._idle) < self._maxsize:
                self._idle.append(conn)
                return
        conn.close()

    def _connect(self, timeout: float) -> _Connection:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=timeout)
        except OSError as exc:  # refused, unreachable, DNS, connect timeout
            raise NotSent(f"{type(exc).__name__}: {exc}") from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._tls is not None:
                sock = self._handshake(sock)
        except BaseException:
            sock.close()
            raise
        return _Connection(sock)

    def _handshake(self, sock: socket.socket) -> ssl.SSLSocket:
        assert self._tls is not None
        try:
            secure = self._tls.wrap_socket(sock, server_hostname=self.host)
        except ssl.SSLCertVerificationError as exc:
            raise CertificateRefused(f"certificate verify failed: {exc.verify_message}") from exc
        except OSError as exc:  # ssl.SSLError is an OSError
            raise NotSent(f"TLS handshake failed: {type(exc).__name__}: {exc}") from exc
        if self._pin is not None:
            import hashlib  # ~5 ms at import time, needed only for a pin

            certificate = secure.getpeercert(binary_form=True) or b""
            seen = hashlib.sha256(certificate).hexdigest()
            if seen != self._pin:
                secure.close()
                raise CertificateRefused(
                    f"thumbprint mismatch: certificate is sha256:{seen}, pinned sha256:{self._pin}"
                )
        return secure


ReadLine = Callable[[int], bytes]


def _read_response(reader: io.BufferedReader, max_bytes: int, head_only: bool) -> tuple[Response, bool]:
    """A reply and whether its connection can be reused; interim 1xx replies are skipped."""
    read_line: ReadLine = reader.readline
    while True:
        line = read_line(_MAX_LINE + 1)
        if not line:
            raise MaybeSent("the server closed the connection without a reply")
        version, _, rest = line.partition(b" ")
        code = rest[:3]
        if not (version in (b"HTTP/1.1", b"HTTP/1.0") and code.isdigit() and b"100" <= code <= b"599"):
            raise MaybeSent(f"not an HTTP/1.x reply: {line[:60]!r}")
        status = int(code)
        headers, cookies = _read_headers(read_line)
        if not 100 <= status < 200 or status == 101:
            break
    connection = headers.get("connection", "").lower()
    keep_alive = "close" not in connection if version == b"HTTP/1.1" else "keep-alive" in connection
    if head_only or status in (204, 304):
        return Response(status, headers, tuple(cookies), b""), keep_alive
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _read_chunked(reader, read_line, max_bytes)
    elif "content-length" in headers:
        length = headers["content-length"]
        if not (length.isascii() and length.isdigit()):
            raise MaybeSent(f"bad Content-Length {length[:40]!r}")
        size = int(length)
        if size > max_bytes:
            raise ReplyTooLarge(size)
        body = reader.read(size)
        if len(body) < size:
            raise MaybeSent(f"reply cut short: {len(body)} of {size} bytes")
    else:  # framed by the end of the connection
        body = reader.read(max_bytes + 1)
        if len(body) > max_bytes:
            raise ReplyTooLarge(len(body))
        keep_alive = False
    return Response(status, headers, tuple(cookies), body), keep_alive


def _read_headers(read_line: ReadLine) -> tuple[dict[str, str], list[str]]:
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for _ in range(_MAX_HEADERS):
        line = read_line(_MAX_LINE + 1)
        if line in (b"\r\n", b"\n"):
            return headers, cookies
        if not line.endswith(b"\n"):
            raise MaybeSent("reply headers cut short or too long")
        name, colon, value = line.partition(b":")
        if not colon or not name or name[:1] in (b" ", b"\t"):
            raise MaybeSent(f"malformed reply header {line[:60]!r}")
        key = name.decode("latin-1").strip().lower()
        text = value.decode("latin-1").strip()
        if key == "set-cookie":
            cookies.append(text)
        elif key == "content-length" and headers.get(key, text) != text:
            raise MaybeSent("conflicting Content-Length headers")
        else:
            headers[key] = text
    raise MaybeSent(f"more than {_MAX_HEADERS} reply headers")


def _read_chunked(reader: io.BufferedReader, read_line: ReadLine, max_bytes: int) -> bytes:
    read = reader.read
    parts: list[bytes] = []
    total = 0
    while True:
        line = read_line(_MAX_LINE + 1)
        size_text = line.split(b";", 1)[0].strip()
        if not _CHUNK_SIZE.fullmatch(size_text):
            raise MaybeSent(f"bad chunk size line {line[:40]!r}")
        size = int(size_text, 16)
        if size == 0:
            break
        total += size
        if total > max_bytes:
            raise ReplyTooLarge(total)
        chunk = read(size)
        if len(chunk) < size or read_line(3) not in (b"\r\n", b"\n"):
            raise MaybeSent("chunked reply cut short")
        parts.append(chunk)
    for _ in range(_MAX_HEADERS):  # trailers, ignored
        if read_line(_MAX_LINE + 1) in (b"\r\n", b"\n", b""):
            return b"".join(parts)
    raise MaybeSent("too many trailer lines")


def parse_set_cookie(header: str) -> tuple[str, str, bool]:
    """(name, value, expired) of one Set-Cookie value; attributes other than expiry are ignored.

    One endpoint, one path: Domain, Path, Secure and HttpOnly change nothing here.
    """
    pair, *attributes = header.split(";")
    name, _, value = pair.partition("=")
    expired = False
    for attribute in attributes:
        key, _, setting = attribute.partition("=")
        key = key.strip().lower()
        if key == "max-age":
            expired = setting.strip().lstrip("-").isdigit() and int(setting) <= 0
        elif key == "expires" and "max-age" not in header.lower():
            expired = _in_the_past(setting.strip())
    return name.strip(), value.strip(), expired


def _in_the_past(date: str) -> bool:
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime  # only for the rare expiring cookie

    try:
        when = parsedate_to_datetime(date)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when <= datetime.now(UTC)
