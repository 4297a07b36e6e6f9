"""OVF packages read from the local disk: descriptor, references, manifest, OVA members in place."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import threading
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo._package import open_package, parse_manifest
from pyvmomo._streams import CHUNK
from tests.tools import ovf_package

DISK = bytes(range(256)) * 40


def write_tar(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_a_manifest_gives_each_file_its_algorithm_and_digest() -> None:
    sha1, sha256 = hashlib.sha1(b"a").hexdigest(), hashlib.sha256(b"b").hexdigest()
    text = f"SHA1(a.vmdk)= {sha1.upper()}\n\nSHA256(dir name/b.iso) = {sha256}\n"
    assert parse_manifest(text, "x.mf") == {"a.vmdk": ("sha1", sha1), "dir name/b.iso": ("sha256", sha256)}


@pytest.mark.parametrize("line", ["MD5(a.vmdk)= 0cc175b9c0f1b6a831c399e269772661", "SHA256(a.vmdk)= abc123"])
def test_a_manifest_line_that_cannot_be_read_names_its_line(line: str) -> None:
    with pytest.raises(pyvmomo.OvfError, match=r"x.mf line 2 is not 'SHA256\(file\)= hex digest'"):
        parse_manifest(f"SHA1(a)= {'0' * 40}\n{line}\n", "x.mf")


def test_an_ova_is_read_in_place_whatever_the_order_of_its_members(tmp_path: Path) -> None:
    ovf = ovf_package.descriptor(len(DISK))
    mf = ovf_package.manifest({"tiny.ovf": ovf, ovf_package.DISK: DISK})
    ova = write_tar(tmp_path / "t.ova", [("./tiny.ovf", ovf), (ovf_package.DISK, DISK), ("./tiny.mf", mf)])
    with open_package(ova) as pkg:
        assert pkg.descriptor() == ovf.decode()
        pkg.check_files()
        assert pkg.size(ovf_package.DISK) == len(DISK)
        assert pkg.digest(ovf_package.DISK) == ("sha256", hashlib.sha256(DISK).hexdigest())
        with pkg.open(ovf_package.DISK) as stream:
            assert stream.read() == DISK
    assert [p.name for p in tmp_path.iterdir()] == ["t.ova"]  # nothing unpacked beside it


def test_a_descriptor_that_does_not_match_its_manifest_is_refused_at_once(tmp_path: Path) -> None:
    ovf = ovf_package.write_ovf(tmp_path, DISK)
    ovf.write_bytes(ovf.read_bytes().replace(b"A tiny VM", b"A tiny VM, changed"))
    with open_package(ovf) as pkg, pytest.raises(pyvmomo.OvfError, match=r"tiny.ovf does not match tiny.mf"):
        pkg.descriptor()


def test_a_manifest_that_leaves_out_a_referenced_file_is_refused(tmp_path: Path) -> None:
    ovf = ovf_package.write_ovf(tmp_path, DISK)
    digest = hashlib.sha256(ovf.read_bytes()).hexdigest()
    (tmp_path / "tiny.mf").write_text(f"SHA256(tiny.ovf)= {digest}\n")
    with open_package(ovf) as pkg:
        pkg.descriptor()
        with pytest.raises(pyvmomo.OvfError, match=r"manifest of tiny.ovf has no digest for tiny-disk1.vmdk"):
            pkg.check_files()


@pytest.mark.parametrize("href", ["../outside.vmdk", "/etc/passwd", "https://example.com/disk.vmdk"])
def test_a_reference_outside_the_package_is_refused(tmp_path: Path, href: str) -> None:
    ovf = tmp_path / "x.ovf"
    ovf.write_bytes(ovf_package.descriptor(10).replace(ovf_package.DISK.encode(), href.encode()))
    with (
        open_package(ovf) as pkg,
        pytest.raises(pyvmomo.OvfError, match=r"which is not a file inside the package"),
    ):
        pkg.descriptor()
        pkg.check_files()


def test_what_is_not_a_package_says_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "plain.ova").write_bytes(b"not a tar archive at all" * 40)
    with pytest.raises(pyvmomo.OvfError, match=r"is not an OVA \(a tar archive\)"):
        open_package(tmp_path / "plain.ova")
    with pytest.raises(pyvmomo.OvfError, match=r"holds no .ovf descriptor \(members: disk.vmdk\)"):
        open_package(write_tar(tmp_path / "nodesc.ova", [("disk.vmdk", DISK)]))
    with pytest.raises(pyvmomo.OvfError, match=r"no OVF or OVA file at"):
        open_package(tmp_path / "absent.ova")
    (tmp_path / "bad.ovf").write_text("<Envelope")
    with (
        open_package(tmp_path / "bad.ovf") as pkg,
        pytest.raises(pyvmomo.OvfError, match=r"not well-formed XML"),
    ):
        pkg.check_files()


def test_property_keys_carry_the_class_and_instance_of_their_product_section(tmp_path: Path) -> None:
    ovf = ovf_package.descriptor(10).replace(
        b"<ProductSection>", b'<ProductSection ovf:class="com.example" ovf:instance="1">'
    )
    (tmp_path / "x.ovf").write_bytes(ovf)
    with open_package(tmp_path / "x.ovf") as pkg:
        assert pkg.property_keys() == ["com.example.greeting.1"]
        assert pkg.networks() == ["VM Network"]


def test_chunks_are_checked_against_the_manifest_before_the_last_one_is_handed_on(tmp_path: Path) -> None:
    disk = os.urandom(2 * CHUNK + 5)
    with open_package(ovf_package.write_ova(tmp_path / "bad.ova", disk, wrong_digest=True)) as pkg:
        pkg.descriptor()
        got: list[bytes] = []
        with (
            pkg.chunks(ovf_package.DISK) as chunks,
            pytest.raises(pyvmomo.OvfError, match=r"tiny-disk1.vmdk does not match the manifest"),
        ):
            got.extend(chunks)
        assert b"".join(got) == disk[: 2 * CHUNK]


def test_a_consumer_that_stops_early_stops_the_reader(tmp_path: Path) -> None:
    disk = os.urandom(20 * CHUNK)
    with open_package(ovf_package.write_ova(tmp_path / "big.ova", disk)) as pkg:
        pkg.descriptor()
        with pkg.chunks(ovf_package.DISK) as chunks:
            assert next(iter(chunks)) == disk[:CHUNK]
        assert [t.name for t in threading.enumerate() if t.name == "pyvmomo-ovf-read"] == []
