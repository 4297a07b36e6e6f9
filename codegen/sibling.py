"""Stage 1c, the sibling: what a service's WSDL imports from vim25, read from the vim25 package.

A service other than vim25 (pbm; later sms, vslm, eam) imports vim25 types
(``DynamicData``, ``MethodFault``, ``KeyAnyValue``...). Its package does not
copy them: generated modules import them from the sibling package by a
relative import (``from ...vim25.types.key_any_value import KeyAnyValue``),
so ``pyvmomo/vim25`` + ``pyvmomo/pbm`` and a user's ``mybindings/vim25`` +
``mybindings/pbm`` both work, and an ``isinstance`` check against a vim25
class holds for values decoded from either service.

The sibling is the generated vim25 package beside the output folder. This
module reads its ``_index`` (names and modules) and, for the few classes the
service inherits from, their ``_fields_`` (so inherited fields are exactly the
sibling's). Reading means importing the sibling, which the generator already
does for every package it writes.

Decision: a vim25 type or member the service's set needs and the sibling
lacks (the pbm set's ``vim-types.xsd`` is 8.0-level, the built-in vim25 is
7.0.3) is an error citing the pbm file and line, not a copy into the service
package: two classes for one wire type would break ``isinstance`` and the
registry. Regenerate the sibling from a newer vim25 WSDL instead. Today the
pbm 8.0 set needs 11 vim25 types, all present with every member in 7.0.3.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SiblingField:
    """One field of a sibling class, as its ``Field`` metadata says."""

    name: str
    wire: str
    type: str
    array: bool
    optional: bool
    secret: bool
    since: str
    target: str | None


@dataclass(frozen=True)
class Sibling:
    """The vim25 package a service imports from: names, modules, and inherited fields."""

    name: str  # the package's own folder name, used in relative imports ("vim25")
    types: dict[str, str]  # data and fault type -> module inside the package ("types.dynamic_data")
    managed: dict[str, str]
    enums: frozenset[str]
    fields: dict[str, tuple[SiblingField, ...]]  # only for the classes asked for

    def module(self, name: str) -> str | None:
        """The module (relative to the sibling package) defining ``name``, or None."""
        if name in self.types:
            return self.types[name]
        if name in self.managed:
            return self.managed[name]
        return "enums" if name in self.enums else None

    def is_fault(self, name: str) -> bool:
        return self.types.get(name, "").startswith("faults.")


def dotted_name(folder: Path) -> tuple[str, Path]:
    """(the dotted name ``folder`` imports as, the ``sys.path`` entry that makes it import)."""
    folder = folder.resolve()
    parts = [folder.name]
    root = folder.parent
    while (root / "__init__.py").exists() and root.name.isidentifier():
        parts.insert(0, root.name)
        root = root.parent
    return ".".join(parts), root


def load_sibling(folder: Path, classes: frozenset[str] = frozenset()) -> Sibling:
    """Read the sibling package in ``folder``: its index, and the fields of ``classes``."""
    if not (folder / "_index.py").exists():
        raise FileNotFoundError(
            f"{folder / '_index.py'} does not exist: generate the vim25 bindings there first "
            f"(pyvmomo-codegen generate --wsdl <vim25 WSDL> --out {folder})"
        )
    name, root = dotted_name(folder)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    index: Any = importlib.import_module(f"{name}._index")
    fields: dict[str, tuple[SiblingField, ...]] = {}
    for cls_name in sorted(classes):
        module = index.TYPES.get(cls_name)
        if module is None:
            continue
        cls = getattr(importlib.import_module(f"{name}.{module}"), cls_name)
        fields[cls_name] = tuple(
            SiblingField(f.name, f.wire, f.type, f.array, f.optional, f.secret, f.since, f.target)
            for f in cls._fields_
        )
    return Sibling(
        name=folder.resolve().name,
        types=dict(index.TYPES),
        managed=dict(index.MANAGED),
        enums=frozenset(index.ENUMS),
        fields=fields,
    )
