"""OVF and OVA deploy against vcsim, through the recording front: what was created, sent and aborted.

vcsim (govmomi 0.24) answers CreateImportSpec and ImportVApp, serves the
lease's device URLs on ``/nfc/`` (as ``https://*/nfc/...``, whatever its own
scheme) and discards the bytes; it checks no session there. The front
(``tests/tools/flaky_front.py``) records each SOAP operation and transfer, so
the tests assert that a lease was completed or aborted, and can break an upload.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo.vim25 import Datacenter, VirtualMachine
from tests.tools import ovf_package
from tests.tools.flaky_front import FlakyFront
from tests.vcsim import TlsVcsim, VcsimServer

pytestmark = pytest.mark.integration

DATASTORE = "LocalDS_0"
HOST = "DC0_H0"
DISK_SIZE = 2 * 1024 * 1024 + 77  # more than one chunk, not a multiple of it


@pytest.fixture
def front(vcsim: VcsimServer) -> Iterator[FlakyFront]:
    with FlakyFront(vcsim.url) as server:
        yield server


@pytest.fixture
def client(front: FlakyFront) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(front.url, "user", "pass") as c:
        yield c
        for row in c.retrieve(VirtualMachine, ["name"]):  # the simulator is shared: leave it as found
            if row["name"].startswith("ovf-test-"):
                row.obj.Destroy_Task().wait()


@pytest.fixture
def disk() -> bytes:
    return os.urandom(DISK_SIZE)


def find_vm(client: pyvmomo.Client, name: str) -> pyvmomo.ManagedObject:
    found = [r.obj for r in client.retrieve(VirtualMachine, ["name"]) if r["name"] == name]
    assert len(found) == 1, f"{len(found)} VMs named {name}"
    return found[0]


def lease_operations(front: FlakyFront) -> list[str]:
    return [
        op for op in front.operations() if op in ("ImportVApp", "HttpNfcLeaseComplete", "HttpNfcLeaseAbort")
    ]


def test_an_ova_deploys_as_a_vm_with_its_disk_and_progress_reaches_the_disk_size(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
    seen: list[tuple[int, int]] = []
    vm = client.ovf.deploy(
        ova, name="ovf-test-ova", datastore=DATASTORE, host=HOST, on_progress=lambda d, t: seen.append((d, t))
    )
    assert vm == find_vm(client, "ovf-test-ova")
    devices = vm.fetch("config.hardware.device")["config.hardware.device"]
    assert [type(d).__name__ for d in devices if type(d).__name__ == "VirtualDisk"] == ["VirtualDisk"]
    assert seen[-1] == (DISK_SIZE, DISK_SIZE) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    (upload,) = front.transfers()
    assert upload.method == "POST" and upload.target.startswith("/nfc/") and upload.status == 200
    assert upload.header("Content-Length") == str(DISK_SIZE)
    assert upload.header("Content-Type") == "application/x-vnd.vmware-streamVmdk"
    operations = front.operations()
    assert lease_operations(front) == ["ImportVApp", "HttpNfcLeaseComplete"]
    progress = [i for i, op in enumerate(operations) if op == "HttpNfcLeaseProgress"]
    assert progress and progress[-1] < operations.index("HttpNfcLeaseComplete")


def test_an_ovf_beside_its_disk_deploys_with_its_network_mapping_and_properties(
    client: pyvmomo.Client, disk: bytes, tmp_path: Path
) -> None:
    ovf = ovf_package.write_ovf(tmp_path, disk)
    vm = client.ovf.deploy(
        ovf,
        name="ovf-test-ovf",
        datastore=DATASTORE,
        resource_pool="DC0_C0",  # a cluster by name: its root pool
        network_mapping={"VM Network": "DC0_DVPG0"},
        properties={"greeting": "hello"},
    )
    row = vm.fetch("config.hardware.device", "config.extraConfig", "resourcePool")
    nics = [d for d in row["config.hardware.device"] if type(d).__name__ == "VirtualE1000"]
    assert [type(n.backing).__name__ for n in nics] == [
        "VirtualEthernetCardDistributedVirtualPortBackingInfo"
    ]
    assert {o.key: o.value for o in row["config.extraConfig"]}["greeting"] == "hello"  # vcsim keeps them here
    assert row["resourcePool"].fetch("parent")["parent"].fetch("name")["name"] == "DC0_C0"


def test_a_disk_that_does_not_match_the_manifest_aborts_the_lease(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "bad.ova", disk, wrong_digest=True)
    with pytest.raises(pyvmomo.OvfError, match=r"tiny-disk1.vmdk does not match the manifest: SHA256"):
        client.ovf.deploy(ova, name="ovf-test-bad", datastore=DATASTORE, host=HOST)
    assert lease_operations(front) == ["ImportVApp", "HttpNfcLeaseAbort"]
    assert [t.status for t in front.transfers()] == []  # the last chunk never left: no upload completed


def test_an_ovf_whose_disk_file_is_missing_fails_before_anything_is_created(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ovf = ovf_package.write_ovf(tmp_path, disk, with_disk=False)
    with pytest.raises(pyvmomo.OvfError, match=r"references tiny-disk1.vmdk, which is missing: put it at "):
        client.ovf.deploy(ovf, name="ovf-test-missing", datastore=DATASTORE, host=HOST)
    assert "CreateImportSpec" not in front.operations() and "ImportVApp" not in front.operations()


def test_errors_of_the_import_spec_fail_before_import(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ovf = ovf_package.write_ovf(tmp_path, disk, extra_items=ovf_package.UNSUPPORTED_ITEM)
    with pytest.raises(pyvmomo.OvfError, match=r"cannot import tiny.ovf: OvfUnsupportedType: ") as info:
        client.ovf.deploy(ovf, name="ovf-test-unsupported", datastore=DATASTORE, host=HOST)
    assert [type(e.fault).__name__ for e in info.value.errors] == ["OvfUnsupportedType"]
    assert "CreateImportSpec" in front.operations() and "ImportVApp" not in front.operations()


def test_an_upload_that_breaks_aborts_the_lease(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
    front.cut_put_after = 256 * 1024
    with pytest.raises(pyvmomo.TransportError):
        client.ovf.deploy(ova, name="ovf-test-broken", datastore=DATASTORE, host=HOST)
    assert lease_operations(front) == ["ImportVApp", "HttpNfcLeaseAbort"]
    assert [(t.method, t.status) for t in front.transfers()] == [("POST", 0)]  # not sent again


def test_an_interrupt_during_the_upload_aborts_the_lease_and_goes_on(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)

    def ctrl_c(done: int, total: int) -> None:
        if done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.ovf.deploy(
            ova, name="ovf-test-interrupted", datastore=DATASTORE, host=HOST, on_progress=ctrl_c
        )
    assert lease_operations(front) == ["ImportVApp", "HttpNfcLeaseAbort"]


def test_bad_arguments_are_refused_before_anything_is_sent(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
    with pytest.raises(pyvmomo.ArgumentError, match=r"no datastore named 'nope' on this server"):
        client.ovf.deploy(ova, name="ovf-test-x", datastore="nope")
    with pytest.raises(
        pyvmomo.ArgumentError,
        match=r"properties names 'greting', not in the OVF's ProductSection \('greeting'\)",
    ):
        client.ovf.deploy(ova, name="ovf-test-x", datastore=DATASTORE, properties={"greting": "hi"})
    with pytest.raises(
        pyvmomo.ArgumentError, match=r"network_mapping names 'LAN', not in the OVF's NetworkSection"
    ):
        client.ovf.deploy(ova, name="ovf-test-x", datastore=DATASTORE, network_mapping={"LAN": "VM Network"})
    (tmp_path / "tiny.zip").write_bytes(b"")
    with pytest.raises(pyvmomo.OvfError, match=r"neither a .ovf descriptor nor a .ova archive"):
        client.ovf.deploy(tmp_path / "tiny.zip", name="ovf-test-x", datastore=DATASTORE)
    with pytest.raises(pyvmomo.ArgumentError, match=r"deploy\(\) needs name="):
        client.ovf.deploy(ova, name="", datastore=DATASTORE)
    assert "CreateImportSpec" not in front.operations()


def test_warnings_of_the_import_spec_are_ovf_warnings() -> None:
    assert issubclass(pyvmomo.OvfWarning, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error", pyvmomo.OvfWarning)  # how a caller makes them errors
        with pytest.raises(pyvmomo.OvfWarning):
            warnings.warn("x", pyvmomo.OvfWarning, stacklevel=1)


def test_progress_true_shows_each_disk_as_plain_lines_without_rich_or_tqdm(
    client: pyvmomo.Client,
    disk: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", None)  # as a fresh install: neither is there
    monkeypatch.setitem(sys.modules, "tqdm", None)
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
    client.ovf.deploy(ova, name="ovf-test-bar", datastore=DATASTORE, host=HOST, progress=True)
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1].startswith("uploading tiny-disk1.vmdk: 2.0 MiB of 2.0 MiB (100 %), ")


def test_without_host_or_pool_the_vm_goes_to_the_pool_that_reaches_the_datastore(
    client: pyvmomo.Client, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
    vm = client.ovf.deploy(ova, name="ovf-test-default-pool", datastore=DATASTORE)
    pool = vm.fetch("resourcePool")["resourcePool"]
    assert pool is not None
    assert pool.fetch("owner")["owner"].fetch("name")["name"] == "DC0_C0"  # vcsim mounts LocalDS_0 there only


def test_each_disk_goes_to_its_own_device_url_and_progress_counts_them_all(
    client: pyvmomo.Client, front: FlakyFront, disk: bytes, tmp_path: Path
) -> None:
    second = os.urandom(1000)
    ova = ovf_package.write_ova(tmp_path / "two.ova", disk, second_disk=second)
    seen: list[tuple[int, int]] = []
    vm = client.ovf.deploy(
        ova, name="ovf-test-two", datastore=DATASTORE, host=HOST, on_progress=lambda d, t: seen.append((d, t))
    )
    devices = vm.fetch("config.hardware.device")["config.hardware.device"]
    assert len([d for d in devices if type(d).__name__ == "VirtualDisk"]) == 2
    uploads = [(t.target.rsplit("/", 1)[1], t.header("Content-Length")) for t in front.transfers()]
    assert uploads == [("disk-0.vmdk", str(DISK_SIZE)), ("disk-1.vmdk", "1000")]
    total = DISK_SIZE + 1000
    assert {t for _, t in seen} == {total} and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_over_https_a_star_device_url_is_the_client_s_host_verified_like_it(
    vcsim_tls: TlsVcsim, disk: bytes, tmp_path: Path
) -> None:
    ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
    with pyvmomo.connect(vcsim_tls.server.url, "user", "pass", verify=str(vcsim_tls.ca_cert)) as client:
        vm = client.ovf.deploy(ova, name="ovf-test-https", datastore=DATASTORE, host=HOST)
        try:
            assert vm.fetch("name")["name"] == "ovf-test-https"
        finally:
            vm.Destroy_Task().wait()


def test_a_vm_deployed_into_a_folder_is_there(client: pyvmomo.Client, disk: bytes, tmp_path: Path) -> None:
    (datacenter,) = client.retrieve(Datacenter, ["vmFolder"])
    folder = datacenter["vmFolder"].CreateFolder(name="ovf-test-folder")
    try:
        ova = ovf_package.write_ova(tmp_path / "tiny.ova", disk)
        vm = client.ovf.deploy(ova, name="ovf-test-in-folder", datastore=DATASTORE, host=HOST, folder=folder)
        assert vm.fetch("parent")["parent"] == folder
        vm.Destroy_Task().wait()
    finally:
        folder.Destroy_Task().wait()
