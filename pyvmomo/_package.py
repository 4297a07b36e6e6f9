"""An OVF package on the local disk: a ``.ovf`` with its files beside it, or an ``.ova`` archive.

``open_package(path)`` gives one interface to both: the descriptor text,
each referenced file's size, digest and a stream of its bytes.

Design decisions:
- An OVA is read in place as a tar archive (``tarfile`` on the file, which
  seeks from header to header): never unpacked to disk, members found by
  name, so their order in the archive does not matter.
- File references are checked before anything is sent: each must be a plain
  relative name inside the package (no URL, no absolute path, no ``..``) and
  present. When a manifest (``.mf``) is there, it must cover every file, and
  the descriptor's own digest is checked at once; the files' digests are
  checked as they stream (``chunks()``).
- ``chunks()`` reads a file in a thread of its own, up to ``READ_AHEAD``
  chunks ahead of the consumer, digesting it for the manifest on the way:
  file reads, hashlib and sockets all release the GIL, so digesting costs
  the upload no time of its own, and memory grows by those chunks only. A
  digest that does not match is raised before the last chunk is handed on.
- Descriptors are parsed with lxml without entity resolution or network
  access, like SOAP replies.
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import tarfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path, PurePosixPath
from typing import IO

from lxml import etree

from ._errors import OvfError
from ._streams import CHUNK

__all__ = ["Package", "open_package", "parse_manifest"]

READ_AHEAD = 4  # chunks read and digested ahead of the consumer
_MANIFEST_LINE = re.compile(r"(SHA1|SHA256|SHA512)\s*\((.+)\)\s*=\s*([0-9A-Fa-f]+)", re.IGNORECASE)
_DIGEST_SIZES = {"sha1": 40, "sha256": 64, "sha512": 128}


def parse_manifest(text: str, name: str) -> dict[str, tuple[str, str]]:
    """``SHA256(disk.vmdk)= ab12...`` lines -> {file name: (hashlib name, lower-case hex digest)}."""
    entries: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _MANIFEST_LINE.fullmatch(line.strip())
        algorithm = match[1].lower() if match else ""
        if match is None or len(match[3]) != _DIGEST_SIZES[algorithm]:
            raise OvfError(
                f"{name} line {number} is not 'SHA256(file)= hex digest' (or SHA1, SHA512): "
                f"{line.strip()[:80]!r}"
            )
        entries[match[2].strip()] = (algorithm, match[3].lower())
    return entries


class Package:
    """The common part of both forms: descriptor, references, manifest."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._manifest: dict[str, tuple[str, str]] | None = None
        self._descriptor_name = ""

    # -- the two forms supply these ----------------------------------------------------

    def _read(self, member: str) -> bytes | None:
        raise NotImplementedError

    def _size(self, member: str) -> int | None:
        raise NotImplementedError

    def open(self, member: str) -> AbstractContextManager[IO[bytes]]:
        """A stream of a referenced file's bytes."""
        raise NotImplementedError

    @contextmanager
    def chunks(self, href: str) -> Iterator[Iterable[bytes]]:
        """A referenced file's bytes in chunks, read and checked against the manifest ahead of use."""
        size = self.size(href)
        with self.open(href) as stream, _ReadAhead(_checked(stream, size, self.digest(href), href)) as ahead:
            yield ahead

    def close(self) -> None:
        """Release the archive, if any."""

    # -- shared -------------------------------------------------------------------

    def descriptor(self) -> str:
        """The descriptor text, checked against the manifest when there is one."""
        data = self._read(self._descriptor_name)
        if data is None:
            raise OvfError(f"{self.name} holds no descriptor {self._descriptor_name!r}")
        manifest_name = str(PurePosixPath(self._descriptor_name).with_suffix(".mf"))
        manifest = self._read(manifest_name)
        if manifest is not None:
            self._manifest = parse_manifest(manifest.decode("utf-8", "replace"), manifest_name)
            expected = self.digest(self._descriptor_name)
            if expected is not None and hashlib.new(expected[0], data).hexdigest() != expected[1]:
                raise OvfError(
                    f"the descriptor {self._descriptor_name} does not match {manifest_name}: "
                    "the package is damaged or was changed; get it again"
                )
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise OvfError(f"the descriptor {self._descriptor_name} is not UTF-8 text: {exc}") from None

    def references(self) -> list[str]:
        """The file names the descriptor's ``References`` section lists."""
        return [
            href
            for element in self._root().iterfind("{*}References/{*}File")
            if (href := _attribute(element, "href"))
        ]

    def networks(self) -> list[str]:
        """The network names of the descriptor's ``NetworkSection``."""
        return [
            name
            for element in self._root().iterfind("{*}NetworkSection/{*}Network")
            if (name := _attribute(element, "name"))
        ]

    def property_keys(self) -> list[str]:
        """OVF property keys as ``CreateImportSpec`` takes them: ``class.key.instance``, empty parts out."""
        keys = []
        for section in self._root().iter("{*}ProductSection"):
            prefix, suffix = _attribute(section, "class"), _attribute(section, "instance")
            for element in section.iterfind("{*}Property"):
                parts = (prefix, _attribute(element, "key"), suffix)
                keys.append(".".join(part for part in parts if part))
        return keys

    def _root(self) -> etree._Element:
        data = self._read(self._descriptor_name) or b""
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            raise OvfError(f"the descriptor {self._descriptor_name} is not well-formed XML: {exc}") from None

    def check_files(self) -> None:
        """Every referenced file is a local name, present, and covered by the manifest if any."""
        for href in self.references():
            self.size(href)
            if self._manifest is not None and href not in self._manifest:
                raise OvfError(
                    f"the manifest of {self.name} has no digest for {href}: the package is incomplete"
                )

    def size(self, href: str) -> int:
        """The size of a referenced file; ``OvfError`` when the package lacks it."""
        if "://" in href or href.startswith("/") or ".." in PurePosixPath(href).parts:
            raise OvfError(
                f"{self.name} references {href!r}, which is not a file inside the package: "
                "download it beside the descriptor and reference it by its name"
            )
        size = self._size(href)
        if size is None:
            raise OvfError(f"{self.name} references {href}, which is missing: {self._where(href)}")
        return size

    def digest(self, href: str) -> tuple[str, str] | None:
        """(hashlib name, hex digest) from the manifest, or None without a manifest."""
        return None if self._manifest is None else self._manifest.get(href)

    def _where(self, href: str) -> str:
        return "put it in the package"

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Directory(Package):
    """A ``.ovf`` file and the files beside it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path.name)
        self._dir = path.parent
        self._descriptor_name = path.name

    def _read(self, member: str) -> bytes | None:
        try:
            return (self._dir / member).read_bytes()
        except FileNotFoundError:
            return None

    def _size(self, member: str) -> int | None:
        path = self._dir / member
        return path.stat().st_size if path.is_file() else None

    @contextmanager
    def open(self, member: str) -> Iterator[IO[bytes]]:
        with open(self._dir / member, "rb") as stream:
            yield stream

    def _where(self, href: str) -> str:
        return f"put it at {self._dir / href}"


class _Archive(Package):
    """An ``.ova``: a tar archive read in place."""

    def __init__(self, path: Path) -> None:
        super().__init__(path.name)
        try:
            self._tar = tarfile.open(path, "r:")  # noqa: SIM115 (closed by close())
        except tarfile.TarError as exc:
            raise OvfError(f"{path} is not an OVA (a tar archive): {exc}") from None
        self._members = {_member_name(m.name): m for m in self._tar.getmembers() if m.isfile()}
        descriptors = [name for name in self._members if name.lower().endswith(".ovf")]
        if not descriptors:
            self._tar.close()
            raise OvfError(f"{path} holds no .ovf descriptor (members: {', '.join(self._members) or 'none'})")
        self._descriptor_name = descriptors[0]

    def _read(self, member: str) -> bytes | None:
        info = self._members.get(member)
        stream = self._tar.extractfile(info) if info is not None else None
        return None if stream is None else stream.read()

    def _size(self, member: str) -> int | None:
        info = self._members.get(member)
        return None if info is None else info.size

    @contextmanager
    def open(self, member: str) -> Iterator[IO[bytes]]:
        stream = self._tar.extractfile(self._members[member])
        if stream is None:
            raise OvfError(f"{member} in {self.name} is not a regular file")
        with stream:
            yield stream

    def close(self) -> None:
        self._tar.close()

    def _where(self, href: str) -> str:
        return "add it to the OVA, after the descriptor and manifest"


def _checked(stream: IO[bytes], size: int, digest: tuple[str, str] | None, name: str) -> Iterator[bytes]:
    """The file's chunks; its manifest digest is checked before the last chunk is handed on."""
    hasher = hashlib.new(digest[0]) if digest is not None else None
    left = size
    while left > 0:
        chunk = stream.read(min(CHUNK, left))
        if not chunk:
            raise OvfError(f"{name} ended {left} bytes short of its {size} bytes")
        left -= len(chunk)
        if hasher is not None:
            hasher.update(chunk)
            if left == 0 and digest is not None and hasher.hexdigest() != digest[1]:
                raise OvfError(
                    f"{name} does not match the manifest: {digest[0].upper()} {hasher.hexdigest()}, "
                    f"manifest says {digest[1]} (the package is damaged or was changed; get it again)"
                )
        yield chunk


class _ReadAhead:
    """Chunks made in a thread of their own, ``READ_AHEAD`` ahead of the socket.

    Reading the file and digesting it overlap sending (file reads, hashlib and
    sockets all release the GIL); a failure of the reader (a digest that does
    not match) is raised where the chunks are consumed.
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._queue: queue.Queue[bytes | BaseException | None] = queue.Queue(READ_AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._produce, name="pyvmomo-ovf-read", daemon=True)

    def __enter__(self) -> _ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def __iter__(self) -> Iterator[bytes]:
        while (item := self._queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def _produce(self) -> None:
        try:
            for chunk in self._chunks:
                if not self._put(chunk):
                    return
            self._put(None)
        except BaseException as exc:
            self._put(exc)

    def _put(self, item: bytes | BaseException | None) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False


def _attribute(element: etree._Element, name: str) -> str:
    """An attribute by local name (descriptors write ``ovf:href``, sometimes without the prefix)."""
    return next((str(v) for k, v in element.attrib.items() if etree.QName(k).localname == name), "")


def _member_name(name: str) -> str:
    return name[2:] if name.startswith("./") else name


def open_package(path: str | os.PathLike[str]) -> Package:
    """A ``.ova`` archive or a ``.ovf`` descriptor with its files, by the file's name."""
    where = Path(path)
    if not where.is_file():
        raise OvfError(f"no OVF or OVA file at {where}")
    if where.suffix.lower() == ".ova":
        return _Archive(where)
    if where.suffix.lower() == ".ovf":
        return _Directory(where)
    raise OvfError(f"{where} is neither a .ovf descriptor nor a .ova archive: name it by its kind")
