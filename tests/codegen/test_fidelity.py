"""The committed package ``pyvmomo.vim25`` against independent readings of the 7.0.3 WSDL.

The oracles are a fresh parse of the WSDL (``codegen.wsdl``, lxml only, no model
or passes), zeep's own WSDL reader, and the generated sources read as syntax
trees. The package is read as users get it: through ``_index`` and the
classes' metadata.
"""

from __future__ import annotations

import ast
import importlib
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

import pyvmomo.vim25 as vim25
from codegen import naming
from codegen.wsdl import WsdlSet, parse_wsdl
from pyvmomo._base import DataObject, Field, ManagedObject, Operation
from pyvmomo._encode import Encoder
from pyvmomo._errors import ServerFault
from pyvmomo._registry import Registry
from pyvmomo._transport import Transport
from pyvmomo.task import TaskMixin
from pyvmomo.vim25 import _index
from tests.conftest import require_shared_wsdl

PACKAGE = Path(vim25.__file__).resolve().parent
MOR = "ManagedObjectReference"


@cache
def fresh_parse() -> WsdlSet:
    return parse_wsdl(require_shared_wsdl("vim25-7.0.3"))


def _class(name: str) -> Any:
    return getattr(importlib.import_module(f"pyvmomo.vim25.{_index.TYPES[name]}"), name)


def _all_elements(wsdl: WsdlSet, name: str) -> list[tuple[str, str, bool, bool]]:
    """(wire name, type, optional, array) of a type's elements, inherited first."""
    chain = []
    cursor: str | None = name
    while cursor is not None and cursor in wsdl.complex_types:
        chain.append(wsdl.complex_types[cursor])
        cursor = wsdl.complex_types[cursor].base
    return [(e.name, e.type, e.min_occurs == 0, e.unbounded) for ct in reversed(chain) for e in ct.elements]


def _meta(field: Field) -> tuple[str, str, bool, bool]:
    return (field.wire, field.type, field.optional, field.array)


def test_every_complex_type_is_a_class_an_array_wrapper_or_an_operation() -> None:
    wsdl = fresh_parse()
    request_types = {op.request_type: name for name, op in wsdl.operations.items()}
    wrong = []
    classes = 0
    for name, ct in wsdl.complex_types.items():
        if name == MOR:
            continue
        if name in request_types:
            if request_types[name] not in _index.OPERATIONS:
                wrong.append(f"{name}: operation {request_types[name]} missing")
        elif name in _index.ARRAYS:
            (item,) = ct.elements
            if _index.ARRAYS[name] != (item.type, item.name) or not item.unbounded:
                wrong.append(f"{name}: array entry {_index.ARRAYS[name]}")
        elif name in _index.TYPES:
            classes += 1
            cls = _class(name)
            if cls._wire_name_ != name or [_meta(f) for f in cls._fields_] != _all_elements(wsdl, name):
                wrong.append(f"{name}: fields differ")
            if issubclass(cls, ServerFault) != _index.TYPES[name].startswith("faults."):
                wrong.append(f"{name}: fault or not")
        else:
            wrong.append(f"{name}: not generated")
    assert wrong == []
    assert classes == len(_index.TYPES) == 2863
    assert len(_index.ARRAYS) == 574 and len(_index.OPERATIONS) == 928


def test_every_enum_value_is_a_constant_with_its_wire_value() -> None:
    wsdl = fresh_parse()
    assert set(_index.ENUMS) == set(wsdl.enums)
    wrong = []
    count = 0
    for name, enum in wsdl.enums.items():
        cls = getattr(vim25, name)
        count += len(enum.values)
        if cls._values_ != enum.values:
            wrong.append(name)
        wrong += [f"{name}.{v}" for v in enum.values if getattr(cls, naming.python_name(v), None) != v]
    assert wrong == []
    assert count == 1808


def test_parameters_and_results_agree_with_zeep_for_every_operation(zeep_operations: dict[str, Any]) -> None:
    registry = Registry()
    assert set(zeep_operations) == set(_index.OPERATIONS)
    disagree = {}
    for name, zeep_op in zeep_operations.items():
        op = registry.operation(name)
        assert op is not None, name
        zeep_params = [
            (el_name, el.min_occurs == 0, el.max_occurs == "unbounded")
            for el_name, el in zeep_op.input.body.type.elements
        ]
        ours = [("_this", False, False)] + [(p.wire, p.optional, p.array) for p in op.params]
        zeep_result = [
            (el.min_occurs == 0, el.max_occurs == "unbounded") for _, el in zeep_op.output.body.type.elements
        ]
        our_result = [] if op.result is None else [(op.result.optional, op.result.array)]
        if (zeep_params, zeep_result) != (ours, our_result):
            disagree[name] = ((zeep_params, zeep_result), (ours, our_result))
    assert disagree == {}


def test_proxy_signatures_take_every_parameter_by_keyword_in_wire_order() -> None:
    registry = Registry()
    wrong = []
    for name, owner in _index.OPERATIONS.items():
        cls = registry.managed_class(owner)
        assert cls is not None
        op: Operation[Any] = cls._operations_[name]
        code = getattr(cls, name).__code__
        names = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
        required = [p.name for p in op.params if not p.optional]
        optional = [p.name for p in op.params if p.optional]
        if code.co_argcount != 1 or list(names) != [*required, *optional, "_timeout"]:
            wrong.append(name)
    assert wrong == []


def _annotation_uses_any(node: ast.expr | None) -> bool:
    return node is not None and any(isinstance(n, ast.Name) and n.id == "Any" for n in ast.walk(node))


def _any_slots_in_sources() -> set[tuple[str, str]]:
    """(class or operation, member) for every signature or field annotation that uses Any."""
    slots: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text())
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and _annotation_uses_any(node.annotation):
                slots.add(("module constant", ast.unparse(node.target)))
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.AnnAssign):
                    is_field = "ClassVar" not in ast.unparse(item.annotation)  # not class metadata
                    if is_field and _annotation_uses_any(item.annotation):
                        slots.add((node.name, ast.unparse(item.target)))
                if isinstance(item, ast.FunctionDef):
                    owner = node.name if item.name == "__init__" else item.name
                    args = [*item.args.args, *item.args.kwonlyargs]
                    slots |= {(owner, a.arg) for a in args if _annotation_uses_any(a.annotation)}
                    if _annotation_uses_any(item.returns):
                        slots.add((owner, "return"))
    return slots


def test_any_appears_only_in_the_17_any_type_slots() -> None:
    wsdl = fresh_parse()
    any_elements = {
        (name, e.name) for name, ct in wsdl.complex_types.items() for e in ct.elements if e.type == "anyType"
    }
    assert len(any_elements) == 17
    operation_of = {op.request_type: name for name, op in wsdl.operations.items()}
    # Where Any may appear: a data type's own anyType fields (annotation) and all of
    # them, inherited included (__init__); an operation's anyType parameters and results.
    expected = {
        (name, naming.python_name(element))
        for name in _index.TYPES
        for element, xsd_type, _, _ in _all_elements(wsdl, name)
        if xsd_type == "anyType"
    }
    expected |= {(operation_of[t], naming.python_name(e)) for t, e in any_elements if t in operation_of}
    expected |= {
        (name, "return")
        for name, op in wsdl.operations.items()
        if op.returnval and op.returnval.type == "anyType"
    }
    # A managed-object property the catalogue types anyType (HistoryCollector.filter) reads as Any.
    expected |= {
        (f"{name}Properties", field.name)
        for name in _index.MANAGED
        for field in getattr(vim25, name)._properties_.values()
        if field.type == "anyType"
    }
    assert _any_slots_in_sources() == expected
    in_signatures = {(t, e) for t, e in any_elements if t not in _index.ARRAYS}
    assert len(in_signatures) == 16  # the 17th, ArrayOfAnyType.anyType, is a wrapper in _index.ARRAYS
    assert {(operation_of.get(t, t), naming.python_name(e)) for t, e in in_signatures} <= expected


def test_wire_names_python_cannot_take_round_trip_through_metadata() -> None:
    registry = Registry()
    transport = Transport("https://vc.example.com/sdk", registry=registry)
    info = vim25.ExtExtendedProductInfo(
        companyUrl="https://example.com", self_=vim25.Folder(transport, "group-d1")
    )
    field = next(f for f in info._fields_ if f.wire == "self")
    assert (field.name, field.target) == ("self_", "ManagedEntity")
    probe: Operation[None] = Operation("Probe", (Field("value", "anyType"),))
    envelope = Encoder(registry, "7.0.3.0").request(
        vim25.Folder(transport, "group-d1"), probe, (info,), "op-1"
    )
    value = etree.fromstring(envelope).find(".//{urn:vim25}value")
    assert value is not None
    assert [etree.QName(c).localname for c in value] == ["companyUrl", "self"]
    assert transport.decoder.value(value, "anyType") == info

    xml = b'<e xmlns="urn:vim25"><key>1</key><from>green</from><to>red</to></e>'
    event = transport.decoder.value(etree.fromstring(xml), "AlarmStatusChangedEvent")
    assert (event.from_, event.to) == ("green", "red")
    assert vim25.DatastoreAccessible.True_ == "True" and vim25.DatastoreAccessible.False_ == "False"
    assert "True" in vim25.DatastoreAccessible._values_
    assert next(f for f in vim25.AlarmStatusChangedEvent._fields_ if f.name == "from_").wire == "from"


def test_names_the_rule_reserves_match_the_runtime_bases() -> None:
    def public(cls: type) -> set[str]:
        return {n for n in dir(cls) if not n.startswith("_")}

    assert public(ManagedObject) <= naming.MANAGED_OBJECT_ATTRIBUTES
    assert public(TaskMixin) - public(ManagedObject) <= naming.TASK_ATTRIBUTES
    assert public(ServerFault) <= naming.FAULT_ATTRIBUTES
    assert public(DataObject) == set() and set(DataObject.__slots__) <= naming.DATA_OBJECT_ATTRIBUTES
