"""Prove the vcsim fixtures work, with hand-written SOAP over plain urllib.

These deliberately avoid pyvmomo itself so that a failure here points at the
simulator set-up, not at the SDK.
"""

from __future__ import annotations

import http.cookiejar
import ssl
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.vcsim import VcsimFactory, VcsimServer, make_tls_cert, sha256_thumbprint

pytestmark = pytest.mark.integration

_ENVELOPE = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"'
    ' xmlns:xsd="http://www.w3.org/2001/XMLSchema"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<soapenv:Body>{body}</soapenv:Body></soapenv:Envelope>"
)
_RETRIEVE_SERVICE_CONTENT = (
    '<RetrieveServiceContent xmlns="urn:vim25">'
    '<_this type="ServiceInstance">ServiceInstance</_this></RetrieveServiceContent>'
)
_CURRENT_TIME = (
    '<CurrentTime xmlns="urn:vim25"><_this type="ServiceInstance">ServiceInstance</_this></CurrentTime>'
)


def _login(user: str, password: str) -> str:
    # "SessionManager" is the VPX model's moref; ESX uses "ha-sessionmgr".
    return (
        '<Login xmlns="urn:vim25"><_this type="SessionManager">SessionManager</_this>'
        f"<userName>{user}</userName><password>{password}</password></Login>"
    )


class Soap:
    """A minimal SOAP client keeping the session cookie, like a real SDK."""

    def __init__(self, server: VcsimServer) -> None:
        self.url = server.url
        handlers: list[urllib.request.BaseHandler] = [
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        ]
        context = server.ssl_context()
        if context is not None:
            handlers.append(urllib.request.HTTPSHandler(context=context))
        self.opener = urllib.request.build_opener(*handlers)

    def call(self, body: str) -> tuple[int, str]:
        """POST one SOAP body; return the HTTP status and response text."""
        request = urllib.request.Request(
            self.url,
            data=_ENVELOPE.format(body=body).encode(),
            headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:vim25/6.5"'},
            method="POST",
        )
        try:
            with self.opener.open(request, timeout=10) as resp:
                return int(resp.status), resp.read().decode()
        except urllib.error.HTTPError as err:  # SOAP faults come back as HTTP 500
            with err:
                return err.code, err.read().decode()


def test_service_versions(vcsim: VcsimServer) -> None:
    assert vcsim.url == f"http://{vcsim.host}:{vcsim.port}/sdk"
    assert vcsim.base_url == f"http://{vcsim.host}:{vcsim.port}"
    with urllib.request.urlopen(f"{vcsim.base_url}/sdk/vimServiceVersions.xml", timeout=10) as r:
        root = ET.fromstring(r.read())
    namespace = root.find("namespace")
    assert namespace is not None
    assert namespace.findtext("name") == "urn:vim25"
    assert namespace.findtext("version") == "6.5"


def test_retrieve_service_content(vcsim: VcsimServer) -> None:
    status, text = Soap(vcsim).call(_RETRIEVE_SERVICE_CONTENT)
    assert status == 200, text
    assert "<about>" in text
    assert "<apiType>VirtualCenter</apiType>" in text


def test_esx_model(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(model="esx", vms=0)
    status, text = Soap(server).call(_RETRIEVE_SERVICE_CONTENT)
    assert status == 200, text
    assert "<apiType>HostAgent</apiType>" in text


def test_tls_with_own_certificate(vcsim_factory: VcsimFactory, tmp_path: Path) -> None:
    cert, key = make_tls_cert(tmp_path)
    server = vcsim_factory(tls_cert=cert, tls_key=key)
    assert server.url.startswith("https://")
    context = ssl.create_default_context(cafile=str(cert))
    with urllib.request.urlopen(
        f"{server.base_url}/sdk/vimServiceVersions.xml", timeout=10, context=context
    ) as resp:
        assert resp.status == 200
    # The server presents exactly our certificate...
    presented = ssl.get_server_certificate((server.host, server.port))
    (tmp_path / "presented.pem").write_text(presented)
    assert sha256_thumbprint(tmp_path / "presented.pem") == sha256_thumbprint(cert)
    # ...and it is not trusted by default.
    with pytest.raises(urllib.error.URLError) as info:
        urllib.request.urlopen(server.url, timeout=10, context=ssl.create_default_context())
    assert isinstance(info.value.reason, ssl.SSLCertVerificationError)


def test_username_password(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(username="alice", password="s3cret")
    soap = Soap(server)
    status, text = soap.call(_login("alice", "wrong"))
    assert status == 500
    assert "InvalidLogin" in text
    status, text = soap.call(_login("alice", "s3cret"))
    assert status == 200, text
    assert "<userName>alice</userName>" in text


def test_idle_timeout_expires_session(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(idle_timeout_s=1)
    soap = Soap(server)
    assert soap.call(_login("user", "pass"))[0] == 200
    status, text = soap.call(_CURRENT_TIME)
    assert status == 200, text
    # Expiry is polled every timeout period: gone 1-2 s after the last call.
    time.sleep(2.5)
    status, text = soap.call(_CURRENT_TIME)
    assert status == 500
    assert "NotAuthenticated" in text


def test_method_delay(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(method_delay={"CurrentTime": 300})
    soap = Soap(server)
    # The simulator rejects unauthenticated CurrentTime before any delay.
    assert soap.call(_login("user", "pass"))[0] == 200
    started = time.monotonic()
    status, text = soap.call(_CURRENT_TIME)
    elapsed = time.monotonic() - started
    assert status == 200, text
    assert elapsed >= 0.29
