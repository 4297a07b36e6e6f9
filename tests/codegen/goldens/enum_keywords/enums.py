# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""Every vim25 enum as a namespace of ``str`` constants (open: unknown values stay plain strings).

Each enum ``X`` has a ``Literal`` alias ``XValue`` of its known values: parameters
and constructor arguments take it (or an explicit ``pyvmomo.EnumValue`` for a
value newer than these bindings), so a misspelt value is a type error, while
values read from a server stay ``str``.
"""

from __future__ import annotations

import builtins as _builtins
import typing as _typing
from typing import ClassVar, Final, Literal, TypeAlias

from pyvmomo._base import OpenEnum


class DatastoreAccessible(OpenEnum):
    """DatastoreAccessible: an open enumeration of 2 values, since 4.0. Renamed: True_ is "True", False_ is "False"."""

    True_: Final = "True"
    False_: Final = "False"
    _values_: ClassVar[tuple[str, ...]] = ("True", "False", )


DatastoreAccessibleValue: TypeAlias = Literal["True", "False"]
"""The values of DatastoreAccessible these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DatastoreAccessible")``."""


class Direction(OpenEnum):
    """Direction: an open enumeration of 4 values, since 5.0. Renamed: in_ is "in", None_ is "None"."""

    in_: Final = "in"
    out: Final = "out"
    None_: Final = "None"
    in_progress: Final = "in_progress"
    _values_: ClassVar[tuple[str, ...]] = ("in", "out", "None", "in_progress", )


DirectionValue: TypeAlias = Literal["in", "out", "None", "in_progress"]
"""The values of Direction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "Direction")``."""


class Spelling(OpenEnum):
    """Spelling: an open enumeration of 4 values, since 7.0.3.0."""

    Final: _typing.Final = "Final"
    str: _typing.Final = "str"
    ClassVar: _typing.Final = "ClassVar"
    tuple: _typing.Final = "tuple"
    _values_: _typing.ClassVar[_builtins.tuple[_builtins.str, ...]] = ("Final", "str", "ClassVar", "tuple", )


SpellingValue: TypeAlias = Literal["Final", "str", "ClassVar", "tuple"]
"""The values of Spelling these bindings know, for parameters; pass a newer one as ``EnumValue(text, "Spelling")``."""
