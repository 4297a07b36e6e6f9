"""``ConnectOptions``: connection settings as a validated value (attrs, as the brief asks).

Kept apart from ``client.py`` so that ``import pyvmomo`` does not load attrs
(17-30 ms, about a third of the import): it loads on first use of
``pyvmomo.ConnectOptions`` or ``pyvmomo.RetryPolicy``, at the latest in ``connect()``.
"""

from __future__ import annotations

import ssl
from typing import Any

import attrs

from ._retry import RetryPolicy
from ._transport import CONNECT_TIMEOUT, POOL_SIZE, READ_TIMEOUT


def _cert(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not (
        isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)
    ):
        raise TypeError(f"cert must be ('client.pem', 'client.key'), a tuple of two paths; got {value!r}")


@attrs.frozen(kw_only=True)
class ConnectOptions:
    """Connection settings, validated when built.

    Attributes:
        verify: True to verify TLS against the system CAs (the default, loopback
            included), or a path to a CA bundle. False disables verification (and warns).
        thumbprint: ``"sha256:<hex>"`` of the server certificate to pin; when set,
            only that certificate is accepted and the chain, host name and expiry
            are not checked. Not together with ``verify``.
        connect_timeout: Seconds to get a connection: wait for a free one in the
            pool, then TCP, proxy tunnel and TLS handshake (default 10).
        read_timeout: Seconds one try of a call may take in all, from taking a
            connection to the reply's last byte (default 120); a call's ``_timeout=``
            replaces it for that call. Retries are bounded by ``retry.deadline``.
        pool_size: Open connections at most (default 16); a call beyond it waits
            up to ``connect_timeout`` for one to free up. Each running
            ``watch``/``wait_all``/``task.wait`` holds one during its long poll.
        allow_insecure_http: Permit ``http://`` to a non-loopback host.
        retry: When a failed call is tried again (:class:`~pyvmomo.RetryPolicy`).
        proxy: ``"http://[user:password@]proxy:3128"``; HTTPS goes through a CONNECT tunnel.
        trust_env: Read ``HTTPS_PROXY``, ``HTTP_PROXY`` and ``NO_PROXY`` when no
            ``proxy`` is given (default True). Loopback is never proxied.
        ssl_context: Your own ``ssl.SSLContext`` (a ``thumbprint`` still applies on top).
        cert: ``("client.pem", "client.key")``: TLS with a client certificate.
        compress: Ask for gzip replies (default True); they are inflated as they arrive.
        sdk_tunnel: ``"host:port"`` of the server's sdkTunnel CONNECT endpoint (a
            vCenter: its own host, port 80). ``LoginExtensionByCertificate`` goes
            through it with the client ``cert``, as vCenter requires.

    Pass it as ``connect(url, user, password, options=ConnectOptions(...))``,
    or give the same settings as keywords of ``connect()``.
    """

    verify: bool | str = True
    thumbprint: str | None = None
    connect_timeout: float = attrs.field(default=CONNECT_TIMEOUT, validator=attrs.validators.gt(0))
    read_timeout: float = attrs.field(default=READ_TIMEOUT, validator=attrs.validators.gt(0))
    pool_size: int = attrs.field(default=POOL_SIZE, validator=attrs.validators.ge(1))
    allow_insecure_http: bool = False
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    proxy: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    trust_env: bool = True
    ssl_context: ssl.SSLContext | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(ssl.SSLContext))
    )
    cert: tuple[str, str] | None = attrs.field(default=None, validator=_cert)
    compress: bool = True
    sdk_tunnel: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    def transport_settings(self) -> dict[str, Any]:
        """The keywords of ``Transport`` these options set."""
        return attrs.asdict(self, recurse=False)
