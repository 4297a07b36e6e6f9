"""What our vcsim launcher serves, shown with plain http.client and ssl (not pyvmomo).

These tests pin the simulator facts the SDK's PBM and client-certificate
features are built on:

* PBM answers at ``/pbm`` (govmomi's path) and ``/pbm/sdk`` (pyvmomi's and
  real vCenters'), in the VPX model only. ``PbmRetrieveServiceContent`` needs
  no session; other PBM calls need the vim25 session *cookie* (HTTP header)
  and fail with a vim25 ``NotAuthenticated`` fault without it; vcsim ignores
  the ``vcSessionCookie`` SOAP header that real vCenters read.
* ``LoginExtensionByCertificate`` succeeds over TLS when the client presents
  a certificate (any certificate: vcsim does not verify it), fails with
  ``NoClientCertificate`` without one (or over plain HTTP), and with
  ``InvalidLogin`` when the request already carries a session cookie.
* With ``tunnel=True`` the launcher runs vCenter's sdk tunnel: ``CONNECT
  sdkTunnel:8089`` (any target) is answered ``200`` and spliced to the TLS
  listener, inside which the same login works; the session it creates is
  valid on direct connections too.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from pathlib import Path

import pytest

from tests.tools.rawsoap import (
    CURRENT_TIME,
    EXTENSION_KEY,
    LOGIN,
    LOGIN_BY_CERT,
    PBM,
    PBM_QUERY_PROFILE,
    PBM_SERVICE_CONTENT,
    VIM,
    call,
    envelope,
)
from tests.vcsim import TlsVcsim, VcsimOptions, VcsimServer


def plain(server: VcsimServer) -> http.client.HTTPConnection:
    """A plain-HTTP connection to ``server``."""
    return http.client.HTTPConnection(server.host, server.port, timeout=10)


def login(server: VcsimServer) -> str:
    """Log in with a password over plain HTTP and return the session cookie value."""
    conn = plain(server)
    try:
        reply = call(conn, "/sdk", LOGIN)
    finally:
        conn.close()
    assert reply.status == 200 and reply.session is not None
    return reply.session


# -- PBM -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/pbm", "/pbm/sdk"])
def test_pbm_service_content_is_served_at_both_paths(vcsim: VcsimServer, path: str) -> None:
    cookie = login(vcsim)
    conn = plain(vcsim)
    try:
        reply = call(conn, path, PBM_SERVICE_CONTENT, cookie=cookie)
    finally:
        conn.close()
    assert reply.status == 200
    assert reply.name == f"{{{PBM}}}PbmRetrieveServiceContentResponse"
    assert reply.body.findtext(f"{{{PBM}}}returnval/{{{PBM}}}profileManager") == "ProfileManager"
    assert reply.body.findtext(f"{{{PBM}}}returnval/{{{PBM}}}aboutInfo/{{{PBM}}}name") == "PBM"


def test_pbm_url_names_the_pbm_sdk_path(vcsim: VcsimServer) -> None:
    assert vcsim.pbm_url == f"{vcsim.base_url}/pbm/sdk"


@pytest.mark.parametrize("path", ["/pbm", "/pbm/sdk"])
def test_pbm_queries_need_the_session_cookie_not_the_soap_header(vcsim: VcsimServer, path: str) -> None:
    cookie = login(vcsim)
    conn = plain(vcsim)
    try:
        anonymous_content = call(conn, path, PBM_SERVICE_CONTENT)
        with_cookie = call(conn, path, PBM_QUERY_PROFILE, cookie=cookie)
        without = call(conn, path, PBM_QUERY_PROFILE)
        header_only = call(
            conn, path, PBM_QUERY_PROFILE, header=f"<vcSessionCookie>{cookie}</vcSessionCookie>"
        )
    finally:
        conn.close()
    assert anonymous_content.status == 200
    assert with_cookie.status == 200
    assert with_cookie.name == f"{{{PBM}}}PbmQueryProfileResponse"
    assert len(with_cookie.body.findall(f"{{{PBM}}}returnval")) > 0
    for refused in (without, header_only):
        assert refused.status == 500
        assert refused.fault_type() == "NotAuthenticated"
        detail = refused.body.find("detail")
        assert detail is not None
        # The fault detail is a vim25 element inside a PBM reply.
        assert detail[0].tag == f"{{{VIM}}}NotAuthenticatedFault"


def test_the_esx_model_serves_no_pbm(vcsim_binary: Path) -> None:
    with VcsimServer(VcsimOptions(model="esx"), binary=vcsim_binary) as esx:
        conn = plain(esx)
        try:
            conn.request("POST", "/pbm/sdk", envelope(PBM_SERVICE_CONTENT), {"Content-Type": "text/xml"})
            response = conn.getresponse()
            response.read()
        finally:
            conn.close()
    assert response.status == 404


# -- client certificates and the sdk tunnel ----------------------------------------------------


def client_context(lab: TlsVcsim, *, with_cert: bool) -> ssl.SSLContext:
    """A context verifying the simulator, presenting the client certificate if asked."""
    context = ssl.create_default_context(cafile=str(lab.ca_cert))
    if with_cert:
        context.load_cert_chain(str(lab.client.cert), str(lab.client.key))
    return context


def direct(lab: TlsVcsim, *, with_cert: bool) -> http.client.HTTPSConnection:
    """A TLS connection straight to the simulator's SDK port."""
    context = client_context(lab, with_cert=with_cert)
    return http.client.HTTPSConnection(lab.server.host, lab.server.port, context=context, timeout=10)


class _TunnelledConnection(http.client.HTTPConnection):
    """HTTP over an already established TLS socket (the tunnel's inside)."""

    def __init__(self, sock: ssl.SSLSocket) -> None:
        super().__init__("sdkTunnel", 8089, timeout=10)
        self.sock = sock

    def connect(self) -> None:
        raise AssertionError("the tunnelled socket is given, never reopened")


def open_tunnel(lab: TlsVcsim, *, with_cert: bool) -> tuple[bytes, _TunnelledConnection]:
    """CONNECT sdkTunnel:8089 on the tunnel port, then TLS inside; return the CONNECT reply head.

    A stalled handshake is tried once more on a new tunnel: govmomi's proxy sends
    the 200 before it hijacks the connection, and a TLS hello that arrives in
    between is read by Go's server and dropped (seen once under load).
    """
    try:
        return _open_tunnel(lab, with_cert=with_cert, handshake_timeout=5)
    except TimeoutError:
        return _open_tunnel(lab, with_cert=with_cert, handshake_timeout=10)


def _open_tunnel(
    lab: TlsVcsim, *, with_cert: bool, handshake_timeout: float
) -> tuple[bytes, _TunnelledConnection]:
    host, port = lab.server.tunnel_address
    raw = socket.create_connection((host, port), timeout=handshake_timeout)
    try:
        raw.sendall(b"CONNECT sdkTunnel:8089 HTTP/1.1\r\nHost: sdkTunnel:8089\r\n\r\n")
        head = b""
        while b"\r\n\r\n" not in head:  # nothing follows the head before our TLS hello
            data = raw.recv(4096)
            assert data, f"tunnel closed after {head!r}"
            head += data
        # Verify the simulator's certificate under its own name: a real
        # vCenter's certificate does not name sdkTunnel either.
        tls = client_context(lab, with_cert=with_cert).wrap_socket(raw, server_hostname=lab.server.host)
    except BaseException:
        raw.close()
        raise
    return head, _TunnelledConnection(tls)


def test_certificate_login_over_tls_creates_a_session_for_the_extension(vcsim_tls: TlsVcsim) -> None:
    conn = direct(vcsim_tls, with_cert=True)
    try:
        reply = call(conn, "/sdk", LOGIN_BY_CERT)
        assert reply.status == 200
        assert reply.session is not None
        assert reply.body.findtext(f"{{{VIM}}}returnval/{{{VIM}}}userName") == EXTENSION_KEY
        assert call(conn, "/sdk", CURRENT_TIME, cookie=reply.session).status == 200
    finally:
        conn.close()


def test_certificate_login_without_a_client_certificate_is_no_client_certificate(vcsim_tls: TlsVcsim) -> None:
    conn = direct(vcsim_tls, with_cert=False)
    try:
        reply = call(conn, "/sdk", LOGIN_BY_CERT)
    finally:
        conn.close()
    assert (reply.status, reply.fault_type()) == (500, "NoClientCertificate")


def test_certificate_login_over_plain_http_is_no_client_certificate(vcsim: VcsimServer) -> None:
    conn = plain(vcsim)
    try:
        reply = call(conn, "/sdk", LOGIN_BY_CERT)
    finally:
        conn.close()
    assert (reply.status, reply.fault_type()) == (500, "NoClientCertificate")


def test_certificate_login_with_a_session_cookie_is_invalid_login(vcsim_tls: TlsVcsim) -> None:
    conn = direct(vcsim_tls, with_cert=True)
    try:
        first = call(conn, "/sdk", LOGIN_BY_CERT)
        assert first.session is not None
        again = call(conn, "/sdk", LOGIN_BY_CERT, cookie=first.session)
    finally:
        conn.close()
    assert (again.status, again.fault_type()) == (500, "InvalidLogin")


def test_certificate_login_through_the_sdk_tunnel_gives_a_session_valid_directly(vcsim_tls: TlsVcsim) -> None:
    head, tunnelled = open_tunnel(vcsim_tls, with_cert=True)
    try:
        assert head.startswith(b"HTTP/1.1 200 ")
        reply = call(tunnelled, "/sdk", LOGIN_BY_CERT, host="sdkTunnel:8089")
    finally:
        tunnelled.close()
    assert reply.status == 200
    assert reply.session is not None
    assert reply.body.findtext(f"{{{VIM}}}returnval/{{{VIM}}}userName") == EXTENSION_KEY
    conn = direct(vcsim_tls, with_cert=False)
    try:
        assert call(conn, "/sdk", CURRENT_TIME, cookie=reply.session).status == 200
    finally:
        conn.close()


def test_certificate_login_through_the_tunnel_without_a_certificate_is_refused(vcsim_tls: TlsVcsim) -> None:
    _head, tunnelled = open_tunnel(vcsim_tls, with_cert=False)
    try:
        reply = call(tunnelled, "/sdk", LOGIN_BY_CERT, host="sdkTunnel:8089")
    finally:
        tunnelled.close()
    assert (reply.status, reply.fault_type()) == (500, "NoClientCertificate")


def test_a_simulator_started_without_tunnel_has_no_tunnel_address(vcsim: VcsimServer) -> None:
    with pytest.raises(RuntimeError, match=r"tunnel=True"):
        _ = vcsim.tunnel_address


def test_tunnel_option_adds_the_launcher_flag() -> None:
    assert "-tunnel" in VcsimOptions(tunnel=True).to_args()
    assert "-tunnel" not in VcsimOptions().to_args()
