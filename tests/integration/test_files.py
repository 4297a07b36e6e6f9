"""Datastore files against vcsim: upload, download, resume, re-send, list, mkdir, delete.

vcsim serves ``/folder`` from a local directory per datastore (``summary.url``)
with Go's file server, so ``Range`` and ``If-Range`` (by ``Last-Modified``)
work as on ESXi; it checks no session there, so what goes on the wire is
asserted on the recording front (``tests/tools/flaky_front.py``).
"""

from __future__ import annotations

import hashlib
import io
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo.vim25 import Datastore
from tests.tools.flaky_front import FlakyFront
from tests.vcsim import VcsimServer

pytestmark = pytest.mark.integration

DATASTORE = "LocalDS_0"
SIZE = 3 * 1024 * 1024 + 123  # a few MiB, not a multiple of the chunk size


@pytest.fixture
def front(vcsim: VcsimServer) -> Iterator[FlakyFront]:
    with FlakyFront(vcsim.url) as server:
        yield server


@pytest.fixture
def client(front: FlakyFront) -> Iterator[pyvmomo.Client]:
    # Quick retries: the tests break transfers on purpose.
    policy = pyvmomo.RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.01)
    with pyvmomo.connect(front.url, "user", "pass", retry=policy) as c:
        yield c


def datastore_dir(client: pyvmomo.Client) -> Path:
    """vcsim keeps each datastore in a local directory: the test can look behind the server."""
    (row,) = [r for r in client.retrieve(Datastore, ["name", "summary.url"]) if r["name"] == DATASTORE]
    return Path(row["summary.url"])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_file_uploaded_then_downloaded_is_the_same_and_progress_reaches_its_size(
    client: pyvmomo.Client, front: FlakyFront, tmp_path: Path
) -> None:
    data = os.urandom(SIZE)
    source = tmp_path / "disk.img"
    source.write_bytes(data)
    seen: list[tuple[int, int]] = []
    client.files.upload(
        source, f"[{DATASTORE}] files-test/disk.img", on_progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (SIZE, SIZE) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    target = tmp_path / "back.img"
    got: list[tuple[int, int]] = []
    assert (
        client.files.download(
            f"[{DATASTORE}] files-test/disk.img", target, on_progress=lambda d, t: got.append((d, t))
        )
        == SIZE
    )
    assert sha256(target.read_bytes()) == sha256(data) and got[-1] == (SIZE, SIZE)
    assert not (tmp_path / "back.img.part").exists()
    (put, get) = front.transfers()
    assert put.method == "PUT" and put.target.startswith(
        "/folder/files-test/disk.img?dcPath=DC0&dsName=LocalDS_0"
    )
    for request in (put, get):  # the session travels; bytes travel as they are
        assert (request.header("Cookie") or "").startswith("vmware_soap_session=")
        assert request.header("Accept-Encoding") == "identity"


def test_a_broken_download_resumes_where_it_stopped(client: pyvmomo.Client, front: FlakyFront) -> None:
    data = os.urandom(SIZE)
    client.files.upload(io.BytesIO(data), f"[{DATASTORE}] files-test/resume.bin")
    front.cut_get_after = 1024 * 1024
    out = io.BytesIO()
    assert client.files.download(f"[{DATASTORE}] files-test/resume.bin", out) == SIZE
    assert sha256(out.getvalue()) == sha256(data)
    gets = [s for s in front.transfers() if s.method == "GET"]
    assert [g.status for g in gets] == [0, 206]
    assert gets[1].header("Range") == "bytes=1048576-" and gets[1].header("If-Range")


def test_a_download_whose_file_changed_meanwhile_starts_over(
    client: pyvmomo.Client, front: FlakyFront
) -> None:
    old, new = os.urandom(SIZE), os.urandom(SIZE // 2)
    client.files.upload(io.BytesIO(old), f"[{DATASTORE}] files-test/changing.bin")
    on_disk = datastore_dir(client) / "files-test" / "changing.bin"

    def change() -> None:
        on_disk.write_bytes(new)
        later = time.time() + 60  # Last-Modified has one-second resolution
        os.utime(on_disk, (later, later))

    front.cut_get_after, front.on_cut = 1024 * 1024, change
    out = io.BytesIO()
    assert client.files.download(f"[{DATASTORE}] files-test/changing.bin", out) == len(new)
    assert sha256(out.getvalue()) == sha256(new)
    assert [s.status for s in front.transfers() if s.method == "GET"] == [0, 200]


def test_a_broken_upload_from_a_file_is_sent_again_whole(
    client: pyvmomo.Client, front: FlakyFront, tmp_path: Path
) -> None:
    data = os.urandom(SIZE)
    source = tmp_path / "upload.bin"
    source.write_bytes(data)
    front.cut_put_after = 512 * 1024
    client.files.upload(source, f"[{DATASTORE}] files-test/upload.bin")
    assert sha256((datastore_dir(client) / "files-test" / "upload.bin").read_bytes()) == sha256(data)
    assert [s.status for s in front.transfers()] == [0, 200]


class Pipe(io.RawIOBase):
    """A stream that cannot seek, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_broken_upload_from_a_stream_that_cannot_rewind_says_so(
    client: pyvmomo.Client, front: FlakyFront
) -> None:
    front.cut_put_after = 512 * 1024
    with pytest.raises(pyvmomo.TransferInterrupted, match="non-seekable stream cannot be sent again"):
        client.files.upload(Pipe(os.urandom(SIZE)), f"[{DATASTORE}] files-test/pipe.bin", size=SIZE)
    assert [s.method for s in front.transfers()] == ["PUT"]


def test_a_stream_of_unknown_length_is_refused_before_anything_is_sent(
    client: pyvmomo.Client, front: FlakyFront
) -> None:
    with pytest.raises(pyvmomo.ArgumentError, match="pass size="):
        client.files.upload(Pipe(b"abc"), f"[{DATASTORE}] files-test/pipe.bin")
    with pytest.raises(pyvmomo.ArgumentError, match="not a datastore path"):
        client.files.upload(io.BytesIO(b"abc"), "files-test/no-datastore.bin")
    assert front.transfers() == []


def test_a_missing_file_is_a_transfer_error_and_leaves_no_file_behind(
    client: pyvmomo.Client, tmp_path: Path
) -> None:
    target = tmp_path / "never.bin"
    with pytest.raises(
        pyvmomo.TransferError, match=r"HTTP 404: no such datastore, datacenter or file"
    ) as info:
        client.files.download(f"[{DATASTORE}] files-test/does-not-exist.bin", target)
    assert info.value.status == 404
    assert list(tmp_path.iterdir()) == []


def test_directories_are_made_listed_and_deleted(client: pyvmomo.Client) -> None:
    client.files.mkdir(f"[{DATASTORE}] files-tree/a/b")
    client.files.upload(io.BytesIO(b"hello"), f"[{DATASTORE}] files-tree/a/hello.txt")
    listed = {f.path: f.fileSize for f in client.files.listdir(f"[{DATASTORE}] files-tree/a")}
    assert listed["hello.txt"] == 5 and "b" in listed
    assert [f.path for f in client.files.listdir(f"[{DATASTORE}] files-tree/a", pattern="*.txt")] == [
        "hello.txt"
    ]
    client.files.delete(f"[{DATASTORE}] files-tree")
    assert not (datastore_dir(client) / "files-tree").exists()
