"""The local ends of file transfers: sources read in chunks, sinks written safely, progress, PUT with retry.

Shared by ``files.py`` (datastore files) and ``guest.py`` (guest files);
the HTTP side is ``_transfers.py``. Memory stays constant whatever the
size: bytes move in chunks of ``CHUNK``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

from . import _log
from ._errors import ArgumentError, ConnectionFailed, ProtocolError, TransferError, TransferInterrupted
from ._progress import ByteLines, progress_bar
from ._transfers import Upload

if TYPE_CHECKING:
    from .client import Client

log = _log.Logger("pyvmomo.files")

CHUNK = 1 << 20  # bytes read and sent per step
IDLE_TIMEOUT = 60.0
ProgressCallback = Callable[[int, int], None]  # (bytes done, bytes in all)
BinaryStream = IO[bytes] | io.RawIOBase | io.BufferedIOBase  # open(..., "rb"), BytesIO, a socket's makefile


def send_file(
    client: Client,
    source: str | os.PathLike[str] | BinaryStream,
    what: str,
    url_for_try: Callable[[int], str],
    *,
    size: int | None,
    sha1_thumbprint: Callable[[str], str | None] = lambda _url: None,
    on_progress: ProgressCallback | None,
    progress: bool,
    idle_timeout: float,
) -> None:
    """PUT a file or stream to the URL ``url_for_try(length)`` names, sending it again whole on a break.

    A new URL is asked for each try (a guest file URL works once).
    ``sha1_thumbprint(url)`` pins the certificate of another host.
    """
    stream, close = _open_source(source)
    try:
        start, length = _measure(stream, size)
        tries = client.transport.retry
        started, attempt = tries.clock(), 0
        with Progress(f"uploading {what}", length, on_progress, progress) as shown:
            while True:
                attempt += 1
                if start is not None:
                    stream.seek(start)
                sent = _Counter(shown)
                try:
                    url = url_for_try(length)
                    with client.transport.transfers.open(
                        "PUT",
                        url,
                        body=Upload(length, sent.count(_read(stream, length))),
                        headers={"Content-Type": "application/octet-stream"},
                        sha1_thumbprint=sha1_thumbprint(url),
                        idle_timeout=idle_timeout,
                    ) as reply:
                        reply.read()
                    if reply.status in (200, 201, 204):
                        return
                    failure: Exception = TransferError(
                        status_message("PUT", what, reply.status), status=reply.status
                    )
                    if reply.status < 500:
                        raise failure
                except (ConnectionFailed, ProtocolError) as exc:
                    if start is None and sent.done:
                        raise TransferInterrupted(
                            f"uploading to {what} broke after {sent.done} of {length} bytes and a "
                            "non-seekable stream cannot be sent again: upload from a file or a "
                            f"seekable stream to retry ({exc})"
                        ) from exc
                    failure = exc
                pause = tries.next_delay(attempt, started)
                if pause is None:
                    raise failure
                log.info("upload to %s failed (%s); sending it again in %.1f s", what, failure, pause)
                tries.sleep(pause)
    finally:
        close()


def status_message(method: str, where: object, status: int) -> str:
    hint = {
        401: "the session is not logged in",
        403: "the user lacks Datastore.FileManagement (or Datastore.Browse) on it",
        404: "no such datastore, datacenter or file",
        409: "it exists already",
    }.get(status, "see the server's log")
    return f"{method} of {where} answered HTTP {status}: {hint}"


def _open_source(source: str | os.PathLike[str] | BinaryStream) -> tuple[IO[bytes], Callable[[], None]]:
    if isinstance(source, str | os.PathLike):
        handle = open(source, "rb")  # noqa: SIM115 (closed by the caller's finally)
        return handle, handle.close
    if isinstance(source, io.TextIOBase):
        raise ArgumentError("upload() takes a path or a binary stream (open it with 'rb'), not a text stream")
    return cast(IO[bytes], source), lambda: None


def _measure(stream: IO[bytes], size: int | None) -> tuple[int | None, int]:
    """(start offset if seekable, bytes to send)."""
    try:
        start = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(start)
    except (OSError, AttributeError, io.UnsupportedOperation):
        if size is None:
            raise ArgumentError(
                "this stream cannot tell its length: pass size= (bytes), or upload from a file"
            ) from None
        return None, size
    length = end - start
    if size is not None and size != length:
        raise ArgumentError(f"size={size} but the stream holds {length} bytes from its position")
    return start, length


def _read(stream: IO[bytes], length: int) -> Iterator[bytes | memoryview]:
    """``length`` bytes of ``stream`` in chunks of ``CHUNK``, read into one reused buffer.

    Each chunk is sent before the next is read, so one buffer serves them all:
    no fresh megabyte (and its page faults) per chunk.
    """
    buffer = memoryview(bytearray(min(CHUNK, length) or 1))
    readinto = getattr(stream, "readinto", None)
    left = length
    while left > 0:
        want = min(len(buffer), left)
        if readinto is not None:
            got = readinto(buffer[:want]) or 0
            chunk: bytes | memoryview = buffer[:got]
        else:
            chunk = stream.read(want)
            got = len(chunk)
        if not got:
            raise ArgumentError(f"the stream ended {left} bytes short of the {length} announced")
        left -= got
        yield chunk


class _Counter:
    """Counts the bytes an upload has handed to the socket, for progress and for the retry rule."""

    def __init__(self, shown: Progress) -> None:
        self.done: int = 0
        self._shown = shown

    def count(self, chunks: Iterator[bytes | memoryview]) -> Iterator[bytes | memoryview]:
        for chunk in chunks:
            yield chunk
            self.done += len(chunk)
            self._shown.update(self.done)


class Progress:
    """The caller's callback and, with ``progress=True``, a bar; both see bytes done of total."""

    def __init__(self, label: str, total: int, callback: ProgressCallback | None, bar: bool) -> None:
        self._total = total
        self._callback = callback
        self._bar = progress_bar(total, label, unit="B", line=ByteLines(label)) if bar else None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def update(self, done: int) -> None:
        if self._callback is not None:
            self._callback(done, self._total)
        if self._bar is not None:
            self._bar.update(done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class Sink:
    """Where a download goes: ``<path>.part`` renamed at the end, or the caller's stream."""

    def __init__(self, target: str | os.PathLike[str] | BinaryStream) -> None:
        self.written: int = 0
        self._final: Path | None = None
        if isinstance(target, str | os.PathLike):
            self._final = Path(target)
            self._part = self._final.with_name(self._final.name + ".part")
            self._stream: IO[bytes] = open(self._part, "wb")  # noqa: SIM115 (closed in finish/abandon)
            self._start: int | None = 0
        else:
            self._stream = cast(IO[bytes], target)
            try:
                self._start = self._stream.tell() if self._stream.seekable() else None
            except (OSError, AttributeError):
                self._start = None

    def write(self, chunk: bytes) -> None:
        self._stream.write(chunk)
        self.written += len(chunk)

    def restart(self) -> None:
        """Write from the start again (the file changed on the server)."""
        if not self.written:
            return
        if self._start is None:
            raise TransferInterrupted(
                "the file changed on the server while it was downloaded, and this stream cannot be "
                "rewound to start over: download to a path or a seekable stream"
            )
        self._stream.seek(self._start)
        self._stream.truncate()
        self.written = 0

    def finish(self) -> None:
        if self._final is not None:
            self._stream.close()
            os.replace(self._part, self._final)
            self._final = None

    def abandon(self) -> None:
        if self._final is not None:  # broken: never leave a half file under the final name
            self._stream.close()
            self._part.unlink(missing_ok=True)
            self._final = None
