"""``pyvmomo-codegen diff OLD NEW``: what changed between two binding sets, as Markdown.

Either side is a WSDL set (a folder, an entry file or an ``https://`` URL, read
with the catalogue like ``generate``) or a generated binding package (a folder
holding ``_index.py``, or an importable module name such as ``pyvmomo.vim25``).
Both are reduced to the same :class:`Surface`, so comparing a WSDL set with
the package generated from it reports nothing.

Compared: managed types, operations (with owner and parameters), managed-object
properties, data types, fault types, their own fields, enums and enum values.
Members of a type that is itself added or removed are not listed again.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from .catalogue import version_key
from .model import Api


@dataclass(frozen=True)
class Surface:
    """The public shape of one binding set, by wire name."""

    version: str
    managed: dict[str, tuple[str, ...]]  # managed type -> own property names
    operations: dict[str, tuple[str, tuple[str, ...]]]  # operation -> (owner, parameter names)
    data: dict[str, tuple[str, ...]]  # data type -> own field names
    faults: dict[str, tuple[str, ...]]  # fault type -> own field names
    enums: dict[str, tuple[str, ...]]  # enum -> values


def surface_of_api(api: Api) -> Surface:
    """The surface of a generator model."""
    return Surface(
        version=api.version,
        managed={m.name: tuple(p.wire_name for p in m.properties) for m in api.managed},
        operations={
            op.name: (op.owner or "", tuple(p.wire_name for p in op.params)) for op in api.operations
        },
        data={d.name: tuple(f.wire_name for f in d.own_fields) for d in api.data_types if not d.is_fault},
        faults={d.name: tuple(f.wire_name for f in d.own_fields) for d in api.data_types if d.is_fault},
        enums={e.name: tuple(v.wire_name for v in e.values) for e in api.enums},
    )


def _own_fields(cls: Any) -> tuple[str, ...]:
    inherited = len(getattr(cls.__mro__[1], "_fields_", ()))
    return tuple(f.wire for f in cls._fields_[inherited:])


def import_package(source: str) -> ModuleType:
    """Import a generated package from a folder (under a private name) or by module name."""
    path = Path(source)
    if not (path / "_index.py").exists():
        return importlib.import_module(source)
    name = f"_pyvmomo_diff_{abs(hash(str(path.resolve()))):x}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(
        name, path / "__init__.py", submodule_search_locations=[str(path)]
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import the package at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def surface_of_package(package: ModuleType) -> Surface:
    """The surface of a generated package, read from its own metadata."""
    index: Any = importlib.import_module(f"{package.__name__}._index")
    enums_module: Any = importlib.import_module(f"{package.__name__}.enums")

    def load(module: str, name: str) -> Any:
        return getattr(importlib.import_module(f"{package.__name__}.{module}"), name)

    data: dict[str, tuple[str, ...]] = {}
    faults: dict[str, tuple[str, ...]] = {}
    for name, module in index.TYPES.items():
        (faults if module.startswith("faults.") else data)[name] = _own_fields(load(module, name))
    managed: dict[str, tuple[str, ...]] = {}
    operations: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, module in index.MANAGED.items():
        cls = load(module, name)
        managed[name] = tuple(cls._properties_)
        for op_name, op in cls.__dict__["_operations_"].items():
            operations[op_name] = (name, tuple(p.wire for p in op.params))
    unplaced = load("managed._unplaced", "_Unplaced")
    for op_name, op in unplaced._operations_.items():
        operations[op_name] = ("", tuple(p.wire for p in op.params))
    enums = {name: tuple(getattr(enums_module, name)._values_) for name in index.ENUMS}
    return Surface(index.API_VERSION, managed, operations, data, faults, enums)


def load_surface(source: str, build: Callable[[str], Api]) -> Surface:
    """A WSDL set (built with ``build``) or a generated package, by what ``source`` looks like."""
    path = Path(source)
    if (path / "_index.py").exists() or (not path.exists() and "/" not in source and ":" not in source):
        return surface_of_package(import_package(source))
    return surface_of_api(build(source))


def _names(items: list[str]) -> str:
    return ", ".join(f"`{n}`" for n in items)


def _section(title: str, old: dict[str, Any], new: dict[str, Any], lines: list[str]) -> None:
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    lines += [f"## {title}", ""]
    if not added and not removed:
        lines += ["No change.", ""]
        return
    if added:
        lines += [f"Added ({len(added)}): {_names(added)}", ""]
    if removed:
        lines += [f"Removed ({len(removed)}): {_names(removed)}", ""]


def _member_changes(
    title: str,
    what: str,
    old: dict[str, tuple[str, ...]],
    new: dict[str, tuple[str, ...]],
    lines: list[str],
    label: Callable[[str], str] = str,
) -> tuple[int, int]:
    rows = []
    added_total = removed_total = 0
    for name in sorted(old.keys() & new.keys()):
        added = [m for m in new[name] if m not in old[name]]
        removed = [m for m in old[name] if m not in new[name]]
        if added or removed:
            parts = []
            if added:
                parts.append(f"added {_names(added)}")
            if removed:
                parts.append(f"removed {_names(removed)}")
            rows.append(f"- `{label(name)}`: {'; '.join(parts)}")
            added_total += len(added)
            removed_total += len(removed)
    lines += [f"## {title}", ""]
    if rows:
        lines += [f"{what} added: {added_total}, removed: {removed_total}.", "", *rows, ""]
    else:
        lines += ["No change.", ""]
    return added_total, removed_total


def _count(surface_map: dict[str, tuple[str, ...]]) -> int:
    return sum(len(v) for v in surface_map.values())


def render_diff(old: Surface, new: Surface) -> str:
    """The Markdown report of what changed from ``old`` to ``new``."""
    lines = [
        f"# vim25 API changes: {old.version} to {new.version}",
        "",
        "Generated by `pyvmomo-codegen diff` from the two binding sets; "
        "wire names throughout. Members of added or removed types are not listed again.",
        "",
    ]
    old_params = {n: p for n, (_, p) in old.operations.items()}
    new_params = {n: p for n, (_, p) in new.operations.items()}
    body: list[str] = []
    _section("Managed types", old.managed, new.managed, body)
    body += ["## Operations", ""]
    for label, names in (
        ("Added", sorted(new.operations.keys() - old.operations.keys())),
        ("Removed", sorted(old.operations.keys() - new.operations.keys())),
    ):
        source = new.operations if label == "Added" else old.operations
        if not names:
            continue
        body += [f"{label} ({len(names)}):", ""]
        by_owner = itertools.groupby(
            sorted(names, key=lambda n: (source[n][0], n)), key=lambda n: source[n][0]
        )
        body += [f"- `{owner or '(unplaced)'}`: {_names(list(group))}" for owner, group in by_owner]
        body.append("")
    moved = sorted(
        n
        for n in old.operations.keys() & new.operations.keys()
        if old.operations[n][0] != new.operations[n][0]
    )
    if moved:
        body += [f"Moved ({len(moved)}):", ""]
        body += [f"- `{n}`: `{old.operations[n][0]}` to `{new.operations[n][0]}`" for n in moved]
        body.append("")
    if body[-2:] == ["## Operations", ""]:
        body += ["No change.", ""]
    params = _member_changes(
        "Operation parameters",
        "Parameters",
        old_params,
        new_params,
        body,
        lambda op: f"{new.operations[op][0] or '(unplaced)'}.{op}",
    )
    props = _member_changes("Managed-object properties", "Properties", old.managed, new.managed, body)
    _section("Data types", old.data, new.data, body)
    fields = _member_changes("Data type fields", "Fields", old.data, new.data, body)
    _section("Fault types", old.faults, new.faults, body)
    fault_fields = _member_changes("Fault fields", "Fields", old.faults, new.faults, body)
    _section("Enums", old.enums, new.enums, body)
    values = _member_changes("Enum values", "Values", old.enums, new.enums, body)

    def row(label: str, old_n: int, new_n: int, added: int, removed: int) -> str:
        return f"| {label} | {old_n} | {new_n} | {added} | {removed} |"

    def keys(label: str, a: dict[str, Any], b: dict[str, Any]) -> str:
        return row(label, len(a), len(b), len(b.keys() - a.keys()), len(a.keys() - b.keys()))

    lines += [
        f"| | {old.version} | {new.version} | added | removed |",
        "|---|---:|---:|---:|---:|",
        keys("managed types", old.managed, new.managed),
        keys("operations", old.operations, new.operations),
        row("parameters", _count(old_params), _count(new_params), *params),
        row("managed-object properties", _count(old.managed), _count(new.managed), *props),
        keys("data types", old.data, new.data),
        row("data type fields", _count(old.data), _count(new.data), *fields),
        keys("fault types", old.faults, new.faults),
        row("fault fields", _count(old.faults), _count(new.faults), *fault_fields),
        keys("enums", old.enums, new.enums),
        row("enum values", _count(old.enums), _count(new.enums), *values),
        "",
        "Added and removed members are counted on types and operations present in both sets.",
        "",
    ]
    if version_key(new.version) < version_key(old.version):
        lines += ["Note: NEW is older than OLD.", ""]
    return "\n".join(lines + body).rstrip("\n") + "\n"
