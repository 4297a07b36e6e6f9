"""Every vim25 data object and fault type survives encode -> decode, as XML and as JSON.

For each of the 2,863 data and fault types (2,169 data objects, 694 faults),
hypothesis draws objects of exactly that type with every member filled from
its metadata (subclasses in polymorphic slots, arrays, anyType slots holding
any primitive, enum value, reference, data object or ``ArrayOfX``, enums with
known and unknown values; see ``tests/strategies.py``), then checks:

- ``from_xml(to_xml(obj))`` and ``from_json(to_json(obj))`` equal ``obj`` with
  the same Python type at every level (``assert_same``), so anyType values
  keep their wire type;
- the object, sent in the anyType slot ``SetTaskState.result`` as a request
  would carry it, is valid against the WSDL's own schema (validating its
  ``xsi:type``), which proves the encoding of every type, not just its symmetry;
  the only violation allowed is the unknown enum value the strategies put in
  on purpose.

Deterministic companions: each of the 574 ``ArrayOfX`` wrappers is written
with its own item element name, and each of the 1,808 values of the 393 enums
(plus an unknown one) round-trips with its type and is schema-valid.

Examples per type: 2 under the ``ci`` profile (the first is the minimal
object, the second random), 5 under ``dev``, 30 under ``deep``; types are drawn
ten per example to amortise hypothesis' per-test cost. Excluded values, each
covered by its own test elsewhere: NaN, characters XML cannot carry, naive
datetimes, untyped ``int``/``float``/``list`` in anyType slots.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pyvmomo import ArgumentError, Array, EnumValue, ServerFault, serialize
from pyvmomo._encode import Encoder
from pyvmomo._soap import XSI_TYPE
from pyvmomo.vim25 import OptionValue, VirtualMachine
from tests import strategies as strat
from tests.coverage_report import note

EXAMPLES_PER_TYPE = {"ci": 2, "dev": 5, "deep": 30}.get(os.environ.get("HYPOTHESIS_PROFILE", "dev"), 5)
PER_EXAMPLE = 10
TYPES = sorted(strat.data_classes())
BATCHES = [TYPES[i : i + PER_EXAMPLE] for i in range(0, len(TYPES), PER_EXAMPLE)]
WRAPPERS = sorted(strat.REGISTRY.arrays)
WRAPPER_BATCHES = [WRAPPERS[i : i + PER_EXAMPLE] for i in range(0, len(WRAPPERS), PER_EXAMPLE)]
REQUEST = Encoder(strat.REGISTRY, strat.REGISTRY.api_version)
SET_TASK_STATE = strat.operations()["SetTaskState"]


def _schema_errors(obj: Any) -> list[str]:
    from tests.schema import operation_element, schema_errors

    task = strat.this_for("SetTaskState")
    body = REQUEST.request(task, SET_TASK_STATE, ("success", obj, None), "roundtrip-1")
    # The one deliberate violation: an enum value a newer server might send.
    return [e for e in schema_errors(operation_element(body)) if repr(strat.UNKNOWN_ENUM_VALUE) not in e]


def _check_round_trips(obj: Any, label: str) -> None:
    xml = serialize.to_xml(obj)
    strat.assert_same(obj, serialize.from_xml(xml), label)
    strat.assert_same(obj, serialize.from_json(serialize.to_json(obj)), label)


def test_the_strategies_cover_every_type_enum_wrapper_and_operation() -> None:
    faults = [n for n in TYPES if issubclass(strat.data_classes()[n], ServerFault)]
    assert (len(TYPES), len(faults)) == (2863, 694)
    assert len(strat.enum_values()) == 393
    assert sum(len(v) for v in strat.enum_values().values()) == 1808
    assert len(WRAPPERS) == 574
    assert len(strat.operations()) == 928
    assert strat.required_cycles() == []  # so every draw terminates
    note(
        f"round trips (XML, JSON, schema): {len(TYPES):,} types ({len(TYPES) - len(faults):,} data, "
        f"{len(faults)} faults) x {EXAMPLES_PER_TYPE} examples; {len(strat.enum_values())} enums "
        f"(+1 unknown value each); {len(WRAPPERS)} ArrayOfX wrappers in anyType slots"
    )
    note(
        "round trips exclude (own tests): NaN (nan != nan), text XML 1.0 cannot carry (refused), "
        "naive datetimes (sent as UTC), untyped int/float/list in anyType slots (type inferred)"
    )


@pytest.mark.parametrize("batch", BATCHES, ids=[f"{b[0]}..{b[-1]}" for b in BATCHES])
def test_every_type_round_trips_through_xml_and_json_and_encodes_schema_valid(batch: list[str]) -> None:
    @settings(max_examples=EXAMPLES_PER_TYPE, database=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        for name in batch:
            obj = data.draw(strat.objects(name), label=name)
            _check_round_trips(obj, name)
            assert _schema_errors(obj) == [], name

    check()


@pytest.mark.parametrize("batch", WRAPPER_BATCHES, ids=[f"{b[0]}..{b[-1]}" for b in WRAPPER_BATCHES])
def test_every_array_wrapper_keeps_its_wire_type_and_item_name_in_an_anytype_slot(batch: list[str]) -> None:
    @settings(max_examples=EXAMPLES_PER_TYPE, database=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        for wrapper in batch:
            array = data.draw(strat.arrays(wrapper, 1).filter(len), label=wrapper)
            option = OptionValue(key="k", value=array)
            value = etree.fromstring(serialize.to_xml(option))[1]
            assert value.get(XSI_TYPE) == wrapper
            item_tag = strat.REGISTRY.arrays[wrapper][1]
            assert [etree.QName(item).localname for item in value] == [item_tag] * len(array)
            _check_round_trips(option, wrapper)

    check()


def test_every_enum_value_round_trips_with_its_type_and_is_valid_against_the_schema() -> None:
    values = 0
    for enum, known in strat.enum_values().items():
        items = Array([EnumValue(v, enum) for v in known], wire_type="ArrayOfAnyType")
        values += len(items)
        assert _schema_errors(items) == [], enum
        unknown = Array([*items, EnumValue(strat.UNKNOWN_ENUM_VALUE, enum)], wire_type="ArrayOfAnyType")
        _check_round_trips(OptionValue(key=enum, value=unknown), enum)
    assert values == 1808
    note(f"enums: all {len(strat.enum_values())} enums, all {values} values schema-valid and round-tripping")


def test_references_keep_their_type_and_detached_ones_refuse_to_call() -> None:
    vm = VirtualMachine(strat.TRANSPORT, "vm-42")
    loaded = serialize.from_json(serialize.to_json(vm))
    assert isinstance(loaded, VirtualMachine) and loaded == vm
    assert (
        serialize.to_json(vm)
        == '{"_type": "ManagedObjectReference", "type": "VirtualMachine", "value": "vm-42"}'
    )
    with pytest.raises(ArgumentError, match="loaded without a client"):
        loaded.PowerOnVM_Task()
