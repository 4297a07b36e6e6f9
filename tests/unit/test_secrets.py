"""Secrets never reach logs (DEBUG wire logging included), reprs or exception messages.

The main test runs a whole session against vcsim at DEBUG, with
``http.client``'s own debug printing switched on and captured, and searches
everything captured for sentinel values: the password, every session cookie,
a clone ticket, and members the catalogue flags secret
(``HostConnectSpec.password``, ``NamePasswordAuthentication.password``,
``CustomizationPassword.value``). A control step first proves the capture
works: plain ``requests`` does print the password under the same settings.
"""

from __future__ import annotations

import http.client
import logging
from collections.abc import Callable
from typing import Any

import pytest
import requests

import pyvmomo
from pyvmomo._registry import Registry
from pyvmomo._secrets import WireMasker
from pyvmomo._transport import Transport
from pyvmomo.vim25 import (
    CustomizationFixedName,
    CustomizationGlobalIPSettings,
    CustomizationGuiUnattended,
    CustomizationIdentification,
    CustomizationPassword,
    CustomizationSpec,
    CustomizationSysprep,
    CustomizationUserData,
    Folder,
    GuestProcessManager,
    HostConnectSpec,
    InvalidLogin,
    NamePasswordAuthentication,
    SessionManager,
    UserSession,
    VirtualMachine,
)
from tests.integration.sessions_support import USER, service_instance
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimFactory

PASSWORD = "Sentinel-Password-7d41"
WRONG_PASSWORD = "Sentinel-Wrong-Password-2b90"
HOST_PASSWORD = "Sentinel-Host-Password-5c17"
GUEST_PASSWORD = "Sentinel-Guest-Password-e803"
CUSTOMIZATION_PASSWORD = "Sentinel-Customization-9a66"
NUMERIC_PASSWORD = 73519046287  # a password of the wrong type: quoted by the encoder's error
CONTROL_PASSWORD = "Sentinel-Control-Only-11aa"


def login_envelope(password: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope '
        'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
        '<Login xmlns="urn:vim25"><_this type="SessionManager">SessionManager</_this>'
        f"<userName>{USER}</userName><password>{password}</password></Login>"
        "</soapenv:Body></soapenv:Envelope>"
    ).encode()


def customization(value: str) -> CustomizationSpec:
    return CustomizationSpec(
        globalIPSettings=CustomizationGlobalIPSettings(),
        identity=CustomizationSysprep(
            guiUnattended=CustomizationGuiUnattended(
                password=CustomizationPassword(value=value, plainText=True),
                timeZone=85,
                autoLogon=False,
                autoLogonCount=0,
            ),
            userData=CustomizationUserData(
                fullName="a", orgName="b", computerName=CustomizationFixedName(name="c"), productId=""
            ),
            identification=CustomizationIdentification(),
        ),
    )


@pytest.mark.integration
def test_a_full_session_at_debug_shows_no_secret_anywhere(
    vcsim_factory: VcsimFactory,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = vcsim_factory(username=USER, password=PASSWORD)
    monkeypatch.setattr(http.client.HTTPConnection, "debuglevel", 1)
    caplog.set_level(logging.DEBUG)

    # Control: the capture does see what http.client prints for a plain requests call.
    requests.post(server.url, data=login_envelope(CONTROL_PASSWORD), timeout=10)
    control = capfd.readouterr()
    assert CONTROL_PASSWORD in control.out and "send: b'POST /sdk" in control.out
    caplog.clear()

    seen: list[Any] = []  # every object and exception whose repr and str must be clean
    cookies: list[str] = []
    with FaultProxy(server.url) as proxy:
        client = pyvmomo.connect(proxy.url, USER, PASSWORD)
        cookies.append(client.session_cookie or "")
        si = service_instance(client)
        si.CurrentTime()
        manager = client.content.sessionManager
        assert isinstance(manager, SessionManager)
        ticket = manager.AcquireCloneTicket()
        second = pyvmomo.connect(proxy.url, clone_ticket=ticket)
        cookies.append(second.session_cookie or "")
        service_instance(second).CurrentTime()
        seen += [second, second.session, second.transport]
        second.close()

        proxy.inject("AcquireCloneTicket", "truncate")  # an unreadable reply holding a ticket
        with pytest.raises(pyvmomo.OutcomeUnknown) as unknown:
            manager.AcquireCloneTicket()
        seen.append(unknown.value)

        admin = pyvmomo.connect(server.url, USER, PASSWORD)
        cookies.append(admin.session_cookie or "")
        assert client.session is not None and admin.content.sessionManager is not None
        admin.content.sessionManager.TerminateSession(sessionId=[client.session.key])
        si.CurrentTime()  # re-login: the password is sent again
        cookies.append(client.session_cookie or "")
        assert client.transport.session.generation == 2

        host = HostConnectSpec(hostName="h", userName="root", password=HOST_PASSWORD, force=True)
        guest = NamePasswordAuthentication(username="root", password=GUEST_PASSWORD, interactiveSession=False)
        spec = customization(CUSTOMIZATION_PASSWORD)
        seen += [host, guest, spec]
        calls: list[Callable[[], object]] = [
            lambda: client.ref(Folder, "group-none").AddStandaloneHost_Task(spec=host, addConnected=True),
            lambda: client.ref(GuestProcessManager, "none").ListProcessesInGuest(
                vm=client.ref(VirtualMachine, "vm-none"), auth=guest
            ),
            lambda: client.ref(VirtualMachine, "vm-none").CustomizeVM_Task(spec=spec),
            lambda: manager.Login(userName=USER, password=NUMERIC_PASSWORD),  # type: ignore[arg-type]
            lambda: pyvmomo.connect(proxy.url, USER, WRONG_PASSWORD),
        ]
        for call in calls:
            with pytest.raises(pyvmomo.PyvmomoError) as failure:
                call()
            seen.append(failure.value)
        assert isinstance(seen[-1], InvalidLogin) and isinstance(seen[-2], pyvmomo.ArgumentError)
        seen += [client, client.session, client.transport, client.transport.session]
        client.close()
        admin.close()

    captured = capfd.readouterr()
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    texts = "\n".join(f"{x!r}\n{x}" for x in seen)
    everything = "\n".join([captured.out, captured.err, logs, texts])
    secrets = [
        PASSWORD,
        WRONG_PASSWORD,
        HOST_PASSWORD,
        GUEST_PASSWORD,
        CUSTOMIZATION_PASSWORD,
        str(NUMERIC_PASSWORD),
        ticket,
        *cookies,
    ]
    assert all(secrets) and len(set(cookies)) == 4
    leaks = [secret for secret in secrets if secret in everything]
    assert leaks == []
    # The search is not vacuous: the wire log is on and shows where each secret was masked.
    for masked in (
        "<password>***</password>",  # Login, NamePasswordAuthentication, HostConnectSpec
        "<cloneTicket>***</cloneTicket>",
        "<returnval>***</returnval>",  # AcquireCloneTicket
        "<key>***</key>",  # UserSession.key, which is vcsim's cookie
        "<sessionId>***</sessionId>",
        "<value>***</value>",  # CustomizationPassword
        "not XML: not shown",  # the truncated ticket reply
    ):
        assert masked in logs, masked
    assert "<userName>admin</userName>" in logs
    assert "send: b'POST" not in captured.out  # pyvmomo's connections print nothing


def test_the_masker_follows_xsi_type_into_subtypes_and_arrays() -> None:
    registry = Registry()
    transport = Transport("https://vc.example.com/sdk", registry=registry)
    masker = WireMasker(registry)
    op = registry.operation("RetrievePropertiesEx")
    assert op is not None
    reply = (
        b'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>'
        b'<RetrievePropertiesExResponse xmlns="urn:vim25"><returnval><objects>'
        b'<obj type="SessionManager">SessionManager</obj>'
        b'<propSet><name>sessionList</name><val xsi:type="ArrayOfUserSession">'
        b"<UserSession><key>KEY-ONE</key><userName>u</userName></UserSession>"
        b"<UserSession><key>KEY-TWO</key><userName>v</userName></UserSession></val></propSet>"
        b'<propSet><name>x</name><val xsi:type="NamePasswordAuthentication">'
        b"<interactiveSession>false</interactiveSession><username>u</username>"
        b"<password>PW-IN-ANYTYPE</password></val></propSet>"
        b"</objects></returnval></RetrievePropertiesExResponse></soapenv:Body></soapenv:Envelope>"
    )
    text = masker.reply(reply, op, cookie=None)
    assert "KEY-ONE" not in text and "KEY-TWO" not in text and "PW-IN-ANYTYPE" not in text
    assert text.count("***") == 3 and "<userName>v</userName>" in text
    assert masker.reply(reply[:50], op, cookie=None) == "<50 bytes, not XML: not shown>"
    assert "COOKIE-VALUE" not in masker.reply(
        reply.replace(b"<name>x", b"<name>COOKIE-VALUE"), op, "COOKIE-VALUE"
    )
    transport.close()


def test_reprs_mask_catalogue_secrets_and_session_keys() -> None:
    Transport("https://vc.example.com/sdk", registry=Registry())  # marks session keys secret
    assert "hunter2" not in repr(HostConnectSpec(force=True, password="hunter2"))
    assert "hunter2" not in repr(CustomizationPassword(value="hunter2", plainText=True))
    session = UserSession.__new__(UserSession)
    for field in UserSession._fields_:
        setattr(session, field.name, None)
    session.key = "cookie-like-key"
    assert "cookie-like-key" not in repr(session) and "key='***'" in repr(session)


def test_a_transport_error_keeps_no_plaintext_request_in_its_cause_chain() -> None:
    # Error reporters walk __cause__ and frame locals; requests' exception holds the body.
    import socket

    with socket.socket() as probe:  # a port nobody listens on: the connection is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    transport = Transport(
        f"http://127.0.0.1:{port}/sdk", registry=Registry(), retry=pyvmomo.RetryPolicy.never()
    )
    login = transport.registry.operation("Login")
    assert login is not None
    manager = transport.decoder.reference_value("SessionManager", "SessionManager")
    with pytest.raises(pyvmomo.ConnectionFailed) as info:
        transport.invoke(manager, login, ("root", "hunter2-sentinel", None))
    cause: BaseException | None = info.value
    while cause is not None:
        assert getattr(cause, "request", None) is None
        assert cause.__traceback__ is None or cause is info.value
        assert "hunter2-sentinel" not in repr(cause.args)
        cause = cause.__cause__
