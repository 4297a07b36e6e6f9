"""The typed result of reading properties: ``ObjectProperties`` and how a reply fills it.

Role:
    :class:`ObjectProperties` is the base of the generated properties classes
    (``VirtualMachineProperties``): ``fetch``, ``retrieve`` and ``watch`` in
    ``pyvmomo.property`` and ``pyvmomo.watch`` build one per object and
    :func:`fill` sets its attributes from the values read. :class:`Readable`
    is how a type checker finds the properties class of a proxy class.

Design decisions:
    * Attributes, typed from the catalogue, for what was requested; the
      values stay in ``.values`` too, for ``row["path"]``.
    * No ``__getattr__``: each generated slot is wrapped in a
      :class:`_Property` (``__init_subclass__``), which turns an empty slot into
      an ``AttributeError`` naming the property and what was requested, or into
      the fault the server reported for it.
    * A dotted path fills a partial data object built without its constructor,
      so its unrequested members stay unset, even those the WSDL requires.
    * A newer server's unknown type read as a property (``DynamicProperty.val``
      is anyType) is decoded again as the property's declared type
      (:func:`as_declared`).
    * ``ObjectProperties[X]`` is ``ObjectProperties`` itself at run time: the
      parameter is for type checkers, and typing's alias for each generated
      ``ObjectProperties["VirtualMachine"]`` base cost ~2 ms of the first
      ``connect()``, which loads ServiceContent's 45 manager proxies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ._base import Field, ManagedObject
from ._errors import ServerFault

if TYPE_CHECKING:
    from ._transport import Transport

M_co = TypeVar("M_co", bound=ManagedObject, covariant=True)
P = TypeVar("P", bound="ObjectProperties[Any]")
P_co = TypeVar("P_co", bound="ObjectProperties[Any]", covariant=True)

Chain = tuple[Field, ...]  # the fields along a property path; () when unchecked


class ObjectProperties(Generic[M_co]):
    """The properties of one object, as read by ``retrieve``, ``fetch`` or ``watch``.

    Each managed type has a generated subclass (``VirtualMachineProperties``)
    whose attributes are the type's properties, base types' included, typed
    from the catalogue: ``vm.fetch("runtime.powerState").runtime.powerState``
    is a ``str``. Only what was requested is set: a dotted path fills a
    partial data object whose other members are unset, even where the WSDL
    calls them required, and reading an unset one raises ``AttributeError``
    naming it; reading a path the server refused raises the server's fault.

    Attributes:
        obj: The object's reference, a typed proxy.
        values: Property path -> value, for every requested path the server
            did not refuse (``None`` or ``[]`` when the property is unset).
            ``row["name"]`` reads it too (loosely typed; the attribute is
            the typed way).
        errors: Property path -> the fault the server reported for this
            object and path (``NoPermission``, ``InvalidProperty``...).
    """

    __slots__ = ("errors", "obj", "values")
    obj: M_co
    values: dict[str, Any]
    errors: dict[str, ServerFault]

    def __init__(self, obj: M_co, values: dict[str, Any], errors: dict[str, ServerFault]) -> None:
        self.obj = obj
        self.values = values
        self.errors = errors

    if not TYPE_CHECKING:  # type checkers see Generic's subscript

        def __class_getitem__(cls, item: object) -> type:
            # Generic would compile each string parameter into a ForwardRef and build an
            # alias (~40 us per generated class); nothing reads the parameter at run time.
            return cls

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Each generated property becomes a _Property: reading one that was not requested
        # says so, and reading one the server refused raises its fault. No __getattr__.
        super().__init_subclass__(**kwargs)
        for name in vars(cls).get("__slots__", ()):
            setattr(cls, name, _Property(name, vars(cls)[name]))

    def __getitem__(self, path: str) -> Any:
        """The value at ``path``; raises the server's fault if it refused this path."""
        fault = self.errors.get(path)
        if fault is not None:
            raise fault.with_traceback(None)
        try:
            return self.values[path]
        except KeyError:
            requested = sorted(self.values) + sorted(self.errors)
            raise KeyError(f"{path!r} was not requested for {self.obj!r}; requested: {requested}") from None

    def get(self, path: str, default: Any = None) -> Any:
        """The value at ``path``, or ``default`` if it is missing or was refused."""
        return self.values.get(path, default)

    def _unread(self, name: str) -> Exception:
        """Why property ``name`` has no value: the server's fault, or it was not requested."""
        for path, fault in self.errors.items():
            if path == name or path.startswith(name + "."):
                return fault.with_traceback(None)
        requested = sorted(self.values) + sorted(self.errors)
        return AttributeError(
            f"{type(self).__name__}.{name} was not requested for {self.obj!r}; "
            f"requested: {requested}. Add {name!r} to the paths you read",
            name=name,
            obj=self,
        )

    def __repr__(self) -> str:
        errors = f", errors={self.errors!r}" if self.errors else ""
        return f"{type(self).__name__}({self.obj!r}, {self.values!r}{errors})"


class _Property:
    """A generated property's slot, with a helpful error when it holds nothing."""

    __slots__ = ("name", "slot")

    def __init__(self, name: str, slot: Any) -> None:
        self.name = name
        self.slot = slot

    def __get__(self, instance: ObjectProperties[Any] | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return self.slot.__get__(instance, owner)
        except AttributeError:
            raise instance._unread(self.name) from None

    def __set__(self, instance: ObjectProperties[Any], value: Any) -> None:
        self.slot.__set__(instance, value)


class Readable(Protocol[P_co]):
    """A proxy class whose ``fetch`` says which properties class it reads into.

    Every generated proxy is one: ``VirtualMachine.fetch`` returns
    ``VirtualMachineProperties``, so ``client.retrieve(VirtualMachine, ...)``
    yields ``VirtualMachineProperties`` without an overload per class.
    """

    def fetch(self, *paths: str) -> P_co: ...


def properties_class(cls: type[ManagedObject]) -> type[Any]:
    """The generated properties class a proxy class reads into (``ObjectProperties`` for unknown types)."""
    into: type[Any] | None = getattr(cls, "_property_class_", None)
    return ObjectProperties if into is None else into


def last_field(chain: Chain) -> Field | None:
    return chain[-1] if chain else None


def typed_value(value: Any, field: Field | None) -> Any:
    """A decoded anyType value as the catalogue declares it."""
    if field is None or field.type == "anyType":
        return value  # an anyType slot keeps its wire-typed wrappers, to be sent back as they came
    if field.array:
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]
        return [_plain(item) for item in items]
    return _plain(value)


def as_declared(transport: Transport, value: Any, field: Field | None) -> Any:
    """A newer server's type in an anyType slot, decoded as the path's declared type.

    ``DynamicProperty.val`` is anyType, so the decoder can only make a
    ``DynamicData`` stand-in of a type it does not know (``xsi:type=
    "VirtualMachineSummaryV9"``), keeping every child as unknown. The path
    says what the slot holds: decode the kept children as that type, known
    members typed, the rest kept with the wire type name (as in typed slots).
    """
    extra = getattr(value, "_extra_", None)
    if field is None or extra is None or extra.wire_type is None or field.type == "DynamicData":
        return value
    cls = transport.registry.data_class(field.type)
    if cls is None or type(value) is not transport.registry.data_class("DynamicData"):
        return value
    from lxml import etree  # loaded already by the decoder

    element = etree.Element("val")
    for raw in extra.elements:
        element.append(etree.fromstring(raw))
    return transport.decoder._data(element, cls, wire_type=extra.wire_type)


def _plain(value: Any) -> Any:
    # Long/Int/Float/AnyUri wrappers keep wire types for anyType slots; here the catalogue's type is known.
    kind = type(value)
    if kind in (bool, int, float, str) or value is None:
        return value
    for base in (int, float, str):
        if isinstance(value, base):
            return base(value)
    return value


def fill(
    transport: Transport,
    props: ObjectProperties[Any],
    fields: dict[str, Chain],
    values: dict[str, Any],
    *,
    fresh: bool = False,
) -> None:
    """Set the attributes of ``props`` from ``values``; a dotted path fills a partial data object.

    Shorter paths go first, so ``runtime`` and ``runtime.powerState`` together
    give the whole ``runtime``; a partial object already there is completed,
    not replaced (``watch`` fills one path at a time; ``fresh`` says ``props`` was
    just built, so nothing is there yet). It is built without its
    constructor: the members not requested stay unset (reading one raises
    ``AttributeError``), even those the WSDL calls required.
    """
    made: dict[str, Any] = {}  # dotted prefix -> the object there, found or built by this call
    for path in sorted(values, key=lambda p: p.count(".")):
        chain = fields.get(path, ())
        if not chain:
            continue  # unchecked paths have no typed attribute
        target: Any = props
        prefix = ""
        for field in chain[:-1]:
            prefix += "." + field.name
            inner = made.get(prefix, _UNSET)
            if inner is _UNSET:
                inner = _UNSET if fresh else _existing(target, field.name)
                if inner is _UNSET:  # unset, or refused by the server
                    cls: Any = transport.registry.data_class(field.type)
                    inner = cls.__new__(cls)
                    setattr(target, field.name, inner)
                made[prefix] = inner
            target = inner
            if target is None:
                break  # the server says the parent is unset
        else:
            setattr(target, chain[-1].name, values[path])
            made[f"{prefix}.{chain[-1].name}"] = values[path]  # a longer path completes this object


_UNSET = object()


def _existing(target: Any, name: str) -> Any:
    """The value in ``target``'s slot ``name``, or ``_UNSET``; quietly (no message, no fault)."""
    slot = getattr(type(target), name)
    if isinstance(slot, _Property):
        slot = slot.slot
    try:
        return slot.__get__(target, type(target))
    except AttributeError:
        return _UNSET
