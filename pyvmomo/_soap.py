"""SOAP replies: decode them from the generated metadata; names both directions share.

Requests are encoded by :mod:`pyvmomo._encode`.

Decoding parses with a hardened lxml parser (no entities, no network, lxml's
default depth limit) as the reply's bytes arrive (:mod:`pyvmomo._xmlstream`)
and builds objects directly from complete elements, deleting each one once
decoded: peak memory is the result plus a bounded window of the tree, not the
whole reply's tree. A data object still arriving is built member by member; a
complete one is walked in one loop. ``xsi:type`` is
matched by namespace URI, not by prefix (vcsim writes
``XMLSchema-instance:type`` inside ``DynamicProperty.val``). Faults are
returned, not raised: the transport raises them in one place. Each class gets
a decoding plan once (member kinds from the declared types), so a leaf costs a
dict look-up and a branch; a member declared as a simple type or an enum
ignores ``xsi:type`` (XSD allows only restrictions there, which change nothing
in Python), a data-object member follows it.

Newer servers, older bindings (what the decoder does with what it does not know):

- An unknown ``xsi:type`` decodes as the declared type of its slot (a
  "stand-in"); in anyType slots, a simple value becomes an
  :class:`~pyvmomo._xsd.EnumValue` carrying the type name, an ``ArrayOfX``
  becomes an :class:`~pyvmomo._xsd.Array` (the name says it is a list), and
  anything else a ``DynamicData`` stand-in; unknown fault details a
  ``MethodFault`` one. The wire type name is kept in ``_extra_``. pyvmomo
  never guesses a closer ancestor from the name: hiding each known type of the
  7.0.3 hierarchy in turn and guessing its ancestor from its CamelCase words
  (prefix, suffix, first+last word, one word dropped, with or without a
  required-member check) picked a class that is *not* an ancestor in 10 % to
  72 % of the guesses made for real polymorphic slots (best: 22 of 227), and a
  wrong guess would make ``isinstance`` lie.
- Unknown child elements of known types are kept, serialized, in ``_extra_``
  with the known member each one followed.
- Unknown enum values stay strings; references to unknown managed types become
  :class:`~pyvmomo._base.UnknownManagedObject`.

What is kept is read-only towards servers: a request never sends unknown
elements (they are newer than the negotiated API by construction), and
refuses a stand-in object, which cannot be sent faithfully. Offline
serialization (:mod:`pyvmomo.serialize`) writes both back in place.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from . import _xsd
from ._attempts import protocol_error
from ._base import ARRAY, Field, ManagedObject, Operation, UnknownManagedObject
from ._errors import ProtocolError, PyvmomoError, ServerFault
from ._registry import PendingReference, Registry
from ._xsd import parse_datetime

if TYPE_CHECKING:  # lxml loads with the first Decoder, not at `import pyvmomo` (docs/benchmarks.md)
    from lxml import etree

    from ._xmlstream import XmlStream

SOAPENV = "http://schemas.xmlsoap.org/soap/envelope/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XSD = "http://www.w3.org/2001/XMLSchema"
XSI_TYPE = f"{{{XSI}}}type"
_ENVELOPE = f"{{{SOAPENV}}}Envelope"
_BODY = f"{{{SOAPENV}}}Body"
_FAULT = f"{{{SOAPENV}}}Fault"
MAX_REPLY_BYTES = 512 * 1024 * 1024


def version_key(version: str) -> tuple[int, ...]:
    """``"6.5"`` -> ``(6, 5, 0, 0)``, so versions compare numerically."""
    try:
        parts = tuple(int(p) for p in version.split("."))
    except ValueError:
        return (0, 0, 0, 0)
    return parts + (0,) * (4 - len(parts))


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")


def xsi_type(element: etree._Element) -> str | None:
    """The local name of an element's xsi:type, resolved by namespace URI; "xsd:" kept for XSD types.

    A value that is not an XML name is refused: type names end up in XML
    written later (``serialize.to_xml``), where they must not inject markup.
    """
    value = element.get(XSI_TYPE)
    if value is None:
        return None
    prefix, _, local = value.rpartition(":")
    if not _NAME.match(local):
        raise ValueError(f"xsi:type {value[:80]!r} is not an XML name")
    # No vim type is named like an XSD type, so a prefixed XSD name needs no
    # look-up of its namespace (``nsmap`` builds a dict of every binding in scope).
    if prefix and (local in _xsd.PRIMITIVES or element.nsmap.get(prefix) == XSD):
        return "xsd:" + local
    return local


# How ``Decoder._data`` decodes a member that carries no xsi:type, decided once per
# class and member, so a leaf costs no ``value()`` call and no type dispatch.
_GENERAL, _TEXT, _DATA, _INT, _BOOL, _REF, _FLOAT, _DATETIME, _PENDING_REF = range(9)
_PRIMITIVE_KINDS = {
    "string": _TEXT,
    "anyURI": _TEXT,
    "int": _INT,
    "long": _INT,
    "short": _INT,
    "byte": _INT,
    "boolean": _BOOL,
    "float": _FLOAT,
    "double": _FLOAT,
    "dateTime": _DATETIME,
}


class _Plan(NamedTuple):
    """Decoding plan of one class: child tag (bare and qualified) -> (name, array, declared type, kind)."""

    members: dict[Any, tuple[str, bool, str, int]]
    blank: Callable[[Any], None]  # sets every member of a new instance unset: None, or a fresh []


# Objects of one class set unset by a loop before a function is written out for the class.
WRITE_OUT_AFTER = 32


def _blank_loop(fields: Sequence[Field]) -> Callable[[Any], None]:
    """A function setting each of ``fields`` unset on an object: None, or a fresh empty list."""

    def blank(obj: Any) -> None:
        for f in fields:
            setattr(obj, f.name, [] if f.array else None)

    return blank


def _blank_written_out(fields: Sequence[Field]) -> Callable[[Any], None]:
    """:func:`_blank_loop`'s function written out for ``fields``, as ``dataclasses`` writes ``__init__``.

    One attribute store per member in byte code costs a third of the
    ``setattr()`` loop, and a large reply sets ~400,000 members unset before
    filling them (4-8 % of decoding 5,000 VMs); compiling it costs 0.1-0.4 ms,
    so only classes decoded often get one. Member names are the generated
    classes' ``__slots__``, identifiers by construction; anything else keeps the loop.
    """
    if not all(f.name.isidentifier() and not keyword.iskeyword(f.name) for f in fields):
        return _blank_loop(fields)
    lines = [f"    obj.{f.name} = {'[]' if f.array else 'None'}" for f in fields] or ["    pass"]
    namespace: dict[str, Any] = {}
    exec("\n".join(["def blank(obj):", *lines]), namespace)  # the names are checked above
    return cast(Callable[[Any], None], namespace["blank"])


def _anchored(
    unknown: Iterable[etree._Element], fields: dict[str, Field], before: str
) -> list[tuple[bytes, str]]:
    """Unknown children serialized, each with the known member it followed (``before`` if none is left)."""
    from lxml import etree

    pairs = []
    for child in unknown:
        anchor = before
        for previous in child.itersiblings(preceding=True):
            name = etree.QName(previous).localname if isinstance(previous.tag, str) else ""
            if name in fields:
                anchor = name
                break
        pairs.append((etree.tostring(child, with_tail=False), anchor))
    return pairs


def _last_member(children: Sequence[etree._Element], fields: dict[str, Field], before: str) -> str:
    """The wire name of the last known member among ``children``, else ``before``."""
    from lxml import etree

    for child in reversed(children):
        if isinstance(child.tag, str) and etree.QName(child).localname in fields:
            return etree.QName(child).localname
    return before


class Decoded(NamedTuple):
    """A reply's outcome (a value, a ServerFault or a ProtocolError) and whether it was readable.

    ``readable`` is False when the bytes were not XML or not a SOAP envelope:
    the transport may re-send a safe call then, not after a decoding failure.
    """

    outcome: Any
    readable: bool


class _NotSoap(Exception):
    """Well-formed XML, but not a SOAP envelope with a Body."""


def _not_readable(name: str, status: int, what: str) -> ProtocolError:
    return ProtocolError(f"HTTP {status} reply to {name} {what}", remote_method=name, status=status)


# The result of an operation these bindings lack (offline only): every returnval, as in an anyType slot.
_UNTYPED = Field("returnval", "anyType", ARRAY)


class Decoder:
    """Turns reply elements into Python values bound to one transport."""

    def __init__(self, registry: Registry, transport: Any, home: Any = None) -> None:
        self.registry = registry
        self.transport = transport
        # References to managed types of the parent registry (vim25 objects in a PBM
        # reply) are bound to the parent's transport: their calls go to /sdk.
        self.home: Any = transport if home is None else home
        self._namespaces: tuple[str, ...] = tuple("{" + ns + "}" for ns in registry.namespaces)
        self._plans: dict[type, _Plan] = {}
        from . import _xmlstream  # and lxml with it: when a client is built, not at `import pyvmomo`

        self._xml = _xmlstream
        self._hot = (self._data, self.value, self.reference, registry.loaded, registry.data_class)

    # -- replies -------------------------------------------------------------

    def decode(
        self, chunks: Iterable[bytes], op: Operation[Any] | str | None, status: int, *, strict: bool = False
    ) -> Any:
        """What one reply means, decoded as its bytes arrive: the result, a ServerFault or a ProtocolError.

        ``chunks`` are the reply body's bytes as they come off the connection
        (one ``bytes`` object is fine). Whatever the chunks raise (the HTTP
        layer's errors) propagates unchanged. On a ProtocolError the chunks may
        be left unfinished: the connection is then not reusable.

        Offline (:func:`pyvmomo.serialize.decode_reply`), ``strict`` checks
        that the Body holds ``op``'s response, and ``op`` may be a wire name or
        None (the operation the reply names, ``XxxResponse``); an operation
        these bindings lack decodes untyped: each ``returnval`` as in an
        anyType slot, one is the value, several a list.
        """
        return self.read(chunks, op, status, strict=strict).outcome

    def read(
        self, chunks: Iterable[bytes], op: Operation[Any] | str | None, status: int, *, strict: bool = False
    ) -> Decoded:
        """:meth:`decode`, and whether the reply was readable XML (a SOAP envelope) at all."""
        xml = self._xml
        label = op.name if isinstance(op, Operation) else op or "the recorded call"
        try:
            stream = xml.XmlStream(chunks, _ENVELOPE)
            outcome = self._reply(stream, op, status, strict or not isinstance(op, Operation))
            stream.drain()
        except xml.ChunkError as exc:
            raise exc.error from exc.error.__cause__
        except xml.NotXml as exc:
            return Decoded(_not_readable(label, status, f"is not XML ({exc})"), False)
        except _NotSoap:
            return Decoded(_not_readable(label, status, "is not a SOAP envelope"), False)
        except PyvmomoError as exc:
            return Decoded(exc, True)
        except Exception as exc:  # a decoder bug or hostile reply: always a pyvmomo error
            return Decoded(protocol_error(Operation(label), status, "could not decode the reply", exc), True)
        return Decoded(outcome, True)

    def _reply(self, stream: XmlStream, op: Operation[Any] | str | None, status: int, strict: bool) -> Any:
        root = stream.start()
        if root is None:
            raise _NotSoap
        body: etree._Element | None = None
        if stream.ended:  # parsed whole: the plain walk (most replies, where microseconds count)
            for element in root:  # a Header may come first
                if element.tag == _BODY:
                    body = element
                    break
        for done, open_child in () if stream.ended else stream.children(root):
            for child in (*done, open_child):
                if child is not None and child.tag == _BODY:
                    body = child
                    break
            if body is not None:
                break
            if open_child is not None:
                stream.finish(open_child)
        if body is None:
            raise _NotSoap
        while len(body) == 0 and not stream.complete(body):
            stream.feed()
        if len(body) == 0:
            raise _NotSoap
        element = body[0]
        name = op.name if isinstance(op, Operation) else op
        if element.tag == _FAULT:
            stream.finish(element)
            fault = self.fault(element)
            fault.remote_method = name or ""
            return fault
        operation = cast("Operation[Any]", op)  # not strict: the transport always passes the operation
        if strict:
            found = self._operation_of(element, op)
            if isinstance(found, ProtocolError):
                return found
            operation = found
        if status != 200:
            return ProtocolError(
                f"HTTP {status} reply to {operation.name} without a fault",
                remote_method=operation.name,
                status=status,
            )
        if operation.result is _UNTYPED:
            values = self._response(stream, element, operation)
            return values[0] if len(values) == 1 else values or None
        return self._response(stream, element, operation)

    def _operation_of(
        self, element: etree._Element, op: Operation[Any] | str | None
    ) -> Operation[Any] | ProtocolError:
        """The operation whose response ``element`` must be (offline): ``op``, its name, or the reply's."""
        from lxml import etree

        local = etree.QName(element).localname
        name = op.name if isinstance(op, Operation) else op
        if name is None:
            if not local.endswith("Response"):
                return ProtocolError(f"the reply holds {local}, not an operation's response (XxxResponse)")
            name = local.removesuffix("Response")
        if element.tag != f"{{{self.registry.namespace}}}{name}Response":
            held, wanted = local, f"{name}Response"
            if held == wanted:  # equal names: only the namespaces tell them apart
                held, wanted = element.tag, f"{{{self.registry.namespace}}}{wanted}"
            return ProtocolError(
                f"the reply holds {held}, not {wanted}; decode it with the bindings of its namespace "
                "(leave bindings= unset to choose by namespace)"
            )
        if isinstance(op, Operation):
            return op
        return self.registry.operation(name) or Operation(name, (), _UNTYPED)

    def _response(self, stream: XmlStream, element: etree._Element, op: Operation[Any]) -> Any:
        """Decode a ``<OpResponse>`` element into the operation's result, as it arrives."""
        result = op.result
        if result is None:
            return None
        declared, value = result.type, self.value
        if stream.ended:  # parsed whole
            if result.array:
                return [value(child, declared) for child in element]
            return value(element[0], declared) if len(element) else None
        items: list[Any] = []
        for done, open_child in stream.children(element):
            items.extend(value(child, declared) for child in done)
            if open_child is not None:
                items.append(self._streamed(stream, open_child, declared))
            if items and not result.array:
                return items[0]
        return items if result.array else None

    def _streamed(self, stream: XmlStream, element: etree._Element, declared: str) -> Any:
        """``value(element, declared)`` for an element still arriving: a data object streams its members."""
        wire = xsi_type(element) or declared
        if wire in self.registry.enums or wire in _xsd.PRIMITIVES or wire.startswith("xsd:"):
            cls = None
        else:
            cls = self.registry.loaded.get(wire) or self.registry.data_class(wire)
        if cls is None:
            stream.finish(element)
            return self.value(element, declared)
        obj, members = self._new(cls)
        unknown: list[tuple[bytes, str]] = []
        anchor = ""  # the last known member handed out: the anchor of unknown children that follow
        fields = self.registry.field_map(cls)
        for done, open_child in stream.children(element):
            if done:
                extra = self._fill(obj, members, done)
                if extra:
                    unknown += _anchored(extra, fields, anchor)
                anchor = _last_member(done, fields, anchor)
            if open_child is None:
                continue
            member = members.get(open_child.tag)
            if member is None or member[3] != _DATA:
                stream.finish(open_child)
                extra = self._fill(obj, members, (open_child,))
                if extra:
                    unknown += _anchored(extra, fields, anchor)
            else:
                name, array, member_type, _ = member
                decoded = self._streamed(stream, open_child, member_type)
                if array:
                    getattr(obj, name).append(decoded)
                else:
                    setattr(obj, name, decoded)
            anchor = _last_member((open_child,), fields, anchor)
        if unknown:
            obj._extra_ = _xsd.Extra(None, tuple(e for e, _ in unknown), tuple(a for _, a in unknown))
        return obj

    def fault(self, element: etree._Element) -> ServerFault:
        """Build the typed exception for a ``<soapenv:Fault>`` element."""
        from lxml import etree

        faultstring = element.findtext("faultstring") or ""
        detail = element.find("detail")
        fault: ServerFault | None = None
        if detail is not None and len(detail):
            first = detail[0]
            wire = xsi_type(first) or etree.QName(first).localname.removesuffix("Fault")
            if self.registry.data_class(wire) is None:
                decoded = self._unknown_type(first, wire, "MethodFault")
            else:
                decoded = self.value(first, wire)
            if isinstance(decoded, ServerFault):
                fault = decoded
        if fault is None:
            fault = self.registry.empty_fault()
        fault.faultstring = faultstring
        return fault

    # -- values ----------------------------------------------------------------

    def value(self, element: etree._Element, declared: str) -> Any:
        """Decode one element whose slot is declared as ``declared``."""
        xsi = xsi_type(element)
        wire = xsi or declared
        if wire == "string":  # the commonest case, ahead of the general checks
            return element.text or ""
        if wire.startswith("xsd:"):
            return _xsd.from_text(wire[4:], element.text or "", wrap=declared == "anyType")
        if wire == "ManagedObjectReference":
            return self.reference(element)
        if wire in _xsd.PRIMITIVES:
            return _xsd.from_text(wire, element.text or "", wrap=False)
        if wire in self.registry.enums:
            text = element.text or ""
            return _xsd.EnumValue(text, wire) if declared == "anyType" else text
        cls = self.registry.loaded.get(wire) or self.registry.data_class(wire)
        if cls is None:
            array = self.registry.arrays.get(wire)
            if array is not None:
                return _xsd.Array((self.value(child, array[0]) for child in element), wire_type=wire)
            return self._unknown_type(element, wire, declared)
        return self._data(element, cls)

    def reference(self, element: etree._Element) -> ManagedObject:
        """A proxy for a ``ManagedObjectReference`` element."""
        return self.reference_value(element.get("type") or "", element.text or "")

    def _plan(self, cls: Any) -> _Plan:
        plan = self._plans.get(cls)
        if plan is None:
            members = {}
            on_read = getattr(cls, "_references_on_read_", False)  # Registry.references_on_read
            for wire, field in self.registry.field_map(cls).items():
                kind = self._kind(field.type)
                if kind == _REF and on_read and not field.array:
                    kind = _PENDING_REF
                member = (field.name, field.array, field.type, kind)
                members[wire] = member
                for ns in self._namespaces:  # a service's reply may qualify vim25 members either way
                    members[ns + wire] = member
            plan = self._plans[cls] = _Plan(members, self._blank(cls, members))
        return plan

    def _blank(self, cls: Any, members: dict[Any, tuple[str, bool, str, int]]) -> Callable[[Any], None]:
        """The plan's first blank: a loop, which hands over to a written-out one for a frequent class."""
        fields, loop, uses = cls._fields_, _blank_loop(cls._fields_), 0

        def blank(obj: Any) -> None:
            nonlocal uses
            loop(obj)
            uses += 1
            if uses == WRITE_OUT_AFTER:  # a racing thread at worst writes it out twice
                self._plans[cls] = _Plan(members, _blank_written_out(fields))

        return blank

    def _kind(self, declared: str) -> int:
        kind = _PRIMITIVE_KINDS.get(declared)
        if kind is not None:
            return kind
        if declared == "ManagedObjectReference":
            return _REF
        if declared in self.registry.enums:
            return _TEXT
        if self.registry.has_data_class(declared):
            return _DATA
        return _GENERAL  # anyType, base64Binary, array wrappers, unknown names

    def _new(self, cls: Any) -> tuple[Any, dict[Any, tuple[str, bool, str, int]]]:
        """An instance of ``cls`` with every member unset, and its plan's members."""
        obj = cls.__new__(cls)
        members, blank = self._plans.get(cls) or self._plan(cls)
        blank(obj)
        return obj, members

    def _data(self, element: etree._Element, cls: Any, wire_type: str | None = None) -> Any:
        obj = cls.__new__(cls)  # what _new does, without a call: this runs per data object
        members, blank = self._plans.get(cls) or self._plan(cls)
        blank(obj)
        extra = self._fill(obj, members, element)
        if extra is not None or wire_type is not None:
            obj._extra_ = self._extra(extra or (), self.registry.field_map(cls), wire_type)
            if wire_type is not None and isinstance(obj, ServerFault):
                obj._wire_type_ = wire_type  # type: ignore[attr-defined]  # str(fault) names it
        return obj

    def _fill(
        self, obj: Any, members: dict[Any, tuple[str, bool, str, int]], children: Iterable[etree._Element]
    ) -> list[etree._Element] | None:
        """Decode ``children`` into ``obj``'s members; the unknown ones are returned, not decoded."""
        # The per-element loop of every reply: names used in it are bound locally, from one
        # tuple made once (five look-ups and three bound methods per data object otherwise).
        data, value, reference, loaded, data_class = self._hot
        extra: list[etree._Element] | None = None
        for child in children:
            member = members.get(child.tag)
            if member is None:
                if isinstance(child.tag, str):
                    extra = extra or []
                    extra.append(child)
                continue
            name, array, declared, kind = member
            decoded: Any
            # What self.value(child, declared) returns, without its dispatch. A leaf of a
            # simple type ignores xsi:type: XSD allows only a restriction there, the same
            # Python value; only a data object can be a subtype, so only it checks.
            if kind == _TEXT:
                decoded = child.text or ""
            elif kind == _DATA:
                if child.get(XSI_TYPE) is None:
                    decoded = data(child, loaded.get(declared) or data_class(declared))
                else:
                    decoded = value(child, declared)
            elif kind == _GENERAL:
                decoded = value(child, declared)
            elif kind == _INT:
                decoded = int(child.text or "")
            elif kind == _BOOL:
                decoded = (child.text or "").strip() in ("true", "1")
            elif kind == _REF:
                decoded = reference(child)
            elif kind == _FLOAT:
                decoded = float(child.text or "")
            elif kind == _PENDING_REF:
                decoded = PendingReference(self, child.get("type") or "", child.text or "")
            else:
                decoded = parse_datetime(child.text or "")
            if array:
                getattr(obj, name).append(decoded)
            else:
                setattr(obj, name, decoded)
        return extra

    def _extra(
        self, unknown: Iterable[etree._Element], fields: dict[str, Field], wire_type: str | None
    ) -> _xsd.Extra:
        """Unknown children, serialized, each with the known member it followed (rare path)."""
        pairs = _anchored(unknown, fields, "")
        return _xsd.Extra(wire_type, tuple(e for e, _ in pairs), tuple(a for _, a in pairs))

    def _unknown_type(self, element: etree._Element, wire: str, declared: str) -> Any:
        """A type these bindings do not know: decode as the declared type, keep the rest."""
        if declared in _xsd.PRIMITIVES:
            return _xsd.from_text(declared, element.text or "", wrap=False)
        if declared in self.registry.enums:
            return element.text or ""
        if declared == "ManagedObjectReference":
            return self.reference(element)
        cls = self.registry.data_class(declared)
        if cls is not None:
            return self._data(element, cls, wire_type=wire)
        # An anyType slot (or an unknown array's item named by its unknown type).
        children = [child for child in element if isinstance(child.tag, str)]
        if wire.startswith("ArrayOf") and len(wire) > 7:
            return _xsd.Array((self._item(child) for child in children), wire_type=wire)
        untyped = wire == "anyType"  # no xsi:type at all
        if not children:
            return element.text or "" if untyped else _xsd.EnumValue(element.text or "", wire)
        cls = self.registry.data_class("DynamicData")
        return self._data(element, cls, wire_type=None if untyped else wire)

    def _item(self, element: etree._Element) -> Any:
        """An item of an unknown ``ArrayOfX``: typed by its xsi:type, else by its name."""
        from lxml import etree

        if xsi_type(element) is not None:
            return self.value(element, "anyType")
        return self.value(element, etree.QName(element).localname)

    def reference_value(self, type_name: str, value: str) -> ManagedObject:
        """A proxy from a type name and a value (no I/O)."""
        cls = self.registry.managed_class(type_name)
        if cls is None:
            return UnknownManagedObject(self.transport, value, type_name)
        if self.home is not self.transport and not self.registry.owns_managed(type_name):
            return cls(self.home, value)
        return cls(self.transport, value)
