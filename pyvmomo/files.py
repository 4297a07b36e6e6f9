"""Datastore files: upload, download, listdir, make directories, delete (``client.files``).

Uploads and downloads are plain HTTPS on ``/folder/<path>?dcPath=...&dsName=...``
of the client's own host, with its session cookie, TLS settings, pin and
proxy (``_transfers.py``); listing, directories and deletion are SOAP calls
(``HostDatastoreBrowser.SearchDatastore_Task``, ``FileManager``).

Design decisions:
- Memory stays constant whatever the size: bytes stream in chunks of
  ``CHUNK`` both ways, nothing is read whole.
- An upload from a file or a seekable stream that breaks is sent again
  whole, under the client's retry policy: a PUT of the same bytes is
  idempotent. A non-seekable stream cannot be rewound, so its broken upload
  raises ``TransferInterrupted`` saying so.
- A download that breaks resumes from the last byte received with
  ``Range`` and ``If-Range`` (the ``ETag`` or ``Last-Modified`` first seen);
  a server that answers 200 instead of 206 has a changed file, and the
  download starts over. A download to a path is written to ``<path>.part``
  and renamed when complete, so a broken one never looks finished.
- Transfers have an idle timeout (no progress for ``idle_timeout`` seconds),
  not a deadline: a large file takes what its bytes need.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from . import _log
from ._errors import ArgumentError, ConnectionFailed, ProtocolError, TransferError
from ._streams import IDLE_TIMEOUT, BinaryStream, Progress, ProgressCallback, Sink, send_file, status_message

if TYPE_CHECKING:
    from .client import Client

log = _log.Logger("pyvmomo.files")

_DATASTORE_PATH = re.compile(r"\[(?P<datastore>[^\]]+)\]\s*(?P<path>.*)")


@dataclass(frozen=True)
class DatastorePath:
    """``[datastore1] iso/ubuntu.iso``: a datastore name and a path inside it."""

    datastore: str
    path: str

    @classmethod
    def parse(cls, text: str) -> DatastorePath:
        match = _DATASTORE_PATH.fullmatch(text.strip())
        if match is None or not match["datastore"].strip():
            raise ArgumentError(f"{text!r} is not a datastore path: write it as '[datastore] folder/file'")
        return cls(match["datastore"].strip(), match["path"].strip().lstrip("/"))

    def __str__(self) -> str:
        return f"[{self.datastore}] {self.path}"


class Files:
    """Files on the client's datastores. Reached as ``client.files``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    # -- transfers ----------------------------------------------------------------

    def upload(
        self,
        source: str | os.PathLike[str] | BinaryStream,
        target: str,
        *,
        size: int | None = None,
        datacenter: Any = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        """Upload a local file or a binary stream to ``[datastore] path``, replacing what is there.

        ``size`` is needed only for a stream that cannot tell its length
        (a pipe); a file or seekable stream is measured. ``on_progress(done,
        total)`` is called as bytes go out; ``progress=True`` shows a bar.
        """
        where = DatastorePath.parse(target)
        url = self._url(where, datacenter)
        send_file(
            self._client,
            source,
            str(where),
            lambda _length: url,
            size=size,
            on_progress=on_progress,
            progress=progress,
            idle_timeout=idle_timeout,
        )

    def download(
        self,
        source: str,
        target: str | os.PathLike[str] | BinaryStream,
        *,
        datacenter: Any = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> int:
        """Download ``[datastore] path`` to a local path or a writable binary stream; returns its size.

        A broken download resumes where it stopped (``Range``); a file that
        changed meanwhile is downloaded again from its start.
        """
        where = DatastorePath.parse(source)
        url = self._url(where, datacenter)
        sink = Sink(target)
        tries = self._client.transport.retry
        started, attempt = tries.clock(), 0
        validator: str | None = None
        total = 0
        shown: Progress | None = None
        try:
            while True:
                attempt += 1
                headers: dict[str, str] = {}
                if sink.written and validator is not None:
                    headers = {"Range": f"bytes={sink.written}-", "If-Range": validator}
                try:
                    with self._client.transport.transfers.open(
                        "GET", url, headers=headers, idle_timeout=idle_timeout
                    ) as reply:
                        if reply.status == 206 and headers:
                            log.info("resuming %s at byte %d", where, sink.written)
                        elif reply.status == 200:
                            if sink.written:
                                log.info("%s changed or cannot be resumed: downloading it again", where)
                            sink.restart()
                            total = int(reply.headers.get("content-length", "0") or 0)
                            validator = reply.headers.get("etag") or reply.headers.get("last-modified")
                        else:
                            reply.read()
                            raise TransferError(
                                status_message("GET", where, reply.status), status=reply.status
                            )
                        if shown is None:
                            shown = Progress(f"downloading {where}", total, on_progress, progress)
                        for chunk in reply.chunks():
                            sink.write(chunk)
                            shown.update(sink.written)
                    sink.finish()
                    if shown is not None:
                        shown.close()
                    return sink.written
                except (ConnectionFailed, ProtocolError) as exc:
                    pause = tries.next_delay(attempt, started)
                    if pause is None:
                        raise
                    log.info(
                        "download of %s broke at byte %d (%s); again in %.1f s",
                        where,
                        sink.written,
                        exc,
                        pause,
                    )
                    tries.sleep(pause)
        finally:
            sink.abandon()
            if shown is not None:
                shown.close()

    # -- SOAP helpers ---------------------------------------------------------------

    def listdir(self, folder: str, *, pattern: str = "*") -> list[Any]:
        """The files in ``[datastore] folder`` matching ``pattern``: ``FileInfo`` with size and time."""
        where = DatastorePath.parse(folder)
        new = self._client.transport.registry.new
        spec = new(
            "HostDatastoreBrowserSearchSpec",
            matchPattern=[pattern],
            details=new("FileQueryFlags", fileType=True, fileSize=True, modification=True, fileOwner=False),
        )
        browser = self._datastore(where.datastore)["browser"]
        result = browser.SearchDatastore_Task(datastorePath=str(where), searchSpec=spec).wait()
        return list(getattr(result, "file", None) or [])

    def mkdir(self, folder: str, *, datacenter: Any = None, parents: bool = True) -> None:
        """Make the directory ``[datastore] folder`` (and its parents, unless ``parents=False``)."""
        where = DatastorePath.parse(folder)
        self._file_manager().MakeDirectory(
            name=str(where), datacenter=self._datacenter(datacenter)[0], createParentDirectories=parents
        )

    def delete(self, path: str, *, datacenter: Any = None) -> None:
        """Delete the file or folder ``[datastore] path`` (a task, waited for)."""
        where = DatastorePath.parse(path)
        task = self._file_manager().DeleteDatastoreFile_Task(
            name=str(where), datacenter=self._datacenter(datacenter)[0]
        )
        task.wait()

    # -- inside -------------------------------------------------------------------

    def _url(self, where: DatastorePath, datacenter: Any) -> str:
        if not where.path:
            raise ArgumentError(f"{where} names a datastore, not a file: add the file's path")
        _, dc_path = self._datacenter(datacenter)
        query = urlencode({"dcPath": dc_path, "dsName": where.datastore}, quote_via=quote)
        return f"/folder/{quote(where.path)}?{query}"

    def _datacenter(self, datacenter: Any) -> tuple[Any, str]:
        """The datacenter (given, by name, or the only one) and its inventory path for ``dcPath``."""
        from .vim25 import Datacenter

        rows = list(self._client.retrieve(Datacenter, ["name", "parent"]))
        if datacenter is None:
            if len(rows) != 1:
                known = ", ".join(sorted(row["name"] for row in rows))
                raise ArgumentError(f"this server has several datacenters ({known}): pass datacenter=")
            row = rows[0]
        else:
            found = [r for r in rows if datacenter in (r.obj, r["name"])]
            if not found:
                raise ArgumentError(f"no datacenter {datacenter!r} on this server")
            row = found[0]
        names = [row["name"]]
        parent = row["parent"]
        root = self._client.content.rootFolder
        while parent is not None and parent != root:  # datacenters may sit in folders
            folder = parent.fetch("name", "parent")
            names.append(folder["name"])
            parent = folder["parent"]
        return row.obj, "/".join(reversed(names))

    def _datastore(self, name: str) -> Any:
        from .vim25 import Datastore

        for row in self._client.retrieve(Datastore, ["name", "browser"]):
            if row["name"] == name:
                return row
        raise ArgumentError(f"no datastore named {name!r} on this server")

    def _file_manager(self) -> Any:
        manager = self._client.content.fileManager
        if manager is None:
            raise ArgumentError("this endpoint has no FileManager")
        return manager
