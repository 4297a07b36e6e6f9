"""Self-tests of :class:`tests.tools.connect_proxy.ConnectProxy`, with http.client clients.

A tiny standard-library upstream records what reaches it; the proxy is
checked for CONNECT tunnels, absolute-form forwarding, Basic proxy
credentials, its routing table and its clean stop.  One test goes through
the proxy to a TLS vcsim with a client certificate, the path a
certificate login behind a corporate proxy takes.
"""

from __future__ import annotations

import base64
import http.client
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

import pytest

from tests.tools.connect_proxy import ConnectProxy
from tests.tools.rawsoap import EXTENSION_KEY, LOGIN_BY_CERT, VIM, call
from tests.vcsim import PROXIED_HOST, TlsVcsim

REMOTE = PROXIED_HOST
USER, PASSWORD = "proxy-user", "pä:ss"
GOOD_AUTH = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


class _Upstream(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        server = cast(_Upstream, self.server)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with server.lock:
            server.seen.append((self.command, self.path, dict(self.headers.items()), body))
        payload = b"echo:" + self.command.encode() + b" " + self.path.encode() + b" " + body
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Set-Cookie", "vmware_soap_session=abc; Path=/")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = _answer
    do_POST = _answer


@pytest.fixture(scope="module")
def upstream() -> Iterator[_Upstream]:
    server = _Upstream()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def routes(upstream: _Upstream) -> dict[str, tuple[str, int]]:
    port = upstream.server_address[1]
    return {f"{REMOTE}:443": ("127.0.0.1", port), f"{REMOTE}:80": ("127.0.0.1", port)}


def via(proxy: ConnectProxy) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=10)


def test_connect_opens_a_tunnel_to_the_routed_target(upstream: _Upstream) -> None:
    with ConnectProxy(routes=routes(upstream)) as proxy:
        conn = via(proxy)
        conn.set_tunnel(REMOTE, 443)
        try:
            conn.request("POST", "/sdk", b"<hello/>", {"Content-Type": "text/xml"})
            response = conn.getresponse()
            body = response.read()
        finally:
            conn.close()
        assert (response.status, body) == (200, b"echo:POST /sdk <hello/>")
        assert proxy.targets == [f"{REMOTE}:443"]
        assert proxy.tunnels == 1 and proxy.forwarded == 0
        sent, received = proxy.tunnel_bytes
        assert sent > len(b"<hello/>") and received > len(body)


def test_an_absolute_form_request_is_forwarded_in_origin_form_on_a_kept_connection(
    upstream: _Upstream,
) -> None:
    with upstream.lock:
        upstream.seen.clear()
    with ConnectProxy(routes=routes(upstream)) as proxy:
        conn = via(proxy)
        try:
            for n in range(2):
                conn.request(
                    "POST", f"http://{REMOTE}/sdk?n={n}", b"<x/>", {"Proxy-Connection": "keep-alive"}
                )
                response = conn.getresponse()
                assert (response.status, response.read()) == (200, f"echo:POST /sdk?n={n} <x/>".encode())
                assert response.getheader("Set-Cookie") == "vmware_soap_session=abc; Path=/"
        finally:
            conn.close()
        assert proxy.forwarded == 2 and proxy.tunnels == 0
        assert proxy.targets == [f"http://{REMOTE}/sdk?n=0", f"http://{REMOTE}/sdk?n=1"]
    with upstream.lock:
        paths = [path for _method, path, _headers, _body in upstream.seen]
        forwarded_headers = [{k.lower() for k in headers} for _m, _p, headers, _b in upstream.seen]
    assert paths == ["/sdk?n=0", "/sdk?n=1"]
    assert all("proxy-connection" not in names for names in forwarded_headers)


def test_without_credentials_the_proxy_answers_407_and_forwards_nothing(upstream: _Upstream) -> None:
    with upstream.lock:
        upstream.seen.clear()
    with ConnectProxy(routes=routes(upstream), username=USER, password=PASSWORD) as proxy:
        conn = via(proxy)
        conn.set_tunnel(REMOTE, 443)
        with pytest.raises(OSError, match="407"):
            conn.request("GET", "/")
        conn.close()
        wrong = via(proxy)
        try:
            wrong.request(
                "GET", f"http://{REMOTE}/", headers={"Proxy-Authorization": "Basic d3Jvbmc6d3Jvbmc="}
            )
            response = wrong.getresponse()
            response.read()
        finally:
            wrong.close()
        assert response.status == 407
        assert response.getheader("Proxy-Authenticate") == 'Basic realm="pyvmomo-test-proxy"'
        assert proxy.refused == 2 and proxy.tunnels == 0 and proxy.forwarded == 0
        assert proxy.authorizations == [None, "Basic d3Jvbmc6d3Jvbmc="]
    with upstream.lock:
        assert upstream.seen == []


def test_with_credentials_both_kinds_of_request_pass_and_the_header_is_recorded(upstream: _Upstream) -> None:
    with upstream.lock:
        upstream.seen.clear()
    with ConnectProxy(routes=routes(upstream), username=USER, password=PASSWORD) as proxy:
        assert proxy.url_with_credentials == f"http://proxy-user:p%C3%A4%3Ass@127.0.0.1:{proxy.port}"
        tunnelled = via(proxy)
        tunnelled.set_tunnel(REMOTE, 443, headers={"Proxy-Authorization": GOOD_AUTH})
        forwarded = via(proxy)
        try:
            tunnelled.request("GET", "/a")
            assert tunnelled.getresponse().read() == b"echo:GET /a "
            forwarded.request("GET", f"http://{REMOTE}/b", headers={"Proxy-Authorization": GOOD_AUTH})
            assert forwarded.getresponse().read() == b"echo:GET /b "
        finally:
            tunnelled.close()
            forwarded.close()
        assert proxy.tunnels == 1 and proxy.forwarded == 1 and proxy.refused == 0
        assert proxy.authorizations == [GOOD_AUTH, GOOD_AUTH]
    with upstream.lock:
        # The upstream never sees the proxy's credentials.
        assert all("Proxy-Authorization" not in headers for _m, _p, headers, _b in upstream.seen)


def test_an_unrouted_remote_target_is_refused_without_dialling() -> None:
    with ConnectProxy() as proxy:
        conn = via(proxy)
        conn.set_tunnel("example.com", 443)
        with pytest.raises(OSError, match="502"):
            conn.request("GET", "/")
        conn.close()
        assert proxy.targets == ["example.com:443"]
        assert proxy.tunnels == 0


def test_stop_closes_an_open_tunnel(upstream: _Upstream) -> None:
    proxy = ConnectProxy(routes=routes(upstream)).start()
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as sock:
        sock.sendall(f"CONNECT {REMOTE}:443 HTTP/1.1\r\nHost: {REMOTE}:443\r\n\r\n".encode())
        assert sock.recv(4096).startswith(b"HTTP/1.1 200 ")
        proxy.stop()
        assert sock.recv(4096) == b""


def test_connections_beyond_the_bound_are_closed_on_accept(upstream: _Upstream) -> None:
    with ConnectProxy(routes=routes(upstream), max_connections=1) as proxy:
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as first:
            first.sendall(f"CONNECT {REMOTE}:443 HTTP/1.1\r\n\r\n".encode())
            assert first.recv(4096).startswith(b"HTTP/1.1 200 ")
            with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as second:
                assert second.recv(4096) == b""
        assert proxy.overflow == 1


def test_certificate_login_through_the_proxy_reaches_vcsim_with_the_client_certificate(
    vcsim_tls: TlsVcsim,
) -> None:
    server = vcsim_tls.server
    with ConnectProxy(routes={f"{PROXIED_HOST}:443": (server.host, server.port)}) as proxy:
        context = ssl.create_default_context(cafile=str(vcsim_tls.ca_cert))
        context.load_cert_chain(str(vcsim_tls.client.cert), str(vcsim_tls.client.key))
        conn = http.client.HTTPSConnection("127.0.0.1", proxy.port, context=context, timeout=10)
        conn.set_tunnel(PROXIED_HOST, 443)  # TLS verifies the certificate under this name
        try:
            reply = call(conn, "/sdk", LOGIN_BY_CERT)
        finally:
            conn.close()
        assert proxy.tunnels == 1
    assert reply.status == 200
    assert reply.body.findtext(f"{{{VIM}}}returnval/{{{VIM}}}userName") == EXTENSION_KEY
