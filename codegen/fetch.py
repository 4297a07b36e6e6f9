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

import ipaddress
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from .wsdl import Fetch


class FetchError(RuntimeError):
    """A file of the WSDL set could not be fetched."""


class _PinnedAdapter(HTTPAdapter):
    """Accepts exactly the certificate whose SHA-256 fingerprint is given."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        kwargs["cert_reqs"] = "CERT_NONE"
        super().init_poolmanager(*args, **kwargs)


def _fingerprint(thumbprint: str) -> str:
    digest = thumbprint.lower().removeprefix("sha256:").replace(":", "")
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("thumbprint must be 'sha256:' followed by 64 hex digits")
    return digest


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def https_fetcher(
    entry_url: str,
    *,
    verify: bool | str = True,
    thumbprint: str | None = None,
    timeout: float = 60.0,
) -> Fetch:
    """A fetcher for the WSDL set whose entry file is ``entry_url``.

    Args:
        entry_url: ``https://host/sdk/vimService.wsdl`` (or ``https://host/sdk``).
        verify: True (system CAs), a CA bundle path, or False (no check).
        thumbprint: ``"sha256:<hex>"`` of the server certificate to pin.
        timeout: Seconds to wait for each file.
    """
    origin = urlsplit(entry_url)
    if origin.scheme not in ("https", "http"):
        raise ValueError(f"not an http(s) URL: {entry_url}")
    if origin.scheme == "http" and not _is_loopback(origin.hostname or ""):
        raise ValueError(f"refusing plain http to {origin.hostname}: use https")
    session = requests.Session()
    session.trust_env = False
    if thumbprint:
        session.mount("https://", _PinnedAdapter(_fingerprint(thumbprint)))
        session.verify = False
    else:
        session.mount("https://", HTTPAdapter(max_retries=0))
        session.verify = verify

    def fetch(location: str) -> bytes:
        parts = urlsplit(location)
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            raise FetchError(f"{location} is outside {origin.scheme}://{origin.netloc}; refusing to fetch it")
        try:
            response = session.get(location, timeout=timeout, allow_redirects=False)
        except requests.exceptions.SSLError as exc:
            raise FetchError(
                f"TLS check of {origin.netloc} failed ({exc}); pass --verify CA_BUNDLE or "
                "--thumbprint sha256:... for a server with its own certificate"
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"cannot fetch {location}: {exc}") from exc
        if response.is_redirect:
            # Not followed: a redirect could leave the server the user chose.
            target = response.headers.get("Location", "?")
            raise FetchError(f"{location} redirects to {target}; pass the final URL")
        if response.status_code != 200:
            raise FetchError(f"cannot fetch {location}: HTTP {response.status_code}")
        return response.content

    return fetch
