"""A small HTTP forward proxy on loopback, for the SDK's proxy tests.

Role:
    ``connect(..., proxy="http://[user:pass@]host:port")`` and the
    ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` variables need a proxy to go
    through.  :class:`ConnectProxy` is one: it opens ``CONNECT`` tunnels
    (bytes copied both ways, so TLS and a client certificate run end to end
    with the server) and forwards absolute-form plain-HTTP requests
    (``POST http://host:port/sdk HTTP/1.1``).  It can demand Basic proxy
    credentials (``407`` without them) and records what it saw, so a test can
    assert that a call went through it (or did not), which target it asked
    for and which ``Proxy-Authorization`` came with it.

Design decisions:
    * Routing table, loopback only.  The SDK never proxies loopback hosts, so
      a test has to name a remote-looking host (``vc.example.test:443``);
      ``routes`` maps such ``host:port`` targets to the real loopback server.
      A target that is neither routed nor a loopback address is answered with
      ``502`` and never dialled: a test cannot reach the network through it.
    * Records are appended before the client gets the answer, so a test that
      checks them right after its call returns sees them.
    * Plain requests are forwarded on a fresh upstream connection each
      (``Connection: close`` upstream), their reply read whole and re-framed
      toward the client with ``Content-Length``; hop-by-hop and ``Proxy-*``
      headers are dropped, everything else (``Content-Encoding`` included)
      passes unchanged.  The client connection stays open between requests.
    * A ``407`` always closes the connection, as most proxies do.
    * Built on :class:`tests.tools.loopback.LoopbackServer`: bounded number of
      connections, socket timeouts, daemon threads, every socket closed on
      :meth:`ConnectProxy.stop`.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import ipaddress
import selectors
import socket
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from tests.tools.loopback import LoopbackServer, RequestHead, RequestReader, encode_response_head

__all__ = ["ConnectProxy", "ProxiedRequest"]

REALM: Final = "pyvmomo-test-proxy"
_HOP_BY_HOP: Final[frozenset[str]] = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_PUMP_SIZE: Final = 65536


@dataclass(frozen=True)
class ProxiedRequest:
    """One request the proxy received, and what it answered.

    Attributes:
        method: ``"CONNECT"``, ``"POST"``, ``"GET"``...
        target: The request target as sent: ``host:port`` for CONNECT,
            ``http://host:port/path`` for a forwarded request.
        headers: The request's header fields, in order.
        proxy_authorization: The ``Proxy-Authorization`` value, if any.
        status: The status the proxy answered with: ``200`` for an opened
            tunnel, the upstream's status for a forwarded request, ``407``,
            ``400`` or ``502`` for refusals.
    """

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    proxy_authorization: str | None
    status: int


class ConnectProxy(LoopbackServer):
    """A forward proxy bound to ``127.0.0.1`` on a free port.

    Typical use::

        routes = {"vc.example.test:443": ("127.0.0.1", vcsim.port)}
        with ConnectProxy(routes=routes, username="u", password="p") as proxy:
            connect("https://vc.example.test/sdk", proxy=proxy.url_with_credentials, ...)
            assert proxy.tunnels == 1
    """

    name = "connect-proxy"

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        routes: Mapping[str, tuple[str, int]] | None = None,
        max_connections: int = 32,
        socket_timeout_s: float = 30.0,
    ) -> None:
        """Prepare, but do not start, the proxy.

        Args:
            username: When set (with ``password``), requests need Basic
                proxy credentials; others get ``407``.
            password: The password for ``username``.
            routes: ``"host:port"`` targets (lowercase host) to dial at
                another address. Unrouted targets must be loopback addresses.
            max_connections: Client connections served at once.
            socket_timeout_s: Timeout of every socket read or write; also
                how long an idle tunnel lives.

        Raises:
            ValueError: If only one of ``username`` and ``password`` is given.
        """
        if (username is None) != (password is None):
            raise ValueError("username and password must be given together")
        super().__init__(max_connections=max_connections, socket_timeout_s=socket_timeout_s)
        self.username = username
        self.password = password
        self.routes = {key.lower(): value for key, value in (routes or {}).items()}
        self._records: list[ProxiedRequest] = []
        self._tunnel_bytes = [0, 0]
        self._record_lock = threading.Lock()

    # -- what tests read ---------------------------------------------------------------
    @property
    def url(self) -> str:
        """The proxy URL without credentials, e.g. ``http://127.0.0.1:40111``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def url_with_credentials(self) -> str:
        """The proxy URL with ``user:pass@`` (percent-encoded) when credentials are set."""
        if self.username is None or self.password is None:
            return self.url
        userinfo = (
            f"{urllib.parse.quote(self.username, safe='')}:{urllib.parse.quote(self.password, safe='')}"
        )
        return f"http://{userinfo}@127.0.0.1:{self.port}"

    @property
    def records(self) -> list[ProxiedRequest]:
        """Snapshot of every request received, oldest first."""
        with self._record_lock:
            return list(self._records)

    @property
    def targets(self) -> list[str]:
        """The target of every request received, oldest first."""
        return [record.target for record in self.records]

    @property
    def authorizations(self) -> list[str | None]:
        """The ``Proxy-Authorization`` of every request received (``None`` when absent)."""
        return [record.proxy_authorization for record in self.records]

    @property
    def tunnels(self) -> int:
        """How many CONNECT tunnels were opened."""
        return sum(1 for r in self.records if r.method == "CONNECT" and r.status == 200)

    @property
    def forwarded(self) -> int:
        """How many plain-HTTP requests were forwarded upstream."""
        return sum(1 for r in self.records if r.method != "CONNECT" and r.status not in (400, 407, 502))

    @property
    def refused(self) -> int:
        """How many requests were answered ``407`` (missing or wrong credentials)."""
        return sum(1 for r in self.records if r.status == 407)

    @property
    def tunnel_bytes(self) -> tuple[int, int]:
        """Bytes copied through tunnels so far: (client to server, server to client)."""
        with self._record_lock:
            return (self._tunnel_bytes[0], self._tunnel_bytes[1])

    def reset_counts(self) -> None:
        """Forget the records and byte counts."""
        with self._record_lock:
            self._records.clear()
            self._tunnel_bytes = [0, 0]

    # -- serving -----------------------------------------------------------------------
    def serve_connection(self, client: socket.socket) -> None:
        """Serve requests on one client connection until it closes."""
        reader = RequestReader(client)
        while (head := reader.read_head()) is not None:
            body = b"" if head.method == "CONNECT" else reader.read_body(head)
            if not self._authorized(head):
                self._record(head, 407)
                client.sendall(
                    encode_response_head(
                        407,
                        "Proxy Authentication Required",
                        [
                            ("Proxy-Authenticate", f'Basic realm="{REALM}"'),
                            ("Content-Length", "0"),
                            ("Connection", "close"),
                        ],
                    )
                )
                return
            if head.method == "CONNECT":
                self._tunnel(client, reader, head)
                return
            if not self._forward(client, head, body) or not head.keep_alive:
                return

    def _authorized(self, head: RequestHead) -> bool:
        if self.username is None or self.password is None:
            return True
        value = head.get("Proxy-Authorization") or ""
        scheme, _, token = value.partition(" ")
        expected = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
        return scheme.lower() == "basic" and token.strip() == expected

    def _record(self, head: RequestHead, status: int) -> None:
        with self._record_lock:
            self._records.append(
                ProxiedRequest(
                    head.method, head.target, head.headers, head.get("Proxy-Authorization"), status
                )
            )

    def _refuse(self, client: socket.socket, head: RequestHead, status: int, reason: str, why: str) -> None:
        self._record(head, status)
        message = why.encode()
        head_bytes = encode_response_head(
            status,
            reason,
            [("Content-Type", "text/plain"), ("Content-Length", str(len(message))), ("Connection", "close")],
        )
        client.sendall(head_bytes + message)

    def _address(self, authority: str) -> tuple[str, int] | None:
        """Where to dial for ``host:port``; ``None`` when not allowed."""
        routed = self.routes.get(authority.lower())
        if routed is not None:
            return routed
        host, _, port_text = authority.rpartition(":")
        host = host.strip("[]")
        if not port_text.isdigit():
            return None
        if host.lower() != "localhost":
            try:
                if not ipaddress.ip_address(host).is_loopback:
                    return None
            except ValueError:
                return None
        return (host, int(port_text))

    def _tunnel(self, client: socket.socket, reader: RequestReader, head: RequestHead) -> None:
        address = self._address(head.target)
        if address is None:
            self._refuse(
                client, head, 502, "Bad Gateway", f"{head.target} is not routed by this test proxy\n"
            )
            return
        try:
            upstream = self.open_upstream(address)
        except OSError as exc:
            self._refuse(client, head, 502, "Bad Gateway", f"cannot reach {head.target}: {exc}\n")
            return
        try:
            self._record(head, 200)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            early = reader.take_buffered()  # e.g. a TLS hello sent without waiting for our 200
            if early:
                self._count(0, len(early))
                upstream.sendall(early)
            self._pump(client, upstream)
        finally:
            self.release(upstream)

    def _count(self, direction: int, size: int) -> None:
        with self._record_lock:
            self._tunnel_bytes[direction] += size

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        """Copy bytes both ways until both sides finished sending (or idle timeout)."""
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ, (upstream, 0))
            selector.register(upstream, selectors.EVENT_READ, (client, 1))
            open_sides = 2
            while open_sides:
                events = selector.select(timeout=self.socket_timeout_s)
                if not events:
                    return  # idle for too long
                for key, _mask in events:
                    source = key.fileobj
                    assert isinstance(source, socket.socket)
                    destination, direction = key.data
                    data = source.recv(_PUMP_SIZE)
                    if not data:
                        selector.unregister(source)
                        open_sides -= 1
                        with contextlib.suppress(OSError):
                            destination.shutdown(socket.SHUT_WR)
                        continue
                    self._count(direction, len(data))  # before the peer can see the bytes
                    destination.sendall(data)

    def _forward(self, client: socket.socket, head: RequestHead, body: bytes) -> bool:
        """Forward one absolute-form request; return whether the client connection may stay."""
        parts = urllib.parse.urlsplit(head.target)
        if parts.scheme != "http" or not parts.hostname:
            self._refuse(
                client, head, 400, "Bad Request", "this proxy takes CONNECT or http:// absolute URLs\n"
            )
            return False
        authority = f"{parts.hostname}:{parts.port or 80}"
        address = self._address(authority)
        if address is None:
            self._refuse(client, head, 502, "Bad Gateway", f"{authority} is not routed by this test proxy\n")
            return False
        path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        forward = [(k, v) for k, v in head.headers if k.lower() not in _HOP_BY_HOP | {"content-length"}]
        try:
            reply = self.exchange_upstream(address, head.method, path, forward, body)
        except (OSError, http.client.HTTPException) as exc:
            self._refuse(client, head, 502, "Bad Gateway", f"upstream {authority} failed: {exc}\n")
            return False
        headers = [(k, v) for k, v in reply.headers if k.lower() not in _HOP_BY_HOP | {"content-length"}]
        headers.append(("Content-Length", str(len(reply.body))))
        headers.append(("Connection", "keep-alive" if head.keep_alive else "close"))
        self._record(head, reply.status)
        client.sendall(encode_response_head(reply.status, reply.reason, headers) + reply.body)
        return True
