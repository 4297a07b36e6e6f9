"""Stage 2, validate: refuse what the generator does not understand.

Unknown XSD shapes, dangling type references and name clashes are errors that
cite file and line; the generator never guesses. Catalogue gaps (an operation
with no owner, a type the catalogue lacks) are reported, and fatal only with
``--strict``.
"""

from __future__ import annotations

from collections import Counter

from .model import MOR, XSD_BUILTINS, Api
from .wsdl import WsdlSet


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
    if problems:
        raise SchemaError(
            "the WSDL set has shapes the generator does not support:\n  " + "\n  ".join(problems)
        )


def validate_api(api: Api) -> None:
    """Raise :class:`SchemaError` on Python name clashes."""
    problems = []
    class_names = Counter(
        [d.py_name for d in api.data_types] + [e.name for e in api.enums] + [m.name for m in api.managed]
    )
    problems += [f"class name {n} is used {c} times" for n, c in class_names.items() if c > 1]
    modules = Counter([d.module for d in api.data_types] + [m.module for m in api.managed])
    problems += [f"module name {n} is used {c} times" for n, c in modules.items() if c > 1]
    for d in api.data_types:
        names = Counter(f.py_name for f in d.fields)
        problems += [
            f"{d.source}: field {n} of {d.name} appears {c} times" for n, c in names.items() if c > 1
        ]
    for e in api.enums:
        names = Counter(v.py_name for v in e.values)
        problems += [f"enum {e.name}: value {n} appears {c} times" for n, c in names.items() if c > 1]
    for mo in api.managed:
        ops = set(mo.operations)
        props = {p.py_name for p in mo.properties}
        clash = ops & props
        problems += [
            f"managed type {mo.name}: {n} is both an operation and a property" for n in sorted(clash)
        ]
    if problems:
        raise SchemaError("generated names would clash:\n  " + "\n  ".join(problems))


def catalogue_gaps(api: Api) -> list[str]:
    """What the catalogue did not place or describe."""
    return list(api.gaps)
