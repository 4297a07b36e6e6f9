"""The transport's HTTP/1.1 layer (``pyvmomo._http``) against scripted raw-socket servers.

Each server here answers with exact bytes, so framing (Content-Length,
chunked, end of connection), interim replies, broken and hostile replies and
connection reuse are shown byte for byte; the fuzz test feeds arbitrary bytes
to the reply reader, which must return a reply or raise an ``HttpError``.
"""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyvmomo._http import (
    HttpError,
    HttpPool,
    MaybeSent,
    NotSent,
    ReplyTooLarge,
    _read_response,
    parse_set_cookie,
    tls_context,
)

LIMIT = 1 << 20
TIMEOUTS = (5.0, 5.0)


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


def post(pool: HttpPool, body: bytes = b"<x/>", max_bytes: int = LIMIT) -> bytes:
    return pool.request("POST", "/sdk", {"SOAPAction": '"urn:vim25/7.0"'}, body, TIMEOUTS, max_bytes).body


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
        pool = HttpPool("127.0.0.1", server.port)
        response = pool.request("POST", "/sdk", {}, b"", TIMEOUTS, LIMIT)
    assert response.status == 500 and response.body == b"no"
    assert response.cookies == ('vmware_soap_session="52a"; Path=/; HttpOnly; Secure', "other=1")
    assert "set-cookie" not in response.headers and response.headers["content-length"] == "2"


def test_an_idle_connection_the_server_closed_is_replaced_before_sending() -> None:
    # The server closes after one reply without saying so (an idle timeout): the
    # next call must not be sent on the dead connection, where it would look "maybe sent".
    with scripted(ok(b"first"), ok(b"second"), close_after=1) as server:
        pool = HttpPool("127.0.0.1", server.port)
        assert post(pool) == b"first"
        assert server.closed.wait(5)
        assert post(pool) == b"second"
    assert server.connections == 2


def test_idle_connections_beyond_maxsize_are_closed() -> None:
    with scripted(ok(b"a"), ok(b"b"), ok(b"c")) as server:
        pool = HttpPool("127.0.0.1", server.port, maxsize=1)
        barrier = threading.Barrier(2)
        results: list[bytes] = []

        def call() -> None:
            barrier.wait()
            results.append(post(pool))

        threads = [threading.Thread(target=call) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert len(pool._idle) == 1  # the second connection came back to a full pool
        assert sorted(results) == [b"a", b"b"] and post(pool) == b"c"


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
        (_close, "closed the connection without a reply"),
        (b"SSH-2.0-OpenSSH\r\n\r\n", "not an HTTP/1.x reply"),
        (b"HTTP/1.1 2x0 OK\r\n\r\n", "not an HTTP/1.x reply"),
        (b"HTTP/1.1 099 Odd\r\n\r\n", "not an HTTP/1.x reply"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: \xb2\r\n\r\n", "bad Content-Length"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "cut short: 5 of 10 bytes"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "bad Content-Length"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx", "conflicting Content-Length"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", "bad chunk size"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", "chunked reply cut short"),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "malformed reply header"),
        (b"HTTP/1.1 200 OK\r\nX: 1\r\n folded\r\n\r\n", "malformed reply header"),
        (b"HTTP/1.1 200 OK\r\nX: 1", "headers cut short"),
    ],
)
def test_a_broken_reply_is_maybe_sent_with_the_reason(
    reply: bytes | Callable[[socket.socket], None], message: str
) -> None:
    with scripted(reply) as server, pytest.raises(MaybeSent, match=message):
        post(HttpPool("127.0.0.1", server.port))


def test_a_read_timeout_is_maybe_sent() -> None:
    with scripted(_stall) as server:
        pool = HttpPool("127.0.0.1", server.port)
        with pytest.raises(MaybeSent, match="TimeoutError"):
            pool.request("POST", "/sdk", {}, b"<x/>", (5.0, 0.2), LIMIT)


@pytest.mark.parametrize(
    ("reply", "size"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1048577\r\n\r\n", 1048577),  # refused before reading
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n80000\r\n"
            + b"x" * 0x80000
            + b"\r\n80001\r\n",
            0x100001,
        ),
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b"x" * (LIMIT + 1), LIMIT + 1),
    ],
)
def test_a_reply_over_the_limit_is_refused_with_how_far_it_got(reply: bytes, size: int) -> None:
    with scripted(reply) as server, pytest.raises(ReplyTooLarge) as info:
        post(HttpPool("127.0.0.1", server.port))
    assert info.value.size == size


_PIECES = [
    b"HTTP/1.1 200 OK\r\n",
    b"HTTP/1.0 101 Switching\r\n",
    b"HTTP/1.1 100 Continue\r\n",
    b"Content-Length: 3\r\n",
    b"Content-Length: 99999\r\n",
    b"Transfer-Encoding: chunked\r\n",
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
    try:
        response, _ = _read_response(io.BufferedReader(io.BytesIO(data)), 1000, head_only=False)
    except HttpError:
        return
    assert 100 <= response.status <= 599 and len(response.body) <= 1000


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
    assert parse_set_cookie("a=1; max-age=60") == ("a", "1", False)
    assert parse_set_cookie(f"a=1; Expires={past}") == ("a", "1", True)
    assert parse_set_cookie(f"a=1; Expires={future}") == ("a", "1", False)
    assert parse_set_cookie(f"a=1; Max-Age=60; Expires={past}") == ("a", "1", False)  # Max-Age wins
    assert parse_set_cookie("a=1; Expires=not a date") == ("a", "1", False)


def test_a_missing_ca_bundle_is_refused_before_any_connection(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-ca.pem"
    with pytest.raises(ValueError, match=f"cannot load the CA bundle '{missing}'"):
        tls_context(str(missing), pinned=False)
