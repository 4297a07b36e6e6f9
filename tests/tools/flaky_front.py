"""A reverse proxy before vcsim that breaks file transfers on cue, for the transfer tests.

Role:
    Datastore uploads and downloads (``PUT``/``GET /folder/...``) must survive
    a connection that breaks mid-body: a download resumes with ``Range``, an
    upload from a file is sent again. :class:`FlakyFront` forwards every
    request to vcsim and, when told, breaks the next transfer: it resets a
    ``GET`` reply after some body bytes, or resets a ``PUT`` after reading
    some of its body (so vcsim never sees that try). It records every request
    head, so a test can assert what went on the wire (``Cookie``, ``Range``,
    ``If-Range``, ``Accept-Encoding``).

Design decisions:
    * Built on :class:`tests.tools.loopback.LoopbackServer`: bounded, daemon
      threads, every socket closed on stop.
    * A cut is a real TCP reset (``SO_LINGER {1, 0}``) after the partial bytes
      were sent, as a dropped connection looks to a client.
    * ``on_cut`` runs in the proxy's thread right after a cut, before the
      client can try again: a test changes the file there to model a file
      that changed between two tries.
"""

from __future__ import annotations

import http.client
import re
import socket
import struct
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from tests.tools.loopback import (
    LoopbackServer,
    RequestHead,
    RequestReader,
    UpstreamReply,
    encode_response_head,
)

__all__ = ["FlakyFront", "Seen"]

_HOP_BY_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade"})


@dataclass(frozen=True)
class Seen:
    """One request as the front received it, and what became of it."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    status: int  # 0 when the front cut the exchange
    operation: str | None = None  # the SOAP operation of a POST /sdk

    def header(self, name: str) -> str | None:
        lname = name.lower()
        return next((v for k, v in self.headers if k.lower() == lname), None)


class FlakyFront(LoopbackServer):
    """A reverse proxy on ``127.0.0.1`` that can break the next GET reply or PUT body.

    Attributes:
        cut_get_after: Reset the next GET reply with a body after this many body bytes.
        cut_put_after: Reset the next PUT (or POST of a file, as NFC disk uploads) after reading
            this many body bytes.
        on_cut: Called after each cut.
    """

    name = "flaky-front"

    def __init__(self, upstream_url: str) -> None:
        parts = urllib.parse.urlsplit(upstream_url)
        if parts.scheme != "http" or not parts.hostname or parts.port is None:
            raise ValueError(f"upstream_url must be http://host:port/..., not {upstream_url!r}")
        super().__init__(max_connections=16, socket_timeout_s=30.0)
        self._upstream = (parts.hostname, parts.port)
        self._netloc = parts.netloc
        self.cut_get_after: int | None = None
        self.cut_put_after: int | None = None
        self.on_cut: Callable[[], None] | None = None
        self._seen: list[Seen] = []
        self._seen_lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sdk"

    @property
    def seen(self) -> list[Seen]:
        with self._seen_lock:
            return list(self._seen)

    def operations(self) -> list[str]:
        """The SOAP operations received, in order."""
        return [s.operation for s in self.seen if s.operation is not None]

    def transfers(self) -> list[Seen]:
        """The requests that were not SOAP calls (GET and PUT of files)."""
        return [s for s in self.seen if not s.target.startswith("/sdk")]

    def serve_connection(self, client: socket.socket) -> None:
        reader = RequestReader(client)
        while True:
            head = reader.read_head()
            if head is None:
                return
            uploads = head.method == "PUT" or (head.method == "POST" and not head.target.startswith("/sdk"))
            if uploads and self.cut_put_after is not None:
                self._cut_upload(client, reader, head, self.cut_put_after)
                return
            body = reader.read_body(head)
            try:
                reply = self._forward(head, body)
            except (OSError, http.client.HTTPException) as exc:
                reply = UpstreamReply(502, "Bad Gateway", [], f"upstream failed: {exc}".encode())
            cut = self.cut_get_after if head.method == "GET" and reply.status in (200, 206) else None
            headers = [(k, v) for k, v in reply.headers if k.lower() not in _HOP_BY_HOP | {"content-length"}]
            headers.append(("Content-Length", str(len(reply.body))))
            data = encode_response_head(reply.status, reply.reason, headers)
            if cut is not None and cut < len(reply.body):
                self.cut_get_after = None
                self._record(head, 0)
                client.sendall(data + reply.body[:cut])
                self._reset(client)
                return
            self._record(head, reply.status, _operation(body) if head.target.startswith("/sdk") else None)
            client.sendall(data + reply.body)
            if not head.keep_alive:
                return

    def _cut_upload(
        self, client: socket.socket, reader: RequestReader, head: RequestHead, after: int
    ) -> None:
        self.cut_put_after = None
        self._record(head, 0)
        reader.read_exact(min(after, int(head.get("Content-Length") or 0)))
        self._reset(client)

    def _forward(self, head: RequestHead, body: bytes) -> UpstreamReply:
        headers = [
            (k, v) for k, v in head.headers if k.lower() not in _HOP_BY_HOP | {"host", "content-length"}
        ]
        headers.insert(0, ("Host", self._netloc))
        return self.exchange_upstream(self._upstream, head.method, head.target, headers, body)

    def _record(self, head: RequestHead, status: int, operation: str | None = None) -> None:
        with self._seen_lock:
            self._seen.append(Seen(head.method, head.target, head.headers, status, operation))

    def _reset(self, client: socket.socket) -> None:
        _wait_sent(client)  # an RST drops unsent bytes: let the partial body reach the client first
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        if self.on_cut is not None:
            self.on_cut()


_OPERATION = re.compile(rb"<(?:[\w-]+:)?Body[^>]*>\s*<(?:[\w-]+:)?(\w+)")


def _operation(body: bytes) -> str | None:
    match = _OPERATION.search(body)
    return match[1].decode() if match else None


def _wait_sent(sock: socket.socket, timeout_s: float = 2.0) -> None:
    """Wait (bounded) until the kernel has sent what was written (Linux ``TIOCOUTQ``)."""
    import fcntl
    import termios
    import time

    ended = time.monotonic() + timeout_s
    while time.monotonic() < ended:
        pending = struct.unpack("i", fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0"))[0]
        if pending == 0:
            return
        time.sleep(0.005)
