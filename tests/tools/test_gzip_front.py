"""Self-tests of :class:`tests.tools.gzip_front.GzipFront` in front of vcsim, with http.client.

The front must gzip exactly when the client accepts gzip, keep the reply
(status, cookies, bytes after inflation) otherwise unchanged, frame it as
asked, record what it saw, and serve a bomb whose inflated size is what the
test asked for while only a few kilobytes cross the wire.
"""

from __future__ import annotations

import gzip
import http.client
import zlib

import pytest

from tests.tools.gzip_front import BOMB_PREFIX, Framing, GzipFront, accepts_gzip, gzip_bomb
from tests.tools.rawsoap import CURRENT_TIME, LOGIN, RETRIEVE_SERVICE_CONTENT, call, envelope
from tests.vcsim import VcsimServer

HEADERS = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:vim25/7.0.3.0"'}


@pytest.fixture
def front(gzip_front: GzipFront) -> GzipFront:
    gzip_front.chunk_size = 256
    return gzip_front


def post(
    url_host: str, port: int, body: bytes, headers: dict[str, str]
) -> tuple[http.client.HTTPResponse, bytes]:
    conn = http.client.HTTPConnection(url_host, port, timeout=10)
    try:
        conn.request("POST", "/sdk", body, {**HEADERS, **headers})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


def direct_reply(vcsim: VcsimServer) -> bytes:
    _response, body = post(vcsim.host, vcsim.port, envelope(RETRIEVE_SERVICE_CONTENT), {})
    return body


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_a_client_accepting_gzip_gets_the_upstream_reply_gzipped(
    vcsim: VcsimServer, front: GzipFront, framing: Framing
) -> None:
    front.framing = framing
    response, body = post(
        "127.0.0.1", front.port, envelope(RETRIEVE_SERVICE_CONTENT), {"Accept-Encoding": "gzip"}
    )
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    if framing == "chunked":
        assert response.getheader("Transfer-Encoding") == "chunked"
        assert response.getheader("Content-Length") is None
    else:
        assert response.getheader("Content-Length") == str(len(body))
    inflated = gzip.decompress(body)
    assert inflated == direct_reply(vcsim)
    (exchange,) = front.exchanges
    assert exchange.gzipped
    assert exchange.request_header("Accept-Encoding") == "gzip"
    assert (exchange.body_bytes, exchange.wire_body_bytes) == (len(inflated), len(body))
    assert exchange.wire_body_bytes < exchange.body_bytes
    assert exchange.wire_bytes > exchange.wire_body_bytes  # the head (and chunk framing) on top
    assert exchange.request_wire_bytes > len(envelope(RETRIEVE_SERVICE_CONTENT))  # head and body
    if framing == "chunked":  # more than one 256-byte chunk, each with its size line
        assert exchange.wire_bytes > len(body) + 2 * len("100\r\n\r\n")


@pytest.mark.parametrize("accept", ["identity", "gzip;q=0", "br"])
def test_a_client_not_accepting_gzip_gets_the_reply_unchanged(
    vcsim: VcsimServer, front: GzipFront, accept: str
) -> None:
    response, body = post(
        "127.0.0.1", front.port, envelope(RETRIEVE_SERVICE_CONTENT), {"Accept-Encoding": accept}
    )
    assert response.status == 200 and response.getheader("Content-Encoding") is None
    assert body == direct_reply(vcsim)
    (exchange,) = front.exchanges
    assert not exchange.gzipped
    assert exchange.request_header("Accept-Encoding") == accept
    assert exchange.body_bytes == exchange.wire_body_bytes == len(body)


def test_compress_false_turns_gzip_off(front: GzipFront) -> None:
    front.compress = False
    response, _body = post(
        "127.0.0.1", front.port, envelope(RETRIEVE_SERVICE_CONTENT), {"Accept-Encoding": "gzip"}
    )
    assert response.getheader("Content-Encoding") is None
    assert not front.exchanges[0].gzipped


def test_force_gzips_for_a_client_that_did_not_ask(vcsim: VcsimServer, front: GzipFront) -> None:
    front.force = True
    response, body = post(
        "127.0.0.1", front.port, envelope(RETRIEVE_SERVICE_CONTENT), {"Accept-Encoding": "identity"}
    )
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(body) == direct_reply(vcsim)


def test_corrupt_breaks_only_the_checksum_at_the_end(vcsim: VcsimServer, front: GzipFront) -> None:
    front.corrupt = True
    response, body = post(
        "127.0.0.1", front.port, envelope(RETRIEVE_SERVICE_CONTENT), {"Accept-Encoding": "gzip"}
    )
    assert response.getheader("Content-Encoding") == "gzip"
    inflater = zlib.decompressobj(31)
    assert inflater.decompress(body[:-8]) == direct_reply(vcsim)  # all the content inflates...
    with pytest.raises(zlib.error, match="incorrect data check"):
        inflater.decompress(body[-8:])  # ...and the trailer then fails


def test_session_cookies_pass_through_the_front(front: GzipFront) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", front.port, timeout=10)
    try:
        login = call(conn, "/sdk", LOGIN)
        assert login.status == 200 and login.session is not None
        # A vim25 call that needs the session succeeds with the cookie the front passed on.
        current = call(conn, "/sdk", CURRENT_TIME)
        with_cookie = call(conn, "/sdk", CURRENT_TIME, cookie=login.session)
    finally:
        conn.close()
    assert current.status == 500 and with_cookie.status == 200
    assert [e.request_header("Cookie") for e in front.exchanges] == [
        None,
        None,
        f"vmware_soap_session={login.session}",
    ]


def test_a_bomb_is_small_on_the_wire_and_inflates_to_the_size_asked(front: GzipFront) -> None:
    front.bomb_bytes = 32 << 20
    response, body = post("127.0.0.1", front.port, envelope(RETRIEVE_SERVICE_CONTENT), {})  # asked or not
    assert response.status == 200 and response.getheader("Content-Encoding") == "gzip"
    assert len(body) < 64 << 10
    inflater = zlib.decompressobj(31)
    first = inflater.decompress(body, len(BOMB_PREFIX))
    assert first == BOMB_PREFIX
    total = len(first)
    while chunk := inflater.decompress(inflater.unconsumed_tail, 1 << 20):
        total += len(chunk)
    assert total == 32 << 20
    (exchange,) = front.exchanges
    assert exchange.gzipped and exchange.body_bytes == 32 << 20 and exchange.wire_body_bytes == len(body)


@pytest.mark.parametrize("size", [0, 10, len(BOMB_PREFIX), 3 << 20])
def test_gzip_bomb_inflates_to_exactly_the_size(size: int) -> None:
    inflated = gzip.decompress(gzip_bomb(size))
    assert len(inflated) == size
    assert inflated[: len(BOMB_PREFIX)] == BOMB_PREFIX[:size]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("gzip", True),
        ("deflate, gzip;q=0.5", True),
        ("*", True),
        ("gzip;q=0", False),
        ("identity", False),
        (None, False),
    ],
)
def test_accepts_gzip_reads_the_codings_and_their_weights(value: str | None, expected: bool) -> None:
    assert accepts_gzip(value) is expected


def test_the_front_refuses_an_https_upstream() -> None:
    with pytest.raises(ValueError, match="http://host:port"):
        GzipFront("https://127.0.0.1:443/sdk")
