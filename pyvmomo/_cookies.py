"""The session's cookies: one endpoint's jar, and the one ``Set-Cookie`` parser.

One endpoint, one path: Domain, Path, Secure and HttpOnly change nothing
here, only expiry does. A name or value outside RFC 6265's characters is
refused, so no server can make the client send a header it must not
(CR, LF, NUL, non-Latin-1), and an odd expiry (``Max-Age=²``, a year
99999999) is ignored rather than raised after the server ran the call.
"""

from __future__ import annotations

import threading

from . import _log

log = _log.Logger("pyvmomo.transport")


class CookieJar:
    """Cookies of one endpoint, name -> value, and the ``Cookie`` header they make. Thread-safe."""

    def __init__(self) -> None:
        self._cookies: dict[str, str] = {}
        self.header: str = ""  # rebuilt only when a reply sets cookies: calls read it as is
        self._lock = threading.Lock()

    def get(self, name: str) -> str | None:
        return self._cookies.get(name)

    def replace(self, name: str, value: str | None) -> None:
        """Hold only ``name=value`` (or nothing)."""
        with self._lock:
            self._cookies = {name: value} if value else {}
            self.header = _header(self._cookies)

    def keep(self, set_cookies: tuple[str, ...]) -> None:
        """Apply a reply's ``Set-Cookie`` values; one no request could carry back is ignored."""
        with self._lock:
            cookies = dict(self._cookies)
            for raw in set_cookies:
                parsed = parse_set_cookie(raw)
                if parsed is None:
                    log.debug("ignored a Set-Cookie that is not a valid cookie (%d characters)", len(raw))
                    continue
                name, value, expired = parsed
                if expired:
                    cookies.pop(name, None)
                else:
                    cookies[name] = value
            self._cookies = cookies
            self.header = _header(cookies)


def _header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def parse_set_cookie(header: str) -> tuple[str, str, bool] | None:
    """(name, value, expired) of one Set-Cookie value, or None when it is no valid cookie."""
    pair, *attributes = header.split(";")
    name, equals, value = pair.partition("=")
    name, value = name.strip(), value.strip()
    if not equals or not _is_token(name) or not _is_cookie_value(value):
        return None
    expired = False
    for attribute in attributes:
        key, _, setting = attribute.partition("=")
        key, setting = key.strip().lower(), setting.strip()
        if key == "max-age":
            seconds = setting.removeprefix("-")
            if seconds.isascii() and seconds.isdigit():
                expired = setting.startswith("-") or int(seconds) == 0
        elif key == "expires" and "max-age" not in header.lower():
            expired = _in_the_past(setting)
    return name, value, expired


_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# cookie-octet: US-ASCII without controls, whitespace, DQUOTE, comma, semicolon and backslash.
_COOKIE_OCTETS = frozenset(chr(c) for c in range(0x21, 0x7F)) - frozenset('",;\\')


def _is_token(text: str) -> bool:
    return bool(text) and all(c in _TOKEN for c in text)


def _is_cookie_value(text: str) -> bool:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return all(c in _COOKIE_OCTETS for c in text)


def _in_the_past(date: str) -> bool:
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime  # only for the rare expiring cookie

    try:
        when = parsedate_to_datetime(date)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return when <= datetime.now(UTC)
    except (TypeError, ValueError, OverflowError, IndexError):
        return False
