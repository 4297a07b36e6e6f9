"""pyvmomo: a typed, generated Python SDK for the VMware vSphere (vim25) SOAP API.

    import pyvmomo
    with pyvmomo.connect("https://vc.example.com/sdk", user="u", password="p") as client:
        about = client.content.about

Generated classes (data objects, faults, enums, managed-object proxies) live in
:mod:`pyvmomo.vim25` and import lazily.

Logging: the ``pyvmomo`` logger has a ``NullHandler``, so nothing is printed
until the application configures logging; a failure that is raised to the
caller is logged at INFO at most. pyvmomo imports :mod:`logging` only once
something else has (``pyvmomo._log``): until then no record could be printed.
"""

from typing import TYPE_CHECKING, Any

from ._base import DataObject, ManagedObject, OpenEnum, UnknownManagedObject
from ._errors import (
    ArgumentError,
    ConnectionFailed,
    InsecureTlsWarning,
    InvalidSetting,
    OutcomeUnknown,
    OvfError,
    OvfWarning,
    ProtocolError,
    PyvmomoError,
    ReloginFailed,
    ServerFault,
    SessionObjectsLost,
    TaskTimeout,
    TlsError,
    TransferError,
    TransferInterrupted,
    TransportError,
)
from ._xsd import AnyUri, Array, Byte, Double, EnumValue, Float, Int, Long, Short
from .client import Client, connect

if TYPE_CHECKING:
    from ._options import ConnectOptions
    from ._retry import RetryPolicy

__version__ = "0.1.0"

# The two attrs value classes load on first use: attrs and what only it imports
# (platform, unicodedata, 19 attr modules) cost 17-30 ms, about a third of
# `import pyvmomo` (docs/benchmarks.md). connect() loads them anyway.
_LAZY = {"ConnectOptions": "_options", "RetryPolicy": "_retry"}


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays a mypy error

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'pyvmomo' has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AnyUri",
    "ArgumentError",
    "Array",
    "Byte",
    "Client",
    "ConnectOptions",
    "ConnectionFailed",
    "DataObject",
    "Double",
    "EnumValue",
    "Float",
    "InsecureTlsWarning",
    "Int",
    "InvalidSetting",
    "Long",
    "ManagedObject",
    "OpenEnum",
    "OutcomeUnknown",
    "OvfError",
    "OvfWarning",
    "ProtocolError",
    "PyvmomoError",
    "ReloginFailed",
    "RetryPolicy",
    "ServerFault",
    "SessionObjectsLost",
    "Short",
    "TaskTimeout",
    "TlsError",
    "TransferError",
    "TransferInterrupted",
    "TransportError",
    "UnknownManagedObject",
    "connect",
]
