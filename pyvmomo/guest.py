"""Files into and out of a VM's guest (``client.guest_files``), through VMware Tools.

``GuestFileManager.InitiateFileTransferToGuest`` / ``...FromGuest`` return a
one-use URL on the ESXi host that runs the VM; the bytes go there by plain
HTTPS, through the client's transfer pools (``_transfers.py``).

Design decisions:
- That URL names another host than the client's: it gets no session
  cookie (the URL carries its own ticket), and its certificate is pinned by
  the SHA-1 thumbprint the server reports for the VM's host
  (``summary.config.sslThumbprint``), read over the already verified
  session, as device URLs of NFC leases are. ``*`` in the URL means the
  client's host.
- A URL works once, so a try that breaks asks for a new one: an upload from
  a file or seekable stream is sent again whole, under the retry policy.
- The guest password travels in ``NamePasswordAuthentication.password``, a
  secret member: masked in ``repr`` and in DEBUG wire logs.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._errors import ArgumentError, TransferError
from ._streams import IDLE_TIMEOUT, BinaryStream, Progress, ProgressCallback, Sink, send_file, status_message

if TYPE_CHECKING:
    from .client import Client


class GuestFiles:
    """Copy files into and out of guests. Reached as ``client.guest_files``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def upload(
        self,
        vm: Any,
        source: str | os.PathLike[str] | BinaryStream,
        guest_path: str,
        *,
        username: str,
        password: str,
        overwrite: bool = True,
        size: int | None = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        """Copy a local file or binary stream to ``guest_path`` inside ``vm`` (VMware Tools must run)."""
        manager, auth = self._manager(), self._auth(username, password)
        attributes = self._client.transport.registry.new("GuestFileAttributes")

        def url_for_try(length: int) -> str:
            url: str = manager.InitiateFileTransferToGuest(
                vm=vm,
                auth=auth,
                guestFilePath=guest_path,
                fileAttributes=attributes,
                fileSize=length,
                overwrite=overwrite,
            )
            return url

        send_file(
            self._client,
            source,
            f"{vm!r}:{guest_path}",
            url_for_try,
            size=size,
            sha1_thumbprint=lambda url: self._thumbprint(vm, url),
            on_progress=on_progress,
            progress=progress,
            idle_timeout=idle_timeout,
        )

    def download(
        self,
        vm: Any,
        guest_path: str,
        target: str | os.PathLike[str] | BinaryStream,
        *,
        username: str,
        password: str,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> int:
        """Copy ``guest_path`` out of ``vm`` to a local path or writable binary stream; returns its size."""
        manager = self._manager()
        info = manager.InitiateFileTransferFromGuest(
            vm=vm, auth=self._auth(username, password), guestFilePath=guest_path
        )
        what = f"{vm!r}:{guest_path}"
        sink = Sink(target)
        shown = Progress(f"downloading {what}", info.size, on_progress, progress)
        try:
            with self._client.transport.transfers.open(
                "GET", info.url, sha1_thumbprint=self._thumbprint(vm, info.url), idle_timeout=idle_timeout
            ) as reply:
                if reply.status != 200:
                    reply.read()
                    raise TransferError(status_message("GET", what, reply.status), status=reply.status)
                for chunk in reply.chunks():
                    sink.write(chunk)
                    shown.update(sink.written)
            sink.finish()
            return sink.written
        finally:
            sink.abandon()
            shown.close()

    def _manager(self) -> Any:
        operations = self._client.content.guestOperationsManager
        manager = operations.fetch("fileManager")["fileManager"] if operations is not None else None
        if manager is None:
            raise ArgumentError(
                "this endpoint offers no guest operations (GuestOperationsManager.fileManager)"
            )
        return manager

    def _auth(self, username: str, password: str) -> Any:
        return self._client.transport.registry.new(
            "NamePasswordAuthentication", interactiveSession=False, username=username, password=password
        )

    def _thumbprint(self, vm: Any, url: str) -> str | None:
        """The SHA-1 thumbprint of the host a guest URL names, from the VM's host, when it is another host."""
        if self._client.transport.transfers.is_own(url) or urlsplit(url).scheme != "https":
            return None
        host = vm.fetch("runtime.host")["runtime.host"]
        thumbprint: str | None = host.fetch("summary.config.sslThumbprint")["summary.config.sslThumbprint"]
        return thumbprint
