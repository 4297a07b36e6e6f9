"""OVF deploy against a scripted server: the device URL on another host, its thumbprint, lease states.

A real vCenter hands out device URLs on the ESXi host that holds the disk,
with that host's SHA-1 thumbprint; vcsim always writes ``https://*/...``.
Here FakeVSphere answers the deploy's SOAP calls and the device URL points at
a local HTTPS "ESXi host" with a fresh certificate, so the tests show what
reached each side: the disk bytes and no session cookie on the host, a
certificate with another thumbprint refused, the lease aborted.
"""

from __future__ import annotations

import hashlib
import os
import ssl
import threading
import time
from collections.abc import Iterator
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from lxml import etree

import pyvmomo
from pyvmomo.ovf import _LeaseKeeper
from pyvmomo.vim25 import Datastore, HttpNfcLease, ResourcePool, VirtualMachine
from tests.tools import ovf_package
from tests.tools.fakevsphere import (
    FakeVSphere,
    Handler,
    HandlerResult,
    moref_xml,
    soap_envelope,
    soap_response,
)
from tests.vcsim import make_tls_cert

VIM = "urn:vim25"
DISK = os.urandom(300_000)


class NfcHost(ThreadingHTTPServer):
    """An ESXi host's NFC endpoint over TLS: takes uploads, records what came."""

    def __init__(self, cert: Path, key: Path) -> None:
        super().__init__(("127.0.0.1", 0), _NfcHandler)
        self.received: list[tuple[str, str, Message, bytes]] = []
        self.files: dict[str, bytes] = {}  # served to GET
        self.cut_get_after: int | None = None  # announce the whole file, send this much, close
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.sha1 = hashlib.sha1(ssl.PEM_cert_to_DER_cert(cert.read_text())).hexdigest()

    @property
    def base(self) -> str:
        return f"https://localhost:{self.server_address[1]}"


class _NfcHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: NfcHost

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((self.command, self.path, self.headers, body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST

    def do_GET(self) -> None:
        self.server.received.append((self.command, self.path, self.headers, b""))
        data = self.server.files[self.path]
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: self.server.cut_get_after])
        self.close_connection = self.server.cut_get_after is not None


@pytest.fixture
def host(tmp_path: Path) -> Iterator[NfcHost]:
    cert, key = make_tls_cert(tmp_path)
    server = NfcHost(cert, key)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def colons(sha1: str) -> str:
    """``ab12...`` -> ``AB:12:...``, as vSphere writes thumbprints."""
    return ":".join(sha1[i : i + 2] for i in range(0, len(sha1), 2)).upper()


class Lease:
    """The scripted lease: its state, fault and device URL."""

    def __init__(self, url: str, thumbprint: str) -> None:
        self.state = "ready"
        self.url = url
        self.thumbprint = thumbprint
        self.waits = 0

    def wait_for_updates(self, operation: etree._Element, headers: Message) -> HandlerResult:
        """The first wait reports the state as it is, the next one the lease ready."""
        self.waits += 1
        if self.waits > 1:
            self.state = "ready"
        change = (
            "<changeSet><name>state</name><op>assign</op>"
            f'<val xsi:type="HttpNfcLeaseState">{self.state}</val></changeSet>'
        )
        inner = (
            f"<version>{self.waits}</version><filterSet>"
            + moref_xml("filter", "PropertyFilter", "filter-1")
            + "<objectSet><kind>modify</kind>"
            + moref_xml("obj", "HttpNfcLease", "lease-1")
            + f"{change}</objectSet></filterSet>"
        )
        return 200, soap_response("WaitForUpdatesEx", inner)

    def properties(self, operation: etree._Element, headers: Message) -> HandlerResult:
        paths = [p.text or "" for p in operation.iter(f"{{{VIM}}}pathSet")]
        values = {
            "state": f'<val xsi:type="HttpNfcLeaseState">{self.state}</val>',
            "info": (
                '<val xsi:type="HttpNfcLeaseInfo">'
                + moref_xml("lease", "HttpNfcLease", "lease-1")
                + moref_xml("entity", "VirtualMachine", "vm-9")
                + "<deviceUrl><key>/vm-9/disk:0</key><importKey>/tiny/disk:0</importKey>"
                f"<url>{self.url}</url><sslThumbprint>{self.thumbprint}</sslThumbprint>"
                "<disk>true</disk><targetId>disk-0.vmdk</targetId></deviceUrl>"
                "<totalDiskCapacityInKB>1024</totalDiskCapacityInKB><leaseTimeout>300</leaseTimeout></val>"
            ),
        }
        if self.state == "error":
            values["error"] = (
                '<val xsi:type="LocalizedMethodFault"><fault xsi:type="NoDiskSpace">'
                "<datastore>LocalDS_0</datastore></fault>"
                "<localizedMessage>no space</localizedMessage></val>"
            )
        props = "".join(f"<propSet><name>{p}</name>{values[p]}</propSet>" for p in paths if p in values)
        inner = f'<objects><obj type="HttpNfcLease">lease-1</obj>{props}</objects>'
        return 200, soap_response("RetrievePropertiesEx", inner)


IMPORT_SPEC = (
    '<importSpec xsi:type="VirtualMachineImportSpec"><configSpec><name>tiny</name></configSpec></importSpec>'
    f"<fileItem><deviceId>/tiny/disk:0</deviceId><path>{ovf_package.DISK}</path><size>{len(DISK)}</size>"
    "<cimType>17</cimType><create>false</create></fileItem>"
)


@pytest.fixture
def lease(host: NfcHost) -> Lease:
    return Lease(f"{host.base}/nfc/ticket-1/disk-0.vmdk", colons(host.sha1))


def void(method: str) -> Handler:
    return lambda op, h: (200, soap_response(method))


def moref(method: str, kind: str, value: str) -> Handler:
    returnval = f'<returnval type="{kind}">{value}</returnval>'
    return lambda op, h: (
        200,
        soap_envelope(f'<{method}Response xmlns="{VIM}">{returnval}</{method}Response>'),
    )


@pytest.fixture
def fake(lease: Lease) -> Iterator[FakeVSphere]:
    with FakeVSphere() as server:
        original = server._retrieve_service_content

        def content(operation: etree._Element, headers: Message) -> HandlerResult:
            status, body = original(operation, headers)[:2]
            extra = moref_xml("ovfManager", "OvfManager", "OvfManager")
            return status, body.replace("</returnval>", extra + "</returnval>")

        server.on("RetrieveServiceContent", content)
        server.on("CreateImportSpec", lambda op, h: (200, soap_response("CreateImportSpec", IMPORT_SPEC)))
        lease_ref = '<returnval type="HttpNfcLease">lease-1</returnval>'
        server.on(
            "ImportVApp",
            lambda op, h: (
                200,
                soap_envelope(f'<ImportVAppResponse xmlns="{VIM}">{lease_ref}</ImportVAppResponse>'),
            ),
        )
        server.on("RetrievePropertiesEx", lease.properties)
        server.on("WaitForUpdatesEx", lease.wait_for_updates)
        server.on(
            "CreatePropertyCollector", moref("CreatePropertyCollector", "PropertyCollector", "collector-1")
        )
        server.on("CreateFilter", moref("CreateFilter", "PropertyFilter", "filter-1"))
        server.on("DestroyPropertyCollector", void("DestroyPropertyCollector"))
        for method in ("HttpNfcLeaseProgress", "HttpNfcLeaseComplete", "HttpNfcLeaseAbort"):
            server.on(method, void(method))
        yield server


@pytest.fixture
def client(fake: FakeVSphere) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(fake.url, "user", "pass") as c:
        yield c


def deploy(client: pyvmomo.Client, tmp_path: Path) -> object:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", DISK)
    return client.ovf.deploy(
        ova,
        name="tiny",
        datastore=client.ref(Datastore, "datastore-1"),
        resource_pool=client.ref(ResourcePool, "resgroup-1"),
    )


def lease_calls(fake: FakeVSphere) -> list[str]:
    return [m for m in fake.soap_methods() if m and (m.startswith("HttpNfc") or m == "ImportVApp")]


def test_a_disk_goes_to_the_host_the_lease_names_verified_by_its_thumbprint_without_the_session(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, tmp_path: Path
) -> None:
    vm = deploy(client, tmp_path)
    assert repr(vm) == "VirtualMachine:vm-9"
    ((method, path, headers, body),) = host.received
    assert (method, path, body == DISK) == ("POST", "/nfc/ticket-1/disk-0.vmdk", True)
    assert headers["Cookie"] is None  # the session stays with the vCenter
    assert headers["Content-Type"] == "application/x-vnd.vmware-streamVmdk"
    assert lease_calls(fake)[0] == "ImportVApp" and lease_calls(fake)[-2:] == [
        "HttpNfcLeaseProgress",
        "HttpNfcLeaseComplete",
    ]


def test_a_host_whose_certificate_has_another_thumbprint_is_refused_and_the_lease_aborted(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, lease: Lease, tmp_path: Path
) -> None:
    lease.thumbprint = colons(hashlib.sha1(b"another certificate").hexdigest())
    with pytest.raises(pyvmomo.TlsError, match=r"TLS verification failed for POST https://localhost:"):
        deploy(client, tmp_path)
    assert host.received == []
    assert lease_calls(fake) == ["ImportVApp", "HttpNfcLeaseAbort"]
    (abort,) = [r for r in fake.requests if r.soap_method == "HttpNfcLeaseAbort"]
    assert b"pyvmomo aborted the transfer: TlsError: TLS verification failed" in abort.body


def test_a_lease_in_error_raises_its_fault_and_uploads_nothing(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, lease: Lease, tmp_path: Path
) -> None:
    lease.state = "error"
    with pytest.raises(pyvmomo.ServerFault) as info:
        deploy(client, tmp_path)
    assert type(info.value).__name__ == "NoDiskSpace"
    assert host.received == []
    assert lease_calls(fake) == ["ImportVApp", "HttpNfcLeaseAbort"]


def test_a_lease_still_initializing_is_waited_for_with_updates_not_polls(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, lease: Lease, tmp_path: Path
) -> None:
    lease.state = "initializing"
    deploy(client, tmp_path)
    assert len(host.received) == 1 and lease.waits == 2
    methods = fake.soap_methods()
    assert methods.count("RetrievePropertiesEx") == 2  # the state once, then state, error and info
    assert methods.index("WaitForUpdatesEx") < methods.index("HttpNfcLeaseComplete")


def test_a_compressed_disk_is_refused_before_import(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, tmp_path: Path
) -> None:
    compressed = IMPORT_SPEC.replace("</path>", "</path><compressionMethod>gzip</compressionMethod>")
    fake.on("CreateImportSpec", lambda op, h: (200, soap_response("CreateImportSpec", compressed)))
    with pytest.raises(pyvmomo.OvfError, match=r"holds tiny-disk1.vmdk compressed \(gzip\) or in chunks"):
        deploy(client, tmp_path)
    assert "ImportVApp" not in fake.soap_methods() and host.received == []


def test_the_lease_keeper_reports_progress_on_its_own_until_stopped(
    client: pyvmomo.Client, fake: FakeVSphere
) -> None:
    lease = client.ref(HttpNfcLease, "lease-1")
    with _LeaseKeeper(lease, interval=0.01) as keeper:
        keeper.percent = 42
        ended = time.monotonic() + 5  # bounded wait on the keeper's own timer
        while lease_calls(fake).count("HttpNfcLeaseProgress") < 2 and time.monotonic() < ended:
            time.sleep(0.01)
    sent = len(lease_calls(fake))
    assert sent >= 2 and set(lease_calls(fake)) == {"HttpNfcLeaseProgress"}
    assert b"<percent>42</percent>" in fake.requests[-1].body
    time.sleep(0.05)
    assert len(lease_calls(fake)) == sent  # stopped with the block


# -- export: govmomi 0.24's simulator has no ExportVm -----------------------------------------


class ExportScript:
    """ExportVm, its lease and CreateDescriptor, answered for ``vm-9`` named ``web``."""

    def __init__(self, host: NfcHost) -> None:
        self.url = f"{host.base}/nfc/ticket-2/disk-0.vmdk"
        self.thumbprint = colons(host.sha1)
        self.descriptor_files: list[tuple[str, str, str]] = []  # what CreateDescriptor was given

    def properties(self, operation: etree._Element, headers: Message) -> HandlerResult:
        obj = operation.find(f".//{{{VIM}}}objectSet/{{{VIM}}}obj")
        assert obj is not None
        paths = [p.text or "" for p in operation.iter(f"{{{VIM}}}pathSet")]
        values = {
            "name": "<val xsi:type='xsd:string'>web</val>",
            "state": '<val xsi:type="HttpNfcLeaseState">ready</val>',
            "info": (
                '<val xsi:type="HttpNfcLeaseInfo">'
                + moref_xml("lease", "HttpNfcLease", "lease-2")
                + moref_xml("entity", "VirtualMachine", "vm-9")
                + "<deviceUrl><key>/vm-9/VirtualLsiLogicController0:0</key><importKey>/web/disk:0</importKey>"
                f"<url>{self.url}</url><sslThumbprint>{self.thumbprint}</sslThumbprint>"
                "<disk>true</disk><targetId>disk-0.vmdk</targetId></deviceUrl>"
                "<totalDiskCapacityInKB>1024</totalDiskCapacityInKB><leaseTimeout>300</leaseTimeout></val>"
            ),
        }
        props = "".join(f"<propSet><name>{p}</name>{values[p]}</propSet>" for p in paths if p in values)
        inner = f'<objects><obj type="{obj.get("type")}">{obj.text}</obj>{props}</objects>'
        return 200, soap_response("RetrievePropertiesEx", inner)

    def create_descriptor(self, operation: etree._Element, headers: Message) -> HandlerResult:
        for item in operation.iter(f"{{{VIM}}}ovfFiles"):
            self.descriptor_files.append(
                tuple(item.findtext(f"{{{VIM}}}{n}") or "" for n in ("deviceId", "path", "size"))  # type: ignore[arg-type]
            )
        text = "&lt;Envelope&gt;" + "".join(f"&lt;File href='{f[1]}'/&gt;" for f in self.descriptor_files)
        body = f"<ovfDescriptor>{text}&lt;/Envelope&gt;</ovfDescriptor>"
        return 200, soap_response("CreateDescriptor", body)


@pytest.fixture
def export(fake: FakeVSphere, host: NfcHost) -> ExportScript:
    script = ExportScript(host)
    host.files["/nfc/ticket-2/disk-0.vmdk"] = DISK
    lease_ref = '<returnval type="HttpNfcLease">lease-2</returnval>'
    fake.on(
        "ExportVm",
        lambda op, h: (200, soap_envelope(f'<ExportVmResponse xmlns="{VIM}">{lease_ref}</ExportVmResponse>')),
    )
    fake.on("RetrievePropertiesEx", script.properties)
    fake.on("CreateDescriptor", script.create_descriptor)
    return script


def test_an_export_writes_the_disks_the_descriptor_for_them_and_a_manifest_of_all(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, export: ExportScript, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    ovf = client.ovf.export(
        client.ref(VirtualMachine, "vm-9"), tmp_path, on_progress=lambda d, t: seen.append((d, t))
    )
    assert ovf == tmp_path / "web.ovf"
    assert (tmp_path / "disk-0.vmdk").read_bytes() == DISK
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "cert.pem",
        "disk-0.vmdk",
        "key.pem",
        "web.mf",
        "web.ovf",
    ]
    assert export.descriptor_files == [("/vm-9/VirtualLsiLogicController0:0", "disk-0.vmdk", str(len(DISK)))]
    assert ovf.read_text() == "<Envelope><File href='disk-0.vmdk'/></Envelope>"
    manifest = (tmp_path / "web.mf").read_text().splitlines()
    assert manifest == [
        f"SHA256(web.ovf)= {hashlib.sha256(ovf.read_bytes()).hexdigest()}",
        f"SHA256(disk-0.vmdk)= {hashlib.sha256(DISK).hexdigest()}",
    ]
    assert seen[-1] == (len(DISK), len(DISK))
    assert host.received[0][2]["Cookie"] is None
    assert lease_calls(fake)[-1] == "HttpNfcLeaseComplete" and "HttpNfcLeaseAbort" not in lease_calls(fake)


def test_an_export_from_a_host_with_another_certificate_aborts_and_leaves_no_file(
    client: pyvmomo.Client, fake: FakeVSphere, export: ExportScript, tmp_path: Path
) -> None:
    export.thumbprint = colons(hashlib.sha1(b"another certificate").hexdigest())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(pyvmomo.TlsError):
        client.ovf.export(client.ref(VirtualMachine, "vm-9"), out)
    assert list(out.iterdir()) == []
    assert lease_calls(fake)[-1] == "HttpNfcLeaseAbort" and "CreateDescriptor" not in fake.soap_methods()


def test_an_export_whose_download_breaks_aborts_and_leaves_no_part_file(
    client: pyvmomo.Client, fake: FakeVSphere, host: NfcHost, export: ExportScript, tmp_path: Path
) -> None:
    host.cut_get_after = 100_000
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(pyvmomo.ProtocolError, match="broke"):
        client.ovf.export(client.ref(VirtualMachine, "vm-9"), out)
    assert list(out.iterdir()) == []
    assert lease_calls(fake)[-1] == "HttpNfcLeaseAbort"


def test_an_export_keeps_files_already_there_unless_told_to_overwrite(
    client: pyvmomo.Client, fake: FakeVSphere, export: ExportScript, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "web.ovf").write_text("mine")
    vm = client.ref(VirtualMachine, "vm-9")
    with pytest.raises(pyvmomo.ArgumentError, match=r"web.ovf already in .*: pass overwrite=True"):
        client.ovf.export(vm, out)
    assert "ExportVm" not in fake.soap_methods()
    (out / "web.ovf").unlink()
    (out / "disk-0.vmdk").write_text("mine")
    with pytest.raises(pyvmomo.ArgumentError, match=r"disk-0.vmdk already in"):
        client.ovf.export(vm, out)
    assert lease_calls(fake)[-1] == "HttpNfcLeaseAbort" and (out / "disk-0.vmdk").read_text() == "mine"
    assert client.ovf.export(vm, out, overwrite=True) == out / "web.ovf"
    assert (out / "disk-0.vmdk").read_bytes() == DISK
