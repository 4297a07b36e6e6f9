"""Type annotations of members, parameters and results: one structure for code and docs.

The generated modules and the API reference must show the same types (once
they drifted: enum-typed parameters read ``str`` in the code and the enum's
class in the docs). Both go through these functions; only the spelling
differs, supplied by a :class:`Spelling`: ``resolve.CodeSpelling`` spells a name as the
module imports it, ``docs.Formatter`` as an HTML link.

What a value read from the server is (:func:`annotation`) and what a caller may
pass in (:func:`input_annotation`) differ on purpose:

- an array of a type with subtypes is read as ``list[X]`` but taken as
  ``Sequence[X]``, so a ``list[TraversalSpec]`` fits ``selectSet``
  (``list`` is invariant); so is an array of enum values; arrays of other
  types stay ``list[X]``, so a bare ``str`` is still refused where
  ``list[str]`` is expected;
- an enum is read as ``str`` (enums are open: a newer server sends values
  these bindings do not know) but taken as a ``Literal`` of the known values,
  or an explicit ``EnumValue`` for a value newer than the bindings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

from .model import Api, Member, Operation

T = TypeVar("T")

# xsd type -> the Python type it decodes to
PRIMITIVES = {
    "string": "str",
    "boolean": "bool",
    "byte": "int",
    "short": "int",
    "int": "int",
    "long": "int",
    "float": "float",
    "double": "float",
    "dateTime": "datetime",
    "base64Binary": "bytes",
    "anyURI": "str",
    "anyType": "Any",
}

# Proxies whose class is generic in a type the reference does not tell (a Task's result).
GENERIC_PROXIES = frozenset({"Task"})


@dataclass(frozen=True)
class Kinds:
    """What annotations need to know about the model's type names."""

    managed: frozenset[str]  # managed-object (proxy) types
    extended: frozenset[str]  # data, fault and managed types that have subtypes

    @classmethod
    def of(cls, api: Api) -> Kinds:
        bases = [d.base for d in api.data_types] + [m.base for m in api.managed]
        return cls(frozenset(m.name for m in api.managed), frozenset(b for b in bases if b))


def enum_alias(name: str) -> str:
    """The ``Literal`` alias of an enum's known values, defined beside the enum (``enums.py``)."""
    return f"{name}Value"


class Spelling(Protocol[T]):
    """How one output spells the parts of an annotation."""

    def proxy(self, name: str) -> T: ...  # a generated managed-object proxy class
    def any_proxy(self) -> T: ...  # a reference the catalogue gives no type for
    def data(self, name: str) -> T: ...  # a data object or fault class
    def enum(self, name: str) -> T: ...  # an open enum read from the server: a str in Python
    def enum_input(self, name: str) -> T: ...  # an enum passed in: the Literal alias | EnumValue
    def primitive(self, python: str, xsd: str) -> T: ...  # a builtin, datetime or Any
    def generic(self, outer: T, inner: T) -> T: ...  # outer[inner]
    def listed(self, inner: T) -> T: ...  # list[inner]
    def sequence(self, inner: T) -> T: ...  # Sequence[inner]
    def optional(self, inner: T) -> T: ...  # inner | None
    def none(self) -> T: ...


def base_type(spell: Spelling[T], m: Member, kinds: Kinds, *, given: bool = False) -> T:
    """The type of one value of ``m``, ignoring array and optional; ``given``: passed in by a caller."""
    if m.kind == "mor":
        if m.target and m.target in kinds.managed:
            proxy = spell.proxy(m.target)
            if m.target in GENERIC_PROXIES:  # its result type is unknown here: object, not Any
                return spell.generic(proxy, spell.primitive("object", "anyType"))
            return proxy
        return spell.any_proxy()
    if m.kind in ("data", "fault"):
        return spell.data(m.type)
    if m.kind == "enum":
        return spell.enum_input(m.type) if given else spell.enum(m.type)
    return spell.primitive(PRIMITIVES[m.type], m.type)


def covariant(m: Member, kinds: Kinds) -> bool:
    """Whether an array member is taken as ``Sequence[X]``: its items may be subtypes of X.

    Enum items are taken as a ``Literal`` (a subtype of the ``str`` read back).
    """
    if m.kind == "enum":
        return True
    if m.kind == "mor":
        return not (m.target and m.target in kinds.managed) or m.target in kinds.extended
    return m.kind in ("data", "fault") and m.type in kinds.extended


def annotation(spell: Spelling[T], m: Member, kinds: Kinds) -> T:
    """A value read back (field, property, result): ``list[X]``, ``X | None`` or ``X``."""
    base = base_type(spell, m, kinds)
    if m.array:
        return spell.listed(base)
    return spell.optional(base) if m.optional else base


def _given(spell: Spelling[T], m: Member, kinds: Kinds) -> T:
    base = base_type(spell, m, kinds, given=True)
    if m.array:
        return spell.sequence(base) if covariant(m, kinds) else spell.listed(base)
    return base


def input_annotation(spell: Spelling[T], m: Member, kinds: Kinds) -> T:
    """A required parameter or constructor argument: what a caller may pass."""
    given = _given(spell, m, kinds)
    return spell.optional(given) if m.optional and not m.array else given


def param_annotation(spell: Spelling[T], m: Member, kinds: Kinds) -> T:
    """An optional keyword argument (None means "leave it out")."""
    return spell.optional(_given(spell, m, kinds))


def returns_task(op: Operation, kinds: Kinds) -> bool:
    result = op.result
    return result is not None and result.kind == "mor" and result.target == "Task" and "Task" in kinds.managed


def task_result(spell: Spelling[T], op: Operation, kinds: Kinds) -> T:
    """What ``task.wait()`` returns for an operation that starts a task."""
    return spell.none() if op.task_result is None else annotation(spell, op.task_result, kinds)


def result_annotation(spell: Spelling[T], op: Operation, kinds: Kinds) -> T:
    """An operation's return type; a task-starting one returns ``Task[its result]``."""
    if op.result is None:
        return spell.none()
    if returns_task(op, kinds):
        return spell.generic(spell.proxy("Task"), task_result(spell, op, kinds))
    return annotation(spell, op.result, kinds)
