"""A PBM request writes the vim25 values it holds in vim25's namespace, as pyvmomi does.

pyvmomi writes ``<value xmlns:vim25="urn:vim25" xsi:type="vim25:KeyAnyValue">``
with the value's members in ``urn:vim25``; a strict server reads the
``xsi:type`` by namespace, so an unprefixed ``KeyAnyValue`` would name
``urn:pbm``'s (which does not exist).
"""

from __future__ import annotations

from lxml import etree

from pyvmomo import serialize
from pyvmomo._encode import Encoder
from pyvmomo._registry import Registry
from pyvmomo._soap import XSI_TYPE
from pyvmomo.pbm import PbmCapabilityDiscreteSet, PbmCapabilityPropertyInstance
from pyvmomo.vim25 import KeyAnyValue

PBM, VIM25 = "urn:pbm", "urn:vim25"


def xsi_type(element: etree._Element) -> tuple[str | None, str]:
    """The xsi:type of ``element`` as (namespace, name), resolved as a strict server does."""
    prefix, _, name = (element.get(XSI_TYPE) or "").rpartition(":")
    return element.nsmap.get(prefix or None), name


def test_vim25_values_in_a_pbm_element_are_in_vim25s_namespace_and_pbm_ones_in_pbms() -> None:
    value = PbmCapabilityPropertyInstance(
        id="x", value=KeyAnyValue(key="a", value=PbmCapabilityDiscreteSet(values=["b"]))
    )
    encoder = Encoder(Registry("pyvmomo.pbm", parent=Registry()), "8.0.0.0")
    root = etree.fromstring(encoder.element(value, "obj"))
    outer = root.find(f"{{{PBM}}}value")
    assert outer is not None and xsi_type(outer) == (VIM25, "KeyAnyValue")
    assert [child.tag for child in outer] == [f"{{{VIM25}}}key", f"{{{VIM25}}}value"]
    inner = outer[1]
    assert xsi_type(inner) == (PBM, "PbmCapabilityDiscreteSet")
    assert [child.tag for child in inner] == [f"{{{PBM}}}values"]


def test_such_an_element_loads_back_equal() -> None:
    value = PbmCapabilityPropertyInstance(
        id="x", value=KeyAnyValue(key="a", value=PbmCapabilityDiscreteSet(values=["b"]))
    )
    xml = serialize.to_xml(value)
    assert serialize.from_xml(xml, bindings="pyvmomo.pbm") == value


def test_a_vim25_element_is_written_as_before() -> None:
    text = Encoder(Registry(), "7.0.3.0").element(KeyAnyValue(key="a", value="b"), "obj")
    assert text == (
        '<obj xmlns="urn:vim25" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="KeyAnyValue">'
        '<key>a</key><value xsi:type="xsd:string">b</value></obj>'
    )
