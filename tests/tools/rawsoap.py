"""Raw SOAP calls over http.client, for tests of the test tools and of vcsim.

Role:
    The tools' self-tests must not use pyvmomo (they check the ground the
    SDK's own tests stand on), so they speak SOAP by hand: :func:`call` posts
    an envelope on an :class:`http.client.HTTPConnection` (plain, TLS or
    tunnelled) and returns the status, the ``vmware_soap_session`` cookie the
    server set and the first child of the reply's ``soapenv:Body``.  The
    request bodies of the few calls the tests need are constants here.
"""

from __future__ import annotations

import http.client
from dataclasses import dataclass

from lxml import etree

__all__ = [
    "CURRENT_TIME",
    "EXTENSION_KEY",
    "LOGIN",
    "LOGIN_BY_CERT",
    "PBM",
    "PBM_QUERY_PROFILE",
    "PBM_SERVICE_CONTENT",
    "RETRIEVE_SERVICE_CONTENT",
    "SOAPENV",
    "VIM",
    "Reply",
    "call",
    "envelope",
]

SOAPENV = "http://schemas.xmlsoap.org/soap/envelope/"
VIM = "urn:vim25"
PBM = "urn:pbm"
EXTENSION_KEY = "com.example.pyvmomo.test"
LOGIN_BY_CERT = (
    f'<LoginExtensionByCertificate xmlns="{VIM}"><_this type="SessionManager">SessionManager</_this>'
    f"<extensionKey>{EXTENSION_KEY}</extensionKey></LoginExtensionByCertificate>"
)
LOGIN = (
    f'<Login xmlns="{VIM}"><_this type="SessionManager">SessionManager</_this>'
    "<userName>user</userName><password>pass</password></Login>"
)
RETRIEVE_SERVICE_CONTENT = (
    f'<RetrieveServiceContent xmlns="{VIM}"><_this type="ServiceInstance">ServiceInstance</_this>'
    "</RetrieveServiceContent>"
)
CURRENT_TIME = (
    f'<CurrentTime xmlns="{VIM}"><_this type="ServiceInstance">ServiceInstance</_this></CurrentTime>'
)
PBM_SERVICE_CONTENT = (
    f'<PbmRetrieveServiceContent xmlns="{PBM}">'
    '<_this type="PbmServiceInstance">ServiceInstance</_this></PbmRetrieveServiceContent>'
)
PBM_QUERY_PROFILE = (
    f'<PbmQueryProfile xmlns="{PBM}"><_this type="PbmProfileProfileManager">ProfileManager</_this>'
    "<resourceType><resourceType>STORAGE</resourceType></resourceType></PbmQueryProfile>"
)


@dataclass(frozen=True)
class Reply:
    """A SOAP reply: status, Set-Cookie session value and the first Body child."""

    status: int
    session: str | None
    body: etree._Element

    @property
    def name(self) -> str:
        """``{namespace}local`` of the Body's first child."""
        return str(self.body.tag)

    def fault_type(self) -> str | None:
        """The ``xsi:type`` of the fault detail, if this is a fault."""
        detail = self.body.find("detail")
        if detail is None or len(detail) == 0:
            return None
        return detail[0].get("{http://www.w3.org/2001/XMLSchema-instance}type")


def envelope(inner: str, header: str = "") -> bytes:
    """A SOAP 1.1 request envelope around ``inner``."""
    head = f"<soapenv:Header>{header}</soapenv:Header>" if header else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="{SOAPENV}">'
        f"{head}<soapenv:Body>{inner}</soapenv:Body></soapenv:Envelope>"
    ).encode()


def call(
    conn: http.client.HTTPConnection,
    path: str,
    inner: str,
    *,
    cookie: str | None = None,
    host: str | None = None,
    header: str = "",
) -> Reply:
    """POST one SOAP call on ``conn`` and parse the reply."""
    headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:vim25/7.0.3.0"'}
    if cookie is not None:
        headers["Cookie"] = f"vmware_soap_session={cookie}"
    if host is not None:
        headers["Host"] = host
    conn.request("POST", path, envelope(inner, header), headers)
    response = conn.getresponse()
    data = response.read()
    session = None
    for value in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = value.partition("=")
        if name.strip() == "vmware_soap_session":
            session = rest.split(";", 1)[0].strip('"')
    body = etree.fromstring(data).find(f"{{{SOAPENV}}}Body")
    assert body is not None and len(body) == 1, data
    return Reply(response.status, session, body[0])
