"""``ConnectOptions``: connection settings as a validated value (attrs, as the brief asks).

Kept apart from ``client.py`` so that ``import pyvmomo`` does not load attrs
(17-30 ms, about a third of the import): it loads on first use of
``pyvmomo.ConnectOptions`` or ``pyvmomo.RetryPolicy``, at the latest in ``connect()``.
"""

from __future__ import annotations

import attrs

from ._retry import RetryPolicy
from ._transport import CONNECT_TIMEOUT, POOL_SIZE, READ_TIMEOUT


@attrs.frozen(kw_only=True)
class ConnectOptions:
    """Connection settings, validated when built.

    Attributes:
        verify: True to verify TLS against the system CAs (the default, loopback
            included), or a path to a CA bundle. False disables verification.
        thumbprint: ``"sha256:<hex>"`` of the server certificate to pin; when set,
            only that certificate is accepted and the chain is not checked.
        connect_timeout: Seconds to establish a connection (default 10).
        read_timeout: Seconds to wait for a reply (default 120); a call's
            ``_timeout=`` overrides it.
        pool_size: Idle connections kept (default 16); size it to the threads sharing the client.
        allow_insecure_http: Permit ``http://`` to a non-loopback host.
        retry: When a failed call is tried again (:class:`~pyvmomo.RetryPolicy`).

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
