"""XSD primitive values: text conversion and the wrappers that keep wire types.

In ``xsd:anyType`` slots (``OptionValue.value``, ``DynamicProperty.val``...) the
wire carries its own type: ``xsd:long`` and ``xsd:int`` are both a Python
``int``. Decoded values in those slots use the int/float/str subclasses here
(``Long(5)``, ``EnumValue("poweredOn", "VirtualMachinePowerState")``), which
behave as plain values and encode back as the same wire type; lists keep their
``ArrayOfX`` name in :class:`Array`. Plain Python values get a type inferred by
:func:`infer_type`.

Text forms follow XSD, not Python: ``INF``/``-INF``/``NaN`` for special floats,
and a dateTime always carries an offset (naive values are taken as UTC).
"""

from __future__ import annotations

import binascii  # base64's C core; the base64 module is 0.25 ms more of a cold connect
import re
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from ._errors import ArgumentError

PRIMITIVES = frozenset(
    {
        "string",
        "boolean",
        "byte",
        "short",
        "int",
        "long",
        "float",
        "double",
        "dateTime",
        "base64Binary",
        "anyURI",
    }
)
_INT_RANGES = {"byte": 8, "short": 16, "int": 32, "long": 64}
_INF = float("inf")


class Long(int):
    """An ``int`` that travels as ``xsd:long``."""

    xsd_type = "long"


class Int(int):
    """An ``int`` that travels as ``xsd:int``."""

    xsd_type = "int"


class Short(int):
    """An ``int`` that travels as ``xsd:short``."""

    xsd_type = "short"


class Byte(int):
    """An ``int`` that travels as ``xsd:byte``."""

    xsd_type = "byte"


class Float(float):
    """A ``float`` that travels as ``xsd:float``."""

    xsd_type = "float"


class Double(float):
    """A ``float`` that travels as ``xsd:double``."""

    xsd_type = "double"


class AnyUri(str):
    """A ``str`` that travels as ``xsd:anyURI``."""

    xsd_type = "anyURI"


_WRAPPERS: dict[str, type] = {
    "long": Long,
    "int": Int,
    "short": Short,
    "byte": Byte,
    "float": Float,
    "double": Double,
    "anyURI": AnyUri,
}


class EnumValue(str):
    """A ``str`` that travels with its type name in anyType slots (``xsi:type="VirtualMachinePowerState"``).

    Decoded enum values in anyType slots arrive as this class, as do simple
    values of a type these bindings do not know (a newer server's enum).
    It compares and hashes as the plain string.
    """

    wire_type: str

    def __new__(cls, value: str, wire_type: str) -> EnumValue:
        self = super().__new__(cls, value)
        self.wire_type = wire_type
        return self

    def __repr__(self) -> str:
        return f"EnumValue({str(self)!r}, {self.wire_type!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (EnumValue, (str(self), self.wire_type))


class Array(list[Any]):
    """A list that remembers its ``ArrayOfX`` wire type, for anyType slots."""

    def __init__(self, items: Any = (), *, wire_type: str | None = None) -> None:
        super().__init__(items)
        self.wire_type = wire_type


class Extra(NamedTuple):
    """What a newer server sent that these bindings do not know, kept on the object as ``_extra_``.

    Read :func:`pyvmomo.serialize.extra` rather than the slot. Offline
    serialization (``to_xml``/``to_json``) writes it back in place; requests to
    a server never do (see ``_encode.py``).
    """

    wire_type: str | None  # the unknown xsi:type, when the object's class is a stand-in
    elements: tuple[bytes, ...]  # unknown child elements, serialized
    after: tuple[str, ...] = ()  # per element: wire name of the known member it followed ("" = first)


def _bad(xsd_type: str, value: Any) -> ArgumentError:
    return ArgumentError(f"xsd:{xsd_type} cannot hold {type(value).__name__} {value!r}")


def to_text(xsd_type: str, value: Any) -> str | None:
    """The wire text of ``value`` as ``xsd_type``; None if ``xsd_type`` is not a primitive."""
    if xsd_type == "string" or xsd_type == "anyURI":
        if not isinstance(value, str):
            raise _bad(xsd_type, value)
        return value
    if xsd_type == "boolean":
        if not isinstance(value, bool):
            raise _bad(xsd_type, value)
        return "true" if value else "false"
    bits = _INT_RANGES.get(xsd_type)
    if bits is not None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _bad(xsd_type, value)
        if not -(2 ** (bits - 1)) <= value < 2 ** (bits - 1):
            raise ArgumentError(f"{value} is out of range for xsd:{xsd_type}")
        return str(int(value))
    if xsd_type in ("float", "double"):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _bad(xsd_type, value)
        real = float(value)
        if real != real:
            return "NaN"
        if real in (_INF, -_INF):
            return "INF" if real > 0 else "-INF"
        return repr(real)
    if xsd_type == "dateTime":
        if not isinstance(value, datetime):
            raise _bad(xsd_type, value)
        return format_datetime(value)
    if xsd_type == "base64Binary":
        if not isinstance(value, bytes | bytearray):
            raise _bad(xsd_type, value)
        return binascii.b2a_base64(value, newline=False).decode()
    return None


_MAX_OFFSET = timedelta(hours=14)


def format_datetime(value: datetime) -> str:
    """ISO 8601 with an explicit offset; naive datetimes are taken as UTC.

    An offset XSD cannot write (seconds, or beyond 14 hours) is converted to UTC.
    """
    offset = value.utcoffset()
    if offset is None:
        value = value.replace(tzinfo=UTC)
    elif offset.seconds % 60 or offset.microseconds or abs(offset) > _MAX_OFFSET:
        value = value.astimezone(UTC)
    return value.isoformat().replace("+00:00", "Z")


_FRACTION = re.compile(r"\.(\d+)")


def parse_datetime(text: str) -> datetime:
    """Parse xsd:dateTime, including vcsim's nanoseconds and a trailing ``Z``."""
    try:
        return datetime.fromisoformat(text)  # since 3.11: "Z" and any fraction (cut to microseconds)
    except ValueError:
        pass
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    text = _FRACTION.sub(lambda m: "." + m.group(1)[:6].ljust(6, "0"), text, count=1)
    return datetime.fromisoformat(text)


def from_text(xsd_type: str, text: str, *, wrap: bool) -> Any:
    """Decode primitive wire text; ``wrap`` keeps the wire type for anyType slots."""
    if xsd_type == "string":
        return text
    if xsd_type == "boolean":
        return text.strip() in ("true", "1")
    if xsd_type in _INT_RANGES:
        number = int(text)
        return _WRAPPERS[xsd_type](number) if wrap else number
    if xsd_type in ("float", "double"):
        real = float(text)
        return _WRAPPERS[xsd_type](real) if wrap else real
    if xsd_type == "dateTime":
        return parse_datetime(text)
    if xsd_type == "base64Binary":
        return binascii.a2b_base64(text)
    if xsd_type == "anyURI":
        return AnyUri(text) if wrap else text
    return text


def infer_type(value: Any) -> str | None:
    """The XSD type to send a plain Python value as, in an anyType slot."""
    wire = getattr(type(value), "xsd_type", None)
    if wire is not None:
        return str(wire)
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if -(2**31) <= value < 2**31 else "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, datetime):
        return "dateTime"
    if isinstance(value, bytes | bytearray):
        return "base64Binary"
    return None
