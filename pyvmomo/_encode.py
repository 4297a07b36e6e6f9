"""SOAP requests: encode them from the generated metadata.

Encoding walks ``Field`` metadata and appends strings (no tree is built): it
checks every value against its declared type and refuses, before anything is
sent, a value of the wrong type, a missing required member (an empty list
where the schema wants at least one item counts as missing), text XML cannot
carry, or a member newer than the negotiated API version. ``xsi:type`` is
written only where the runtime type differs from the declared one, as servers
expect.

A service that imports vim25 types (PBM) writes them as pyvmomi does: the
element of a vim25 value is prefixed with the service's own namespace
(``<pbm:value xmlns="urn:vim25" xsi:type="vim25:KeyAnyValue">``), so its
members are in ``urn:vim25`` and its ``xsi:type`` names the vim25 type.

Replies are decoded by :mod:`pyvmomo._soap`, which also holds the namespace
names both directions use.
"""

from __future__ import annotations

import re
from typing import Any

from . import _xsd
from ._base import DataObject, Field, ManagedObject, Operation
from ._errors import ArgumentError, ServerFault
from ._registry import Registry
from ._soap import SOAPENV, XSD, XSI, version_key

_ENVELOPE_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" '
    f'xmlns:soapenv="{SOAPENV}" xmlns:xsd="{XSD}" xmlns:xsi="{XSI}">'
)
# Every request has a Header (the operationID): a service's session header goes in after it.
HEADER_OPEN = b"<soapenv:Header>"

# Characters XML 1.0 cannot carry at all, even escaped: controls, and beyond ASCII
# surrogates, U+FFFE and U+FFFF. That second set costs ~0.5 ms to compile, so it is
# compiled (into re's cache) by the first text that is not ASCII.
_NOT_XML_ASCII = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT_XML_WIDE = "[\ud800-\udfff\ufffe\uffff]"


def _escape(text: str) -> str:
    if _NOT_XML_ASCII.search(text) or (not text.isascii() and re.search(_NOT_XML_WIDE, text)):
        raise ArgumentError(f"{text!r} holds characters XML cannot carry")
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:  # a parser would turn a bare CR into LF
        text = text.replace("\r", "&#13;")
    return text


def _extra_of(value: object) -> _xsd.Extra | None:
    extra: _xsd.Extra | None = getattr(value, "_extra_", None)
    return extra


class Encoder:
    """Builds request envelopes for one registry and one negotiated version.

    With ``offline=True`` (used by :mod:`pyvmomo.serialize`) what a newer
    server sent and these bindings do not know (``_extra_``) is written back in
    place instead of refused or left out, and missing required members are
    left out instead of refused: servers omit some (FACTS: 120 of 127 members
    added later look optional), and a saved reply must load again.
    """

    def __init__(self, registry: Registry, version: str, *, offline: bool = False) -> None:
        self.registry = registry
        self.version = version
        self.offline = offline
        # A service importing vim25 types: (own prefix, vim25 namespace, vim25 prefix) and their declarations.
        parent = registry.parent
        self._foreign: tuple[str, str, str] | None = None
        self._prefixes = ""
        if parent is not None:
            own, vim25 = registry.namespace.rpartition(":")[2], parent.namespace.rpartition(":")[2]
            self._foreign = (own, parent.namespace, vim25)
            self._prefixes = f' xmlns:{own}="{registry.namespace}" xmlns:{vim25}="{parent.namespace}"'

        self._version_key = version_key(version)
        self._since_cache: dict[str, bool] = {}

    def _too_new(self, since: str) -> bool:
        known = self._since_cache.get(since)
        if known is None:
            known = bool(since) and version_key(since) > self._version_key
            self._since_cache[since] = known
        return known

    def request(
        self, this: ManagedObject, op: Operation[Any], args: tuple[Any, ...], operation_id: str
    ) -> bytes:
        """The complete envelope for one call; raises :class:`ArgumentError` on bad input."""
        out = [
            _ENVELOPE_OPEN,
            f"<soapenv:Header><operationID>{_escape(operation_id)}</operationID></soapenv:Header>",
            f'<soapenv:Body><{op.name} xmlns="{self.registry.namespace}"{self._prefixes}>',
            f'<_this type="{_escape(this.type)}">{_escape(this.value)}</_this>',
        ]
        if len(args) != len(op.params):
            raise ArgumentError(f"{op.name} takes {len(op.params)} parameters, got {len(args)}")
        for field, value in zip(op.params, args, strict=True):
            self._member(out, field, value, op.name)
        out.append(f"</{op.name}></soapenv:Body></soapenv:Envelope>")
        return "".join(out).encode()

    def element(self, value: Any, tag: str) -> str:
        """One standalone element ``<tag>`` holding ``value``, namespaces declared.

        Data objects and faults always carry ``xsi:type`` so the element
        decodes without knowing its slot; references carry their ``type``.
        """
        namespaces = f'xmlns="{self.registry.namespace}" xmlns:xsd="{XSD}" xmlns:xsi="{XSI}"{self._prefixes}'
        if isinstance(value, ManagedObject):
            return f'<{tag} {namespaces} type="{_escape(value.type)}">{_escape(value.value)}</{tag}>'
        if not isinstance(value, DataObject | ServerFault):
            raise ArgumentError(f"cannot serialize a {type(value).__name__}; give a data object")
        extra = _extra_of(value)
        wire_name = (extra.wire_type if extra else None) or value._wire_name_
        out = [f'<{tag} {namespaces} xsi:type="{wire_name}">']
        self._fields(out, value)
        out.append(f"</{tag}>")
        return "".join(out)

    def _member(self, out: list[str], field: Field, value: Any, owner: str, inside: bool = False) -> None:
        # inside: the default namespace here is vim25's (members of a vim25 object in a PBM request)
        if value is None or (field.array and not value and field.optional):
            if not field.optional and not self.offline:
                raise ArgumentError(f"{owner}.{field.wire} is required")
            return
        if self._too_new(field.since):
            raise ArgumentError(
                f"{owner}.{field.wire} exists since API {field.since}, "
                f"but this connection speaks {self.version}; leave it unset"
            )
        if field.array:
            if not isinstance(value, list | tuple):
                raise ArgumentError(f"{owner}.{field.wire} takes a list, got {type(value).__name__}")
            if not value:
                if self.offline:
                    return
                raise ArgumentError(f"{owner}.{field.wire} is required: give at least one item")
            for item in value:
                if item is None:
                    raise ArgumentError(f"{owner}.{field.wire} contains None")
                self._value(out, field.wire, field.type, item, f"{owner}.{field.wire}", inside)
        else:
            self._value(out, field.wire, field.type, value, f"{owner}.{field.wire}", inside)

    def _value(
        self, out: list[str], tag: str, declared: str, value: Any, where: str, inside: bool = False
    ) -> None:
        if declared == "anyType":
            self._any(out, tag, value, where, inside)
            return
        if declared == "ManagedObjectReference":
            if not isinstance(value, ManagedObject):
                raise ArgumentError(f"{where} takes a managed object reference, got {type(value).__name__}")
            out.append(f'<{tag} type="{_escape(value.type)}">{_escape(value.value)}</{tag}>')
            return
        text = _xsd.to_text(declared, value)
        if text is not None:
            out.append(f"<{tag}>{_escape(text)}</{tag}>")
            return
        if declared in self.registry.enums:
            if not isinstance(value, str):
                raise ArgumentError(f"{where} takes a {declared} value (str), got {type(value).__name__}")
            out.append(f"<{tag}>{_escape(value)}</{tag}>")
            return
        if not isinstance(value, DataObject | ServerFault):
            raise ArgumentError(f"{where} takes {declared}, got {type(value).__name__}")
        if not self.registry.is_data_subclass(value, declared):
            raise ArgumentError(f"{where} takes {declared}, got {type(value).__name__}")
        wire_name = self._wire_name(value, where)
        close, foreign = self._open(out, tag, value, wire_name, wire_name != declared, inside)
        self._fields(out, value, foreign)
        out.append(close)

    def _open(
        self,
        out: list[str],
        tag: str,
        value: DataObject | ServerFault,
        wire_name: str,
        typed: bool,
        inside: bool,
    ) -> tuple[str, bool]:
        """Open a data object's element (``xsi:type`` if ``typed``): (its closing tag, whether it is vim25's).

        In another service's request a value whose namespace is not the one in
        force (a vim25 object in a PBM member, or the reverse) gets a prefixed
        tag (the member's namespace) and a new default namespace (the value's).
        """
        foreign = self._foreign is not None and not self.registry.owns_data(value._wire_name_)
        if self._foreign is None or foreign == inside:
            out.append(f'<{tag} xsi:type="{wire_name}">' if typed else f"<{tag}>")
            return f"</{tag}>", foreign
        own, vim25_ns, vim25 = self._foreign
        here, there = (vim25, self.registry.namespace) if inside else (own, vim25_ns)
        xsi = f' xsi:type="{own if inside else vim25}:{wire_name}"' if typed else ""
        out.append(f'<{here}:{tag} xmlns="{there}"{xsi}>')
        return f"</{here}:{tag}>", foreign

    def _wire_name(self, value: DataObject | ServerFault, where: str) -> str:
        """The xsi:type to write: a stand-in's real type offline; refused towards a server.

        A type newer than the negotiated version is refused as well: the server
        would reject the whole request ("Unexpected element tag").
        """
        if self._too_new(value._since_):
            raise ArgumentError(
                f"{where}: {value._wire_name_} exists since API {value._since_}, "
                f"but this connection speaks {self.version}; use a type the server knows"
            )
        extra = _extra_of(value)
        if extra is None or extra.wire_type is None:
            return value._wire_name_
        if self.offline:
            return extra.wire_type
        raise ArgumentError(
            f"{where}: this {type(value).__name__} stands in for {extra.wire_type}, a type these "
            "bindings do not know, and cannot be sent; build a known type instead"
        )

    def _fields(self, out: list[str], value: DataObject | ServerFault, inside: bool = False) -> None:
        owner = value._wire_name_
        extra = _extra_of(value) if self.offline else None
        if extra is None or not extra.elements:
            for field in value._fields_:
                self._member(out, field, getattr(value, field.name, None), owner, inside)
            return
        self._extras_after(out, extra, "")
        for field in value._fields_:
            self._member(out, field, getattr(value, field.name, None), owner, inside)
            self._extras_after(out, extra, field.wire)

    @staticmethod
    def _extras_after(out: list[str], extra: _xsd.Extra, anchor: str) -> None:
        after = extra.after or ("",) * len(extra.elements)
        for element, follows in zip(extra.elements, after, strict=True):
            if follows == anchor:
                out.append(element.decode())

    def _any(self, out: list[str], tag: str, value: Any, where: str, inside: bool = False) -> None:
        if isinstance(value, ManagedObject):
            out.append(
                f'<{tag} xsi:type="ManagedObjectReference" type="{_escape(value.type)}">'
                f"{_escape(value.value)}</{tag}>"
            )
            return
        if isinstance(value, DataObject | ServerFault):
            close, foreign = self._open(out, tag, value, self._wire_name(value, where), True, inside)
            self._fields(out, value, foreign)
            out.append(close)
            return
        if isinstance(value, list | tuple):
            wrapper, item_type, item_tag = self.array_type(value, where)
            out.append(f'<{tag} xsi:type="{wrapper}">')
            for item in value:
                if item is None:
                    raise ArgumentError(f"{where} contains None")
                self._value(out, item_tag, item_type, item, where, inside)
            out.append(f"</{tag}>")
            return
        if isinstance(value, _xsd.EnumValue):
            out.append(f'<{tag} xsi:type="{_escape(value.wire_type)}">{_escape(value)}</{tag}>')
            return
        xsd_type = _xsd.infer_type(value)
        if xsd_type is None:
            raise ArgumentError(f"{where} cannot send a {type(value).__name__}")
        text = _escape(_xsd.to_text(xsd_type, value) or "")
        out.append(f'<{tag} xsi:type="xsd:{xsd_type}">{text}</{tag}>')

    def array_type(self, value: list[Any] | tuple[Any, ...], where: str) -> tuple[str, str, str]:
        """(``ArrayOfX`` name, item type, item element name) for a list in an anyType slot."""
        wrapper = getattr(value, "wire_type", None)
        if wrapper is None:
            if not value:
                raise ArgumentError(
                    f"{where}: an empty list in an anyType slot has no type; use pyvmomo.Array"
                )
            first = value[0]
            if isinstance(first, ManagedObject):
                item = "ManagedObjectReference"
            elif isinstance(first, DataObject | ServerFault):
                item = first._wire_name_
            elif isinstance(first, _xsd.EnumValue):
                item = first.wire_type
            else:
                item = _xsd.infer_type(first) or ""
            wrapper = "ArrayOf" + item[:1].upper() + item[1:]
        found = self.registry.arrays.get(wrapper)
        if found is None:
            if self.offline and wrapper.startswith("ArrayOf") and len(wrapper) > 7:
                return wrapper, "anyType", wrapper[7:]  # a newer server's array, decoded item by item
            raise ArgumentError(f"{where}: no array type {wrapper}")
        return wrapper, found[0], found[1]
