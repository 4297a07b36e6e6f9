# ruff: noqa: E501  (XML snippets read best on one line)
"""Refusals: every unknown XSD shape and every name clash stops the run, citing file and line."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from codegen import naming, pipeline
from codegen.validate import SchemaError, validate_api
from tests.codegen.golden_tool import fragment_inputs

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
             xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:vim25="urn:vim25" targetNamespace="urn:vim25">
<types>
<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:vim25">
<complexType name="ManagedObjectReference">
  <simpleContent><extension base="xsd:string"><attribute name="type" type="xsd:string"/></extension></simpleContent>
</complexType>
<complexType name="DynamicData"><sequence/></complexType>
"""
_PROBE_TYPES = """<complexType name="ProbeRequestType"><sequence>
  <element name="_this" type="vim25:ManagedObjectReference"/>
  {params}
</sequence></complexType>
<element name="Probe" type="vim25:ProbeRequestType"/>
<element name="ProbeResponse"><complexType>{response}</complexType></element>
"""
_TAIL = """</schema>
</types>
<message name="ProbeRequestMsg"><part name="parameters" element="vim25:Probe"/></message>
<message name="ProbeResponseMsg"><part name="parameters" element="vim25:ProbeResponse"/></message>
<portType name="VimPortType">
  <operation name="Probe"><input message="vim25:ProbeRequestMsg"/><output message="vim25:ProbeResponseMsg"/>{faults}</operation>
</portType>
<binding name="VimBinding" type="vim25:VimPortType">
  <operation name="Probe"><soap:operation soapAction="urn:vim25/7.0.3.0"/></operation>
</binding>
</definitions>
"""


def _write(
    folder: Path,
    types: str = "",
    params: str = "",
    response: str = "<sequence/>",
    faults: str = "",
    catalogue: dict[str, object] | None = None,
) -> pipeline.Inputs:
    folder.mkdir(exist_ok=True)
    text = _HEAD + types + _PROBE_TYPES.format(params=params, response=response) + _TAIL.format(faults=faults)
    (folder / "vim.wsdl").write_text(text)
    cat_path = None
    if catalogue is not None:
        cat_path = folder / "catalogue.json"
        cat_path.write_text(json.dumps({"versions": [], "managed": {}, "data": {}, "enums": {}, **catalogue}))
    return pipeline.Inputs(wsdl=folder, catalogue=cat_path, safe_ops=None)


def _line_of(folder: Path, marker: str) -> int:
    lines = (folder / "vim.wsdl").read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if marker in line)


def _refusal(inputs: pipeline.Inputs) -> str:
    with pytest.raises(SchemaError) as info:
        pipeline.build(inputs)
    return str(info.value)


UNKNOWN_SHAPES = {
    "choice": (
        '<complexType name="Odd"><choice><element name="a" type="xsd:string"/></choice></complexType>',
        "<choice>",
    ),
    "all": (
        '<complexType name="Odd"><all><element name="a" type="xsd:string"/></all></complexType>',
        "<all>",
    ),
    "group": ('<complexType name="Odd"><group ref="vim25:G"/></complexType>', "<group>"),
    "attribute": (
        '<complexType name="Odd"><sequence/><attribute name="a" type="xsd:string"/></complexType>',
        "<attribute>",
    ),
    "any_in_sequence": (
        '<complexType name="Odd"><sequence><any/></sequence></complexType>',
        "sequence item <any>",
    ),
    "simple_content": (
        '<complexType name="Odd"><simpleContent><extension base="xsd:string"/></simpleContent></complexType>',
        "simpleContent outside ManagedObjectReference",
    ),
    "restriction": (
        '<complexType name="Odd"><complexContent><restriction base="vim25:DynamicData"/></complexContent></complexType>',
        "complexContent without extension",
    ),
    "extension_attribute": (
        '<complexType name="Odd"><complexContent><extension base="vim25:DynamicData">'
        '<attribute name="a" type="xsd:string"/></extension></complexContent></complexType>',
        "<attribute> in extension",
    ),
    "abstract": (
        '<complexType name="Odd" abstract="true"><sequence/></complexType>',
        "complexType attributes",
    ),
    "max_occurs": (
        '<complexType name="Odd"><sequence><element name="a" type="xsd:string" maxOccurs="5"/></sequence></complexType>',
        "maxOccurs=5",
    ),
    "nillable": (
        '<complexType name="Odd"><sequence><element name="a" type="xsd:string" nillable="true"/></sequence>'
        "</complexType>",
        "element attributes ['nillable']",
    ),
    "element_ref": (
        '<complexType name="Odd"><sequence><element ref="vim25:Probe"/></sequence></complexType>',
        "ref=",
    ),
    "inline_type": (
        '<complexType name="Odd"><sequence><element name="a"><complexType/></element></sequence></complexType>',
        "an inline type",
    ),
    "sequence_occurs": (
        '<complexType name="Odd"><sequence minOccurs="0"><element name="a" type="xsd:string"/></sequence>'
        "</complexType>",
        "sequence attributes",
    ),
    "simple_list": ('<simpleType name="Odd"><list itemType="xsd:string"/></simpleType>', "<list> instead of"),
    "simple_union": (
        '<simpleType name="Odd"><union memberTypes="xsd:string xsd:int"/></simpleType>',
        "<union>",
    ),
    "int_restriction": (
        '<simpleType name="Odd"><restriction base="xsd:int"><enumeration value="1"/></restriction></simpleType>',
        "restricting xsd:int",
    ),
    "pattern_facet": (
        '<simpleType name="Odd"><restriction base="xsd:string"><pattern value="a+"/></restriction></simpleType>',
        "<pattern> facet",
    ),
    "schema_child": ('<attributeGroup name="Odd"/>', "schema child <attributeGroup>"),
    "unknown_base": (
        '<complexType name="Odd"><complexContent><extension base="vim25:Missing"><sequence/></extension>'
        "</complexContent></complexType>",
        "extends unknown type Missing",
    ),
    "unknown_element_type": (
        '<complexType name="Odd"><sequence><element name="a" type="vim25:Missing"/></sequence></complexType>',
        "Odd.a has unknown type Missing",
    ),
    "duplicate_type": (
        '<complexType name="Odd"><sequence/></complexType>\n<simpleType name="Odd"><restriction base="xsd:string"/>'
        "</simpleType>",
        "second definition of type Odd",
    ),
}


@pytest.mark.parametrize("case", sorted(UNKNOWN_SHAPES))
def test_an_unknown_schema_shape_is_refused_with_file_and_line(tmp_path: Path, case: str) -> None:
    snippet, expected = UNKNOWN_SHAPES[case]
    inputs = _write(tmp_path, types=snippet + "\n")
    message = _refusal(inputs)
    assert expected in message
    marker = snippet.splitlines()[-1][:25] if case == "duplicate_type" else 'name="Odd"'
    if case == "schema_child":
        marker = "attributeGroup"
    assert f"vim.wsdl:{_line_of(tmp_path, marker)}: " in message


def test_operation_shapes_are_refused_with_file_and_line(tmp_path: Path) -> None:
    message = _refusal(
        _write(
            tmp_path,
            response='<sequence><element name="returnval" type="xsd:string"/>'
            '<element name="extra" type="xsd:string"/></sequence>',
            faults='<fault name="Missing" message="vim25:MissingFaultMsg"/>',
        )
    )
    line = _line_of(tmp_path, '<operation name="Probe"><input')
    assert f"vim.wsdl:{line}: unsupported response of Probe is not 0 or 1 returnval" in message
    assert f"vim.wsdl:{line}: unsupported fault Missing of Probe has no element" in message


def test_a_request_without_this_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    inputs = _write(tmp_path / "x")
    text = (tmp_path / "x" / "vim.wsdl").read_text().replace('name="_this"', 'name="this"')
    (tmp_path / "x" / "vim.wsdl").write_text(text)
    assert "Probe does not start with _this" in _refusal(inputs)


CLASHES = {
    "escaped_fields": (
        '<complexType name="Odd"><sequence><element name="from" type="xsd:string"/>'
        '<element name="from_" type="xsd:string"/></sequence></complexType>',
        "",
        "from_ appears 2 times once escaped",
    ),
    "inherited_field": (
        '<complexType name="Base"><sequence><element name="key" type="xsd:string"/></sequence></complexType>\n'
        '<complexType name="Odd"><complexContent><extension base="vim25:Base"><sequence>'
        '<element name="key" type="xsd:int"/></sequence></extension></complexContent></complexType>',
        "",
        "key appears 2 times",
    ),
    "escaped_enum_values": (
        '<simpleType name="Odd"><restriction base="xsd:string"><enumeration value="in"/>'
        '<enumeration value="in_"/></restriction></simpleType>',
        "",
        "value in_ appears 2 times once escaped",
    ),
    "underscore_field": (
        '<complexType name="Odd"><sequence><element name="_timeout" type="xsd:int"/></sequence></complexType>',
        "",
        "member _timeout starts with '_'",
    ),
    "fault_attribute": (
        '<complexType name="MethodFault"><sequence/></complexType>\n'
        '<complexType name="Odd"><complexContent><extension base="vim25:MethodFault"><sequence>'
        '<element name="args" type="xsd:string"/></sequence></extension></complexContent></complexType>',
        "",
        "member args would hide the runtime attribute",
    ),
    "escaped_params": (
        "",
        '<element name="self" type="xsd:string"/><element name="self_" type="xsd:string"/>',
        "operation Probe: self_ appears 2 times once escaped",
    ),
    "module_names": (
        '<complexType name="ABCData"><sequence/></complexType>\n<complexType name="AbcData"><sequence/></complexType>',
        "",
        "module name abc_data is used by",
    ),
    "reserved_class_name": (
        '<complexType name="Any"><sequence/></complexType>',
        "",
        "class name Any is a name generated modules need",
    ),
}


@pytest.mark.parametrize("case", sorted(CLASHES))
def test_a_name_clash_is_refused_citing_where_the_names_come_from(tmp_path: Path, case: str) -> None:
    types, params, expected = CLASHES[case]
    message = _refusal(_write(tmp_path, types=types + "\n", params=params))
    assert expected in message
    assert "vim.wsdl:" in message


def test_an_operation_that_would_hide_a_proxy_attribute_is_refused(tmp_path: Path) -> None:
    method: dict[str, object] = {
        "name": "value",
        "since": "2.0",
        "privilege": None,
        "params": [],
        "result": None,
    }
    thing = {
        "base": None,
        "since": "2.0",
        "properties": [],
        "methods": [{**method, "task_result": None, "faults": []}],
    }
    inputs = _write(tmp_path, catalogue={"managed": {"Thing": thing}})
    text = (tmp_path / "vim.wsdl").read_text().replace('operation name="Probe"', 'operation name="value"')
    (tmp_path / "vim.wsdl").write_text(text)
    message = _refusal(inputs)
    line = _line_of(tmp_path, '<operation name="value"><input')
    assert f"vim.wsdl:{line}: operation value of Thing would hide the proxy attribute value" in message


def test_operations_whose_descriptor_constants_collide_are_refused() -> None:
    api = pipeline.build(fragment_inputs("keyword_field"))
    (probe,) = api.operations
    twin = dataclasses.replace(probe, name="PROBE")
    assert naming.constant_name("PROBE") == naming.constant_name("Probe") == "_PROBE"
    (manager,) = api.managed
    broken = dataclasses.replace(
        api,
        operations=(probe, twin),
        managed=(dataclasses.replace(manager, operations=("PROBE", "Probe")),),
    )
    with pytest.raises(SchemaError, match="operation constant _PROBE would be defined 2 times"):
        validate_api(broken)
