"""Plain HTTPS transfers beside the SOAP calls: datastore files, NFC disk uploads, guest files.

They go through the same client as every call: its TLS settings, pin,
proxy and session cookie, on connection pools of their own, so a long upload
never holds one of the SOAP calls' connections.

Design decisions:
- Hosts. A path (``/folder/...``) or a URL naming the client's own host
  goes to that host with the session cookie. A URL naming another host (the
  ESXi host behind an NFC device URL or a guest file URL) gets a pool of its
  own and **no** cookie: those URLs carry their own ticket, and the session
  must not travel to hosts the user did not name. ``*`` in a URL (vcsim
  writes ``https://*/nfc/...``) means the client's host, scheme and port.
- Trust. Another host is verified like the client's host, unless the caller
  passes the SHA-1 thumbprint the server reported for it over the already
  verified session (``HttpNfcLeaseDeviceUrl.sslThumbprint``): then exactly
  that certificate is accepted.
- Time. A transfer has no overall deadline, only an idle timeout: each
  socket operation may wait that long for progress.
- Bytes as they are. Transfers ask for no compression
  (``Accept-Encoding: identity``), so ``Range`` offsets mean file offsets.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ._endpoint import Endpoint, Proxy, check_host, check_path, is_loopback, tls_context
from ._errors import ConnectionFailed, InvalidSetting, ProtocolError, TlsError
from ._http import CertificateRefused, HttpPool, MaybeSent, NotSent, Pin, Reply, Upload

if TYPE_CHECKING:
    import ssl

    from ._session import Session

__all__ = ["TransferReply", "Transfers", "Upload"]

TRANSFER_POOL_SIZE = 4
_USER_AGENT = "pyvmomo/0.1"


class Transfers:
    """HTTP transfers of one client, to its own host and to the hosts its leases name."""

    def __init__(
        self,
        endpoint: Endpoint,
        session: Session,
        *,
        tls: ssl.SSLContext | None,
        pin: Pin | None,
        proxy: Proxy | None,
        connect_timeout: float,
    ) -> None:
        self._endpoint = endpoint
        self._session = session
        self._tls = tls
        self._pin = pin
        self._proxy = proxy
        self._connect_timeout = connect_timeout
        self._pools: dict[tuple[str, str, int, str | None], HttpPool] = {}
        self._lock = threading.Lock()

    @contextmanager
    def open(
        self,
        method: str,
        url: str,
        *,
        body: bytes | Upload = b"",
        headers: Mapping[str, str] | None = None,
        sha1_thumbprint: str | None = None,
        idle_timeout: float = 60.0,
    ) -> Iterator[TransferReply]:
        """Send one transfer request and yield its reply, whose body streams from ``chunks()``.

        ``url`` is a path on the client's host or a whole URL. Raises
        ``ConnectionFailed`` (nothing was sent), ``ProtocolError`` (the
        exchange broke: the server may have seen part of it) or ``TlsError``.
        """
        scheme, host, port, target = self._resolve(url)
        own = (scheme, host, port) == self._endpoint[:3]
        fields = {"Accept-Encoding": "identity", **(headers or {})}
        if own and self._session.cookies.header:
            fields["Cookie"] = self._session.cookies.header
        pool = self._pool(scheme, host, port, None if own else sha1_thumbprint)
        try:
            with pool.stream(
                method,
                target,
                fields,
                body,
                connect_timeout=self._connect_timeout,
                idle_timeout=idle_timeout,
            ) as reply:
                if own and reply.cookies:
                    self._session.cookies.keep(reply.cookies)
                yield TransferReply(reply, f"{method} {host}{target.split('?')[0]}")
        except CertificateRefused as exc:
            message = f"TLS verification failed for {method} https://{host}:{port}: {exc}"
            raise TlsError(message) from exc.with_traceback(None)
        except NotSent as exc:
            message = f"cannot connect for {method} {host}:{port}: {exc}"
            raise ConnectionFailed(message) from exc.with_traceback(None)
        except MaybeSent as exc:
            message = f"transfer {method} {host}{target.split('?')[0]} broke: {exc}"
            raise ProtocolError(message) from exc.with_traceback(None)

    def is_own(self, url: str) -> bool:
        """Whether ``url`` names the client's own host (scheme, name and port), where the session goes."""
        return self._resolve(url)[:3] == self._endpoint[:3]

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()

    def _resolve(self, url: str) -> tuple[str, str, int, str]:
        endpoint = self._endpoint
        if url.startswith("/"):
            check_path(url, url)
            return endpoint.scheme, endpoint.host, endpoint.port, url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidSetting(f"not a transfer URL: {url!r} (expected https://host/path or /path)")
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        check_path(target, url)
        if parts.netloc.split(":")[0] == "*":  # "this server" (vcsim, some ESXi device URLs)
            return endpoint.scheme, endpoint.host, endpoint.port, target
        host = parts.hostname or ""
        check_host(host)
        if parts.scheme == "http" and not is_loopback(host):
            raise InvalidSetting(f"refusing plain http to {host} for a transfer: use https")
        return parts.scheme, host, parts.port or (443 if parts.scheme == "https" else 80), target

    def _pool(self, scheme: str, host: str, port: int, sha1: str | None) -> HttpPool:
        key = (scheme, host, port, sha1)
        with self._lock:
            pool = self._pools.get(key)
            if pool is None:
                own = (scheme, host, port) == (
                    self._endpoint.scheme,
                    self._endpoint.host,
                    self._endpoint.port,
                )
                tls, pin = None, None
                if scheme == "https":
                    if sha1 is not None:
                        tls, pin = tls_context(False, pinned=True), Pin("sha1", _sha1(sha1))
                    else:
                        tls, pin = self._tls or tls_context(True, pinned=False), self._pin if own else None
                pool = HttpPool(
                    host,
                    port,
                    tls=tls,
                    pin=pin,
                    maxsize=TRANSFER_POOL_SIZE,
                    user_agent=_USER_AGENT,
                    proxy=self._proxy if not is_loopback(host) else None,
                )
                self._pools[key] = pool
        return pool


class TransferReply:
    """A reply whose body errors come out as pyvmomo's ``ProtocolError``."""

    def __init__(self, reply: Reply, what: str) -> None:
        self.status: int = reply.status
        self.headers: Mapping[str, str] = reply.headers
        self._reply = reply
        self._what = what

    @property
    def complete(self) -> bool:
        return self._reply.complete

    def chunks(self) -> Iterator[bytes]:
        try:
            yield from self._reply.chunks()
        except MaybeSent as exc:
            raise ProtocolError(f"transfer {self._what} broke: {exc}") from exc.with_traceback(None)

    def read(self) -> bytes:
        return b"".join(self.chunks())


def _sha1(thumbprint: str) -> str:
    digest = thumbprint.strip().lower().removeprefix("sha1:").replace(":", "")
    if len(digest) != 40 or any(c not in "0123456789abcdef" for c in digest):
        raise InvalidSetting(f"a SHA-1 thumbprint has 40 hex digits (colons allowed), got {thumbprint!r}")
    return digest
