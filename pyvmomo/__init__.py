"""pyvmomo: a typed, generated Python SDK for the VMware vSphere (vim25) SOAP API.

    import pyvmomo
    with pyvmomo.connect("https://vc.example.com/sdk", user="u", password="p") as client:
        about = client.content.about

Generated classes (data objects, faults, enums, managed-object proxies) live in
:mod:`pyvmomo.vim25` and import lazily.
"""

from ._base import DataObject, ManagedObject, OpenEnum, UnknownManagedObject
from ._errors import (
    ArgumentError,
    ConnectionFailed,
    OutcomeUnknown,
    ProtocolError,
    PyvmomoError,
    ServerFault,
    SessionObjectsLost,
    TaskTimeout,
    TlsError,
    TransportError,
)
from ._retry import RetryPolicy
from ._xsd import AnyUri, Array, Byte, Double, EnumValue, Float, Int, Long, Short
from .client import Client, ConnectOptions, connect

__version__ = "0.1.0"

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
    "Int",
    "Long",
    "ManagedObject",
    "OpenEnum",
    "OutcomeUnknown",
    "ProtocolError",
    "PyvmomoError",
    "RetryPolicy",
    "ServerFault",
    "SessionObjectsLost",
    "Short",
    "TaskTimeout",
    "TlsError",
    "TransportError",
    "UnknownManagedObject",
    "connect",
]
