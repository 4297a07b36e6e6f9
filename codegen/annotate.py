"""Type annotations of members, parameters and results: one structure for code and docs.

The generated modules and the API reference must show the same types (once
they drifted: enum-typed parameters read ``str`` in the code and the enum's
class in the docs). Both go through these functions; only the spelling
differs, supplied by a :class:`Spelling`: ``render._Scope`` spells a name as the
module imports it, ``docs.Formatter`` as an HTML link.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Protocol, TypeVar

from .model import Member, Operation

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


class Spelling(Protocol[T]):
    """How one output spells the parts of an annotation."""

    def proxy(self, name: str) -> T: ...  # a generated managed-object proxy class
    def any_proxy(self) -> T: ...  # a reference the catalogue gives no type for
    def data(self, name: str) -> T: ...  # a data object or fault class
    def enum(self, name: str) -> T: ...  # an open enum: a str in Python
    def primitive(self, python: str, xsd: str) -> T: ...  # a builtin, datetime or Any
    def generic(self, outer: T, inner: T) -> T: ...  # outer[inner]
    def listed(self, inner: T) -> T: ...  # list[inner]
    def optional(self, inner: T) -> T: ...  # inner | None
    def none(self) -> T: ...


def base_type(spell: Spelling[T], m: Member, managed: Container[str]) -> T:
    """The type of one value of ``m``, ignoring array and optional."""
    if m.kind == "mor":
        if m.target and m.target in managed:
            proxy = spell.proxy(m.target)
            if m.target in GENERIC_PROXIES:  # its result type is unknown here: object, not Any
                return spell.generic(proxy, spell.primitive("object", "anyType"))
            return proxy
        return spell.any_proxy()
    if m.kind in ("data", "fault"):
        return spell.data(m.type)
    if m.kind == "enum":
        return spell.enum(m.type)
    return spell.primitive(PRIMITIVES[m.type], m.type)


def annotation(spell: Spelling[T], m: Member, managed: Container[str]) -> T:
    """A field, property or required parameter: ``list[X]``, ``X | None`` or ``X``."""
    base = base_type(spell, m, managed)
    if m.array:
        return spell.listed(base)
    return spell.optional(base) if m.optional else base


def param_annotation(spell: Spelling[T], m: Member, managed: Container[str]) -> T:
    """An optional keyword argument (None means "leave it out")."""
    base = base_type(spell, m, managed)
    return spell.optional(spell.listed(base) if m.array else base)


def returns_task(op: Operation, managed: Container[str]) -> bool:
    result = op.result
    return result is not None and result.kind == "mor" and result.target == "Task" and "Task" in managed


def task_result(spell: Spelling[T], op: Operation, managed: Container[str]) -> T:
    """What ``task.wait()`` returns for an operation that starts a task."""
    return spell.none() if op.task_result is None else annotation(spell, op.task_result, managed)


def result_annotation(spell: Spelling[T], op: Operation, managed: Container[str]) -> T:
    """An operation's return type; a task-starting one returns ``Task[its result]``."""
    if op.result is None:
        return spell.none()
    if returns_task(op, managed):
        return spell.generic(spell.proxy("Task"), task_result(spell, op, managed))
    return annotation(spell, op.result, managed)
