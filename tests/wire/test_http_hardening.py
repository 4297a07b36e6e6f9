"""The transport over hostile or careless HTTP: injection, foreign exceptions, re-login uncertainty.

Findings 2, 3 and 6 of the h11 issue, shown through real calls: a header value
no request may carry is refused before anything is sent, whatever a server's
``Set-Cookie`` holds the call ends in a value or a pyvmomo error, and a
re-login that fails is reported on the caller's call, which did not run.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pyvmomo
from pyvmomo._registry import Registry
from pyvmomo._transport import Transport
from pyvmomo.vim25 import ServiceInstance
from tests.tools.fakevsphere import FakeVSphere, soap_response

REGISTRY = Registry()
CURRENT_TIME = soap_response("CurrentTime", "2026-12-07T05:00:00Z").encode()


class RawServer:
    """Answers every request on any connection with ``reply(request_number)`` bytes, then closes."""

    def __init__(self) -> None:
        self.reply = b""
        self.requests: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/sdk"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    self.requests.append(data)
                    conn.sendall(self.reply)
                    conn.shutdown(socket.SHUT_WR)
                    while conn.recv(65536):
                        pass
                except OSError:
                    pass

    def close(self) -> None:
        self._listener.close()


@contextmanager
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


def current_time(transport: Transport) -> object:
    return ServiceInstance(transport, "ServiceInstance").CurrentTime()


# -- finding 2: no request injection -------------------------------------------------------


@pytest.mark.parametrize("cookie", ["abc\r\nX-Injected: 1", "abc\n", "abc\0", "caf\u00e9\u2603"])
def test_a_session_cookie_that_could_inject_a_header_is_refused_before_anything_is_sent(cookie: str) -> None:
    with FakeVSphere() as fake:
        with pytest.raises(pyvmomo.ArgumentError, match="session_cookie holds a line break"):
            pyvmomo.connect(fake.url, session_cookie=cookie)
        assert fake.all_requests == []


def test_a_set_cookie_with_a_bare_cr_fails_the_reply_as_maybe_sent_and_is_not_stored() -> None:
    with raw_server() as server:
        server.reply = (
            b"HTTP/1.1 200 OK\r\nSet-Cookie: vmware_soap_session=abc\rX-Injected: 1\r\n"
            b"Content-Length: %d\r\n\r\n" % len(CURRENT_TIME) + CURRENT_TIME
        )
        transport = Transport(server.url, registry=REGISTRY, retry=pyvmomo.RetryPolicy.never())
        with pytest.raises(pyvmomo.ProtocolError, match="malformed reply") as info:
            current_time(transport)
        assert info.value.remote_method == "CurrentTime"
        assert transport.session.cookie is None


def test_a_set_cookie_the_client_could_not_send_back_is_ignored() -> None:
    with raw_server() as server:
        server.reply = (
            b"HTTP/1.1 200 OK\r\nSet-Cookie: vmware_soap_session=caf\xc3\xa9; Max-Age=\xc2\xb2\r\n"
            b"Content-Length: %d\r\n\r\n" % len(CURRENT_TIME) + CURRENT_TIME
        )
        transport = Transport(server.url, registry=REGISTRY)
        assert current_time(transport) is not None
        assert transport.session.cookie is None
        current_time(transport)
        assert b"Cookie" not in server.requests[-1]


# -- finding 3: the URL is checked when the client is built ------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://vc..example.com/sdk", "each dot-separated label needs 1 to 63 characters"),
        ("https://" + "a" * 64 + ".example.com/sdk", "each dot-separated label needs 1 to 63 characters"),
        ("https://.example.com/sdk", "each dot-separated label"),
        ("https://vc_1!.example.com/sdk", "characters a host name cannot hold"),
        ("https://vc.example.com/my sdk", "percent-encode it"),
        ("https://vc.example.com/sdk%zz", "not followed by two hex digits"),
        ("https://vc.example.com:99999/sdk", "bad port"),
        ("https://vc.example.com/sdk#top", "fragment"),
    ],
)
def test_a_url_that_cannot_be_sent_is_an_argument_error_when_the_client_is_built(
    url: str, message: str
) -> None:
    with pytest.raises(pyvmomo.ArgumentError, match=message):
        Transport(url, registry=REGISTRY)


# -- finding 6: a failed re-login is reported on the caller's call ---------------------------------


def test_a_relogin_that_times_out_reports_the_callers_call_as_not_run() -> None:
    with FakeVSphere(enforce_sessions=True) as fake:
        client = pyvmomo.connect(fake.url, "u", "p", read_timeout=1.0, retry=pyvmomo.RetryPolicy.never())
        logins = fake.soap_methods().count("Login")

        def slow_login(operation: object, headers: object) -> tuple[int, str]:
            time.sleep(2)  # past the 1 s read timeout
            return 500, "late"

        fake.on("Login", slow_login)
        fake.expire_sessions()
        with pytest.raises(pyvmomo.ReloginFailed) as info:
            client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
        error = info.value
        assert error.remote_method == "CurrentTime"
        assert "CurrentTime on ServiceInstance:ServiceInstance was not run" in str(error)
        assert isinstance(error.__cause__, pyvmomo.OutcomeUnknown)
        assert error.__cause__.remote_method == "Login"
        assert fake.soap_methods().count("Login") == logins + 1
        client.transport.close()


# -- any reply, any cookie, through a real call ------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    reply=st.binary(max_size=64) | st.sampled_from([b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 500 x\r\n"]),
    cookie=st.text(max_size=20),
    body=st.sampled_from([CURRENT_TIME, b"<x/>", b""]),
)
def test_any_reply_bytes_and_set_cookie_value_give_a_value_or_a_pyvmomo_error(
    reply: bytes, cookie: str, body: bytes
) -> None:
    with raw_server() as server:
        raw_cookie = cookie.encode("utf-8", "surrogatepass")
        server.reply = (
            b"HTTP/1.1 200 OK\r\nSet-Cookie: vmware_soap_session=" + raw_cookie + b"\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body) + body
            if reply.startswith(b"HTTP/1.1 200")
            else reply
        )
        transport = Transport(
            server.url, registry=REGISTRY, retry=pyvmomo.RetryPolicy.never(), read_timeout=0.5
        )
        for _ in range(2):  # the second call sends back whatever cookie the first kept
            with suppress(pyvmomo.PyvmomoError):
                current_time(transport)
        transport.close()
    for request in server.requests:
        head = request.split(b"\r\n\r\n")[0]
        assert b"\r" not in head.replace(b"\r\n", b"") and b"\0" not in head
