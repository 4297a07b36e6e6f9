# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0b5a9291ee49
"""Every vim25 enum as a namespace of ``str`` constants (open: unknown values stay plain strings).

Each enum ``X`` has a ``Literal`` alias ``XValue`` of its known values: parameters
and constructor arguments take it (or an explicit ``pyvmomo.EnumValue`` for a
value newer than these bindings), so a misspelt value is a type error, while
values read from a server stay ``str``.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal, TypeAlias

from pyvmomo._base import OpenEnum


class Colour(OpenEnum):
    """Colour: an open enumeration of 2 values, since 7.0.3.0."""

    red: Final = "red"
    green: Final = "green"
    _values_: ClassVar[tuple[str, ...]] = ("red", "green", )


ColourValue: TypeAlias = Literal["red", "green"]
"""The values of Colour these bindings know, for parameters; pass a newer one as ``EnumValue(text, "Colour")``."""
