"""The steps of ``model.build_api``, each on a one-edge-case fragment, and the split of the 7.0.3 set."""

from __future__ import annotations

from dataclasses import replace

from codegen.catalogue import Catalogue, CatMember, CatMethod, load_catalogue
from codegen.model import (
    join_data_types,
    join_enums,
    join_managed_types,
    join_operations,
    split_complex_types,
)
from codegen.wsdl import WsdlSet, parse_wsdl
from tests.codegen.golden_tool import fragment_inputs
from tests.conftest import require_shared_wsdl


def read(fragment: str) -> tuple[WsdlSet, Catalogue]:
    inputs = fragment_inputs(fragment)
    wsdl = parse_wsdl(inputs.wsdl)
    return wsdl, load_catalogue(wsdl.version, inputs.catalogue, inputs.safe_ops, inputs.secrets)


def test_split_complex_types_sets_array_wrappers_apart_and_leaves_out_requests_and_references() -> None:
    wsdl, _ = read("anytype_and_arrays")
    arrays, data_raw = split_complex_types(wsdl)
    assert [(a.name, a.item_type, a.item_element) for a in sorted(arrays, key=lambda a: a.name)] == [
        ("ArrayOfAnyType", "anyType", "anyType"),
        ("ArrayOfKeyAnyValue", "KeyAnyValue", "KeyAnyValue"),
        ("ArrayOfString", "string", "string"),
    ]
    assert sorted(data_raw) == ["Bag", "DynamicData", "KeyAnyValue", "TaskInfo"]


def test_the_7_0_3_set_splits_into_574_array_wrappers_and_2863_data_and_fault_types() -> None:
    wsdl = parse_wsdl(require_shared_wsdl("vim25-7.0.3"))
    arrays, data_raw = split_complex_types(wsdl)
    assert (len(arrays), len(data_raw)) == (574, 2863)  # 4,366 named types less 928 requests and the MOR


def test_join_data_types_lists_inherited_fields_first_and_leaves_fault_kinds_to_a_pass() -> None:
    wsdl, catalogue = read("fault_hierarchy")
    data_types, _ = join_data_types(wsdl, catalogue, split_complex_types(wsdl)[1], None)
    by_name = {d.name: d for d in data_types}
    file_fault = by_name["FileFault"]  # MethodFault <- VimFault <- FileFault
    assert [f.wire_name for f in file_fault.fields] == ["faultCause", "file"]
    assert [f.wire_name for f in file_fault.own_fields] == ["file"]
    assert file_fault.is_fault and by_name["FileNotFound"].is_fault
    assert not by_name["LocalizedMethodFault"].is_fault
    assert [f.kind for f in by_name["LocalizedMethodFault"].fields if f.wire_name == "fault"] == ["data"]


def test_join_data_types_reports_a_type_the_catalogue_lacks_with_file_and_line() -> None:
    wsdl, catalogue = read("no_catalogue")
    data_types, gaps = join_data_types(wsdl, catalogue, split_complex_types(wsdl)[1], None)
    info = next(d for d in data_types if d.name == "Info")
    assert info.since == "7.0.3.0"
    assert any(g.startswith("vim.wsdl:") and "data type Info is not in the catalogue" in g for g in gaps)


def test_join_operations_takes_owner_privilege_secrets_and_safety_from_the_catalogue() -> None:
    wsdl, catalogue = read("catalogue_facts")
    operations, gaps = join_operations(wsdl, catalogue)
    ops = {op.name: op for op in operations}
    login = ops["Login"]
    assert (login.owner, login.privilege) == ("SessionManager", "System.Anonymous")
    assert [(p.wire_name, p.secret) for p in login.params] == [("userName", False), ("password", True)]
    assert ops["AcquireCloneTicket"].result is not None and ops["AcquireCloneTicket"].result.secret
    assert ops["CurrentTime"].safe_reason == "reads the server clock; changes nothing"
    assert login.safe_reason is None
    assert gaps == ()


def test_join_operations_reports_an_operation_the_catalogue_places_nowhere() -> None:
    wsdl, catalogue = read("no_catalogue")
    operations, gaps = join_operations(wsdl, catalogue)
    assert [(op.name, op.owner) for op in operations] == [("Probe", None)]
    assert len(gaps) == 1 and "operation Probe has no owner in the catalogue" in gaps[0]


def test_join_managed_types_leaves_out_members_the_wsdl_lacks_and_reports_a_property() -> None:
    wsdl, catalogue = read("catalogue_facts")
    host = catalogue.managed["HostSystem"]
    name = CatMember("name", "string", False, False, "2.0", False, None)
    config = CatMember("config", "HostConfigInfo", False, True, "2.0", False, None)
    gone = CatMethod("RebootHost_Task", "2.0", None, (), None, False, None, ())
    host = replace(host, properties=(config, name), methods=(*host.methods, gone))
    catalogue = replace(catalogue, managed={**catalogue.managed, "HostSystem": host})
    managed, gaps = join_managed_types(wsdl, catalogue, frozenset(split_complex_types(wsdl)[1]))
    joined = next(m for m in managed if m.name == "HostSystem")
    assert [p.wire_name for p in joined.properties] == ["name"]
    assert "RebootHost_Task" not in joined.operations
    assert gaps == ("property HostSystem.config: type HostConfigInfo is not in the WSDL",)


def test_join_enums_keeps_wire_values_and_reports_an_enum_the_catalogue_lacks() -> None:
    wsdl, catalogue = read("no_catalogue")
    enums, gaps = join_enums(wsdl, catalogue)
    assert [(e.name, [v.wire_name for v in e.values], e.since) for e in enums] == [
        ("Colour", ["red", "green"], "7.0.3.0")
    ]
    assert len(gaps) == 1 and "enum Colour is not in the catalogue (since 7.0.3.0 assumed)" in gaps[0]
