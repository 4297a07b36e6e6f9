"""Self-tests of the loopback test tools (``faultproxy`` and ``fakevsphere``).

Every fault mode of :class:`~tests.tools.faultproxy.FaultProxy` is exercised
with a plain ``requests`` client against a tiny standard-library upstream
started here, checking both what the client sees and how many requests
reached the upstream.  :class:`~tests.tools.fakevsphere.FakeVSphere` is
checked for its versions file, request recording and wire format.  No test
sleeps for synchronisation; the only timing is the client read timeout of the
``delay`` case.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Iterator
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

import pytest
import requests
from lxml import etree

from tests.tools.fakevsphere import (
    SESSION_COOKIE,
    FakeVSphere,
    HandlerResult,
    fault_response,
    soap_fault,
    soap_response,
    versions_xml,
)
from tests.tools.faultproxy import SERVICE_UNAVAILABLE_BODY, FaultProxy, soap_method_name

SOAPENV = "http://schemas.xmlsoap.org/soap/envelope/"
VIM = "urn:vim25"
HEADERS = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:vim25/7.0.3.0"'}
PADDING = "x" * 4000
CHUNKED_METHOD = "ChunkyCall"
VERSIONS_DOC = b'<?xml version="1.0"?><namespaces version="1.0"/>'

# requests surfaces a broken connection as one of these, depending on when it breaks.
BROKEN = (
    requests.exceptions.ConnectionError,
    requests.exceptions.ChunkedEncodingError,
)


def envelope(method: str, inner: str = '<_this type="ServiceInstance">ServiceInstance</_this>') -> bytes:
    """Build a request envelope for ``method``."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<soapenv:Envelope xmlns:soapenv="{SOAPENV}"><soapenv:Body>'
        f'<{method} xmlns="{VIM}">{inner}</{method}>'
        f"</soapenv:Body></soapenv:Envelope>"
    ).encode()


def upstream_body(method: str) -> bytes:
    """The response the echo upstream sends for ``method``."""
    return soap_response(method, f"<padding>{PADDING}</padding>").encode()


# -- a tiny upstream ---------------------------------------------------------------------


class _EchoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: collections.Counter[str] = collections.Counter()
        self.headers_seen: list[Message] = []
        super().__init__(("127.0.0.1", 0), _EchoHandler)


class _EchoHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(VERSIONS_DOC)))
        self.end_headers()
        self.wfile.write(VERSIONS_DOC)

    def do_POST(self) -> None:
        server = cast(_EchoServer, self.server)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        method = soap_method_name(body) or "?"
        with server.lock:
            server.seen[method] += 1
            server.headers_seen.append(self.headers)
        payload = upstream_body(method)
        self.send_response(200)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Set-Cookie", 'vmware_soap_session="abc123"; Path=/; HttpOnly')
        self.send_header("X-Upstream", "echo")
        if method == CHUNKED_METHOD:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(payload), 1000):
                chunk = payload[start : start + 1000]
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)


@pytest.fixture(scope="module")
def upstream() -> Iterator[_EchoServer]:
    server = _EchoServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def proxy(upstream: _EchoServer) -> Iterator[FaultProxy]:
    with upstream.lock:
        upstream.seen.clear()
        upstream.headers_seen.clear()
    port = upstream.server_address[1]
    with FaultProxy(f"http://127.0.0.1:{port}/sdk") as p:
        yield p


def post(proxy: FaultProxy, method: str, timeout: float = 5.0) -> requests.Response:
    """POST a SOAP call for ``method`` on a fresh connection."""
    return requests.post(proxy.url, data=envelope(method), headers=HEADERS, timeout=timeout)


# -- pass-through ----------------------------------------------------------------------------


def test_passthrough_preserves_headers_and_counts(proxy: FaultProxy, upstream: _EchoServer) -> None:
    with requests.Session() as session:
        session.cookies.set(SESSION_COOKIE, '"abc123"')
        for _ in range(3):
            response = session.post(proxy.url, data=envelope("CurrentTime"), headers=HEADERS, timeout=5)
            assert response.status_code == 200
            assert response.content == upstream_body("CurrentTime")
            assert response.headers["X-Upstream"] == "echo"
            assert "vmware_soap_session" in response.headers["Set-Cookie"]
    assert proxy.delivered["CurrentTime"] == 3
    assert proxy.connections_accepted == 1  # keep-alive: one connection, three requests
    seen = upstream.headers_seen[-1]
    assert seen["SOAPAction"] == '"urn:vim25/7.0.3.0"'
    assert seen["Content-Type"] == "text/xml; charset=utf-8"
    assert "vmware_soap_session" in (seen["Cookie"] or "")


def test_chunked_upstream_is_reframed(proxy: FaultProxy) -> None:
    response = post(proxy, CHUNKED_METHOD)
    assert response.status_code == 200
    assert "Transfer-Encoding" not in response.headers
    assert int(response.headers["Content-Length"]) == len(upstream_body(CHUNKED_METHOD))
    assert response.content == upstream_body(CHUNKED_METHOD)


def test_get_passes_through_uncounted(proxy: FaultProxy) -> None:
    proxy.inject("*", "http_503")
    response = requests.get(proxy.url + "/vimServiceVersions.xml", timeout=5)
    assert response.status_code == 200
    assert response.content == VERSIONS_DOC
    assert sum(proxy.delivered.values()) == 0
    assert proxy.pending_faults("*") == 1  # GET did not consume the rule


# -- fault modes -----------------------------------------------------------------------------


def test_refuse(proxy: FaultProxy, upstream: _EchoServer) -> None:
    proxy.inject("CreateFolder", "refuse")
    with pytest.raises(requests.exceptions.ConnectionError):
        post(proxy, "CreateFolder")
    assert proxy.delivered["CreateFolder"] == 0
    assert upstream.seen["CreateFolder"] == 0
    assert proxy.fired["CreateFolder"] == 1
    assert post(proxy, "CreateFolder").status_code == 200  # rule used up
    assert proxy.delivered["CreateFolder"] == 1


def test_refuse_on_pooled_connection(proxy: FaultProxy) -> None:
    with requests.Session() as session:
        assert session.post(proxy.url, data=envelope("A"), headers=HEADERS, timeout=5).ok
        proxy.inject("B", "refuse")
        with pytest.raises(requests.exceptions.ConnectionError):
            session.post(proxy.url, data=envelope("B"), headers=HEADERS, timeout=5)
    assert proxy.delivered == collections.Counter({"A": 1})


def test_refuse_connections_mode(proxy: FaultProxy, upstream: _EchoServer) -> None:
    with requests.Session() as session:
        assert session.post(proxy.url, data=envelope("A"), headers=HEADERS, timeout=5).ok
        proxy.refuse_connections = True
        with pytest.raises(requests.exceptions.ConnectionError):
            session.post(proxy.url, data=envelope("A"), headers=HEADERS, timeout=5)
        proxy.refuse_connections = False
        assert session.post(proxy.url, data=envelope("A"), headers=HEADERS, timeout=5).ok
    assert proxy.delivered["A"] == 2
    assert upstream.seen["A"] == 2


def test_stop_listening_refuses_connect(proxy: FaultProxy) -> None:
    proxy.stop_listening()
    assert not proxy.listening
    with pytest.raises(requests.exceptions.ConnectionError) as excinfo:
        post(proxy, "A")
    assert "refused" in str(excinfo.value).lower()
    proxy.start_listening()
    assert post(proxy, "A").ok
    assert proxy.delivered["A"] == 1


def test_reset_before_response(proxy: FaultProxy, upstream: _EchoServer) -> None:
    proxy.inject("CreateFolder", "reset_before_response")
    with pytest.raises(requests.exceptions.ConnectionError):
        post(proxy, "CreateFolder")
    assert proxy.delivered["CreateFolder"] == 1
    assert upstream.seen["CreateFolder"] == 1


def test_reset_mid_response(proxy: FaultProxy) -> None:
    proxy.inject("CreateFolder", "reset_mid_response")
    with pytest.raises(BROKEN):
        post(proxy, "CreateFolder")
    assert proxy.delivered["CreateFolder"] == 1


def test_reset_mid_response_streamed_sees_headers(proxy: FaultProxy) -> None:
    proxy.inject("CreateFolder", "reset_mid_response")
    response = requests.post(
        proxy.url, data=envelope("CreateFolder"), headers=HEADERS, timeout=5, stream=True
    )
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) == len(upstream_body("CreateFolder"))
    with pytest.raises(BROKEN):
        _ = response.content
    response.close()


def test_delay(proxy: FaultProxy) -> None:
    proxy.inject("WaitForUpdatesEx", "delay", delay_s=1.0)
    with pytest.raises(requests.exceptions.ReadTimeout):
        post(proxy, "WaitForUpdatesEx", timeout=0.3)
    assert proxy.wait_delivered("WaitForUpdatesEx", 1)
    assert proxy.delivered["WaitForUpdatesEx"] == 1


def test_http_503(proxy: FaultProxy, upstream: _EchoServer) -> None:
    proxy.inject("RetrieveServiceContent", "http_503")
    response = post(proxy, "RetrieveServiceContent")
    assert response.status_code == 503
    assert response.headers["Content-Type"] == "text/html"
    assert response.content == SERVICE_UNAVAILABLE_BODY
    assert proxy.delivered["RetrieveServiceContent"] == 0
    assert upstream.seen["RetrieveServiceContent"] == 0


def test_truncate(proxy: FaultProxy) -> None:
    proxy.inject("RetrievePropertiesEx", "truncate")
    response = post(proxy, "RetrievePropertiesEx")
    full = upstream_body("RetrievePropertiesEx")
    assert response.status_code == 200
    assert len(response.content) == len(full) // 2
    assert full.startswith(response.content)
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(response.content)
    assert proxy.delivered["RetrievePropertiesEx"] == 1


def test_times_and_method_isolation(proxy: FaultProxy) -> None:
    proxy.inject("A", "http_503", times=2)
    assert post(proxy, "B").status_code == 200
    assert post(proxy, "A").status_code == 503
    assert proxy.pending_faults("A") == 1
    assert post(proxy, "A").status_code == 503
    assert post(proxy, "A").status_code == 200
    assert proxy.delivered == collections.Counter({"A": 1, "B": 1})
    assert proxy.fired == collections.Counter({"A": 2})
    proxy.reset_counts()
    assert proxy.delivered["A"] == 0


def test_inject_validates() -> None:
    fp = FaultProxy("http://127.0.0.1:1/sdk")
    with pytest.raises(ValueError):
        fp.inject("A", "explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        fp.inject("A", "delay")
    with pytest.raises(ValueError):
        fp.inject("A", "refuse", times=0)
    with pytest.raises(ValueError):
        FaultProxy("https://127.0.0.1:1/sdk")


# -- FakeVSphere -------------------------------------------------------------------------------


def _op(xml: bytes) -> etree._Element:
    root = etree.fromstring(xml)
    body = root.find(f"{{{SOAPENV}}}Body")
    assert body is not None
    return body[0]


def test_fake_versions_file() -> None:
    with FakeVSphere(versions=["8.0.2.0", "8.0.1.0", "7.0.3.0"]) as server:
        response = requests.get(server.url + "/vimServiceVersions.xml", timeout=5)
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.tag == "namespaces"
    assert root.get("version") == "1.0"
    assert root.findtext("namespace/name") == "urn:vim25"
    assert root.findtext("namespace/version") == "8.0.2.0"
    assert [v.text for v in root.findall("namespace/priorVersions/version")] == [
        "8.0.1.0",
        "7.0.3.0",
    ]
    assert response.content.decode() == versions_xml(["8.0.2.0", "8.0.1.0", "7.0.3.0"])


def test_fake_records_soapaction_and_serves_defaults() -> None:
    with FakeVSphere(versions=["8.0.2.0", "8.0.1.0"]) as server, requests.Session() as session:
        headers = {**HEADERS, "SOAPAction": '"urn:vim25/8.0.2.0"'}
        sc = session.post(server.url, data=envelope("RetrieveServiceContent"), headers=headers, timeout=5)
        login = session.post(
            server.url,
            data=envelope(
                "Login", "<_this>SessionManager</_this><userName>u</userName><password>p</password>"
            ),
            headers=headers,
            timeout=5,
        )
        now = session.post(server.url, data=envelope("CurrentTime"), headers=headers, timeout=5)
        assert len(server.sessions) == 1
        logout = session.post(server.url, data=envelope("Logout"), headers=headers, timeout=5)
        assert server.sessions == {}
        recorded = server.requests
    assert [r.soap_method for r in recorded] == [
        "RetrieveServiceContent",
        "Login",
        "CurrentTime",
        "Logout",
    ]
    assert all(r.soap_action == '"urn:vim25/8.0.2.0"' for r in recorded)
    assert recorded[0].path == "/sdk"
    assert recorded[0].body == envelope("RetrieveServiceContent")
    assert SESSION_COOKIE in (recorded[2].headers.get("Cookie") or "")

    assert sc.status_code == 200
    returnval = _op(sc.content).find(f"{{{VIM}}}returnval")
    assert returnval is not None
    names = [etree.QName(c).localname for c in returnval]
    assert names == ["rootFolder", "propertyCollector", "viewManager", "about", "sessionManager"]
    assert returnval.findtext(f"{{{VIM}}}about/{{{VIM}}}apiVersion") == "8.0.2.0"
    assert returnval.find(f"{{{VIM}}}rootFolder").get("type") == "Folder"  # type: ignore[union-attr]

    assert login.status_code == 200
    assert SESSION_COOKIE in login.headers["Set-Cookie"]
    assert login.cookies.get(SESSION_COOKIE) is not None
    assert now.status_code == 200 and b"<returnval>" in now.content
    assert logout.status_code == 200


def test_fake_custom_handler_faults_and_sessions() -> None:
    def create_folder(op: etree._Element, headers: Message) -> HandlerResult:
        name = op.findtext(f"{{{VIM}}}name")
        return fault_response("DuplicateName", f"The name '{name}' already exists.", f"<name>{name}</name>")

    with FakeVSphere(enforce_sessions=True, users={"u": "p"}) as server:
        server.on("CreateFolder", create_folder)
        denied = requests.post(server.url, data=envelope("CreateFolder"), headers=HEADERS, timeout=5)
        bad_login = requests.post(
            server.url,
            data=envelope("Login", "<userName>u</userName><password>wrong</password>"),
            headers=HEADERS,
            timeout=5,
        )
        with requests.Session() as session:
            ok = session.post(
                server.url,
                data=envelope("Login", "<userName>u</userName><password>p</password>"),
                headers=HEADERS,
                timeout=5,
            )
            assert ok.status_code == 200
            dup = session.post(
                server.url,
                data=envelope("CreateFolder", "<name>x</name>"),
                headers=HEADERS,
                timeout=5,
            )
            server.expire_sessions()
            expired = session.post(server.url, data=envelope("CurrentTime"), headers=HEADERS, timeout=5)
        unknown = requests.post(server.url, data=envelope("NoSuchMethod"), headers=HEADERS, timeout=5)

    def fault_of(response: requests.Response) -> etree._Element:
        assert response.status_code == 500
        fault = _op(response.content)
        assert fault.tag == f"{{{SOAPENV}}}Fault"
        assert fault.findtext("faultcode") == "ServerFaultCode"
        detail = fault.find("detail")
        assert detail is not None
        return detail[0]

    xsi_type = "{http://www.w3.org/2001/XMLSchema-instance}type"
    assert fault_of(denied).get(xsi_type) == "NotAuthenticated"
    assert fault_of(bad_login).tag == f"{{{VIM}}}InvalidLoginFault"
    dup_detail = fault_of(dup)
    assert dup_detail.tag == f"{{{VIM}}}DuplicateNameFault"
    assert dup_detail.get(xsi_type) == "DuplicateName"
    assert dup_detail.findtext(f"{{{VIM}}}name") == "x"
    assert fault_of(expired).get(xsi_type) == "NotAuthenticated"
    assert fault_of(unknown).get(xsi_type) == "InvalidRequest"


def test_soap_fault_wire_format() -> None:
    text = soap_fault("InvalidArgument", "bad <arg>", "<invalidProperty>spec</invalidProperty>")
    assert 'xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"' in text
    assert 'xmlns:xsd="http://www.w3.org/2001/XMLSchema"' in text
    assert '<InvalidArgumentFault xmlns="urn:vim25" xsi:type="InvalidArgument">' in text
    assert "<faultstring>bad &lt;arg&gt;</faultstring>" in text
    etree.fromstring(text.encode())


def test_fake_behind_proxy() -> None:
    with FakeVSphere() as server, FaultProxy(server.url) as proxy:
        proxy.inject("RetrieveServiceContent", "reset_before_response")
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.post(proxy.url, data=envelope("RetrieveServiceContent"), headers=HEADERS, timeout=5)
        response = requests.post(
            proxy.url, data=envelope("RetrieveServiceContent"), headers=HEADERS, timeout=5
        )
        assert response.status_code == 200
        assert proxy.delivered["RetrieveServiceContent"] == 2
        assert server.soap_methods() == ["RetrieveServiceContent", "RetrieveServiceContent"]
