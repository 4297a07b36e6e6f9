"""Hypothesis strategies for the whole vim25 surface, built from the generated metadata.

Nothing here names a vim25 type: every strategy is derived from ``_fields_``,
the registry's index (types, enums, ``ArrayOfX`` wrappers, managed types) and
the class hierarchy, so a regenerated binding is covered as it stands.

- :func:`objects` draws a data object or fault of exactly one type, its members
  filled slot by slot: a slot declared ``T`` takes ``T`` or any subclass
  (polymorphism), arrays take 0-2 items (at least 1 where the schema wants
  one), enum slots take known values and one a newer server might send, and
  reference slots take the catalogue's target type when known, else any
  managed type or an unknown one.
- :func:`any_values` draws what an ``xsd:anyType`` slot may hold: every XSD
  primitive with its wire-type wrapper, enum values with their type, references,
  data objects of any type, and every ``ArrayOfX`` wrapper with its items.
- :func:`arguments` draws the parameters of one operation.

Nesting is bounded by ``MAX_DEPTH``: below it only required members are
filled, and an anyType slot holds only primitives. There are no cycles of
required members (a test asserts it), so every draw terminates.

:func:`assert_same` compares two values strictly: equal, and of the same Python
type at every level (``Long(5)`` is not ``Int(5)``; an ``Array`` keeps its wire
type; a datetime keeps its offset), which ``==`` alone does not check.

Excluded on purpose (each has its own unit test): NaN (``nan != nan``),
characters XML 1.0 cannot carry (refused by the encoder), naive datetimes
(sent as UTC), plain ``int``/``float``/``list`` in anyType slots (their wire
type is inferred, so they come back as ``Int``/``Double``/``Array``).
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any, Literal

from hypothesis import strategies as st

from pyvmomo import _xsd
from pyvmomo._base import DataObject, Field, ManagedObject, Operation, UnknownManagedObject
from pyvmomo._errors import ServerFault
from pyvmomo._registry import Registry
from pyvmomo.serialize import Detached

REGISTRY = Registry()
# References are drawn detached, as pyvmomo.serialize loads them without a client.
TRANSPORT: Any = Detached()
MAX_DEPTH = 3
UNKNOWN_ENUM_VALUE = "valueFromANewerServer"
UNKNOWN_MANAGED_TYPE = "ManagedTypeFromANewerServer"

Strategy = st.SearchStrategy[Any]


# -- metadata --------------------------------------------------------------------


@cache
def data_classes() -> dict[str, Any]:
    """Every data object and fault class, by wire name."""
    return {name: REGISTRY.data_class(name) for name in sorted(REGISTRY._index.TYPES)}


@cache
def subtypes() -> dict[str, tuple[str, ...]]:
    """Wire name -> itself and every (transitive) subclass, sorted."""
    classes = data_classes()
    found: dict[str, list[str]] = {name: [] for name in classes}
    for name, cls in classes.items():
        for parent in cls.__mro__:
            wire = parent.__dict__.get("_wire_name_")
            if wire in found:
                found[wire].append(name)
    return {name: tuple(sorted(names)) for name, names in found.items()}


@cache
def enum_values() -> dict[str, tuple[str, ...]]:
    """Enum wire name -> its known values."""
    module = importlib.import_module(f"{REGISTRY.package}.enums")
    return {name: getattr(module, name)._values_ for name in sorted(REGISTRY.enums)}


@cache
def managed_classes() -> dict[str, type[ManagedObject]]:
    found = {}
    for name in sorted(REGISTRY._index.MANAGED):
        cls = REGISTRY.managed_class(name)
        assert cls is not None
        found[name] = cls
    return found


@cache
def operations() -> dict[str, Operation[Any]]:
    """Every operation descriptor, by wire name."""
    found = {}
    for name in sorted(REGISTRY._index.OPERATIONS):
        op = REGISTRY.operation(name)
        assert op is not None, name
        found[name] = op
    return found


def required_cycles() -> list[str]:
    """Types that reach themselves through required members only (must be none)."""
    classes = data_classes()

    def required(name: str) -> set[str]:
        return {f.type for f in classes[name]._fields_ if not f.optional and f.type in classes}

    def loops(name: str, path: frozenset[str]) -> bool:
        return name in path or any(loops(t, path | {name}) for t in required(name))

    return [name for name in classes if loops(name, frozenset())]


# -- primitives -------------------------------------------------------------------

# XML 1.0 cannot carry C0 controls other than TAB, LF, CR, nor U+FFFE/U+FFFF; CR is kept to test escaping.
_NOT_XML = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
TEXT = st.text(st.characters(codec="utf-8", exclude_characters=_NOT_XML), max_size=8)
URIS = st.from_regex(r"\A(https?://[a-z0-9.]{1,8}(:[0-9]{1,4})?(/[a-zA-Z0-9._~-]{0,6}){0,2})?\Z")
_OFFSETS = st.sampled_from(
    [
        UTC,
        timezone(timedelta(hours=5, minutes=30)),
        timezone(-timedelta(hours=8)),
        timezone(timedelta(hours=14)),
    ]
)
DATETIMES = st.datetimes(datetime(1900, 1, 2), datetime(2200, 1, 1), timezones=_OFFSETS)
_INT_BITS = {"byte": 8, "short": 16, "int": 32, "long": 64}
_FLOAT_WIDTH: dict[str, Literal[32, 64]] = {"float": 32, "double": 64}


@cache
def primitive(xsd_type: str) -> Strategy:
    """Plain Python values of one XSD type, as declared slots hold them."""
    if xsd_type == "string":
        return TEXT
    if xsd_type == "anyURI":
        return URIS
    if xsd_type == "boolean":
        return st.booleans()
    if xsd_type in _INT_BITS:
        bits = _INT_BITS[xsd_type]
        return st.integers(-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
    if xsd_type in _FLOAT_WIDTH:
        return st.floats(allow_nan=False, width=_FLOAT_WIDTH[xsd_type])
    if xsd_type == "dateTime":
        return DATETIMES
    if xsd_type == "base64Binary":
        return st.binary(max_size=8)
    raise KeyError(xsd_type)


_WRAPPED: dict[str, Callable[[Any], Any]] = {
    "long": _xsd.Long,
    "int": _xsd.Int,
    "short": _xsd.Short,
    "byte": _xsd.Byte,
    "float": _xsd.Float,
    "double": _xsd.Double,
    "anyURI": _xsd.AnyUri,
}


@cache
def typed_primitives() -> Strategy:
    """Every XSD primitive as it travels in an anyType slot (wrapper classes keep the wire type)."""
    return st.one_of(
        *(primitive(t).map(wrap) for t, wrap in _WRAPPED.items()),
        *(primitive(t) for t in ("string", "boolean", "dateTime", "base64Binary")),
    )


# -- slots ------------------------------------------------------------------------


@cache
def enum_value(enum: str) -> Strategy:
    return st.sampled_from((*enum_values()[enum], UNKNOWN_ENUM_VALUE))


MOR_VALUES = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=6)


@cache
def references(target: str | None = None) -> Strategy:
    """References: to ``target`` when the catalogue knows it, else to any managed type or an unknown one."""
    classes = managed_classes()
    if target in classes:
        return MOR_VALUES.map(lambda value: classes[target](TRANSPORT, value))
    known = st.builds(
        lambda cls, value: cls(TRANSPORT, value), st.sampled_from(list(classes.values())), MOR_VALUES
    )
    unknown = MOR_VALUES.map(lambda value: UnknownManagedObject(TRANSPORT, value, UNKNOWN_MANAGED_TYPE))
    return st.one_of(known, unknown)


@cache
def slot(field: Field, depth: int) -> Strategy:
    """Values for one member (a list for arrays, None allowed when optional)."""
    item = _single(field.type, field.target, depth)
    if field.array:
        return st.lists(item, min_size=0 if field.optional else 1, max_size=2 if depth < MAX_DEPTH else 1)
    return st.none() | item if field.optional else item


def _single(declared: str, target: str | None, depth: int) -> Strategy:
    if declared == "anyType":
        return any_values(depth)
    if declared == "ManagedObjectReference":
        return references(target)
    if declared in _xsd.PRIMITIVES:
        return primitive(declared)
    if declared in REGISTRY.enums:
        return enum_value(declared)
    return polymorphic(declared, depth)


@cache
def polymorphic(declared: str, depth: int) -> Strategy:
    """A data object for a slot declared ``declared``: the type itself or any subclass."""
    if depth >= MAX_DEPTH:
        return objects(declared, depth)
    names = subtypes()[declared]
    return st.sampled_from(names).flatmap(lambda name: objects(name, depth))


@cache
def objects(name: str, depth: int = 0) -> Strategy:
    """A data object or fault of exactly type ``name``."""
    cls = data_classes()[name]
    fields = cls._fields_
    if depth >= MAX_DEPTH:  # only what the schema requires, to end the recursion
        fields = tuple(f for f in fields if not f.optional)
    members = {f.name: _lazy_slot(f, depth + 1) for f in fields}
    return st.fixed_dictionaries(members).map(lambda kwargs: _build(cls, kwargs))


def _lazy_slot(field: Field, depth: int) -> Strategy:
    """Data and anyType members recurse, so they are deferred; the rest is built at once."""
    if (
        field.type in _xsd.PRIMITIVES
        or field.type in REGISTRY.enums
        or field.type == "ManagedObjectReference"
    ):
        return slot(field, depth)
    return st.deferred(lambda: slot(field, depth))


def _build(cls: Any, kwargs: dict[str, Any]) -> Any:
    obj = cls(**{k: v for k, v in kwargs.items() if v is not None})
    return obj


@cache
def any_values(depth: int) -> Strategy:
    """What an anyType slot can hold, wire type kept."""
    leaves = st.one_of(
        typed_primitives(),
        st.sampled_from(sorted(REGISTRY.enums)).flatmap(
            lambda enum: enum_value(enum).map(lambda value: _xsd.EnumValue(value, enum))
        ),
        references(),
    )
    if depth >= MAX_DEPTH:
        return leaves
    names = sorted(data_classes())
    return st.one_of(
        leaves,
        st.sampled_from(names).flatmap(lambda name: objects(name, depth + 1)),
        st.sampled_from(sorted(REGISTRY.arrays)).flatmap(lambda wrapper: arrays(wrapper, depth + 1)),
    )


@cache
def arrays(wrapper: str, depth: int) -> Strategy:
    """An ``Array`` with its ``ArrayOfX`` wire type and items of the item type."""
    item_type = REGISTRY.arrays[wrapper][0]
    item = _single(item_type, None, depth)
    return st.lists(item, max_size=2).map(lambda items: _xsd.Array(items, wire_type=wrapper))


@cache
def arguments(name: str) -> Strategy:
    """The parameters of one operation, in order, as the transport takes them."""
    op = operations()[name]
    return st.tuples(*(slot(p, 1) for p in op.params))


def this_for(name: str) -> ManagedObject:
    """A proxy of the type that owns operation ``name``."""
    owner = REGISTRY._index.OPERATIONS[name]
    return managed_classes()[owner](TRANSPORT, "obj-1")


# -- strict comparison --------------------------------------------------------------


def assert_same(expected: Any, actual: Any, path: str = "value") -> None:
    """Equal, and of the same Python type at every level; the message names the first difference."""
    assert type(actual) is type(expected), f"{path}: {type(actual).__name__} != {type(expected).__name__}"
    if isinstance(expected, DataObject | ServerFault):
        for field in expected._fields_:
            assert_same(getattr(expected, field.name), getattr(actual, field.name), f"{path}.{field.name}")
        assert getattr(expected, "_extra_", None) == getattr(actual, "_extra_", None), f"{path}: extra"
        assert expected == actual, f"{path}: == disagrees"
    elif isinstance(expected, list):
        assert len(actual) == len(expected), f"{path}: {len(actual)} items != {len(expected)}"
        if isinstance(expected, _xsd.Array):
            assert actual.wire_type == expected.wire_type, (
                f"{path}: {actual.wire_type} != {expected.wire_type}"
            )
        for i, (a, b) in enumerate(zip(expected, actual, strict=True)):
            assert_same(a, b, f"{path}[{i}]")
    elif isinstance(expected, ManagedObject):
        assert (actual.type, actual.value) == (expected.type, expected.value), f"{path}: {actual!r}"
        assert actual == expected, f"{path}: bound elsewhere"
    elif isinstance(expected, _xsd.EnumValue):
        assert (str(actual), actual.wire_type) == (str(expected), expected.wire_type), f"{path}: {actual!r}"
    elif isinstance(expected, float):
        assert actual == expected or (math.isnan(actual) and math.isnan(expected)), f"{path}: {actual!r}"
    elif isinstance(expected, datetime):
        assert actual == expected and actual.utcoffset() == expected.utcoffset(), f"{path}: {actual!r}"
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"
