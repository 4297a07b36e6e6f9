"""FakeVSphere's PBM endpoint, checked with http.client.

The fake answers PBM at ``/pbm/sdk`` and, when it enforces sessions, takes
the session from the ``vcSessionCookie`` SOAP header as a real vCenter does
(vcsim reads the HTTP cookie instead), so the SDK's tests can show that its
PBM calls carry that header, also after a re-login.
"""

from __future__ import annotations

import http.client
from collections.abc import Iterator

import pytest
from lxml import etree

from tests.tools.fakevsphere import PBM_NS, FakeVSphere, HandlerResult, soap_response
from tests.tools.rawsoap import CURRENT_TIME, LOGIN, PBM_QUERY_PROFILE, PBM_SERVICE_CONTENT, Reply, call


@pytest.fixture
def fake() -> Iterator[FakeVSphere]:
    with FakeVSphere(enforce_sessions=True) as server:

        def query_profile(operation: etree._Element, headers: object) -> HandlerResult:
            return 200, soap_response("PbmQueryProfile", "<uniqueId>p-1</uniqueId>", namespace=PBM_NS)

        server.on("PbmQueryProfile", query_profile)
        yield server


def post(fake: FakeVSphere, path: str, inner: str, *, cookie: str | None = None, header: str = "") -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=10)
    try:
        return call(conn, path, inner, cookie=cookie, header=header)
    finally:
        conn.close()


def login(fake: FakeVSphere) -> str:
    reply = post(fake, "/sdk", LOGIN)
    assert reply.session is not None
    return reply.session


def test_pbm_service_content_is_anonymous_and_in_the_pbm_namespace(fake: FakeVSphere) -> None:
    reply = post(fake, "/pbm/sdk", PBM_SERVICE_CONTENT)
    assert reply.status == 200
    assert reply.name == f"{{{PBM_NS}}}PbmRetrieveServiceContentResponse"
    returnval = reply.body.find(f"{{{PBM_NS}}}returnval")
    assert returnval is not None
    assert [etree.QName(child).localname for child in returnval] == [
        "aboutInfo",
        "sessionManager",
        "capabilityMetadataManager",
        "profileManager",
        "complianceManager",
        "placementSolver",
        "replicationManager",
    ]
    assert fake.pbm_url == f"{fake.base_url}/pbm/sdk"


def test_a_pbm_call_is_authenticated_by_the_vc_session_cookie_header_only(fake: FakeVSphere) -> None:
    token = login(fake)
    header = f"<vcSessionCookie>{token}</vcSessionCookie>"
    with_header = post(fake, "/pbm/sdk", PBM_QUERY_PROFILE, header=header)
    http_cookie_only = post(fake, "/pbm/sdk", PBM_QUERY_PROFILE, cookie=token)
    quoted = post(fake, "/pbm/sdk", PBM_QUERY_PROFILE, header=f'<vcSessionCookie>"{token}"</vcSessionCookie>')
    fake.expire_sessions()
    expired = post(fake, "/pbm/sdk", PBM_QUERY_PROFILE, header=header)
    assert with_header.status == 200
    assert with_header.body.findtext(f"{{{PBM_NS}}}returnval/{{{PBM_NS}}}uniqueId") == "p-1"
    for refused in (http_cookie_only, quoted, expired):
        assert (refused.status, refused.fault_type()) == (500, "NotAuthenticated")
    recorded = [r.vc_session_cookie for r in fake.requests if r.path == "/pbm/sdk"]
    assert recorded == [token, None, f'"{token}"', token]


def test_a_vim25_operation_is_unknown_at_the_pbm_path(fake: FakeVSphere) -> None:
    reply = post(fake, "/pbm/sdk", LOGIN)
    assert (reply.status, reply.fault_type()) == (500, "InvalidRequest")
    assert fake.sessions == {}
    assert reply.body.findtext("faultstring") == (
        "Unable to resolve WSDL method name Login for namespace name urn:pbm"
    )


def test_without_a_pbm_path_the_fake_answers_404_there() -> None:
    with FakeVSphere(pbm_path=None) as fake:
        conn = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=10)
        try:
            conn.request("POST", "/pbm/sdk", b"<x/>")
            response = conn.getresponse()
            response.read()
        finally:
            conn.close()
        assert response.status == 404
        with pytest.raises(RuntimeError, match="pbm_path"):
            _ = fake.pbm_url


def test_vim25_calls_keep_using_the_http_cookie(fake: FakeVSphere) -> None:
    token = login(fake)
    assert post(fake, "/sdk", CURRENT_TIME, cookie=token).status == 200
    refused = post(fake, "/sdk", CURRENT_TIME, header=f"<vcSessionCookie>{token}</vcSessionCookie>")
    assert (refused.status, refused.fault_type()) == (500, "NotAuthenticated")
