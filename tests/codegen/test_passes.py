"""Each model pass on its own (hand-made models in, one rewrite out), then all of them over 7.0.3."""

from __future__ import annotations

from dataclasses import replace

import pytest

from codegen import passes
from codegen.model import Api, ArrayType, DataType, EnumType, EnumValue, ManagedType, Member, Operation
from codegen.wsdl import Source

SOURCE = Source("vim.wsdl", 1)


def member(name: str, type: str = "string", kind: str = "primitive", *, array: bool = False) -> Member:
    return Member(name, name, type, kind, array, optional=False, since="7.0.3.0")


def data_type(name: str, *fields: Member, base: str | None = None, is_fault: bool = False) -> DataType:
    return DataType(name, name, name, base, fields, len(fields), is_fault, "7.0.3.0", SOURCE)


def operation(
    name: str, *params: Member, result: Member | None = None, task_result: Member | None = None
) -> Operation:
    return Operation(name, "Thing", params, result, task_result, (), None, "7.0.3.0", None, SOURCE)


def managed(name: str, *properties: Member, operations: tuple[str, ...] = ()) -> ManagedType:
    return ManagedType(name, name, None, properties, operations, "7.0.3.0")


def model(**parts: object) -> Api:
    empty = Api("urn:vim25", "7.0.3.0", ("7.0.3.0",), (), (), (), (), (), (), ())
    return replace(empty, **parts)  # type: ignore[arg-type]


def test_mark_fault_members_gives_kind_fault_to_every_member_typed_with_a_fault() -> None:
    as_data = member("error", "MethodFault", "data")
    api = model(
        data_types=(
            data_type("MethodFault", is_fault=True),
            data_type("Report", as_data, member("info", "Info", "data"), member("text")),
            data_type("Info"),
        ),
        operations=(operation("Check", as_data, result=as_data, task_result=as_data),),
        managed=(managed("Thing", as_data, operations=("Check",)),),
    )
    marked = passes.mark_fault_members(api)
    report = marked.data_types[1]
    assert [f.kind for f in report.fields] == ["fault", "data", "primitive"]
    op = marked.operations[0]
    assert [op.params[0].kind, op.result and op.result.kind, op.task_result and op.task_result.kind] == [
        "fault",
        "fault",
        "fault",
    ]
    assert marked.managed[0].properties[0].kind == "fault"
    assert passes.mark_fault_members(marked) == marked


def test_mark_fault_members_knows_the_faults_a_service_imports_from_vim25() -> None:
    api = model(
        data_types=(
            data_type(
                "PbmReport", member("cause", "MethodFault", "data"), member("kv", "KeyAnyValue", "data")
            ),
        ),
        imported=(("KeyAnyValue", "types.key_any_value"), ("MethodFault", "faults.method_fault")),
    )
    assert [f.kind for f in passes.mark_fault_members(api).data_types[0].fields] == ["fault", "data"]


def test_unwrap_array_types_makes_an_array_of_x_member_an_optional_list_of_x() -> None:
    wrapped = member("names", "ArrayOfString", "data")
    api = model(
        arrays=(ArrayType("ArrayOfString", "string", "string"),),
        data_types=(data_type("Bag", wrapped, member("plain")),),
        operations=(operation("Fill", wrapped),),
        managed=(managed("Thing", wrapped),),
    )
    unwrapped = passes.unwrap_array_types(api)
    for names in (
        unwrapped.data_types[0].fields[0],
        unwrapped.operations[0].params[0],
        unwrapped.managed[0].properties[0],
    ):
        assert (names.type, names.array, names.optional) == ("string", True, True)
    assert unwrapped.data_types[0].fields[1] == member("plain")


def test_escape_python_names_adds_one_underscore_to_keywords_and_self_and_names_modules() -> None:
    api = model(
        data_types=(data_type("VirtualMachineConfigSpec", member("from"), member("self"), member("count")),),
        operations=(operation("Move", member("from"), member("lambda")),),
        managed=(managed("HostSystem", member("global")), managed("Yield")),
        enums=(
            EnumType(
                "Choice",
                (EnumValue("True", "True"), EnumValue("in", "in"), EnumValue("red", "red")),
                "7.0.3.0",
                SOURCE,
            ),
        ),
    )
    escaped = passes.escape_python_names(api)
    spec = escaped.data_types[0]
    assert [(f.wire_name, f.py_name) for f in spec.fields] == [
        ("from", "from_"),
        ("self", "self_"),
        ("count", "count"),
    ]
    assert spec.module == "virtual_machine_config_spec"
    assert [p.py_name for p in escaped.operations[0].params] == ["from_", "lambda_"]
    assert [(m.module, m.properties[0].py_name if m.properties else None) for m in escaped.managed] == [
        ("host_system", "global_"),
        ("yield_", None),
    ]
    assert [v.py_name for v in escaped.enums[0].values] == ["True_", "in_", "red"]


def test_sort_members_orders_collections_by_wire_name_and_keeps_schema_order_inside_a_type() -> None:
    api = model(
        data_types=(data_type("Zone", member("z"), member("a")), data_type("Area")),
        enums=(
            EnumType("Size", (EnumValue("small", "small"), EnumValue("big", "big")), "7.0.3.0", SOURCE),
            EnumType("Colour", (), "7.0.3.0", SOURCE),
        ),
        operations=(operation("Stop", member("b"), member("a")), operation("Start")),
        managed=(managed("Thing", operations=("Stop", "Start")), managed("Host")),
        arrays=(ArrayType("ArrayOfZone", "Zone", "Zone"), ArrayType("ArrayOfArea", "Area", "Area")),
        gaps=("vim.wsdl:9: b", "vim.wsdl:2: a"),
    )
    ordered = passes.sort_members(api)
    assert [d.name for d in ordered.data_types] == ["Area", "Zone"]
    assert [f.wire_name for f in ordered.data_types[1].fields] == ["z", "a"]
    assert [e.name for e in ordered.enums] == ["Colour", "Size"]
    assert [v.wire_name for v in ordered.enums[1].values] == ["small", "big"]
    assert [o.name for o in ordered.operations] == ["Start", "Stop"]
    assert [p.wire_name for p in ordered.operations[1].params] == ["b", "a"]
    assert [(m.name, m.operations) for m in ordered.managed] == [("Host", ()), ("Thing", ("Start", "Stop"))]
    assert [a.name for a in ordered.arrays] == ["ArrayOfArea", "ArrayOfZone"]
    assert ordered.gaps == ("vim.wsdl:2: a", "vim.wsdl:9: b")


@pytest.mark.parametrize("run_pass", passes.PASSES, ids=lambda p: p.__name__)
def test_the_finished_7_0_3_model_is_left_unchanged_by_running_a_pass_again(
    api_7_0_3: Api, run_pass: object
) -> None:
    assert callable(run_pass)
    assert run_pass(api_7_0_3) == api_7_0_3


def test_in_7_0_3_every_member_typed_with_a_fault_says_so(api_7_0_3: Api) -> None:
    faults = {d.name for d in api_7_0_3.data_types if d.is_fault}
    members = [f for d in api_7_0_3.data_types for f in d.fields]
    members += [p for m in api_7_0_3.managed for p in m.properties]
    for op in api_7_0_3.operations:
        members += [*op.params, *(m for m in (op.result, op.task_result) if m is not None)]
    typed_with_a_fault = [m for m in members if m.type in faults]
    assert len(typed_with_a_fault) == 2  # LocalizedMethodFault.fault, the HttpNfcLease.error property
    assert {m.kind for m in typed_with_a_fault} == {"fault"}
    assert [m for m in members if m.kind == "fault" and m.type not in faults] == []
