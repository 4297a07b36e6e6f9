"""The transport's HTTP/1.1 layer (``pyvmomo._http``, on h11) against scripted raw-socket servers.

Each server here answers with exact bytes, so framing (Content-Length,
chunked, end of connection), interim replies, broken and hostile replies,
connection reuse, deadlines, the pool's cap, fork safety and gzip are shown
byte for byte; the fuzz test feeds arbitrary bytes through a real exchange,
which must return a reply or raise an ``HttpError``.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyvmomo import _http
from pyvmomo._cookies import parse_set_cookie
from pyvmomo._endpoint import Proxy, tls_context
from pyvmomo._http import HttpError, HttpPool, MaybeSent, NotSent, ReplyTooLarge

LIMIT = 1 << 20


class Scripted:
    """A loopback server: the n-th request on any connection gets ``replies[n]``.

    A reply is bytes, or a callable taking the connection (to stall, or to
    close without answering). ``close_after`` closes each connection after
    that many replies; ``closed`` is set whenever the server closes one.
    """

    def __init__(self, replies: list[bytes | Callable[[socket.socket], None]], close_after: int = 0) -> None:
        self.replies = list(replies)
        self.close_after = close_after
        self.connections = 0
        self.requests: list[bytes] = []
        self.closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            served = 0
            while self.replies:
                request = _read_request(reader)
                if request is None:
                    break
                self.requests.append(request)
                reply = self.replies.pop(0)
                if callable(reply):
                    reply(conn)
                    break
                conn.sendall(reply)
                served += 1
                if served == self.close_after:
                    break
        self.closed.set()

    def close(self) -> None:
        self._listener.close()


def _read_request(reader: io.BufferedReader) -> bytes | None:
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        line = reader.readline()
        if not line:
            return None
        head += line
    length = next(
        (
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        ),
        0,
    )
    return head + reader.read(length)


@contextmanager
def scripted(*replies: bytes | Callable[[socket.socket], None], close_after: int = 0) -> Iterator[Scripted]:
    server = Scripted(list(replies), close_after)
    try:
        yield server
    finally:
        server.close()


def post(pool: HttpPool, body: bytes = b"<x/>", max_bytes: int = LIMIT, timeout: float = 5.0) -> bytes:
    return request(pool, body, max_bytes, timeout).body


def request(
    pool: HttpPool, body: bytes = b"<x/>", max_bytes: int = LIMIT, timeout: float = 5.0, connect: float = 5.0
) -> _http.Response:
    headers = {"SOAPAction": '"urn:vim25/7.0"'}
    return pool.request(
        "POST", "/sdk", headers, body, connect_timeout=connect, timeout=timeout, max_bytes=max_bytes
    )


def ok(body: bytes, *headers: str) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body


# -- framing and reuse --------------------------------------------------------------


def test_content_length_replies_reuse_one_connection_and_the_request_is_framed_exactly() -> None:
    with scripted(ok(b"one"), ok(b"two")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert (post(pool, b"<a/>"), post(pool, b"<bb/>")) == (b"one", b"two")
    assert server.connections == 1
    assert (
        server.requests[0]
        == (
            f"POST /sdk HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nUser-Agent: pyvmomo\r\n"
            'SOAPAction: "urn:vim25/7.0"\r\nContent-Length: 4\r\n\r\n<a/>'
        ).encode()
    )


def test_a_chunked_reply_with_extensions_and_trailers_is_reassembled() -> None:
    reply = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;name=x\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nTrailer: yes\r\n\r\n"
    )
    with scripted(reply, ok(b"next")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"hello world"
        assert post(pool) == b"next"  # the trailer was consumed: the connection stays usable
    assert server.connections == 1


def test_a_reply_framed_by_closing_is_read_to_the_end_and_its_connection_not_reused() -> None:
    with scripted(
        b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it", ok(b"again"), close_after=1
    ) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"all of it"
        assert post(pool) == b"again"
    assert server.connections == 2


def test_interim_100_continue_is_skipped_and_set_cookie_kept_apart_from_headers() -> None:
    reply = (
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2\r\n"
        b'Set-Cookie: vmware_soap_session="52a"; Path=/; HttpOnly; Secure\r\nSet-Cookie: other=1\r\n\r\nno'
    )
    with scripted(reply) as server:
        response = request(HttpPool("127.0.0.1", server.port), b"")
    assert response.status == 500 and response.body == b"no"
    assert response.cookies == ('vmware_soap_session="52a"; Path=/; HttpOnly; Secure', "other=1")
    assert "set-cookie" not in response.headers and response.headers["content-length"] == "2"


def test_a_folded_header_is_unfolded() -> None:
    with scripted(b"HTTP/1.1 200 OK\r\nX-Note: one\r\n two\r\nContent-Length: 2\r\n\r\nok") as server:
        response = request(HttpPool("127.0.0.1", server.port))
    assert response.headers["x-note"] == "one two" and response.body == b"ok"


def test_an_idle_connection_the_server_closed_is_replaced_before_sending() -> None:
    # The server closes after one reply without saying so (an idle timeout): the
    # next call must not be sent on the dead connection, where it would look "maybe sent".
    with scripted(ok(b"first"), ok(b"second"), close_after=1) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"first"
        assert server.closed.wait(5)
        assert post(pool) == b"second"
    assert server.connections == 2


# -- finding 1: bytes after a reply are never read as the next reply ----------------------


def test_bytes_after_a_complete_reply_close_the_connection_instead_of_answering_the_next_call() -> None:
    forged = ok(b"<forged folder/>")
    with scripted(ok(b"<real/>") + forged, ok(b"<second/>")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"<real/>"
        assert post(pool) == b"<second/>"  # not the forged bytes left in the first connection
    assert server.connections == 2


def test_bytes_that_arrive_after_the_reply_was_read_close_the_idle_connection() -> None:
    def late_bytes(conn: socket.socket) -> None:
        conn.sendall(ok(b"<real/>"))
        time.sleep(0.2)  # the client has read its reply and parked the connection
        conn.sendall(ok(b"<forged/>"))
        with contextlib.suppress(OSError):
            conn.recv(1)

    with scripted(late_bytes, ok(b"<second/>")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"<real/>"
        time.sleep(0.4)
        assert post(pool) == b"<second/>"
    assert server.connections == 2


def test_a_204_with_body_bytes_does_not_leak_them_into_the_next_reply() -> None:
    with scripted(b"HTTP/1.1 204 No Content\r\n\r\n" + ok(b"<forged/>"), ok(b"<second/>")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert request(pool).status == 204
        assert post(pool) == b"<second/>"
    assert server.connections == 2


# -- findings 7: framing per RFC 9112 ---------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: xchunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "Transfer-Encoding",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"5\r\nhello\r\n0\r\n\r\n",
            "both Content-Length and Transfer-Encoding",
        ),
        (b"HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n", "malformed reply"),
        (b"HTTP/1.1 600 Odd\r\nContent-Length: 0\r\n\r\n", "impossible status code 600"),
        (b"HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n", "impossible status code 999"),
        (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n", "malformed reply"),
    ],
)
def test_framing_that_rfc_9112_forbids_is_a_maybe_sent_error_and_the_connection_is_closed(
    reply: bytes, message: str
) -> None:
    with scripted(reply, ok(b"<fresh/>")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        with pytest.raises(MaybeSent, match=message):
            post(pool)
        assert post(pool) == b"<fresh/>"
    assert server.connections == 2


# -- failures: may the server have seen the request? ------------------------------------------


def test_a_refused_connection_is_not_sent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NotSent, match="ConnectionRefusedError"):
        post(HttpPool("127.0.0.1", port))


def _close(conn: socket.socket) -> None:
    conn.shutdown(socket.SHUT_RDWR)


def _stall(conn: socket.socket) -> None:
    conn.recv(1)  # until the client gives up and closes


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (_close, "closed the connection before the reply ended"),
        (b"SSH-2.0-OpenSSH\r\n\r\n", "malformed reply"),
        (b"HTTP/1.1 2x0 OK\r\n\r\n", "malformed reply"),
        (b"HTTP/1.1 099 Odd\r\n\r\n", "malformed reply"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: \xb2\r\n\r\n", "malformed reply"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            "closed the connection before the reply ended",
        ),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "malformed reply"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx", "malformed reply"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n",
            "malformed reply",
        ),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", "before the reply ended"),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "malformed reply"),
        (b"HTTP/1.1 200 OK\r\nX: 1", "before the reply ended"),
    ],
)
def test_a_broken_reply_is_maybe_sent_with_the_reason(
    reply: bytes | Callable[[socket.socket], None], message: str
) -> None:
    with scripted(reply) as server, pytest.raises(MaybeSent, match=message):
        post(HttpPool("127.0.0.1", server.port))


def test_a_stalled_reply_is_maybe_sent_when_the_calls_time_runs_out() -> None:
    with scripted(_stall) as server, pytest.raises(MaybeSent, match=r"TimeoutError|time ran out"):
        post(HttpPool("127.0.0.1", server.port), timeout=0.2)


# -- finding 8: one deadline for the whole exchange, a capped pool, aging connections ------------


def test_a_server_dripping_bytes_cannot_hold_a_call_past_its_deadline() -> None:
    sent: list[int] = []

    def drip(conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"
        conn.sendall(head)
        for _ in range(100):  # a byte every 0.05 s: 5 s for the whole body
            try:
                conn.sendall(b"x")
            except OSError:
                return
            sent.append(1)
            time.sleep(0.05)

    with scripted(drip) as server, pytest.raises(MaybeSent, match="time ran out"):
        post(HttpPool("127.0.0.1", server.port), timeout=0.5)
    assert len(sent) < 40  # per-read timeouts (0.5 s each) would have read all 100 bytes


def test_a_socket_timeout_is_reset_only_when_the_time_left_moves_by_a_millisecond() -> None:
    # poll(), where a socket with a timeout waits, counts whole milliseconds: a smaller move is no
    # move, and a small call on a reused connection then makes no settimeout system call.
    left, right = socket.socketpair()
    with left, right:
        left.settimeout(5.0)
        conn = _http._Connection(left)
        conn.settimeout(5.0004)
        assert left.gettimeout() == 5.0
        conn.settimeout(4.998)
        assert left.gettimeout() == 4.998


def test_pool_size_caps_open_connections_and_a_caller_beyond_it_is_not_sent() -> None:
    release = threading.Event()

    def held(conn: socket.socket) -> None:
        release.wait(10)
        conn.sendall(ok(b"<held/>", "Connection: close"))  # the scripted server closes after it

    with scripted(held, held, ok(b"<after/>")) as server:
        pool = HttpPool("127.0.0.1", server.port, maxsize=2)
        results: list[bytes] = []
        threads = [threading.Thread(target=lambda: results.append(post(pool))) for _ in range(2)]
        for thread in threads:
            thread.start()
        while server.connections < 2:
            time.sleep(0.01)
        with pytest.raises(NotSent, match="no free connection: all 2 are busy"):
            request(pool, connect=0.2)
        release.set()
        for thread in threads:
            thread.join(10)
        assert results == [b"<held/>", b"<held/>"]
        assert post(pool) == b"<after/>"  # the freed places are usable again
    assert server.connections == 3  # the scripted server closes a connection after a held reply


def test_a_caller_beyond_the_cap_waits_for_a_free_place_instead_of_opening_a_connection() -> None:
    release = threading.Event()

    def held(conn: socket.socket) -> None:
        release.wait(10)
        conn.sendall(ok(b"<first/>", "Connection: close"))  # the scripted server closes after it

    with scripted(held, ok(b"<second/>")) as server:
        pool = HttpPool("127.0.0.1", server.port, maxsize=1)
        first = threading.Thread(target=post, args=(pool,))
        first.start()
        while server.connections < 1:
            time.sleep(0.01)
        results: list[bytes] = []
        waiter = threading.Thread(target=lambda: results.append(post(pool)))
        waiter.start()
        time.sleep(0.3)
        assert (server.connections, len(server.requests)) == (1, 1)  # the waiter has not connected
        release.set()
        first.join(10)
        waiter.join(10)
    assert results == [b"<second/>"]


def test_connections_idle_past_the_expiry_are_closed_and_tcp_keepalive_is_on() -> None:
    with scripted(ok(b"a"), ok(b"b"), close_after=0) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"a"
        idle = pool._idle[0]
        assert idle.sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
        idle.idle_since -= _http.IDLE_EXPIRY + 1
        assert post(pool) == b"b"
        assert idle.sock.fileno() == -1  # closed
    assert server.connections == 2


def test_a_reply_without_length_allocates_what_arrives_not_the_limit() -> None:
    with scripted(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b"x" * 1000, close_after=1) as server:
        pool = HttpPool("127.0.0.1", server.port)
        tracemalloc.start()
        try:
            assert len(post(pool, max_bytes=512 << 20)) == 1000
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 4 << 20


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() only")
def test_a_forked_child_never_uses_the_parents_connections() -> None:
    with scripted(ok(b"<parent 1/>"), ok(b"<child/>"), ok(b"<parent 2/>")) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"<parent 1/>"
        parents = pool._idle[0]
        pid = os.fork()
        if pid == 0:  # the child: a new connection of its own, the parent's untouched
            code = 0 if pool._idle == [] and post(pool) == b"<child/>" else 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert post(pool) == b"<parent 2/>"
        assert pool._idle == [parents]  # the parent's connection still works and was reused
    assert server.connections == 2


@pytest.mark.parametrize(
    ("reply", "size"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1048577\r\n\r\n", 1048577),  # refused before reading
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n80000\r\n"
            + b"x" * 0x80000
            + b"\r\n80001\r\n"
            + b"x" * 0x80001,
            0x100001,
        ),
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b"x" * (LIMIT + 1), LIMIT + 1),
    ],
)
def test_a_reply_over_the_limit_is_refused_with_how_far_it_got(reply: bytes, size: int) -> None:
    with scripted(reply) as server, pytest.raises(ReplyTooLarge) as info:
        post(HttpPool("127.0.0.1", server.port))
    assert info.value.size >= size > LIMIT


# -- compression ------------------------------------------------------------------------------


def test_a_gzip_reply_is_inflated_and_gzip_is_asked_for_only_when_enabled() -> None:
    packed = gzip.compress(b"<big>" + b"x" * 10000 + b"</big>")
    with scripted(ok(packed, "Content-Encoding: gzip"), ok(b"<plain/>")) as server:
        assert (
            post(HttpPool("127.0.0.1", server.port, accept_gzip=True)) == b"<big>" + b"x" * 10000 + b"</big>"
        )
        assert post(HttpPool("127.0.0.1", server.port)) == b"<plain/>"
    assert b"Accept-Encoding: gzip\r\n" in server.requests[0]
    assert b"Accept-Encoding" not in server.requests[1]


def test_a_gzip_bomb_stops_at_the_limit_of_inflated_bytes() -> None:
    bomb = gzip.compress(b"\0" * (64 << 20))  # 64 MiB inflated from ~64 KiB
    with scripted(ok(bomb, "Content-Encoding: gzip")) as server:
        tracemalloc.start()
        try:
            with pytest.raises(ReplyTooLarge) as info:
                post(HttpPool("127.0.0.1", server.port, accept_gzip=True))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert info.value.size == LIMIT + 1 and peak < 8 * LIMIT


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (ok(gzip.compress(b"<x/>" * 100)[:-12], "Content-Encoding: gzip"), "gzip reply cut short"),
        (ok(b"not gzip at all", "Content-Encoding: gzip"), "gzip reply is corrupt"),
        (ok(b"<x/>", "Content-Encoding: br"), "unsupported Content-Encoding 'br'"),
    ],
)
def test_a_broken_or_unknown_encoding_is_maybe_sent(reply: bytes, message: str) -> None:
    with scripted(reply) as server, pytest.raises(MaybeSent, match=message):
        post(HttpPool("127.0.0.1", server.port, accept_gzip=True))


# -- proxies ------------------------------------------------------------------------------------


def test_plain_http_through_a_proxy_names_the_whole_url_and_sends_proxy_credentials() -> None:
    with scripted(ok(b"<via proxy/>")) as proxy:
        pool = HttpPool("vc.example.com", 80, proxy=Proxy("127.0.0.1", proxy.port, "Basic dTpw"))
        assert post(pool) == b"<via proxy/>"
    assert proxy.requests[0].startswith(
        b"POST http://vc.example.com/sdk HTTP/1.1\r\nHost: vc.example.com\r\n"
    )
    assert b"Proxy-Authorization: Basic dTpw\r\n" in proxy.requests[0]


def test_a_proxy_that_refuses_the_tunnel_is_not_sent() -> None:
    refusal = b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n"
    with scripted(refusal) as proxy:
        tls = tls_context(False, pinned=True)
        pool = HttpPool("vc.example.com", 443, tls=tls, proxy=Proxy("127.0.0.1", proxy.port))
        with pytest.raises(NotSent, match=r"refused the tunnel to vc\.example\.com:443: HTTP 407"):
            post(pool)
    expected = b"CONNECT vc.example.com:443 HTTP/1.1\r\nHost: vc.example.com:443\r\n"
    assert proxy.requests[0].startswith(expected)


# -- any bytes --------------------------------------------------------------------------------


_PIECES = [
    b"HTTP/1.1 200 OK\r\n",
    b"HTTP/1.0 101 Switching\r\n",
    b"HTTP/1.1 100 Continue\r\n",
    b"Content-Length: 3\r\n",
    b"Content-Length: 99999\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Encoding: gzip\r\n",
    b"Connection: keep-alive\r\n",
    b"Set-Cookie: a=b\r\n",
    b"\r\n",
    b"\n",
    b"5\r\n",
    b"ffffffffffffffff\r\n",
    b"0\r\n",
    b"hello",
]
REPLY_BYTES = st.lists(st.sampled_from(_PIECES) | st.binary(max_size=8), max_size=12).map(b"".join)


@given(REPLY_BYTES)
def test_any_bytes_read_as_a_reply_give_a_reply_or_an_http_error(data: bytes) -> None:
    with scripted(data + b"" if data else _close) as server:
        try:
            response = request(HttpPool("127.0.0.1", server.port), max_bytes=1000, timeout=0.5)
        except HttpError:
            return
    assert 200 <= response.status <= 599 and len(response.body) <= 1000


# -- cookies -----------------------------------------------------------------------------


def test_set_cookie_gives_name_value_and_expiry() -> None:
    past = format_datetime(datetime.now(UTC) - timedelta(days=1), usegmt=True)
    future = format_datetime(datetime.now(UTC) + timedelta(days=1), usegmt=True)
    assert parse_set_cookie('vmware_soap_session="52a1"; Path=/; HttpOnly; Secure') == (
        "vmware_soap_session",
        '"52a1"',
        False,
    )
    assert parse_set_cookie("a=1; Max-Age=0") == ("a", "1", True)
    assert parse_set_cookie("a=1; Max-Age=-5") == ("a", "1", True)
    assert parse_set_cookie("a=1; max-age=60") == ("a", "1", False)
    assert parse_set_cookie(f"a=1; Expires={past}") == ("a", "1", True)
    assert parse_set_cookie(f"a=1; Expires={future}") == ("a", "1", False)
    assert parse_set_cookie(f"a=1; Max-Age=60; Expires={past}") == ("a", "1", False)  # Max-Age wins
    assert parse_set_cookie("a=1; Expires=not a date") == ("a", "1", False)


@pytest.mark.parametrize(
    "header",
    [
        "a=1; Max-Age=\u00b2",  # a digit to str.isdigit(), not to int()
        "a=1; Expires=Fri, 31 Dec 99999999 23:59:59 GMT",
        "a=1; Expires=Fri, 31 Dec 9999 23:59:59 +99999",
    ],
)
def test_odd_expiry_attributes_never_raise(header: str) -> None:
    assert parse_set_cookie(header) == ("a", "1", False)


@pytest.mark.parametrize(
    "header", ["a=1\r2", "a=\u00e9t\u00e9", "a=x y", "=1", "a b=1", "a=1\x00", "novalue"]
)
def test_a_set_cookie_no_request_could_carry_back_is_refused(header: str) -> None:
    assert parse_set_cookie(header) is None


def test_a_missing_ca_bundle_is_refused_before_any_connection(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-ca.pem"
    with pytest.raises(ValueError, match=f"cannot load the CA bundle '{missing}'"):
        tls_context(str(missing), pinned=False)
