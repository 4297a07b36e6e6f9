"""Proxies, client certificates, your own SSLContext and compression, end to end against vcsim.

vcsim serves HTTPS with a generated certificate (the ``vcsim_tls`` fixture)
that also names ``vc.example.test``: the SDK never proxies loopback, so
proxied calls go to that name and the test proxy routes it to vcsim.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest

import pyvmomo
from pyvmomo.vim25 import ServiceInstance
from tests.tools.connect_proxy import ConnectProxy
from tests.tools.gzip_front import GzipFront
from tests.vcsim import PROXIED_HOST, TlsVcsim, VcsimServer

pytestmark = pytest.mark.integration

USER, PASSWORD = "user", "pass"


def proxied_url(lab: TlsVcsim) -> str:
    return f"https://{PROXIED_HOST}:{lab.server.port}/sdk"


@pytest.fixture
def proxy(vcsim_tls: TlsVcsim) -> Iterator[ConnectProxy]:
    routes = {f"{PROXIED_HOST}:{vcsim_tls.server.port}": ("127.0.0.1", vcsim_tls.server.port)}
    with ConnectProxy(username="alice", password="s3cret:!", routes=routes) as server:
        yield server


def now(client: pyvmomo.Client) -> object:
    return client.ref(ServiceInstance, "ServiceInstance").CurrentTime()


# -- proxies ----------------------------------------------------------------------------------------


def test_https_goes_through_a_connect_tunnel_with_proxy_credentials(
    vcsim_tls: TlsVcsim, proxy: ConnectProxy
) -> None:
    with pyvmomo.connect(
        proxied_url(vcsim_tls),
        USER,
        PASSWORD,
        verify=str(vcsim_tls.ca_cert),
        proxy=proxy.url_with_credentials,
    ) as client:
        assert now(client) is not None
        assert client.transport.proxy == proxy.url
    assert proxy.tunnels >= 1 and proxy.refused == 0
    assert set(proxy.targets) == {f"{PROXIED_HOST}:{vcsim_tls.server.port}"}
    assert all(a is not None and a.startswith("Basic ") for a in proxy.authorizations)


def test_wrong_proxy_credentials_are_not_sent_and_say_so(vcsim_tls: TlsVcsim, proxy: ConnectProxy) -> None:
    wrong = proxy.url.replace("http://", "http://alice:wrong@")
    with pytest.raises(pyvmomo.ConnectionFailed, match=r"refused the tunnel .* HTTP 407"):
        pyvmomo.connect(
            proxied_url(vcsim_tls),
            USER,
            PASSWORD,
            verify=str(vcsim_tls.ca_cert),
            proxy=wrong,
            retry=pyvmomo.RetryPolicy.never(),
        )


def test_https_proxy_from_the_environment_is_used_and_no_proxy_and_trust_env_bypass_it(
    vcsim_tls: TlsVcsim, proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url_with_credentials)
    with pyvmomo.connect(proxied_url(vcsim_tls), USER, PASSWORD, verify=str(vcsim_tls.ca_cert)) as client:
        now(client)
    assert proxy.tunnels >= 1
    proxy.reset_counts()
    # Not through the proxy: vc.example.test does not resolve, so the call cannot connect at all.
    monkeypatch.setenv("NO_PROXY", "example.test")
    for trust_env in (True, False):
        with pytest.raises(pyvmomo.ConnectionFailed, match=r"cannot reach vc\.example\.test"):
            pyvmomo.connect(
                proxied_url(vcsim_tls),
                USER,
                PASSWORD,
                verify=str(vcsim_tls.ca_cert),
                trust_env=trust_env,
                retry=pyvmomo.RetryPolicy.never(),
            )
        monkeypatch.delenv("NO_PROXY", raising=False)
    assert proxy.tunnels == 0


def test_loopback_is_never_proxied(vcsim: VcsimServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with ConnectProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with pyvmomo.connect(vcsim.url, USER, PASSWORD, proxy=proxy.url) as client:
            now(client)
            assert client.transport.proxy is None
        assert proxy.records == []


# -- client certificates and your own SSLContext ---------------------------------------------------------


def test_login_extension_by_certificate_with_a_client_certificate(vcsim_tls: TlsVcsim) -> None:
    cert = (str(vcsim_tls.client.cert), str(vcsim_tls.client.key))
    with pyvmomo.connect(vcsim_tls.server.url, verify=str(vcsim_tls.ca_cert), cert=cert) as client:
        manager = client.content.sessionManager
        assert manager is not None
        session = manager.LoginExtensionByCertificate(extensionKey="com.example.ext")
        assert session.userName == "com.example.ext"
        assert now(client) is not None
        assert client.session is not None and client.session.key == session.key


def test_login_extension_by_certificate_goes_through_the_sdk_tunnel(vcsim_tls: TlsVcsim) -> None:
    host, port = vcsim_tls.server.tunnel_address
    cert = (str(vcsim_tls.client.cert), str(vcsim_tls.client.key))
    with pyvmomo.connect(
        vcsim_tls.server.url, verify=str(vcsim_tls.ca_cert), cert=cert, sdk_tunnel=f"{host}:{port}"
    ) as client:
        manager = client.content.sessionManager
        assert manager is not None
        session = manager.LoginExtensionByCertificate(extensionKey="com.example.tunneled")
        assert session.userName == "com.example.tunneled"
        assert now(client) is not None  # the tunnel's session cookie serves the direct connection
        tunnel = client.transport._tunnel_pool
        assert tunnel is not None and tunnel._open == 1  # the login really went through the tunnel


def test_without_a_client_certificate_the_login_fails_with_the_servers_fault(vcsim_tls: TlsVcsim) -> None:
    with pyvmomo.connect(vcsim_tls.server.url, verify=str(vcsim_tls.ca_cert)) as client:
        manager = client.content.sessionManager
        assert manager is not None
        with pytest.raises(pyvmomo.ServerFault, match="NoClientCertificate"):
            manager.LoginExtensionByCertificate(extensionKey="com.example.ext")


def test_your_own_ssl_context_is_used(vcsim_tls: TlsVcsim) -> None:
    context = ssl.create_default_context(cafile=str(vcsim_tls.ca_cert))
    with pyvmomo.connect(vcsim_tls.server.url, USER, PASSWORD, ssl_context=context) as client:
        assert now(client) is not None
    strict = ssl.create_default_context()  # the system CAs do not know vcsim's certificate
    with pytest.raises(pyvmomo.TlsError):
        pyvmomo.connect(vcsim_tls.server.url, USER, PASSWORD, ssl_context=strict)


# -- compression -------------------------------------------------------------------------------------


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_replies_are_gzipped_on_the_wire_and_inflated(gzip_front: GzipFront, framing: str) -> None:
    gzip_front.framing = framing  # type: ignore[assignment]
    with pyvmomo.connect(gzip_front.url, USER, PASSWORD) as client:
        assert client.content.about.apiType == "VirtualCenter"
        names = [row["name"] for row in client.retrieve(pyvmomo.vim25.VirtualMachine, ["name"])]
        assert names
    posts = [e for e in gzip_front.exchanges if e.method == "POST"]
    assert posts and all(e.gzipped and e.request_header("Accept-Encoding") == "gzip" for e in posts)
    assert sum(e.wire_body_bytes for e in posts) < sum(e.body_bytes for e in posts) / 2


def test_compress_false_asks_for_plain_replies(gzip_front: GzipFront) -> None:
    with pyvmomo.connect(gzip_front.url, USER, PASSWORD, compress=False) as client:
        now(client)
    assert not any(e.gzipped or e.request_header("Accept-Encoding") for e in gzip_front.exchanges)


def test_a_gzip_bomb_is_a_protocol_error_at_max_reply_bytes(gzip_front: GzipFront) -> None:
    with pyvmomo.connect(gzip_front.url, USER, PASSWORD) as client:
        client.transport.max_reply_bytes = 1 << 20
        gzip_front.bomb_bytes = 64 << 20
        with pytest.raises(pyvmomo.ProtocolError, match=r"exceeds max_reply_bytes \(1048576\)"):
            now(client)
        gzip_front.bomb_bytes = None


def test_a_corrupt_gzip_reply_is_a_protocol_error(gzip_front: GzipFront) -> None:
    with pyvmomo.connect(gzip_front.url, USER, PASSWORD, retry=pyvmomo.RetryPolicy.never()) as client:
        gzip_front.corrupt = True
        with pytest.raises(pyvmomo.ProtocolError, match=r"gzip reply is corrupt|cut short"):
            now(client)
        gzip_front.corrupt = False


def test_a_plain_http_client_loads_no_tls_and_no_idna_codec(vcsim: VcsimServer) -> None:
    # ssl (~5 ms) and the idna codec getaddrinfo applies to str hosts (~1 ms) are a plain
    # http:// client's cold start for nothing; an https:// client loads ssl with its context.
    import subprocess
    import sys

    code = (
        "import sys, pyvmomo\n"
        f"with pyvmomo.connect({vcsim.url!r}, user='u', password='p') as client:\n"
        "    name = client.content.about.fullName\n"
        "print(bool(name), 'ssl' in sys.modules, 'encodings.idna' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["True", "False", "False"]
