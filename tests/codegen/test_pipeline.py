"""The generator end to end: determinism, naming rules, refusal of unknown shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import naming, pipeline, render
from codegen.model import Api
from codegen.validate import SchemaError, validate_wsdl
from codegen.wsdl import parse_wsdl
from tests.conftest import require_shared_wsdl

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def api_7_0_3() -> Api:
    return pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("vim25-7.0.3")))


def test_same_inputs_give_byte_identical_output(api_7_0_3: Api) -> None:
    first = render.render_api(api_7_0_3)
    again = render.render_api(pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("vim25-7.0.3"))))
    assert pipeline.digest(first) == pipeline.digest(again)


def test_committed_bindings_are_current(api_7_0_3: Api) -> None:
    files = render.render_api(api_7_0_3)
    out = ROOT / "pyvmomo" / "vim25"
    stale = [rel for rel, text in files.items() if (out / rel).read_text() != text]
    assert stale == []


def test_every_operation_is_placed_on_one_managed_type(api_7_0_3: Api) -> None:
    assert len(api_7_0_3.operations) == 928
    assert [op.name for op in api_7_0_3.operations if op.owner is None] == []
    placed = [name for m in api_7_0_3.managed for name in m.operations]
    assert len(placed) == len(set(placed)) == 928


def test_every_generated_file_names_its_inputs(api_7_0_3: Api) -> None:
    files = render.render_api(api_7_0_3)
    for rel, text in files.items():
        if rel.endswith(".py"):
            head = text.splitlines()[:2]
            assert head[0].startswith("# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen"), rel
            assert "vim.wsdl " in head[1] and "wsdl/vim25.json " in head[1], rel


def test_python_names_follow_the_one_rule() -> None:
    assert naming.python_name("from") == "from_"
    assert naming.python_name("True") == "True_"
    assert naming.python_name("in") == "in_"
    assert naming.python_name("self") == "self_"
    assert naming.python_name("id") == "id"  # shadowing a builtin is harmless on an attribute
    assert naming.module_name("VirtualMachineConfigSpec") == "virtual_machine_config_spec"
    assert naming.constant_name("PowerOnVM_Task") == "_POWER_ON_VM_TASK"


def test_an_unknown_schema_shape_is_refused_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "vim.wsdl").write_text(
        """<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" targetNamespace="urn:vim25">
<types><schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:vim25">
<complexType name="Odd"><choice><element name="a" type="xsd:string"/></choice></complexType>
</schema></types></definitions>"""
    )
    with pytest.raises((SchemaError, ValueError)) as info:
        wsdl = parse_wsdl(tmp_path)
        validate_wsdl(wsdl)
    assert "choice" in str(info.value) or "soapAction" in str(info.value)
