"""PBM calls carry the vim25 session in a ``vcSessionCookie`` SOAP header, as a real vCenter needs.

vcsim authenticates PBM by the HTTP cookie alone, so these checks run against
FakeVSphere, which (with ``enforce_sessions=True``) takes a PBM call's
session from that header only, as vCenter does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from lxml import etree

import pyvmomo
from pyvmomo.pbm import PbmProfileResourceType
from tests.tools.fakevsphere import PBM_NS, FakeVSphere, HandlerResult, soap_response


@pytest.fixture
def fake() -> Iterator[FakeVSphere]:
    with FakeVSphere(enforce_sessions=True) as server:

        def query_profile(operation: etree._Element, headers: object) -> HandlerResult:
            return 200, soap_response("PbmQueryProfile", "<uniqueId>p-1</uniqueId>", namespace=PBM_NS)

        server.on("PbmQueryProfile", query_profile)
        yield server


def query(client: pyvmomo.Client) -> list[str]:
    manager = client.pbm.content.profileManager
    ids = manager.PbmQueryProfile(resourceType=PbmProfileResourceType(resourceType="STORAGE"))
    return [i.uniqueId for i in ids]


def pbm_requests(fake: FakeVSphere) -> list[tuple[str | None, str | None]]:
    return [(r.soap_method, r.vc_session_cookie) for r in fake.requests if r.path == "/pbm/sdk"]


def test_a_pbm_call_carries_the_session_cookie_value_in_the_vc_session_cookie_header(
    fake: FakeVSphere,
) -> None:
    with pyvmomo.connect(fake.url, "u", "p") as client:
        assert query(client) == ["p-1"]
        token = (client.session_cookie or "").strip('"')
        assert token in fake.sessions
        assert pbm_requests(fake) == [
            ("PbmRetrieveServiceContent", token),
            ("PbmQueryProfile", token),
        ]
        action = [r.soap_action for r in fake.requests if r.soap_method == "PbmQueryProfile"]
        assert action == [f'"urn:pbm/{client.pbm.version}"']


def test_after_a_relogin_pbm_calls_carry_the_new_session(fake: FakeVSphere) -> None:
    with pyvmomo.connect(fake.url, "u", "p") as client:
        first = (client.session_cookie or "").strip('"')
        assert query(client) == ["p-1"]
        fake.expire_sessions()
        fake.clear_requests()
        assert query(client) == ["p-1"]  # refused, one re-login, re-sent
        second = (client.session_cookie or "").strip('"')
        assert second != first
        methods = [r.soap_method for r in fake.requests]
        assert methods.count("Login") == 1
        assert pbm_requests(fake) == [("PbmQueryProfile", first), ("PbmQueryProfile", second)]
        fake.clear_requests()
        assert query(client) == ["p-1"]
        assert pbm_requests(fake) == [("PbmQueryProfile", second)]


def test_threads_refused_by_one_expiry_log_in_once_and_each_re_send_their_pbm_call(fake: FakeVSphere) -> None:
    with pyvmomo.connect(fake.url, "u", "p") as client:
        assert query(client) == ["p-1"]
        fake.expire_sessions()
        fake.clear_requests()
        barrier = threading.Barrier(6)
        results: list[list[str]] = []

        def worker() -> None:
            barrier.wait()
            results.append(query(client))

        threads = [threading.Thread(target=worker) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert results == [["p-1"]] * 6
        methods = [r.soap_method for r in fake.requests]
        assert methods.count("Login") == 1
        token = (client.session_cookie or "").strip('"')
        # each thread's call went through once, with the new session (refused ones carried the old)
        resent = [cookie for method, cookie in pbm_requests(fake) if cookie == token]
        assert len(resent) == 6
