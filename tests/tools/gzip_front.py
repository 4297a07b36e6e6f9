"""A loopback reverse proxy that gzips vcsim's replies, or serves a gzip bomb.

Role:
    vcsim never compresses, and a real vCenter does when asked.  The SDK's
    compression tests put :class:`GzipFront` between the client and vcsim:
    when a request carries ``Accept-Encoding: gzip`` the reply body is
    gzipped (``Content-Encoding: gzip``, framed with ``Content-Length`` or
    chunked, as chosen), otherwise it passes unchanged.  Each exchange is
    recorded (request headers, whether the reply was gzipped, body size
    before and after, bytes on the wire), so a test can show that the client
    asked for gzip, that ``compress=False`` stops asking, and how many bytes
    compression saved.  With ``bomb_bytes`` set, every POST is answered,
    without asking upstream, by a small gzip body that inflates to that many
    bytes: the client's cap on the inflated size must stop it.  ``force``
    gzips for clients that did not ask, and ``corrupt`` breaks the gzip
    checksum, for the client's handling of misbehaving servers.

Design decisions:
    * Compression happens here, not in vcsim, so the tool works with the
      simulator unchanged; requests are forwarded without
      ``Accept-Encoding`` and on a fresh upstream connection each
      (:meth:`tests.tools.loopback.LoopbackServer.exchange_upstream`), and
      the ``Host`` header is rewritten to the upstream's, as a reverse proxy
      does.  Cookies and every other end-to-end header pass both ways.
    * A reply that already has a ``Content-Encoding``, or an empty body, is
      never compressed again.
    * ``framing`` applies to every reply with a body, gzipped or not; chunked
      framing sends the body in ``chunk_size`` pieces, so a client inflating
      as bytes arrive gets several chunks per reply.
    * The bomb is a SOAP envelope start followed by spaces (valid XML so far,
      so only a size cap can stop a streaming decoder), compressed once per
      size and cached; it is sent gzipped whatever the request's
      ``Accept-Encoding`` says, as a hostile server would.
    * Built on :class:`tests.tools.loopback.LoopbackServer` (bounded, daemon
      threads, every socket closed on :meth:`GzipFront.stop`).
"""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.parse
import zlib
from dataclasses import dataclass
from typing import Final, Literal

from tests.tools.loopback import (
    LoopbackServer,
    RequestHead,
    RequestReader,
    UpstreamReply,
    encode_response_head,
)

__all__ = ["BOMB_PREFIX", "Exchange", "Framing", "GzipFront", "accepts_gzip", "gzip_bomb"]

Framing = Literal["content-length", "chunked"]
"""How a reply is framed toward the client."""

BOMB_PREFIX: Final = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
    b'<soapenv:Body><RetrievePropertiesExResponse xmlns="urn:vim25"><returnval>'
)
"""What a gzip bomb inflates to first; spaces follow up to its full size."""

_HOP_BY_HOP: Final[frozenset[str]] = frozenset(
    {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"}
)
_BOMB_PIECE: Final = 1 << 20


@dataclass(frozen=True)
class Exchange:
    """One request served by the front, and its reply.

    Attributes:
        method: The request method.
        path: The request target as sent by the client.
        request_headers: The client's header fields, in order.
        status: The reply's status.
        gzipped: Whether the reply body was sent gzipped.
        body_bytes: Size of the reply body before compression (upstream's
            body; the inflated size for a bomb).
        wire_body_bytes: Body bytes sent to the client, without chunk framing.
        wire_bytes: All bytes of the reply sent to the client (head,
            framing, body).
        request_wire_bytes: Bytes of the request as received (head and body).
    """

    method: str
    path: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    gzipped: bool
    body_bytes: int
    wire_body_bytes: int
    wire_bytes: int
    request_wire_bytes: int

    def request_header(self, name: str) -> str | None:
        """Return the first value of request header ``name`` (case-insensitive)."""
        lname = name.lower()
        return next((value for key, value in self.request_headers if key.lower() == lname), None)


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an ``Accept-Encoding`` value admits gzip (``gzip`` or ``*``, q above 0)."""
    for item in (accept_encoding or "").split(","):
        coding, *params = (part.strip() for part in item.split(";"))
        if coding.lower() not in ("gzip", "x-gzip", "*"):
            continue
        q = next((p[2:] for p in params if p.lower().startswith("q=")), "1")
        try:
            if float(q) > 0:
                return True
        except ValueError:
            continue
    return False


def gzip_bomb(inflated_bytes: int) -> bytes:
    """Return a gzip member inflating to exactly ``inflated_bytes`` bytes.

    The content is :data:`BOMB_PREFIX` followed by spaces (cut to size when
    ``inflated_bytes`` is smaller than the prefix).

    Raises:
        ValueError: If ``inflated_bytes`` is negative.
    """
    if inflated_bytes < 0:
        raise ValueError("inflated_bytes must be >= 0")
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = BOMB_PREFIX[:inflated_bytes]
    parts = [compressor.compress(head)]
    remaining = inflated_bytes - len(head)
    piece = b" " * min(_BOMB_PIECE, remaining)
    while remaining > 0:
        parts.append(compressor.compress(piece[:remaining]))
        remaining -= min(len(piece), remaining)
    parts.append(compressor.flush())
    return b"".join(parts)


class GzipFront(LoopbackServer):
    """A gzipping reverse proxy bound to ``127.0.0.1`` on a free port.

    Typical use::

        with GzipFront(vcsim.url, framing="chunked") as front:
            client = connect(front.url, ...)
            assert front.exchanges[-1].gzipped

    Attributes:
        framing: How replies are framed (may be changed between calls).
        compress: Whether to gzip at all (may be changed between calls).
        force: Gzip even when the client did not ask, as a misbehaving
            server would (may be changed between calls).
        corrupt: Send gzipped bodies with a wrong CRC-32 in the gzip
            trailer, so only the end of the stream reveals the damage (may
            be changed between calls).
        bomb_bytes: When set, POSTs get a gzip bomb of that inflated size
            instead of upstream's reply (may be changed between calls).
        chunk_size: Body bytes per chunk with chunked framing.
        level: zlib compression level for real replies.
    """

    name = "gzip-front"

    def __init__(
        self,
        upstream_url: str,
        *,
        framing: Framing = "content-length",
        compress: bool = True,
        force: bool = False,
        corrupt: bool = False,
        bomb_bytes: int | None = None,
        chunk_size: int = 16384,
        level: int = 6,
        max_connections: int = 32,
        socket_timeout_s: float = 30.0,
    ) -> None:
        """Prepare, but do not start, the front.

        Args:
            upstream_url: The upstream SOAP URL (``http://host:port/sdk``);
                only plain HTTP upstreams are supported.
            framing: ``"content-length"`` or ``"chunked"``.
            compress: Whether to gzip replies when the client accepts gzip.
            force: Gzip replies even when the client does not accept gzip.
            corrupt: Break the CRC-32 of every gzipped body.
            bomb_bytes: Inflated size of the gzip bomb served to POSTs, or
                ``None`` to forward them.
            chunk_size: Body bytes per chunk with chunked framing.
            level: zlib compression level (1-9).
            max_connections: Client connections served at once.
            socket_timeout_s: Timeout of every socket read or write.

        Raises:
            ValueError: On an HTTPS or malformed upstream URL, an unknown
                framing or a non-positive chunk size.
        """
        parts = urllib.parse.urlsplit(upstream_url)
        if parts.scheme != "http" or not parts.hostname or parts.port is None:
            raise ValueError(f"upstream_url must be http://host:port/..., not {upstream_url!r}")
        if framing not in ("content-length", "chunked"):
            raise ValueError(f"framing must be 'content-length' or 'chunked', not {framing!r}")
        if chunk_size < 1:
            raise ValueError("chunk_size must be >= 1")
        super().__init__(max_connections=max_connections, socket_timeout_s=socket_timeout_s)
        self._upstream = (parts.hostname, parts.port)
        self._upstream_netloc = parts.netloc
        self._path = parts.path or "/"
        self.framing: Framing = framing
        self.compress = compress
        self.force = force
        self.corrupt = corrupt
        self.bomb_bytes = bomb_bytes
        self.chunk_size = chunk_size
        self.level = level
        self._exchanges: list[Exchange] = []
        self._bombs: dict[int, bytes] = {}
        self._record_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        """Scheme, host and port of the front, e.g. ``http://127.0.0.1:40111``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The front's URL with the upstream's path, e.g. ``http://127.0.0.1:40111/sdk``."""
        return self.base_url + self._path

    @property
    def exchanges(self) -> list[Exchange]:
        """Snapshot of every exchange served, oldest first."""
        with self._record_lock:
            return list(self._exchanges)

    def reset_counts(self) -> None:
        """Forget the recorded exchanges."""
        with self._record_lock:
            self._exchanges.clear()

    def serve_connection(self, client: socket.socket) -> None:
        """Serve requests on one client connection until it closes."""
        reader = RequestReader(client)
        while True:
            before = reader.received
            head = reader.read_head()
            if head is None:
                return
            body = reader.read_body(head)
            # Bytes read past this request (a pipelined next one) are few and
            # counted against it; clients under test do not pipeline.
            self._serve_one(client, head, body, reader.received - before)
            if not head.keep_alive:
                return

    def _serve_one(self, client: socket.socket, head: RequestHead, body: bytes, request_bytes: int) -> None:
        bomb_bytes = self.bomb_bytes
        if bomb_bytes is not None and head.method == "POST":
            reply = UpstreamReply(200, "OK", [("Content-Type", "text/xml; charset=utf-8")], b"")
            payload, inflated, gzipped = self._bomb(bomb_bytes), bomb_bytes, True
        else:
            try:
                reply = self._forward(head, body)
            except (OSError, http.client.HTTPException) as exc:
                message = f"upstream failed: {exc}\n".encode()
                reply = UpstreamReply(502, "Bad Gateway", [("Content-Type", "text/plain")], message)
            inflated = len(reply.body)
            gzipped = (
                self.compress
                and bool(reply.body)
                and (self.force or accepts_gzip(head.get("Accept-Encoding")))
                and not any(k.lower() == "content-encoding" for k, _ in reply.headers)
            )
            payload = _gzip(reply.body, self.level) if gzipped else reply.body
        if gzipped and self.corrupt:
            # The trailer is CRC-32 then ISIZE, 4 bytes each, little-endian.
            crc = int.from_bytes(payload[-8:-4], "little") ^ 0xFFFFFFFF
            payload = payload[:-8] + crc.to_bytes(4, "little") + payload[-4:]
        headers = [(k, v) for k, v in reply.headers if k.lower() not in _HOP_BY_HOP | {"content-length"}]
        if gzipped:
            headers.append(("Content-Encoding", "gzip"))
        bodiless = head.method == "HEAD" or reply.status in (204, 304)
        if self.framing == "chunked" and not bodiless:
            headers.append(("Transfer-Encoding", "chunked"))
            framed = b"".join(
                f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
                for piece in (
                    payload[i : i + self.chunk_size] for i in range(0, len(payload), self.chunk_size)
                )
            )
            framed += b"0\r\n\r\n"
        else:
            headers.append(("Content-Length", str(len(payload))))
            framed = payload
        headers.append(("Connection", "keep-alive" if head.keep_alive else "close"))
        data = encode_response_head(reply.status, reply.reason, headers) + framed
        with self._record_lock:
            self._exchanges.append(
                Exchange(
                    method=head.method,
                    path=head.target,
                    request_headers=head.headers,
                    status=reply.status,
                    gzipped=gzipped,
                    body_bytes=inflated,
                    wire_body_bytes=len(payload),
                    wire_bytes=len(data),
                    request_wire_bytes=request_bytes,
                )
            )
        client.sendall(data)

    def _forward(self, head: RequestHead, body: bytes) -> UpstreamReply:
        headers = [
            (k, v)
            for k, v in head.headers
            if k.lower() not in _HOP_BY_HOP | {"host", "content-length", "accept-encoding"}
        ]
        headers.insert(0, ("Host", self._upstream_netloc))
        return self.exchange_upstream(self._upstream, head.method, head.target, headers, body)

    def _bomb(self, inflated_bytes: int) -> bytes:
        with self._record_lock:
            cached = self._bombs.get(inflated_bytes)
        if cached is None:
            cached = gzip_bomb(inflated_bytes)
            with self._record_lock:
                self._bombs[inflated_bytes] = cached
        return cached


def _gzip(data: bytes, level: int) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, 31)
    return compressor.compress(data) + compressor.flush()
