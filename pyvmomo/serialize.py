"""Save and load data objects: XML elements, recorded SOAP replies, and JSON.

Users save specs (a ``VirtualMachineConfigSpec`` as JSON or XML), tests replay
recorded responses. Everything here walks the same generated ``Field``
metadata as the transport, with the same rules:

- :func:`to_xml` writes one element in the vim25 namespace; data objects always
  carry ``xsi:type``, so :func:`from_xml` needs no slot to decode them. Member
  types are checked as for a request; required members and since-versions are
  not (they are checked when sending), so a reply that lacks a required member
  can be saved and loaded again.
- :func:`decode_reply` decodes a whole SOAP reply, and raises the typed fault
  when the reply is one. Without an operation name it takes the name from the
  reply (``XxxResponse`` -> ``Xxx``). An operation the bindings lack (pyvmomi's
  internal ``Fetch``, a newer server's) decodes untyped, each ``returnval`` by
  its ``xsi:type`` as in an anyType slot: one is the value, several a list.
- :func:`to_json`/:func:`from_json`: every data object is a JSON object whose
  ``"_type"`` is its wire type name and whose keys are wire member names
  (``"from"``, not ``from_``). Values in declared slots are plain JSON (a
  dateTime and base64Binary as their XSD text; special floats as ``"INF"``,
  ``"-INF"``, ``"NaN"``); values in anyType slots carry their wire type,
  exactly as on the wire: ``{"_type": "xsd:long", "value": 5}``,
  ``{"_type": "ArrayOfString", "items": [...]}``,
  ``{"_type": "VirtualMachinePowerState", "value": "poweredOn"}``. A reference
  is ``{"_type": "ManagedObjectReference", "type": "VirtualMachine", "value":
  "vm-42"}``. JSON records the Python state as it is: unlike XML it does not
  insist on required members, so half-built specs can be saved.

References are re-bound on load: with ``client=`` they belong to that client
and can be called; without, they are bound to :class:`Detached`, compare and
print as usual, and refuse to call.

What a newer server sent and these bindings do not know (see :func:`extra`) is
written back in place by ``to_xml`` and ``to_json``, so saving a reply loses
nothing; sending such an object to a server is refused (``_encode.py``).
"""

from __future__ import annotations

import base64
import builtins
import contextlib
import functools
import importlib
import json
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast, overload

from lxml import etree

from . import _xsd
from ._base import DataObject, ManagedObject, Operation, UnknownManagedObject
from ._encode import Encoder
from ._errors import ArgumentError, ProtocolError, PyvmomoError, ServerFault
from ._registry import Registry
from ._soap import SOAPENV, Decoder

if TYPE_CHECKING:
    from .client import Client

__all__ = ["Detached", "decode_reply", "extra", "from_json", "from_xml", "to_json", "to_xml"]

T = TypeVar("T")
DEFAULT_BINDINGS = "pyvmomo.vim25"
PBM_NAMESPACE = "urn:pbm"
TYPE_KEY = "_type"
EXTRA_KEY = "_extra"
MOR = "ManagedObjectReference"


class Detached:
    """The transport of references loaded without a client: they compare and print, but cannot call."""

    server_id = "(detached)"

    def invoke(
        self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...] = (), timeout: Any = None
    ) -> NoReturn:
        raise ArgumentError(
            f"{this!r} was loaded without a client and cannot call {op.name}; "
            "load with client=..., or use client.ref()"
        )


_DETACHED = Detached()


@functools.cache
def _registry(package: str) -> Registry:
    """The registry of a binding package; a service's (pbm) has its sibling vim25 as parent."""
    sibling = getattr(importlib.import_module(f"{package}._index"), "SIBLING", None)
    parent = _registry(f"{package.rpartition('.')[0]}.{sibling}".lstrip(".")) if sibling else None
    return Registry(package, parent)


def _service_reader(namespace: str, registry: Registry, client: Client | None) -> tuple[Registry, Any] | None:
    """The registry and transport for a reply of another service (``urn:pbm``), or None."""
    if namespace != PBM_NAMESPACE or registry.namespace == PBM_NAMESPACE:
        return None
    if client is not None:
        pbm = client.pbm.transport  # made on first use
        return pbm.registry, pbm
    from ._pbm import pbm_package

    return _registry(pbm_package(registry.package)), _DETACHED


def _registry_of(value: object) -> Registry:
    """The registry of the binding package a generated class comes from."""
    module = type(value).__module__
    for marker in (".types.", ".faults.", ".managed."):
        if marker in module:
            return _registry(module.split(marker)[0])
    return _registry(DEFAULT_BINDINGS)


def _reader(client: Client | None, bindings: str | ModuleType | None) -> tuple[Registry, Any]:
    if client is not None:
        return client.transport.registry, client.transport
    name = bindings if isinstance(bindings, str) else bindings.__name__ if bindings else DEFAULT_BINDINGS
    return _registry(name), _DETACHED


def extra(obj: object) -> _xsd.Extra | None:
    """What a newer server sent in ``obj`` that these bindings do not know, or None.

    ``wire_type`` is set when ``obj``'s class stands in for an unknown type;
    ``elements`` are the unknown child elements as XML bytes.
    """
    found: _xsd.Extra | None = getattr(obj, "_extra_", None)
    return found


# -- XML -------------------------------------------------------------------------


def to_xml(obj: DataObject | ServerFault | ManagedObject, *, tag: str | None = None) -> bytes:
    """One XML element holding ``obj`` (UTF-8, no declaration); ``tag`` defaults to its type name.

    An object that stands in for a type unknown to these bindings is written
    as the server sent it (``<VirtualDevice xsi:type="VirtualFooDevice">``), so
    it loads back as the same stand-in; give ``type=`` to :func:`from_xml` when
    you choose another ``tag``.

    Raises:
        ArgumentError: A member holds a value of the wrong type.
    """
    registry = _registry_of(obj)
    if tag is None:  # for a stand-in, the class it decoded as: the element then names its slot type
        tag = MOR if isinstance(obj, ManagedObject) else obj._wire_name_
    encoder = Encoder(registry, registry.api_version, offline=True)
    return encoder.element(obj, tag).encode()


def _parse(data: bytes | str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data.encode() if isinstance(data, str) else data, parser)
    except etree.XMLSyntaxError as exc:
        raise ProtocolError(f"not XML: {exc}") from exc


_STRAY = (ValueError, KeyError, TypeError, AttributeError, IndexError, etree.LxmlError)


@contextlib.contextmanager
def _decoding(
    error: builtins.type[ArgumentError] | builtins.type[ProtocolError], what: str
) -> Iterator[None]:
    """Turn what a malformed input makes the decoder raise into one pyvmomo error, chained."""
    try:
        yield
    except PyvmomoError:
        raise
    except _STRAY as exc:
        raise error(f"{what}: {type(exc).__name__}: {str(exc)[:200]}") from exc


@overload
def from_xml(
    data: bytes | str | etree._Element,
    type: type[T],
    *,
    client: Client | None = None,
    bindings: str | ModuleType | None = None,
) -> T: ...
@overload
def from_xml(
    data: bytes | str | etree._Element,
    type: str | None = None,
    *,
    client: Client | None = None,
    bindings: str | ModuleType | None = None,
) -> Any: ...
def from_xml(
    data: bytes | str | etree._Element,
    type: Any = None,
    *,
    client: Client | None = None,
    bindings: str | ModuleType | None = None,
) -> Any:
    """Decode one element (as :func:`to_xml` writes it, or cut from a reply).

    The element's ``xsi:type`` wins; else ``type`` (a class or a wire type
    name); else the element's own name. With a class, the result is checked
    to be an instance of it.
    """
    registry, transport = _reader(client, bindings)
    with _decoding(ArgumentError, "cannot decode this XML"):
        return _from_xml(registry, transport, data, type)


def _from_xml(registry: Registry, transport: Any, data: bytes | str | etree._Element, type: Any) -> Any:
    element = data if isinstance(data, etree._Element) else _parse(data)
    if isinstance(type, str):
        declared = type
    elif isinstance(type, builtins.type) and issubclass(type, ManagedObject):
        declared = MOR
    elif type is not None:
        declared = getattr(type, "_wire_name_", "anyType")
    else:
        declared = etree.QName(element).localname
        if registry.data_class(declared) is None and declared != MOR:
            declared = "anyType"
    value = Decoder(registry, transport).value(element, declared)
    if type is not None and not isinstance(type, str) and not isinstance(value, type):
        raise ArgumentError(f"the element holds a {builtins.type(value).__name__}, not a {type.__name__}")
    return value


def decode_reply(
    data: bytes,
    operation: str | Operation[T] | None = None,
    *,
    client: Client | None = None,
    bindings: str | ModuleType | None = None,
) -> Any:
    """Decode a recorded SOAP reply into its result.

    Args:
        data: The whole reply, ``<soapenv:Envelope>`` included.
        operation: The operation's wire name (or descriptor); by default the
            reply's own (``CurrentTimeResponse`` -> ``CurrentTime``). An
            operation the bindings lack decodes untyped: each ``returnval``
            by its ``xsi:type``; one is the value, several are a list.
        client: Bind references in the result to this client.
        bindings: The binding package to decode with. By default the reply's
            namespace chooses: ``urn:vim25`` -> ``pyvmomo.vim25`` (or the
            client's bindings), ``urn:pbm`` -> ``pyvmomo.pbm`` (``client.pbm``
            with a client), so a recorded PBM reply decodes without naming it.

    Raises:
        ServerFault: The reply is a fault; the typed fault class is raised.
        ProtocolError: The reply is not a SOAP reply (of that operation).
    """
    registry, transport = _reader(client, bindings)
    named = operation if isinstance(operation, str) else operation.name if operation else None
    with _decoding(ProtocolError, f"cannot decode this {named or 'SOAP'} reply"):
        if bindings is None and (found := _service_reader(_namespace(data), registry, client)):
            registry, transport = found
        return _decode_reply(Decoder(registry, transport), operation, data)


def _namespace(data: bytes) -> str:
    """The namespace that tells a reply's service: its response's, or its fault detail's.

    Read from the first elements only, with the decoder's safe parser settings.
    """
    body, fault = f"{{{SOAPENV}}}Body", f"{{{SOAPENV}}}Fault"
    parser = etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True)
    depth, in_body, in_detail = 0, False, False
    try:
        parser.feed(data)
        for event, item in parser.read_events():
            if event == "end":
                depth -= 1
                continue
            depth += 1
            tag = cast(etree._Element, item).tag
            if depth == 2:  # Envelope > Body
                in_body = tag == body
            elif in_body and depth == 3 and tag != fault:  # Body > XxxResponse
                return etree.QName(tag).namespace or ""
            elif in_body and depth == 4:  # Fault > detail
                in_detail = tag == "detail"
            elif in_detail and depth == 5:  # detail > XxxFault
                return etree.QName(tag).namespace or ""
    except etree.XMLSyntaxError:
        pass
    return ""


def _decode_reply(decoder: Decoder, operation: str | Operation[Any] | None, data: bytes) -> Any:
    outcome = decoder.decode((data,), operation, 200, strict=True)
    if isinstance(outcome, PyvmomoError):
        raise outcome
    return outcome


# -- JSON ------------------------------------------------------------------------


def to_json(obj: object, *, indent: int | None = None) -> str:
    """JSON text for a data object, fault, reference, list of them, or anyType value.

    Raises:
        ArgumentError: A member holds a value of the wrong type.
    """
    writer = _JsonWriter(_registry_of(obj[0] if isinstance(obj, list | tuple) and obj else obj))
    if isinstance(obj, list | tuple) and not isinstance(obj, _xsd.Array):
        document: Any = [writer.value(item, "anyType", "[]") for item in obj]
    else:
        document = writer.value(obj, "anyType", type(obj).__name__)
    return json.dumps(document, indent=indent, ensure_ascii=False, allow_nan=False)


def from_json(
    text: str | bytes, *, client: Client | None = None, bindings: str | ModuleType | None = None
) -> Any:
    """Load what :func:`to_json` wrote; references are bound to ``client`` (or :class:`Detached`).

    Raises:
        ArgumentError: The JSON names a type these bindings do not know, or
            does not have the shape :func:`to_json` writes.
    """
    registry, transport = _reader(client, bindings)
    reader = _JsonReader(registry, transport)
    with _decoding(ArgumentError, "cannot decode this JSON"):
        document = json.loads(text)
        if isinstance(document, list):
            return [reader.value(item, "anyType") for item in document]
        return reader.value(document, "anyType")


class _JsonWriter:
    """Python values -> JSON-ready values, slot by slot, as ``Encoder`` does for XML."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._arrays = Encoder(registry, registry.api_version, offline=True)

    def value(self, value: Any, declared: str, where: str) -> Any:
        if declared == "anyType":
            return self._any(value, where)
        if declared == MOR:
            if not isinstance(value, ManagedObject):
                raise ArgumentError(f"{where} takes a managed object reference, got {type(value).__name__}")
            return {TYPE_KEY: MOR, "type": value.type, "value": value.value}
        if declared in _xsd.PRIMITIVES:
            return _primitive(declared, value)
        if declared in self.registry.enums:
            if not isinstance(value, str):
                raise ArgumentError(f"{where} takes a {declared} value (str), got {type(value).__name__}")
            return str(value)
        if not isinstance(value, DataObject | ServerFault) or not self.registry.is_data_subclass(
            value, declared
        ):
            raise ArgumentError(f"{where} takes {declared}, got {type(value).__name__}")
        return self._data(value)

    def _data(self, value: DataObject | ServerFault) -> dict[str, Any]:
        out: dict[str, Any] = {TYPE_KEY: value._wire_name_}
        for field in value._fields_:
            member = getattr(value, field.name, None)
            if member is None or (field.array and not member):
                continue
            where = f"{value._wire_name_}.{field.wire}"
            if field.array:
                if not isinstance(member, list | tuple):
                    raise ArgumentError(f"{where} takes a list, got {type(member).__name__}")
                out[field.wire] = [self.value(item, field.type, where) for item in member]
            else:
                out[field.wire] = self.value(member, field.type, where)
        found = extra(value)
        if found is not None:
            out[EXTRA_KEY] = {
                "type": found.wire_type,
                "elements": [element.decode() for element in found.elements],
                "after": list(found.after),
            }
        return out

    def _any(self, value: Any, where: str) -> Any:
        if isinstance(value, ManagedObject):
            return {TYPE_KEY: MOR, "type": value.type, "value": value.value}
        if isinstance(value, DataObject | ServerFault):
            return self._data(value)
        if isinstance(value, list | tuple):
            wrapper, item_type, _ = self._arrays.array_type(value, where)
            return {TYPE_KEY: wrapper, "items": [self.value(item, item_type, where) for item in value]}
        if isinstance(value, _xsd.EnumValue):
            return {TYPE_KEY: value.wire_type, "value": str(value)}
        xsd_type = _xsd.infer_type(value)
        if xsd_type is None:
            raise ArgumentError(f"{where} cannot hold a {type(value).__name__}")
        return {TYPE_KEY: f"xsd:{xsd_type}", "value": _primitive(xsd_type, value)}


def _primitive(xsd_type: str, value: Any) -> Any:
    """JSON form of a primitive; checks the type as the XML encoder does."""
    text = _xsd.to_text(xsd_type, value)
    if xsd_type in ("string", "anyURI", "dateTime", "base64Binary"):
        return text
    if xsd_type == "boolean":
        return bool(value)
    if xsd_type in ("float", "double"):
        return float(value) if text not in ("INF", "-INF", "NaN") else text
    return int(value)


class _JsonReader:
    """JSON values -> Python values, slot by slot, as ``Decoder`` does for XML."""

    def __init__(self, registry: Registry, transport: Any) -> None:
        self.registry = registry
        self.transport = transport

    def value(self, value: Any, declared: str) -> Any:
        if declared == "anyType":
            return self._any(value)
        if declared == MOR:
            return self._reference(value)
        if declared in _xsd.PRIMITIVES:
            return _from_primitive(declared, value, wrap=False)
        if declared in self.registry.enums:
            return _expect(value, str, declared)
        return self._data(value, declared)

    def _reference(self, value: Any) -> ManagedObject:
        if not isinstance(value, dict) or value.get(TYPE_KEY) != MOR:
            _shape(value, "a ManagedObjectReference")
        type_name, ref = _expect(value.get("type"), str, MOR), _expect(value.get("value"), str, MOR)
        cls = self.registry.managed_class(type_name)
        if cls is None:
            return UnknownManagedObject(self.transport, ref, type_name)
        return cls(self.transport, ref)

    def _data(self, value: Any, declared: str) -> Any:
        if not isinstance(value, dict) or not isinstance(value.get(TYPE_KEY), str):
            _shape(value, f"a {declared} object with {TYPE_KEY!r}")
        wire = value[TYPE_KEY]
        cls: Any = self.registry.data_class(wire)
        if cls is None:
            raise ArgumentError(f"{self.registry.package} has no data type {wire}")
        base = self.registry.data_class(declared)
        if base is not None and not issubclass(cls, base):
            raise ArgumentError(f"a {wire} cannot fill a slot of type {declared}")
        obj = cls.__new__(cls)
        for field in cls._fields_:
            member = value.get(field.wire)
            if member is None:
                setattr(obj, field.name, [] if field.array else None)
            elif field.array:
                items = _expect(member, list, f"{wire}.{field.wire}")
                setattr(obj, field.name, [self.value(item, field.type) for item in items])
            else:
                setattr(obj, field.name, self.value(member, field.type))
        found = value.get(EXTRA_KEY)
        if found is not None:
            wire_type = found.get("type")
            obj._extra_ = _xsd.Extra(
                wire_type,
                tuple(element.encode() for element in found.get("elements", ())),
                tuple(found.get("after", ())),
            )
            if wire_type is not None and isinstance(obj, ServerFault):
                obj._wire_type_ = wire_type  # type: ignore[attr-defined]
        return obj

    def _any(self, value: Any) -> Any:
        if not isinstance(value, dict) or not isinstance(value.get(TYPE_KEY), str):
            _shape(value, f"a value with {TYPE_KEY!r}")
        wire: str = value[TYPE_KEY]
        if wire == MOR:
            return self._reference(value)
        if wire.startswith("xsd:"):
            return _from_primitive(wire[4:], value.get("value"), wrap=True)
        if self.registry.data_class(wire) is not None:
            return self._data(value, "anyType")
        if wire.startswith("ArrayOf") and "items" in value:
            items = _expect(value["items"], list, wire)
            array = self.registry.arrays.get(wire)
            item_type = array[0] if array else "anyType"  # a newer server's array: items carry types
            return _xsd.Array((self.value(item, item_type) for item in items), wire_type=wire)
        if "value" in value:  # an enum value, or a newer server's simple type
            return _xsd.EnumValue(_expect(value["value"], str, wire), wire)
        raise ArgumentError(f"{self.registry.package} has no type {wire}")


def _from_primitive(xsd_type: str, value: Any, *, wrap: bool) -> Any:
    if xsd_type in ("string", "anyURI", "dateTime", "base64Binary"):
        text = _expect(value, str, f"xsd:{xsd_type}")
        if xsd_type == "dateTime":
            return _xsd.parse_datetime(text)
        if xsd_type == "base64Binary":
            return base64.b64decode(text)
        return _xsd.AnyUri(text) if wrap and xsd_type == "anyURI" else text
    if xsd_type == "boolean":
        return _expect(value, bool, "xsd:boolean")
    if xsd_type in ("float", "double"):
        real = float(value if isinstance(value, str) else _expect(value, int | float, f"xsd:{xsd_type}"))
        return _xsd.from_text(xsd_type, repr(real), wrap=wrap)
    if xsd_type in ("byte", "short", "int", "long"):
        number = _expect(value, int, f"xsd:{xsd_type}")
        return _xsd.from_text(xsd_type, str(number), wrap=wrap)
    return _expect(value, str, f"xsd:{xsd_type}")  # an XSD type these bindings do not convert


def _expect(value: Any, kind: Any, what: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        _shape(value, what)
    return value


def _shape(value: Any, expected: str) -> NoReturn:
    raise ArgumentError(f"expected {expected} in JSON, got {json.dumps(value)[:80]}")
