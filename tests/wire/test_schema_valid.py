"""Every request pyvmomo can send is valid against the WSDL's own schema.

For each of the 928 operations, hypothesis draws its parameters from the
metadata (``tests/strategies.py``: required ones always, optional ones
sometimes, subclasses in polymorphic slots, anything in anyType slots), the
transport's encoder builds the envelope, and the ``<Op>`` element is validated
with lxml against the ``<types>`` schema of ``vim.wsdl`` (``tests/schema.py``).
Every data and fault type is also validated on its own, inside an anyType
slot, by ``tests/unit/test_roundtrip.py``.

Enum values a newer server might send are the one thing the 7.0.3 schema
rejects by design; the strategies draw them and this test ignores exactly
those messages. Nothing else is excluded.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pyvmomo._encode import Encoder
from tests import strategies as strat
from tests.coverage_report import note
from tests.schema import operation_element, schema_errors, vim_schema

EXAMPLES = {"ci": 2, "dev": 5, "deep": 30}.get(os.environ.get("HYPOTHESIS_PROFILE", "dev"), 5)
PER_EXAMPLE = 8
OPERATIONS = sorted(strat.operations())
BATCHES = [OPERATIONS[i : i + PER_EXAMPLE] for i in range(0, len(OPERATIONS), PER_EXAMPLE)]
ENCODER = Encoder(strat.REGISTRY, strat.REGISTRY.api_version)


def request_errors(name: str, args: tuple[object, ...]) -> list[str]:
    op = strat.operations()[name]
    element = operation_element(ENCODER.request(strat.this_for(name), op, args, "schema-1"))
    assert etree.QName(element).localname == name
    return [e for e in schema_errors(element) if repr(strat.UNKNOWN_ENUM_VALUE) not in e]


def test_the_schema_compiles_and_rejects_a_misordered_request() -> None:
    vim_schema()
    misordered = etree.fromstring(
        b'<RetrievePropertiesEx xmlns="urn:vim25"><_this type="PropertyCollector">pc</_this>'
        b"<options/><specSet><propSet><type>VirtualMachine</type></propSet>"
        b'<objectSet><obj type="VirtualMachine">vm-1</obj></objectSet></specSet></RetrievePropertiesEx>'
    )
    assert any("options" in e for e in schema_errors(misordered))
    assert len(OPERATIONS) == 928
    note(f"schema validity: all {len(OPERATIONS)} operations' requests x {EXAMPLES} examples, no exclusions")


@pytest.mark.parametrize("batch", BATCHES, ids=[f"{b[0]}..{b[-1]}" for b in BATCHES])
def test_every_operation_request_is_valid_against_the_wsdl_schema(batch: list[str]) -> None:
    @settings(max_examples=EXAMPLES, database=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        for name in batch:
            args = data.draw(strat.arguments(name), label=name)
            assert request_errors(name, args) == [], name

    check()


def test_a_request_with_only_required_parameters_is_valid_for_every_operation() -> None:
    """The minimal call of each operation (what most code sends) is valid, found deterministically."""
    invalid = {}
    for name, op in strat.operations().items():
        if any(not p.optional for p in op.params):
            continue  # required parameters need values; the hypothesis test covers them
        errors = request_errors(name, (None,) * len(op.params))
        if errors:
            invalid[name] = errors
    assert invalid == {}
