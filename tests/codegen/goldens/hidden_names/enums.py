# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl fbfa58361e4c, wsdl/catalogue.json e4353d7b904e
"""Every vim25 enum as a namespace of ``str`` constants (open: unknown values stay plain strings).

Each enum ``X`` has a ``Literal`` alias ``XValue`` of its known values: parameters
and constructor arguments take it (or an explicit ``pyvmomo.EnumValue`` for a
value newer than these bindings), so a misspelt value is a type error, while
values read from a server stay ``str``.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal, TypeAlias

from pyvmomo._base import OpenEnum
