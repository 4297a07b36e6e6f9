"""Where a client connects and through what: URL, host and header checks, proxy choice, TLS.

Everything here runs when a client is built, before any byte is sent, so a
URL, host, cookie or proxy that could not be sent is an ``ArgumentError``
(an ``InvalidSetting``, also a ``ValueError``) naming what to change, never
a ``UnicodeError`` or an injected header mid-call.

Design decisions:
- Proxies: an explicit ``proxy=`` wins; otherwise ``HTTPS_PROXY`` /
  ``HTTP_PROXY`` and ``NO_PROXY`` are read unless ``trust_env=False``, as
  requests, curl and govmomi do. Loopback is never proxied. The environment
  is parsed by the standard library (``urllib.request``), imported only
  when a proxy variable is set.
- A thumbprint pin replaces the chain, host name and expiry checks; with
  the caller's own ``SSLContext`` the pin is checked on top of it.
"""

from __future__ import annotations

import ipaddress
import os
import warnings
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote, urlsplit

from . import _log
from ._errors import InsecureTlsWarning, InvalidSetting

if TYPE_CHECKING:
    import ssl

log = _log.Logger("pyvmomo.transport")

_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
# RFC 3986 pchar, '/' and '?' (the query); '%' only as a valid escape.
_PATH_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%")
_PROXY_VARIABLES = ("https_proxy", "http_proxy", "all_proxy", "no_proxy")


class Proxy(NamedTuple):
    """An HTTP proxy: ``authorization`` is the ``Proxy-Authorization`` value, if any."""

    host: str
    port: int
    authorization: str | None = None


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def sha256_pin(thumbprint: str) -> str:
    """``"sha256:AB:CD..."`` (colons and case free) -> 64 lower-case hex digits, or ValueError."""
    digest = thumbprint.strip().lower().removeprefix("sha256:").replace(":", "")
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("thumbprint must be 'sha256:' followed by 64 hex digits (colons allowed)")
    return digest


def tls_context(verify: bool | str, pinned: bool, cert: tuple[str, str] | None = None) -> ssl.SSLContext:
    """TLS settings: system CAs, a CA bundle file or directory, none, or a pin only; a client certificate."""
    import ssl  # ~7 ms: loaded by the first client, not by `import pyvmomo`

    if pinned or verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False  # a pin replaces chain and name checks
        context.verify_mode = ssl.CERT_NONE
    elif verify is True:
        context = ssl.create_default_context()
    else:
        try:
            if os.path.isdir(verify):
                context = ssl.create_default_context(capath=verify)
            else:
                context = ssl.create_default_context(cafile=verify)
        except OSError as exc:  # ssl.SSLError is an OSError
            raise ValueError(f"cannot load the CA bundle {verify!r}: {exc}") from None
    if cert is not None:
        try:
            context.load_cert_chain(cert[0], cert[1])
        except OSError as exc:
            raise ValueError(
                f"cannot load the client certificate {cert[0]!r} / key {cert[1]!r}: {exc}"
            ) from None
    return context


class Endpoint(NamedTuple):
    scheme: str
    host: str
    port: int
    target: str  # the path and query sent in the request line

    @property
    def server_id(self) -> str:
        return f"{self.host}:{self.port}"


def parse_endpoint(url: str, allow_insecure_http: bool) -> Endpoint:
    """The checked parts of ``url``; plain http off loopback needs ``allow_insecure_http``."""
    if not url.isascii():
        raise InvalidSetting(f"{url!r} must be ASCII: percent-encode the path, use the host's IDNA form")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InvalidSetting(f"unsupported URL scheme in {url!r}; use https://host/sdk")
    host = parts.hostname
    if not host:
        raise InvalidSetting(f"no host in {url!r}; use https://host/sdk")
    check_host(host)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise InvalidSetting(f"bad port in {url!r}: use a number from 1 to 65535") from None
    if parts.scheme == "http" and not (allow_insecure_http or is_loopback(host)):
        raise InvalidSetting(
            f"refusing plain http to {host}: credentials would travel unencrypted; "
            "use https or pass allow_insecure_http=True"
        )
    if parts.fragment or url.endswith("#"):
        raise InvalidSetting(f"{url!r} has a fragment ('#...'), which is never sent: remove it")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    check_path(target, url)
    return Endpoint(parts.scheme, host, port, target)


def check_host(host: str) -> None:
    """A host name of DNS labels (1-63 characters, 253 in all) or an IP address."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return
    except ValueError:
        pass
    name = host.removesuffix(".")
    labels = name.split(".")
    if len(name) > 253 or any(not 0 < len(label) <= 63 for label in labels):
        raise InvalidSetting(
            f"host {host!r} is not a valid name: each dot-separated label needs 1 to 63 characters "
            "(253 in all); check for a doubled or leading dot"
        )
    if any(c not in _HOST_CHARS for label in labels for c in label):
        raise InvalidSetting(
            f"host {host!r} has characters a host name cannot hold: use its IDNA (xn--) form"
        )


def check_path(target: str, url: str) -> None:
    """A request target that needs no escaping: no spaces, controls, fragments or broken %-escapes."""
    bad = next((c for c in target if c not in _PATH_CHARS), None)
    if bad is not None:
        raise InvalidSetting(f"the path of {url!r} holds {bad!r}: percent-encode it")
    pieces = target.split("%")[1:]
    if any(len(p) < 2 or any(c not in "0123456789abcdefABCDEF" for c in p[:2]) for p in pieces):
        raise InvalidSetting(f"the path of {url!r} has a '%' not followed by two hex digits: write it as %25")


def check_header_value(name: str, value: str) -> None:
    """A value the caller gives for a header (a cookie): no CR, LF, NUL or other control, Latin-1 only."""
    if any(c in "\r\n\0" or (ord(c) < 0x20 and c != "\t") or ord(c) > 0xFF for c in value):
        raise InvalidSetting(
            f"{name} holds a line break, NUL or non-Latin-1 character and cannot be sent; "
            "strip it (a value read from a file often ends in a newline)"
        )


def choose_proxy(proxy: str | None, trust_env: bool, endpoint: Endpoint) -> Proxy | None:
    """The proxy for ``endpoint``: ``proxy`` if given, else the environment's; never for loopback."""
    if is_loopback(endpoint.host):
        return None
    if proxy is None and trust_env:
        proxy = _proxy_from_environment(endpoint)
    if not proxy:
        return None
    chosen = parse_proxy(proxy)
    log.info("connecting to %s through the proxy %s:%d", endpoint.server_id, chosen.host, chosen.port)
    return chosen


def parse_proxy(url: str) -> Proxy:
    """``http://[user:password@]host:port`` -> Proxy; credentials become a Basic Proxy-Authorization."""
    if "://" not in url:
        url = "http://" + url
    check_header_value("proxy", url)
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        shown = parts.hostname or "?"
        raise InvalidSetting(
            f"proxy must be http://[user:password@]host:port (got scheme {parts.scheme!r} for {shown})"
        )
    check_host(parts.hostname)
    try:
        port = parts.port or 80
    except ValueError:
        raise InvalidSetting("bad proxy port: use a number from 1 to 65535") from None
    authorization = None
    if parts.username is not None:
        import base64

        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        authorization = "Basic " + base64.b64encode(pair).decode("ascii")
    return Proxy(parts.hostname, port, authorization)


def _proxy_from_environment(endpoint: Endpoint) -> str | None:
    if not any(name in os.environ or name.upper() in os.environ for name in _PROXY_VARIABLES):
        return None  # the common case: no urllib.request import
    import urllib.request

    proxies = urllib.request.getproxies_environment()
    if urllib.request.proxy_bypass_environment(endpoint.host, proxies):  # type: ignore[attr-defined]
        return None
    return proxies.get(endpoint.scheme) or proxies.get("all")


def parse_tunnel(address: str) -> Proxy:
    """``host:port`` of a server's sdkTunnel CONNECT endpoint (a vCenter: its own host, port 80)."""
    host, colon, port = address.rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InvalidSetting(
            f"sdk_tunnel must be 'host:port' (a vCenter: 'vc.example.com:80'), got {address!r}"
        )
    check_host(host)
    return Proxy(host, int(port))


def tls_settings(
    endpoint: Endpoint,
    *,
    verify: bool | str,
    thumbprint: str | None,
    ssl_context: ssl.SSLContext | None,
    cert: tuple[str, str] | None,
) -> tuple[ssl.SSLContext | None, str | None]:
    """The TLS context and SHA-256 pin for ``endpoint`` (None, None for plain http)."""
    if endpoint.scheme != "https":
        if thumbprint or ssl_context is not None or cert is not None:
            raise InvalidSetting("thumbprint, ssl_context and cert apply to TLS: use an https:// URL")
        return None, None
    if thumbprint and verify is not True:
        raise InvalidSetting(
            "give verify= or thumbprint=, not both: a pin replaces the CA chain, host name and expiry checks"
        )
    if ssl_context is not None and (verify is not True or cert is not None):
        raise InvalidSetting(
            "with ssl_context= set verification and client certificates on that context, not in verify=/cert="
        )
    try:
        pin = sha256_pin(thumbprint) if thumbprint else None
        context = ssl_context or tls_context(verify, pinned=pin is not None, cert=cert)
    except ValueError as exc:
        raise InvalidSetting(str(exc)) from None
    if verify is False:
        warnings.warn(
            f"TLS verification is off for {endpoint.host}: anyone on the path can read the password. "
            "Pass verify='ca-bundle.pem' or thumbprint='sha256:...' instead.",
            InsecureTlsWarning,
            stacklevel=4,
        )
    return context, pin
