"""Read a WSDL set from a live server: the ``fetch`` callable ``wsdl.parse_wsdl`` takes.

A vCenter or ESXi host serves its WSDL set under ``https://host/sdk/``
(``vimService.wsdl``, ``vim.wsdl``, the ``*.xsd`` files); ``wsdl.py`` follows
every import relative to the file naming it, and this module fetches each one.

Decisions:
    * The same trust options as ``pyvmomo.connect``: ``verify`` (True for the
      system CAs, a CA bundle path, or False) or ``thumbprint``
      (``"sha256:<hex>"`` of the server certificate, which then replaces the
      chain check).
    * Every location must stay on the entry URL's scheme, host and port: a
      set that imports from elsewhere (another host, ``file://``) is refused,
      so a server cannot make the generator read local files; redirects are
      not followed for the same reason.
    * Plain ``http://`` is accepted only for loopback hosts (tests, tunnels).
    * Errors name the URL and say what to change (``--verify``, ``--thumbprint``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pyvmomo._endpoint import is_loopback, sha256_pin, tls_context
from pyvmomo._http import CertificateRefused, HttpError, HttpPool, Pin

from .wsdl import Fetch

_MAX_FILE_BYTES = 256 * 1024 * 1024


class FetchError(RuntimeError):
    """A file of the WSDL set could not be fetched."""


def https_fetcher(
    entry_url: str,
    *,
    verify: bool | str = True,
    thumbprint: str | None = None,
    timeout: float = 60.0,
) -> Fetch:
    """A fetcher for the WSDL set whose entry file is ``entry_url``.

    It speaks through pyvmomo's own HTTP layer, so it trusts exactly what
    ``connect()`` trusts.

    Args:
        entry_url: ``https://host/sdk/vimService.wsdl`` (or ``https://host/sdk``).
        verify: True (system CAs), a CA bundle path, or False (no check).
        thumbprint: ``"sha256:<hex>"`` of the server certificate to pin.
        timeout: Seconds to wait for each file.
    """
    origin = urlsplit(entry_url)
    if origin.scheme not in ("https", "http"):
        raise ValueError(f"not an http(s) URL: {entry_url}")
    if origin.scheme == "http" and not is_loopback(origin.hostname or ""):
        raise ValueError(f"refusing plain http to {origin.hostname}: use https")
    tls = tls_context(verify, pinned=bool(thumbprint)) if origin.scheme == "https" else None
    pool = HttpPool(
        origin.hostname or "",
        origin.port or (443 if tls else 80),
        tls=tls,
        pin=Pin("sha256", sha256_pin(thumbprint)) if thumbprint else None,
        user_agent="pyvmomo-codegen",
    )

    def fetch(location: str) -> bytes:
        parts = urlsplit(location)
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            raise FetchError(f"{location} is outside {origin.scheme}://{origin.netloc}; refusing to fetch it")
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            response = pool.request(
                "GET", target, {}, b"", connect_timeout=timeout, timeout=timeout, max_bytes=_MAX_FILE_BYTES
            )
        except CertificateRefused as exc:
            raise FetchError(
                f"TLS check of {origin.netloc} failed ({exc}); pass --verify CA_BUNDLE or "
                "--thumbprint sha256:... for a server with its own certificate"
            ) from exc
        except HttpError as exc:
            raise FetchError(f"cannot fetch {location}: {exc}") from exc
        if 300 <= response.status < 400:
            # Not followed: a redirect could leave the server the user chose.
            moved = response.headers.get("location", "?")
            raise FetchError(f"{location} redirects to {moved}; pass the final URL")
        if response.status != 200:
            raise FetchError(f"cannot fetch {location}: HTTP {response.status}")
        return response.body

    return fetch
