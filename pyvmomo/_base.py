"""Hand-written bases of every generated class, and the wire metadata they carry.

Generated classes are flat declarations; all behaviour lives here so that a
bug is fixed once:

- :class:`Field` and :class:`Operation` describe members and operations in
  wire terms; the encoder (``_encode.py``) and decoder (``_soap.py``) walk them.
- :class:`DataObject` gives data objects keyword construction, ``repr`` (secret
  members masked), ``==`` by type and fields, and no ``__getattr__``.
- :class:`ManagedObject` is a proxy: a (type, value) reference bound to one
  transport. Equality and hashing use (type, value, server) and never do I/O.
- :class:`OpenEnum` holds an enum's values as ``str`` constants; unknown
  values from newer servers stay plain strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

if TYPE_CHECKING:
    from ._transport import Transport
    from .property import ObjectProperties

ARRAY = 1
OPTIONAL = 2
SECRET = 4

R = TypeVar("R")


class Field:
    """Wire metadata of one data field, property, parameter or result.

    ``type`` is the wire type name (``"string"``, ``"VirtualDevice"``,
    ``"ManagedObjectReference"``); ``target`` the managed type a reference
    points to, when known.
    """

    __slots__ = ("array", "name", "optional", "secret", "since", "target", "type", "wire")
    name: str
    wire: str
    type: str
    array: bool
    optional: bool
    secret: bool
    since: str
    target: str | None

    def __init__(
        self,
        name: str,
        type: str,
        flags: int = 0,
        since: str = "",
        *,
        wire: str | None = None,
        target: str | None = None,
    ) -> None:
        self.name = name
        self.wire = wire or name
        self.type = type
        self.array = bool(flags & ARRAY)
        self.optional = bool(flags & OPTIONAL)
        self.secret = bool(flags & SECRET)
        self.since = since
        self.target = target

    def __repr__(self) -> str:
        suffix = "[]" if self.array else ""
        return f"Field({self.wire}: {self.type}{suffix})"


class Operation(Generic[R]):
    """Wire metadata of one SOAP operation; ``R`` is its decoded Python result type.

    ``safe`` says whether the call may be re-sent after the server may have
    seen it (from ``wsdl/safe_ops.json``).
    """

    __slots__ = ("faults", "name", "params", "privilege", "result", "safe", "since", "task_result")
    name: str
    params: tuple[Field, ...]
    result: Field | None
    faults: tuple[str, ...]
    since: str
    privilege: str | None
    safe: bool
    task_result: Field | None

    def __init__(
        self,
        name: str,
        params: tuple[Field, ...] = (),
        result: Field | None = None,
        *,
        faults: tuple[str, ...] = (),
        since: str = "",
        privilege: str | None = None,
        safe: bool = False,
        task_result: Field | None = None,
    ) -> None:
        self.name = name
        self.params = params
        self.result = result
        self.faults = faults
        self.since = since
        self.privilege = privilege
        self.safe = safe
        self.task_result = task_result

    def __repr__(self) -> str:
        return f"Operation({self.name})"


def masked_repr(value: object, field: Field) -> str:
    return "'***'" if field.secret and value is not None else repr(value)


def same_members(obj: Any, other: Any) -> bool:
    """Whether ``other`` holds an equal value in every member of ``obj``'s class (unset as None)."""
    return all(getattr(obj, f.name, None) == getattr(other, f.name, None) for f in obj._fields_)


class DataObject:
    """Base of every generated data object.

    Subclasses declare ``_wire_name_`` and ``_fields_`` (all fields, inherited
    first, in wire order) and a keyword-only ``__init__``.
    """

    __slots__ = ("_extra_",)
    _wire_name_: ClassVar[str] = "DataObject"
    _since_: ClassVar[str] = ""  # API version that introduced the type
    _fields_: ClassVar[tuple[Field, ...]] = ()

    def __repr__(self) -> str:
        parts = []
        for f in self._fields_:
            value = getattr(self, f.name, None)
            if value is None or (f.array and not value):
                continue
            parts.append(f"{f.name}={masked_repr(value, f)}")
        extra = getattr(self, "_extra_", None)
        if extra is not None:  # what a newer server sent that these bindings do not know
            parts.append(f"_extra_=<{extra.wire_type or self._wire_name_} +{len(extra.elements)} unknown>")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return same_members(self, other)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable values: not hashable


class OpenEnum:
    """Base of generated enums: a namespace of ``str`` constants.

    Enums are open: a newer server may send a value these bindings do not
    know, and it arrives as a plain ``str``. ``_values_`` lists the known ones.
    """

    _values_: ClassVar[tuple[str, ...]] = ()


class ManagedObject:
    """A reference to a server-side managed object, bound to one transport.

    A proxy is only a name: constructing, comparing, hashing, printing or
    testing it for truth never talks to the server. Every CamelCase method is
    exactly one SOAP call through the transport.
    """

    __slots__ = ("_transport", "value")
    _transport: Transport
    value: str
    _type_: ClassVar[str] = "ManagedObject"
    _properties_: ClassVar[dict[str, Field]] = {}
    _operations_: ClassVar[dict[str, Operation[Any]]] = {}
    # The generated properties class that fetch() and retrieve() fill (None: untyped ObjectProperties).
    _property_class_: ClassVar[type[ObjectProperties[Any]] | None] = None

    def __init__(self, transport: Transport, value: str) -> None:
        self._transport = transport
        self.value = value

    @property
    def type(self) -> str:
        """The managed type name as the server spells it (``"VirtualMachine"``)."""
        return self._type_

    def __repr__(self) -> str:
        return f"{self.type}:{self.value}"

    def __bool__(self) -> bool:
        return True

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ManagedObject):
            return NotImplemented
        return (
            self.type == other.type
            and self.value == other.value
            and self._transport.server_id == other._transport.server_id
        )

    def __hash__(self) -> int:
        return hash((self.type, self.value, self._transport.server_id))

    def fetch(self, *paths: str) -> ObjectProperties[ManagedObject]:
        """Several properties of this object in one RetrievePropertiesEx call.

        Generated proxies narrow it: ``vm.fetch("name", "runtime.powerState")``
        returns a ``VirtualMachineProperties`` whose ``name`` and ``runtime``
        are typed attributes. Paths are checked against the catalogue before
        anything is sent; a path the server refused raises its fault when read.
        """
        from .property import fetch_into, properties_class

        found: ObjectProperties[ManagedObject] = fetch_into(self, properties_class(type(self)), paths)
        return found


class UnknownManagedObject(ManagedObject):
    """A reference to a managed type these bindings do not know (a newer server's).

    It still works with ``client.call(ref, "Method", ...)``.
    """

    __slots__ = ("_wire_type",)

    def __init__(self, transport: Transport, value: str, wire_type: str) -> None:
        super().__init__(transport, value)
        self._wire_type = wire_type

    @property
    def type(self) -> str:
        return self._wire_type
