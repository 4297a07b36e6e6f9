"""RetryPolicy as a value, and the transport's retry decisions against FakeVSphere.

Nothing here sleeps: the policy's ``sleep``, ``clock`` and ``random`` are
injected, and FakeVSphere answers at once.
"""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import Message
from typing import Any

import pytest
from lxml import etree

import pyvmomo
from pyvmomo.vim25 import DuplicateName, Folder, ServiceInstance
from tests.integration.sessions_support import recording
from tests.tools.fakevsphere import (
    FakeVSphere,
    HandlerResult,
    fault_response,
    moref_xml,
    soap_envelope,
    soap_response,
)

# -- the value -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"attempts": 0}, ValueError, "RetryPolicy.attempts must be >= 1 (it counts the first try"),
        ({"attempts": -3}, ValueError, "got -3"),
        ({"attempts": 2.5}, TypeError, "RetryPolicy.attempts must be an int, got float"),
        ({"attempts": True}, TypeError, "RetryPolicy.attempts must be an int, got bool"),
        ({"backoff": -0.1}, ValueError, "RetryPolicy.backoff must be >= 0 seconds, got -0.1"),
        ({"backoff": float("nan")}, ValueError, "RetryPolicy.backoff must be >= 0 seconds, got nan"),
        ({"backoff": "1"}, TypeError, "RetryPolicy.backoff must be a number, got str"),
        ({"max_backoff": float("inf")}, ValueError, "RetryPolicy.max_backoff must be >= 0 seconds"),
        ({"jitter": 1.5}, ValueError, "RetryPolicy.jitter must be between 0 and 1 inclusive, got 1.5"),
        ({"deadline": 0}, ValueError, "RetryPolicy.deadline must be > 0 seconds, or None"),
        ({"deadline": -1.0}, ValueError, "got -1.0"),
        ({"sleep": 3}, TypeError, "RetryPolicy.sleep must be callable, got int"),
    ],
)
def test_a_bad_policy_is_refused_with_a_message_naming_field_rule_and_value(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        pyvmomo.RetryPolicy(**kwargs)


def test_a_policy_is_an_immutable_value_compared_without_its_clock() -> None:
    policy = pyvmomo.RetryPolicy(attempts=3, backoff=0.5, deadline=None)
    assert policy == pyvmomo.RetryPolicy(attempts=3, backoff=0.5, deadline=None, sleep=lambda _: None)
    assert "sleep" not in repr(policy) and "attempts=3" in repr(policy)
    with pytest.raises(AttributeError):
        policy.attempts = 5  # type: ignore[misc]
    assert pyvmomo.RetryPolicy.never().attempts == 1


def test_backoff_doubles_up_to_the_cap_with_full_jitter_drawn_from_the_injected_random() -> None:
    draws = iter([1.0, 1.0, 1.0, 1.0, 0.25])
    policy = pyvmomo.RetryPolicy(backoff=0.2, max_backoff=1.0, jitter=1.0, random=lambda: next(draws))
    assert [policy.delay(n) for n in (1, 2, 3, 4)] == pytest.approx([0.2, 0.4, 0.8, 1.0])
    assert policy.delay(1) == pytest.approx(0.05)  # a quarter of the ceiling
    fixed = pyvmomo.RetryPolicy(backoff=0.2, jitter=0.0, random=lambda: 0.0)
    assert [fixed.delay(n) for n in (1, 2, 3)] == pytest.approx([0.2, 0.4, 0.8])
    half = pyvmomo.RetryPolicy(backoff=1.0, jitter=0.5, random=lambda: 0.0)
    assert half.delay(1) == pytest.approx(0.5)  # half fixed, half random


def test_no_retry_after_the_last_attempt_or_past_the_deadline() -> None:
    now = [100.0]
    policy = pyvmomo.RetryPolicy(attempts=3, backoff=1.0, jitter=0.0, deadline=5.0, clock=lambda: now[0])
    assert policy.next_delay(1, started=100.0) == 1.0
    assert policy.next_delay(3, started=100.0) is None  # attempts used up
    now[0] = 103.5
    assert policy.next_delay(2, started=100.0) is None  # 3.5 s + a 2 s wait passes the 5 s deadline
    assert pyvmomo.RetryPolicy(attempts=3, deadline=None, clock=lambda: 1e9).next_delay(1, 0.0) is not None


# -- the transport's decisions ----------------------------------------------------------------


class Clock:
    """A fake monotonic clock that the policy's sleep advances."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def policy(self, **kwargs: Any) -> pyvmomo.RetryPolicy:
        return pyvmomo.RetryPolicy(sleep=self.sleep, clock=lambda: self.now, random=lambda: 0.5, **kwargs)


@pytest.fixture
def fake() -> Iterator[FakeVSphere]:
    with FakeVSphere() as server:
        yield server


def scripted(*results: HandlerResult) -> Callable[[etree._Element, Message], HandlerResult]:
    """A handler answering with ``results`` in turn, then repeating the last one."""
    queue = list(results)

    def handler(operation: etree._Element, headers: Message) -> HandlerResult:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


OK_FOLDER = (
    200,
    soap_envelope(
        '<CreateFolderResponse xmlns="urn:vim25">'
        + moref_xml("returnval", "Folder", "group-v9")
        + "</CreateFolderResponse>"
    ),
)
OK_TIME = (200, soap_response("CurrentTime", "2026-01-02T03:04:05.123456789Z"))
UNAVAILABLE = (503, "<html><body>Service Unavailable</body></html>")
TRUNCATED = (200, soap_response("CurrentTime", "2026-01-02T03:04:05Z")[:120])
HTML_500 = (500, "<html><body>Internal error</body></html>")


def connect(fake: FakeVSphere, clock: Clock, **policy: Any) -> pyvmomo.Client:
    return pyvmomo.connect(fake.url, "u", "p", retry=clock.policy(**policy))


def test_503_is_retried_for_a_safe_call_with_growing_backoff(fake: FakeVSphere) -> None:
    clock = Clock()
    fake.on("CurrentTime", scripted(UNAVAILABLE, UNAVAILABLE, OK_TIME))
    with connect(fake, clock, attempts=4, backoff=0.2, jitter=1.0) as client, recording() as log:
        client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
    assert fake.soap_methods().count("CurrentTime") == 3
    assert clock.sleeps == pytest.approx([0.1, 0.2])  # 0.2 * 2**(n-1) * random 0.5
    retries = log.messages("retrying CurrentTime")
    assert len(retries) == 2
    sent = [r.body for r in fake.requests if r.soap_method == "CurrentTime"]
    assert len(set(sent)) == 1  # re-sent byte for byte
    operation_id = sent[0].split(b"<operationID>")[1].split(b"<")[0].decode()
    assert all(operation_id in r for r in retries)  # one operationID for the call and its re-sends


def test_503_on_an_unsafe_call_is_outcome_unknown_and_not_re_sent(fake: FakeVSphere) -> None:
    # A proxy in front of the SDK may answer 503 after forwarding the request.
    clock = Clock()
    fake.on("CreateFolder", scripted(UNAVAILABLE, OK_FOLDER))
    with (
        connect(fake, clock, attempts=3) as client,
        recording() as log,
        pytest.raises(pyvmomo.OutcomeUnknown) as info,
    ):
        client.ref(Folder, "group-v3").CreateFolder(name="f")
    assert isinstance(info.value.__cause__, pyvmomo.ProtocolError) and info.value.__cause__.status == 503
    assert fake.soap_methods().count("CreateFolder") == 1
    assert clock.sleeps == []
    assert len(log.messages("outcome unknown")) == 1


def test_the_deadline_stops_retrying_before_the_attempts_run_out(fake: FakeVSphere) -> None:
    clock = Clock()
    fake.on("CurrentTime", scripted(UNAVAILABLE))
    with (
        connect(fake, clock, attempts=10, backoff=1.0, jitter=0.0, deadline=3.5) as client,
        pytest.raises(pyvmomo.ProtocolError),
    ):
        client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
    assert clock.sleeps == [1.0, 2.0]  # a third wait (4 s) would end past 3.5 s
    assert fake.soap_methods().count("CurrentTime") == 3


def test_an_unreadable_reply_is_retried_for_a_safe_call(fake: FakeVSphere) -> None:
    clock = Clock()
    fake.on("CurrentTime", scripted(TRUNCATED, HTML_500, OK_TIME))
    with connect(fake, clock, attempts=3) as client:
        assert client.ref(ServiceInstance, "ServiceInstance").CurrentTime() == datetime(
            2026, 1, 2, 3, 4, 5, 123456, tzinfo=UTC
        )
    assert fake.soap_methods().count("CurrentTime") == 3


@pytest.mark.parametrize("reply", [TRUNCATED, HTML_500], ids=["truncated", "html-500"])
def test_an_unreadable_reply_to_an_unsafe_call_is_outcome_unknown_with_its_operation_id(
    fake: FakeVSphere, reply: HandlerResult
) -> None:
    clock = Clock()
    fake.on("CreateFolder", scripted(reply))
    with connect(fake, clock, attempts=4) as client:
        before = datetime.now(UTC)
        with pytest.raises(pyvmomo.OutcomeUnknown) as info:
            client.ref(Folder, "group-v3").CreateFolder(name="f")
        after = datetime.now(UTC)
    exc = info.value
    assert fake.soap_methods().count("CreateFolder") == 1 and clock.sleeps == []
    sent = next(r.body for r in fake.requests if r.soap_method == "CreateFolder")
    assert f"<operationID>{exc.operation_id}</operationID>".encode() in sent
    assert before <= exc.sent_at <= after
    assert exc.remote_method == "CreateFolder" and exc.remote_object == "Folder:group-v3"
    assert isinstance(exc.target, Folder) and exc.target.value == "group-v3"
    assert isinstance(exc.__cause__, pyvmomo.ProtocolError)


def test_a_fault_is_raised_at_once_and_never_retried(fake: FakeVSphere) -> None:
    clock = Clock()
    fake.on("CreateFolder", scripted(fault_response("DuplicateName", "exists")))
    with connect(fake, clock, attempts=4) as client, pytest.raises(DuplicateName):
        client.ref(Folder, "group-v3").CreateFolder(name="f")
    assert fake.soap_methods().count("CreateFolder") == 1 and clock.sleeps == []


def test_a_refused_connection_is_retried_for_an_unsafe_call_and_then_connection_failed(
    fake: FakeVSphere,
) -> None:
    clock = Clock()
    client = connect(fake, clock, attempts=3)
    fake.stop()  # nothing listens on the port any more: connects are refused
    with recording() as log, pytest.raises(pyvmomo.ConnectionFailed) as info:
        client.ref(Folder, "group-v3").CreateFolder(name="f")
    assert not isinstance(info.value, pyvmomo.OutcomeUnknown)
    assert len(clock.sleeps) == 2 and len(log.messages("retrying CreateFolder")) == 2
    client.transport.close()


def test_a_reply_over_the_size_cap_is_refused_and_not_retried(fake: FakeVSphere) -> None:
    clock = Clock()
    big = soap_response("CurrentTime", "2026-01-02T03:04:05Z" + " " * 50_000)
    fake.on("CurrentTime", scripted((200, big)))
    with connect(fake, clock, attempts=4) as client:
        client.transport.max_reply_bytes = 10_000
        with pytest.raises(pyvmomo.ProtocolError, match="exceeds max_reply_bytes"):
            client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
    assert fake.soap_methods().count("CurrentTime") == 1 and clock.sleeps == []


def test_events_go_to_logging_with_the_operation_id(fake: FakeVSphere) -> None:
    clock = Clock()
    fake.on("CurrentTime", scripted(UNAVAILABLE, OK_TIME))
    with recording(level=logging.DEBUG) as log, connect(fake, clock) as client:
        client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
    ids = re.findall(r"\(([0-9a-f]{8}-\d+)\)", " ".join(log.messages("CurrentTime")))
    assert ids and len(set(ids)) == 1
    assert log.messages("logged in with Login (")
    assert log.messages(f"retrying CurrentTime ({ids[0]})")


def test_unused_port_is_really_closed() -> None:
    # Guards the refused-connection test: a stopped FakeVSphere leaves nothing listening.
    with FakeVSphere() as server:
        port = server.port
    with socket.socket() as sock, pytest.raises(ConnectionRefusedError):
        sock.connect(("127.0.0.1", port))


def test_not_authenticated_in_a_live_session_is_raised_without_a_new_login(fake: FakeVSphere) -> None:
    # Non-admin users can be refused one call in a valid session (govmomi #224): one
    # CurrentTime shows the session is alive, so no Login (and no leaked session) follows.
    clock = Clock()
    fake.on("CreateFolder", scripted(fault_response("NotAuthenticated", "no privilege")))
    with connect(fake, clock) as client:
        logins = fake.soap_methods().count("Login")
        with pytest.raises(pyvmomo.vim25.NotAuthenticated):
            client.ref(Folder, "group-v3").CreateFolder(name="f")
        assert fake.soap_methods().count("Login") == logins
        assert fake.soap_methods().count("CreateFolder") == 1
        assert fake.soap_methods()[-2:] == ["CreateFolder", "CurrentTime"]
        assert client.transport.session.generation == 1


# -- the default budget and the give-up message ---------------------------------------------


def test_the_default_policy_waits_five_to_ten_seconds_over_eight_tries() -> None:
    def total_wait(draw: float) -> float:
        policy = pyvmomo.RetryPolicy(random=lambda: draw)
        return sum(policy.delay(n) for n in range(1, policy.attempts))

    assert pyvmomo.RetryPolicy().attempts == 8
    assert total_wait(0.0) == pytest.approx(4.875)  # the shortest outage always ridden out
    assert total_wait(1.0) == pytest.approx(9.75)
    assert total_wait(1.0) < pyvmomo.RetryPolicy().deadline  # type: ignore[operator]


# The HTTP layer's own words for a refused connect (it may name the address first).
REFUSED = r"(cannot reach [\d.:]+: )?ConnectionRefusedError: \[Errno 111\] Connection refused"


def refuse_after_first_try(fake: FakeVSphere, clock: Clock) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        fake.stop()  # from the second try on, connections are refused

    return sleep


def test_a_safe_call_that_gives_up_describes_every_try_and_is_not_connection_failed(
    fake: FakeVSphere,
) -> None:
    clock = Clock()
    fake.on("CurrentTime", scripted(UNAVAILABLE))
    retry = pyvmomo.RetryPolicy(
        attempts=4, sleep=refuse_after_first_try(fake, clock), clock=lambda: clock.now
    )
    client = pyvmomo.connect(fake.url, "u", "p", retry=retry)
    with pytest.raises(pyvmomo.TransportError) as info:
        client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
    client.transport.close()
    # try 1 may have reached the server: "nothing reached the server" would be untrue
    assert type(info.value) is pyvmomo.ProtocolError and info.value.status == 503
    assert re.fullmatch(
        re.escape(
            "CurrentTime on ServiceInstance:ServiceInstance failed after 4 tries: "
            "try 1, maybe sent: HTTP 503 reply: service unavailable; "
            "tries 2-4, not sent: cannot connect: "
        )
        + REFUSED,
        str(info.value),
    )


def test_an_unsafe_call_refused_then_maybe_sent_is_outcome_unknown_describing_both(
    fake: FakeVSphere,
) -> None:
    clock = Clock()
    fake.on("CreateFolder", scripted(UNAVAILABLE))

    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        if len(clock.sleeps) == 2:
            fake.start()  # tries 1-2 refused, try 3 reaches the server and gets a 503

    retry = pyvmomo.RetryPolicy(attempts=4, sleep=sleep, clock=lambda: clock.now, random=lambda: 0.5)
    client = pyvmomo.connect(fake.url, "u", "p", retry=retry)
    fake.stop()
    with pytest.raises(pyvmomo.OutcomeUnknown) as info:
        client.ref(Folder, "group-v3").CreateFolder(name="f")
    client.transport.close()
    exc = info.value
    assert re.fullmatch(
        re.escape(
            f"CreateFolder on Folder:group-v3 may or may not have run ({exc.operation_id}): "
            "tries 1-2, not sent: cannot connect: "
        )
        + REFUSED
        + re.escape("; try 3, maybe sent: HTTP 503 reply: service unavailable"),
        str(exc),
    )
    assert fake.soap_methods().count("CreateFolder") == 1
