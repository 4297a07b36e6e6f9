"""Stage 2, validate: refuse what the generator does not understand.

Unknown XSD shapes, dangling type references and name clashes are errors that
cite file and line; the generator never guesses. Catalogue gaps (an operation
with no owner, a type the catalogue lacks) are reported, and fatal only with
``--strict``.

``validate_wsdl`` runs on the parsed set, ``validate_sibling`` on what a
service other than vim25 imports from the vim25 package beside it, ``validate_api`` on the finished
model, after ``passes.escape_python_names``: it refuses what naming rules 2
and 3 (``naming.py``) cannot settle, such as two wire names that escape to the
same Python name or a member that would hide an attribute of a runtime base.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from . import naming
from .model import MOR, XSD_BUILTINS, Api, Member, imported_names, is_own
from .sibling import Sibling
from .wsdl import WsdlSet

# Names a generated module binds at module level besides its classes.
RESERVED_CLASS_NAMES = (
    naming.BUILTIN_TYPES
    | naming.TYPING_NAMES
    | {"datetime", "annotations", "importlib", "OpenEnum", "API_VERSION", "NAMESPACE"}
)
CATALOGUE_SOURCE = "wsdl/vim25.json"


class SchemaError(ValueError):
    """The WSDL set has a shape this generator refuses to guess about."""


def validate_wsdl(wsdl: WsdlSet) -> None:
    """Raise :class:`SchemaError` listing every unknown shape and dangling reference."""
    problems = [f"{u.source}: unsupported {u.what}" for u in wsdl.unknown]
    defined = set(wsdl.complex_types) | set(wsdl.enums) | XSD_BUILTINS
    for ct in wsdl.complex_types.values():
        if ct.base is not None and ct.base not in wsdl.complex_types and ct.base != "string":
            problems.append(f"{ct.source}: {ct.name} extends unknown type {ct.base}")
        for el in ct.elements:
            if el.type not in defined:
                problems.append(f"{el.source}: {ct.name}.{el.name} has unknown type {el.type}")
        if ct.simple_content and ct.name != MOR:
            problems.append(f"{ct.source}: unexpected simpleContent type {ct.name}")
    for op in wsdl.operations.values():
        request = wsdl.complex_types.get(op.request_type)
        if request is None:
            problems.append(f"{op.source}: {op.name} has unknown request type {op.request_type}")
        elif not request.elements or request.elements[0].name != "_this":
            problems.append(f"{op.source}: {op.name} does not start with _this")
        for fault in op.faults:
            if fault not in wsdl.complex_types:
                problems.append(f"{op.source}: {op.name} declares unknown fault {fault}")
        if op.returnval is not None and op.returnval.type not in defined:
            problems.append(f"{op.source}: {op.name} returns unknown type {op.returnval.type}")
    if problems:
        raise SchemaError(
            "the WSDL set has shapes the generator does not support:\n  " + "\n  ".join(problems)
        )


def validate_sibling(wsdl: WsdlSet, sibling: Sibling | None) -> None:
    """Refuse what the sibling vim25 package cannot provide, and name clashes with it, citing file:line.

    Every type of another namespace the service needs must be in the sibling
    with every member the service's set declares for it; no name of the
    service may also be a sibling name (one wire name, one class).
    """
    needed = imported_names(wsdl)
    if not needed and sibling is None:
        return
    problems = []
    if sibling is None:
        first = min(needed.items(), key=lambda item: str(item[1]))
        problems.append(
            f"{first[1]}: {wsdl.service} uses {len(needed)} types of another namespace "
            f"({first[0]}...) but no vim25 package was given to import them from"
        )
    else:
        for name, source in sorted(needed.items()):
            if sibling.module(name) is None:
                problems.append(
                    f"{source}: {wsdl.service} needs vim25 type {name}, which the {sibling.name} "
                    "bindings lack; regenerate them from a vim25 WSDL that has it"
                )
                continue
            ct = wsdl.complex_types.get(name)
            if ct is None or name not in sibling.fields:
                continue
            have = {f.wire for f in sibling.fields[name]}
            cursor: str | None = name
            while cursor is not None and (level := wsdl.complex_types.get(cursor)) is not None:
                problems += [
                    f"{el.source}: {wsdl.service} needs member {name}.{el.name}, which the "
                    f"{sibling.name} bindings lack; regenerate them from a vim25 WSDL that has it"
                    for el in level.elements
                    if el.name not in have
                ]
                cursor = level.base
        own = [(ct.name, ct.source) for ct in wsdl.complex_types.values() if is_own(ct.namespace, wsdl)]
        own += [(e.name, e.source) for e in wsdl.enums.values() if is_own(e.namespace, wsdl)]
        problems += [
            f"{source}: {wsdl.service} type {name} is also a name in {sibling.name} "
            f"({sibling.module(name)}); one name would stand for two classes"
            for name, source in own
            if sibling.module(name) is not None
        ]
    if problems:
        raise SchemaError(
            f"the {wsdl.service} set does not fit its vim25 sibling:\n  " + "\n  ".join(problems)
        )


def _member_problems(where: str, members: tuple[Member, ...], reserved: frozenset[str]) -> list[str]:
    """Duplicate Python names, generator-private names and runtime attributes among members."""
    problems = [
        f"{where}: {n} appears {c} times once escaped"
        for n, c in Counter(m.py_name for m in members).items()
        if c > 1
    ]
    for m in members:
        if m.wire_name.startswith("_"):
            problems.append(f"{where}: member {m.wire_name} starts with '_', which generated code reserves")
        elif m.py_name in reserved:
            problems.append(f"{where}: member {m.py_name} would hide the runtime attribute of that name")
    return problems


def validate_api(api: Api) -> None:
    """Raise :class:`SchemaError` on Python name clashes, citing where each name comes from."""
    problems = []
    sources: dict[str, list[str]] = defaultdict(list)
    for d in api.data_types:
        sources[d.py_name].append(str(d.source))
    for e in api.enums:
        sources[e.name].append(str(e.source))
    for m in api.managed:
        sources[m.name].append(f"{CATALOGUE_SOURCE} (managed type)")
    problems += [
        f"class name {n} is defined {len(where)} times: {', '.join(where)}"
        for n, where in sources.items()
        if len(where) > 1
    ]
    problems += [
        f"{where[0]}: class name {n} is a name generated modules need"
        for n, where in sources.items()
        if n in RESERVED_CLASS_NAMES
    ]
    modules: dict[str, list[str]] = defaultdict(list)
    for d in api.data_types:
        modules[d.module].append(f"{d.name} ({d.source})")
    for m in api.managed:
        modules[m.module].append(f"{m.name} ({CATALOGUE_SOURCE})")
    problems += [
        f"module name {n} is used by {', '.join(names)}" for n, names in modules.items() if len(names) > 1
    ]
    for d in api.data_types:
        reserved = naming.FAULT_ATTRIBUTES if d.is_fault else naming.DATA_OBJECT_ATTRIBUTES
        problems += _member_problems(f"{d.source}: {d.name}", d.fields, reserved)
    for e in api.enums:
        problems += [
            f"{e.source}: enum {e.name}: value {n} appears {c} times once escaped"
            for n, c in Counter(v.py_name for v in e.values).items()
            if c > 1
        ]
        problems += [
            f"{e.source}: enum {e.name}: value {v.wire_name} starts with '_', which generated code reserves"
            for v in e.values
            if v.wire_name.startswith("_")
        ]
    for op in api.operations:
        problems += _member_problems(f"{op.source}: operation {op.name}", op.params, frozenset())
    owned_ops = {o.name: o for o in api.operations}
    for mo in api.managed:
        reserved = naming.MANAGED_OBJECT_ATTRIBUTES | (naming.TASK_ATTRIBUTES if mo.name == "Task" else set())
        for name in mo.operations:
            if name in reserved:
                problems.append(
                    f"{owned_ops[name].source}: operation {name} of {mo.name} would hide "
                    f"the proxy attribute {name}"
                )
        constants = Counter(naming.constant_name(name) for name in mo.operations)
        problems += [
            f"{CATALOGUE_SOURCE}: managed type {mo.name}: operation constant {c} would be defined {n} times"
            for c, n in constants.items()
            if n > 1
        ]
        clash = set(mo.operations) & {p.py_name for p in mo.properties}
        problems += [
            f"{CATALOGUE_SOURCE}: managed type {mo.name}: {n} is both an operation and a property"
            for n in sorted(clash)
        ]
    if problems:
        raise SchemaError("generated names would clash:\n  " + "\n  ".join(problems))


def catalogue_gaps(api: Api) -> list[str]:
    """What the catalogue did not place or describe, each with the WSDL file and line."""
    return list(api.gaps)
