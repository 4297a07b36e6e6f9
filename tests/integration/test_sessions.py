"""Session behaviour against vcsim (and FakeVSphere where vcsim cannot do it).

Sessions are killed the way an administrator would: TerminateSession from a
second client (vcsim refuses to let a session terminate itself). Deliveries
are counted by FaultProxy between the client under test and vcsim.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.message import Message

import pytest
from lxml import etree

import pyvmomo
from pyvmomo.vim25 import (
    InvalidLogin,
    NotAuthenticated,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    TraversalSpec,
)
from tests.integration.sessions_support import PASSWORD, USER, read_root_name, recording, service_instance
from tests.tools.fakevsphere import FakeVSphere, HandlerResult, soap_response
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimFactory, VcsimOptions, VcsimServer

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(vcsim_binary: object) -> Iterator[VcsimServer]:
    """A private vcsim that checks passwords (so InvalidLogin is real)."""
    from pathlib import Path

    assert isinstance(vcsim_binary, Path)
    with VcsimServer(VcsimOptions(username=USER, password=PASSWORD), binary=vcsim_binary) as srv:
        yield srv


@pytest.fixture
def proxy(server: VcsimServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.url) as p:
        yield p


@pytest.fixture
def admin(server: VcsimServer) -> Iterator[pyvmomo.Client]:
    """A second client, straight to vcsim, that kills other sessions."""
    with pyvmomo.connect(server.url, USER, PASSWORD) as c:
        yield c


def kill(admin: pyvmomo.Client, victim: pyvmomo.Client) -> None:
    assert victim.session is not None and admin.content.sessionManager is not None
    admin.content.sessionManager.TerminateSession(sessionId=[victim.session.key])


# -- login -------------------------------------------------------------------------------


def test_a_wrong_password_raises_invalid_login_at_once_with_one_login_sent(proxy: FaultProxy) -> None:
    started = time.monotonic()
    with pytest.raises(InvalidLogin) as info:
        pyvmomo.connect(proxy.url, USER, "wrong-password")
    assert time.monotonic() - started < 2
    assert proxy.delivered["Login"] == 1
    assert info.value.remote_method == "Login"
    assert "wrong-password" not in str(info.value) + repr(info.value)


def test_a_failed_relogin_is_raised_once_for_all_waiting_threads_and_stops_relogin() -> None:
    with FakeVSphere(users={"u": "p"}, enforce_sessions=True) as fake:
        client = pyvmomo.connect(fake.url, "u", "p")
        fake.users = {"u": "changed"}  # the password changed on the server
        fake.expire_sessions()
        errors: list[BaseException] = []
        barrier = threading.Barrier(8)

        def worker() -> None:
            barrier.wait()
            try:
                service_instance(client).CurrentTime()
            except pyvmomo.PyvmomoError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        logins = fake.soap_methods().count("Login")
        # Threads whose call failed before the re-login failed get ReloginFailed (their own call
        # named, the Login's InvalidLogin chained); any that called after it turned re-login off
        # get NotAuthenticated. None tries to log in again.
        expected = pyvmomo.ReloginFailed | NotAuthenticated
        assert len(errors) == 8 and all(isinstance(e, expected) for e in errors)
        failed = [e for e in errors if isinstance(e, pyvmomo.ReloginFailed)]
        assert failed and all(isinstance(e.__cause__, InvalidLogin) for e in failed)
        assert all(e.remote_method == "CurrentTime" and "was not run" in str(e) for e in failed)
        assert logins == 2  # the first login, then exactly one failed re-login: no lock-out loop
        assert client.transport.session.can_relogin is False
        with pytest.raises(NotAuthenticated):
            service_instance(client).CurrentTime()
        assert fake.soap_methods().count("Login") == 2
        client.transport.close()


# -- re-login ----------------------------------------------------------------------------------


def test_a_connection_the_server_closed_while_idle_is_not_a_maybe_sent_failure(proxy: FaultProxy) -> None:
    # Servers close idle keep-alive connections. Sending the next call on such a
    # connection would make an unsafe call OutcomeUnknown; the pool replaces it first.
    from tests.integration.sessions_support import child_names, vm_folder

    with pyvmomo.connect(proxy.url, USER, PASSWORD, retry=pyvmomo.RetryPolicy.never()) as client:
        folder = vm_folder(client)
        proxy.drop_idle_connections()
        proxy.reset_counts()
        with recording() as log:
            folder.CreateFolder(name="after-idle-close")
        assert proxy.delivered == {"CreateFolder": 1}
        assert proxy.connections_accepted == 1  # a new connection, and no retry
        assert log.messages("retrying") == [] and child_names(client, folder).count("after-idle-close") == 1


def test_relogin_resends_only_the_failed_call(proxy: FaultProxy, admin: pyvmomo.Client) -> None:
    with pyvmomo.connect(proxy.url, USER, PASSWORD) as client:
        old_key = client.session.key if client.session else ""
        kill(admin, client)
        proxy.reset_counts()
        with recording() as log:
            assert service_instance(client).CurrentTime().year >= 2024
        # the call, one liveness probe before re-login, the single re-send
        assert proxy.delivered == {"CurrentTime": 3, "Login": 1}
        assert client.transport.session.generation == 2
        assert client.session is not None and client.session.key != old_key
        expired = log.messages("session expired")
        assert len(expired) == 1 and len(log.messages("re-sending CurrentTime")) == 1
        assert any(m.startswith("logged in with Login") for m in log.messages())


def test_in_band_not_authenticated_in_retrieve_properties_ex_also_relogs_in(
    proxy: FaultProxy, admin: pyvmomo.Client
) -> None:
    with pyvmomo.connect(proxy.url, USER, PASSWORD) as client:
        kill(admin, client)
        proxy.reset_counts()
        result = read_root_name(client)
        assert result is not None and result.objects[0].propSet[0].val == "Datacenters"
        assert result.objects[0].missingSet == []
        assert proxy.delivered == {"RetrievePropertiesEx": 2, "CurrentTime": 1, "Login": 1}  # 1 probe


def test_without_relogin_in_band_not_authenticated_is_raised_typed(
    proxy: FaultProxy, admin: pyvmomo.Client
) -> None:
    with pyvmomo.connect(proxy.url, USER, PASSWORD) as client:
        client.transport.session.stop_relogin()
        kill(admin, client)
        with pytest.raises(NotAuthenticated) as info:
            read_root_name(client)
        assert info.value.remote_method == "RetrievePropertiesEx"


def test_a_view_used_across_a_kill_raises_session_objects_lost(
    server: VcsimServer, admin: pyvmomo.Client
) -> None:
    with pyvmomo.connect(server.url, USER, PASSWORD) as client:
        content = client.content
        assert content.viewManager is not None
        view = content.viewManager.CreateContainerView(
            container=content.rootFolder, type=["VirtualMachine"], recursive=True
        )
        spec = PropertyFilterSpec(
            objectSet=[
                ObjectSpec(
                    obj=view,
                    skip=True,
                    selectSet=[TraversalSpec(name="v", type="ContainerView", path="view", skip=False)],
                )
            ],
            propSet=[PropertySpec(type="VirtualMachine", pathSet=["name"])],
        )
        before = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        assert before is not None and len(before.objects) == 4
        kill(admin, client)
        with pytest.raises(pyvmomo.SessionObjectsLost) as info:
            content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        assert info.value.lost == (repr(view),)
        with pytest.raises(pyvmomo.SessionObjectsLost):
            view.DestroyView()  # _this itself belonged to the old session
        assert client.transport.session.generation == 2  # re-logged in once; the new session works
        fresh = content.viewManager.CreateContainerView(
            container=content.rootFolder, type=["VirtualMachine"], recursive=True
        )
        spec.objectSet[0].obj = fresh
        after = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        assert after is not None and len(after.objects) == 4
        fresh.DestroyView()


# -- logout and TerminateSession ----------------------------------------------------------------


def test_logout_turns_automatic_relogin_off(proxy: FaultProxy) -> None:
    client = pyvmomo.connect(proxy.url, USER, PASSWORD)
    client.logout()
    assert client.session is None and client.session_cookie is None
    assert client.transport.session.can_relogin is False
    with pytest.raises(NotAuthenticated):
        service_instance(client).CurrentTime()
    assert proxy.delivered["Login"] == 1
    client.close()


def test_logout_of_an_expired_session_raises_and_still_forgets_it(
    proxy: FaultProxy, admin: pyvmomo.Client
) -> None:
    client = pyvmomo.connect(proxy.url, USER, PASSWORD)
    kill(admin, client)
    with pytest.raises(NotAuthenticated):
        client.logout()
    assert client.session is None and client.session_cookie is None
    assert client.transport.session.can_relogin is False
    client.close()  # nothing left to log out
    assert proxy.delivered["Logout"] == 1 and proxy.delivered["Login"] == 1


def test_logout_through_the_proxy_method_keeps_the_transport_state_true(proxy: FaultProxy) -> None:
    client = pyvmomo.connect(proxy.url, USER, PASSWORD)
    assert client.content.sessionManager is not None
    client.content.sessionManager.Logout()
    assert client.session is None and client.transport.session.can_relogin is False
    client.content.sessionManager.Login(userName=USER, password=PASSWORD)  # and Login turns it on again
    assert client.session is not None and client.transport.session.can_relogin is True
    client.close()


def test_terminating_the_own_session_counts_as_logout() -> None:
    # vcsim refuses TerminateSession of the caller's own session; a real vCenter allows it.
    with FakeVSphere(enforce_sessions=True) as fake:

        def terminate(operation: etree._Element, headers: Message) -> HandlerResult:
            keys = [e.text for e in operation if etree.QName(e).localname == "sessionId"]
            if client.session is not None and client.session.key in keys:
                fake.expire_sessions()  # the only session there is
            return 200, soap_response("TerminateSession")

        fake.on("TerminateSession", terminate)
        client = pyvmomo.connect(fake.url, "u", "p")
        assert client.session is not None and client.content.sessionManager is not None
        client.content.sessionManager.TerminateSession(sessionId=["someone-else"])
        assert client.transport.session.can_relogin is True  # another session: nothing changes
        client.content.sessionManager.TerminateSession(sessionId=[client.session.key])
        assert client.session is None and client.transport.session.can_relogin is False
        with pytest.raises(NotAuthenticated):
            service_instance(client).CurrentTime()
        assert fake.soap_methods().count("Login") == 1
        client.close()


# -- reuse, clone, keepalive -----------------------------------------------------------------------


def test_session_cookie_reuses_a_live_session_without_logging_in(proxy: FaultProxy) -> None:
    with pyvmomo.connect(proxy.url, USER, PASSWORD) as first:
        cookie = first.session_cookie
        assert cookie and first.session is not None
        second = pyvmomo.connect(proxy.url, session_cookie=cookie)
        assert second.session is not None and second.session.key == first.session.key
        assert second.session_cookie == cookie
        assert service_instance(second).CurrentTime() is not None
        assert proxy.delivered["Login"] == 1
        second.close()  # an adopted session is left alive for its other holders
        assert proxy.delivered["Logout"] == 0
        assert service_instance(first).CurrentTime() is not None and first.transport.session.generation == 1


def test_a_dead_session_cookie_alone_is_refused_and_with_credentials_logs_in(
    proxy: FaultProxy, admin: pyvmomo.Client
) -> None:
    first = pyvmomo.connect(proxy.url, USER, PASSWORD)
    cookie = first.session_cookie
    kill(admin, first)
    with pytest.raises(pyvmomo.ArgumentError, match="not name a live session"):
        pyvmomo.connect(proxy.url, session_cookie=cookie)
    with pyvmomo.connect(proxy.url, USER, PASSWORD, session_cookie=cookie) as second:
        assert second.session is not None and second.session_cookie != cookie
        assert second.transport.session.generation == 1
    first.close()  # its Logout fails (the session is dead): logged, not raised


def test_a_reused_session_with_credentials_is_renewed_when_it_expires(
    proxy: FaultProxy, admin: pyvmomo.Client
) -> None:
    with pyvmomo.connect(proxy.url, USER, PASSWORD) as first:
        second = pyvmomo.connect(proxy.url, USER, PASSWORD, session_cookie=first.session_cookie)
        assert second.transport.session.generation == 0  # reused, not logged in
        kill(admin, first)  # the shared session dies
        assert service_instance(second).CurrentTime() is not None
        assert second.transport.session.generation == 1
        second.close()


def test_a_clone_ticket_gives_a_second_client_its_own_session_of_the_same_user(proxy: FaultProxy) -> None:
    with pyvmomo.connect(proxy.url, USER, PASSWORD) as first:
        assert first.content.sessionManager is not None
        ticket = first.content.sessionManager.AcquireCloneTicket()
        with pyvmomo.connect(proxy.url, clone_ticket=ticket) as second:
            assert second.session is not None and first.session is not None
            assert second.session.userName == USER
            assert second.session.key != first.session.key
            assert service_instance(second).CurrentTime() is not None
            assert second.transport.session.can_relogin is False  # a ticket works once: no renewal
        assert proxy.delivered["CloneSession"] == 1 and proxy.delivered["Login"] == 1
        assert proxy.delivered["Logout"] == 1  # closing the clone ended the clone only
        assert service_instance(first).CurrentTime() is not None and first.transport.session.generation == 1


def test_keepalive_keeps_an_idle_session_alive_and_stops(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(idle_timeout_s=1)
    with FaultProxy(server.url) as proxy, pyvmomo.connect(proxy.url, "u", "p", keepalive=0.25) as client:
        time.sleep(2.5)  # idle for longer than vcsim's expiry (1 to 2 timeouts)
        assert service_instance(client).CurrentTime() is not None
        assert client.transport.session.generation == 1  # never expired
        assert proxy.delivered["CurrentTime"] >= 6
        client.stop_keepalive()
        pings = proxy.delivered["CurrentTime"]
        time.sleep(0.6)
        assert proxy.delivered["CurrentTime"] == pings


def test_without_keepalive_an_idle_session_expires_and_is_renewed(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(idle_timeout_s=1)
    with pyvmomo.connect(server.url, "u", "p") as client:
        time.sleep(2.5)
        assert service_instance(client).CurrentTime() is not None
        assert client.transport.session.generation == 2


def test_keepalive_pings_on_each_tick_of_an_injected_clock() -> None:
    ticks = threading.Semaphore(0)
    stopped = threading.Event()

    def wait(_: float) -> bool:  # one "interval" passes each time the test releases a tick
        while not ticks.acquire(timeout=0.01):
            if stopped.is_set():
                return True
        return stopped.is_set()

    with FakeVSphere(enforce_sessions=True) as fake:
        client = pyvmomo.connect(fake.url, "u", "p")
        si = service_instance(client)
        client.transport.session.start_keepalive(60.0, lambda: si.CurrentTime(), wait=wait)
        assert fake.soap_methods().count("CurrentTime") == 0
        for n in (1, 2, 3):
            ticks.release()
            deadline = time.monotonic() + 5
            while fake.soap_methods().count("CurrentTime") < n and time.monotonic() < deadline:
                time.sleep(0.005)
            assert fake.soap_methods().count("CurrentTime") == n
        stopped.set()
        client.close()
        assert fake.soap_methods().count("CurrentTime") == 3


def test_keepalive_interval_must_be_positive() -> None:
    with (
        FakeVSphere() as fake,
        pyvmomo.connect(fake.url, "u", "p") as client,
        pytest.raises(ValueError, match="keepalive interval must be > 0"),
    ):
        client.start_keepalive(0)
