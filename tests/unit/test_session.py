"""The session's rules with a fake send: no sockets, no server, every decision visible.

``FakeServer.send`` stands in for the transport's attempt loop: it answers
each call from a script (a live or expired session, a login that fails) and
records what was sent, so each test shows the exact calls the session made.
"""

from __future__ import annotations

import itertools
import threading
from datetime import UTC, datetime
from typing import Any

import pytest

import pyvmomo
from pyvmomo._base import ManagedObject, Operation
from pyvmomo._errors import PyvmomoError
from pyvmomo._registry import Registry
from pyvmomo._session import Call, Session
from pyvmomo.vim25 import InvalidLogin, NotAuthenticated

REGISTRY = Registry()


def op(name: str) -> Operation[Any]:
    found = REGISTRY.operation(name)
    assert found is not None
    return found


def ref(type_name: str, value: str) -> ManagedObject:
    """A proxy bound to no transport: the session never sends through it."""
    cls = REGISTRY.managed_class(type_name)
    assert cls is not None
    return cls(None, value)  # type: ignore[arg-type]


SI = ref("ServiceInstance", "ServiceInstance")
MANAGER = ref("SessionManager", "SessionManager")
FOLDER = ref("Folder", "group-v3")


def not_authenticated() -> PyvmomoError:
    return NotAuthenticated(object=SI, privilegeId="System.View")


class FakeServer:
    """Answers calls like vCenter would, from a session key; records every call sent."""

    def __init__(self, password: str = "p") -> None:
        self.password = password
        self.alive = False
        self.sent: list[str] = []
        self._keys = itertools.count(1)
        self._lock = threading.Lock()

    def send(self, call: Call) -> Any:
        with self._lock:
            self.sent.append(call.op.name)
        name = call.op.name
        if name == "Login":
            if call.args[1] != self.password:
                return InvalidLogin()
            self.alive = True
            now = datetime.now(UTC)
            return REGISTRY.new(
                "UserSession",
                key=f"session-{next(self._keys)}",
                userName=call.args[0],
                fullName=call.args[0],
                loginTime=now,
                lastActiveTime=now,
                locale="en",
                messageLocale="en",
            )
        if name == "Logout":
            self.alive = False
            return None
        if not self.alive:
            return not_authenticated()
        if name == "CreateContainerView":
            return ref("ContainerView", f"view-{len(self.sent)}")
        return f"{name} ran"


def encode(
    this: ManagedObject, operation: Operation[Any], args: tuple[Any, ...], timeout: float | None
) -> Call:
    return Call(this, operation, args, b"<body/>", f"op-{operation.name}", timeout)


def logged_in(server: FakeServer) -> Session:
    session = Session(REGISTRY, send=server.send, encode=encode, service_instance=lambda: SI)
    assert session.run(encode(MANAGER, op("Login"), ("u", "p", None), None)).userName == "u"
    return session


def call(name: str, this: ManagedObject = FOLDER, *args: Any) -> Call:
    return encode(this, op(name), args, None)


def test_a_login_starts_generation_one_and_remembers_how_to_log_in_again() -> None:
    server = FakeServer()
    session = logged_in(server)
    assert (session.generation, session.can_relogin, session.user.key) == (1, True, "session-1")


def test_an_expired_session_is_renewed_and_only_the_failed_call_is_re_sent() -> None:
    server = FakeServer()
    session = logged_in(server)
    server.alive = False  # the server forgot the session
    server.sent.clear()
    assert session.run(call("CreateFolder", FOLDER, "new")) == "CreateFolder ran"
    # the refused call, the probe that proves expiry, the login, the one re-send
    assert server.sent == ["CreateFolder", "CurrentTime", "Login", "CreateFolder"]
    assert session.generation == 2 and session.user.key == "session-2"


def test_a_call_of_another_service_goes_through_its_send_while_the_relogin_uses_the_sessions() -> None:
    server = FakeServer()
    session = logged_in(server)
    server.alive = False
    server.sent.clear()
    other: list[str] = []

    def pbm_send(sent: Call) -> Any:  # another endpoint (PBM), refusing while the session is gone
        other.append(sent.op.name)
        return "PbmQueryProfile ran" if server.alive else not_authenticated()

    pbm_call = encode(FOLDER, Operation("PbmQueryProfile", ()), (), None)
    assert session.run(pbm_call, pbm_send) == "PbmQueryProfile ran"
    assert other == ["PbmQueryProfile", "PbmQueryProfile"]  # refused, then re-sent once
    assert server.sent == ["CurrentTime", "Login"]  # the probe and the login: the session's own send
    assert session.generation == 2


def test_a_refusal_in_a_live_session_is_not_expiry_and_makes_no_new_session() -> None:
    server = FakeServer()
    session = logged_in(server)

    def refuse_one(c: Call) -> Any:
        return not_authenticated() if c.op.name == "Destroy_Task" else server.send(c)

    session._send = refuse_one
    outcome = session.run(call("Destroy_Task"))
    assert isinstance(outcome, NotAuthenticated) and outcome.remote_method == "Destroy_Task"
    assert "Login" not in server.sent[1:] and session.generation == 1


def test_threads_hitting_one_expiry_log_in_once() -> None:
    server = FakeServer()
    session = logged_in(server)
    server.alive = False
    barrier = threading.Barrier(8)
    results: list[Any] = []

    def worker() -> None:
        barrier.wait()
        results.append(session.run(call("CurrentTime", SI)))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == ["CurrentTime ran"] * 8
    assert server.sent.count("Login") == 2 and session.generation == 2


def test_a_failed_relogin_is_reported_on_the_callers_call_and_drops_the_password() -> None:
    server = FakeServer()
    session = logged_in(server)
    server.password, server.alive = "changed", False
    outcome = session.run(call("CreateFolder", FOLDER, "x"))
    assert isinstance(outcome, pyvmomo.ReloginFailed) and outcome.remote_method == "CreateFolder"
    assert isinstance(outcome.__cause__, InvalidLogin) and "was not run" in str(outcome)
    assert not session.can_relogin
    again = session.run(call("CreateFolder", FOLDER, "y"))
    assert isinstance(again, NotAuthenticated)  # no second Login with a password that failed
    assert server.sent.count("Login") == 2


def test_a_call_using_a_view_of_the_old_session_is_not_re_sent() -> None:
    server = FakeServer()
    session = logged_in(server)
    view = session.run(call("CreateContainerView", ref("ViewManager", "ViewManager")))
    assert not session.is_lost(view)
    server.alive = False
    server.sent.clear()
    outcome = session.run(call("DestroyView", view))
    assert isinstance(outcome, pyvmomo.SessionObjectsLost) and outcome.lost == (repr(view),)
    assert server.sent == ["DestroyView", "CurrentTime", "Login"] and session.is_lost(view)


def test_in_band_expiry_in_a_retrieve_reply_is_renewed_like_a_fault() -> None:
    server = FakeServer()
    session = logged_in(server)
    missing = REGISTRY.new(
        "MissingProperty",
        path="name",
        fault=REGISTRY.new("LocalizedMethodFault", fault=not_authenticated(), localizedMessage=""),
    )
    expired = REGISTRY.new(
        "RetrieveResult", objects=[REGISTRY.new("ObjectContent", obj=FOLDER, missingSet=[missing])]
    )

    def in_band(c: Call) -> Any:
        if c.op.name == "RetrievePropertiesEx" and not server.alive:
            server.sent.append(c.op.name)
            return expired
        return server.send(c)

    session._send = in_band
    server.alive = False
    assert session.run(call("RetrievePropertiesEx")) == "RetrievePropertiesEx ran"
    assert session.generation == 2


def test_logout_forgets_the_session_and_turns_renewal_off() -> None:
    server = FakeServer()
    session = logged_in(server)
    session.cookie = "abc"
    session.run(call("Logout", MANAGER))
    assert session.user is None and session.cookies.header == "" and not session.can_relogin
    assert isinstance(session.run(call("CurrentTime", SI)), NotAuthenticated)
    assert server.sent.count("Login") == 1


def test_terminating_the_own_session_counts_as_logout() -> None:
    server = FakeServer()
    session = logged_in(server)

    def terminate(c: Call) -> Any:
        return None if c.op.name == "TerminateSession" else server.send(c)

    session._send = terminate
    session.run(call("TerminateSession", MANAGER, ["someone-else"]))
    assert session.can_relogin
    session.run(call("TerminateSession", MANAGER, [session.user.key]))
    assert not session.can_relogin and session.user is None


@pytest.mark.parametrize("cookie", ["abc\r\nX: 1", "abc\n"])
def test_a_session_cookie_that_could_inject_a_header_is_refused(cookie: str) -> None:
    session = Session(REGISTRY, send=FakeServer().send, encode=encode, service_instance=lambda: SI)
    with pytest.raises(pyvmomo.InvalidSetting, match="line break"):
        session.cookie = cookie
    assert session.cookies.header == ""
