"""Guest files against a scripted server: vcsim runs guest operations only in Docker, not here.

FakeVSphere answers GuestFileManager's two calls with one-use URLs on a
local HTTPS "ESXi host" whose certificate the fake reports as the VM host's
``summary.config.sslThumbprint``; the test asserts what reached each side.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import ssl
import threading
from collections.abc import Iterator
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from lxml import etree

import pyvmomo
from pyvmomo.vim25 import VirtualMachine
from tests.tools.fakevsphere import FakeVSphere, HandlerResult, moref_xml, soap_response
from tests.vcsim import make_tls_cert

PASSWORD = "guest-s3cret-Pa55"
VIM = "urn:vim25"


class HostFiles(ThreadingHTTPServer):
    """The ESXi host's file transfer endpoint: PUT stores, GET returns; records request headers."""

    def __init__(self, cert: Path, key: Path) -> None:
        super().__init__(("127.0.0.1", 0), _HostHandler)
        self.files: dict[str, bytes] = {}
        self.headers_seen: list[Message] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.thumbprint_sha1 = hashlib.sha1(ssl.PEM_cert_to_DER_cert(cert.read_text())).hexdigest()

    @property
    def base(self) -> str:
        return f"https://localhost:{self.server_address[1]}"


class _HostHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HostFiles

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_PUT(self) -> None:
        self.server.headers_seen.append(self.headers)
        self.server.files[self.path] = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.server.headers_seen.append(self.headers)
        data = self.server.files.get(self.path.replace("/guestFile/out", "/guestFile/in"), b"")
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def host(tmp_path: Path) -> Iterator[HostFiles]:
    cert, key = make_tls_cert(tmp_path)
    server = HostFiles(cert, key)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _properties(values: dict[tuple[str, str], str]) -> object:
    """A RetrievePropertiesEx handler answering ``(moref value, path)`` from ``values`` (inner XML)."""

    def handle(operation: etree._Element, headers: Message) -> HandlerResult:
        obj = operation.find(f".//{{{VIM}}}objectSet/{{{VIM}}}obj")
        assert obj is not None
        paths = [p.text or "" for p in operation.iter(f"{{{VIM}}}pathSet")]
        props = "".join(
            f"<propSet><name>{path}</name>{values[(obj.text or '', path)]}</propSet>" for path in paths
        )
        kind = obj.get("type")
        inner = f'<objects><obj type="{kind}">{obj.text}</obj>{props}</objects>'
        return 200, soap_response("RetrievePropertiesEx", inner)

    return handle


@pytest.fixture
def fake(host: HostFiles) -> Iterator[FakeVSphere]:
    with FakeVSphere() as server:
        original = server._retrieve_service_content

        def content(operation: etree._Element, headers: Message) -> HandlerResult:
            status, body = original(operation, headers)[:2]
            extra = moref_xml("guestOperationsManager", "GuestOperationsManager", "guestOperationsManager")
            return status, body.replace("</returnval>", extra + "</returnval>")

        server.on("RetrieveServiceContent", content)
        server.on(
            "RetrievePropertiesEx",
            _properties(  # type: ignore[arg-type]
                {
                    ("guestOperationsManager", "fileManager"): '<val type="GuestFileManager" '
                    'xsi:type="ManagedObjectReference">guestOperationsFileManager</val>',
                    (
                        "vm-7",
                        "runtime.host",
                    ): '<val type="HostSystem" xsi:type="ManagedObjectReference">host-9</val>',
                    (
                        "host-9",
                        "summary.config.sslThumbprint",
                    ): f'<val xsi:type="xsd:string">{host.thumbprint_sha1}</val>',
                }
            ),
        )
        server.on(
            "InitiateFileTransferToGuest",
            lambda op, h: (
                200,
                soap_response("InitiateFileTransferToGuest", f"{host.base}/guestFile/in?id=1&amp;token=t"),
            ),
        )
        server.on(
            "InitiateFileTransferFromGuest",
            lambda op, h: (
                200,
                soap_response(
                    "InitiateFileTransferFromGuest",
                    '<attributes xsi:type="GuestFileAttributes"></attributes><size>'
                    f"{len(next(iter(host.files.values()), b''))}</size>"
                    f"<url>{host.base}/guestFile/out?id=1&amp;token=t</url>",
                ),
            ),
        )
        yield server


def test_a_file_copied_into_a_guest_and_back_is_the_same_and_the_session_stays_home(
    fake: FakeVSphere, host: HostFiles, caplog: pytest.LogCaptureFixture
) -> None:
    data = os.urandom(300_000)
    with caplog.at_level(logging.DEBUG, logger="pyvmomo"), pyvmomo.connect(fake.url, "u", "p") as client:
        vm = client.ref(VirtualMachine, "vm-7")
        done: list[int] = []
        client.guest_files.upload(
            vm,
            io.BytesIO(data),
            "/tmp/in.bin",
            username="root",
            password=PASSWORD,
            on_progress=lambda d, t: done.append(d),
        )
        out = io.BytesIO()
        assert client.guest_files.download(vm, "/tmp/in.bin", out, username="root", password=PASSWORD) == len(
            data
        )
    assert out.getvalue() == data and done[-1] == len(data)
    assert host.files["/guestFile/in?id=1&token=t"] == data
    assert all(h.get("Cookie") is None for h in host.headers_seen)  # the ticket is in the URL
    methods = fake.soap_methods()
    assert "InitiateFileTransferToGuest" in methods and "InitiateFileTransferFromGuest" in methods
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "InitiateFileTransferToGuest" in logged and PASSWORD not in logged


def test_a_host_whose_certificate_is_not_the_reported_one_is_refused(
    fake: FakeVSphere, host: HostFiles, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    other_cert, _ = make_tls_cert(tmp_path / "other")
    host.thumbprint_sha1 = hashlib.sha1(ssl.PEM_cert_to_DER_cert(other_cert.read_text())).hexdigest()
    fake.on(
        "RetrievePropertiesEx",
        _properties(  # type: ignore[arg-type]
            {
                ("guestOperationsManager", "fileManager"): '<val type="GuestFileManager" '
                'xsi:type="ManagedObjectReference">guestOperationsFileManager</val>',
                (
                    "vm-7",
                    "runtime.host",
                ): '<val type="HostSystem" xsi:type="ManagedObjectReference">host-9</val>',
                (
                    "host-9",
                    "summary.config.sslThumbprint",
                ): f'<val xsi:type="xsd:string">{host.thumbprint_sha1}</val>',
            }
        ),
    )
    with pyvmomo.connect(fake.url, "u", "p", retry=pyvmomo.RetryPolicy.never()) as client:
        vm = client.ref(VirtualMachine, "vm-7")
        with pytest.raises(pyvmomo.TlsError, match="thumbprint mismatch: certificate is sha1:"):
            client.guest_files.upload(vm, io.BytesIO(b"x"), "/tmp/x", username="root", password=PASSWORD)
    assert host.files == {}
