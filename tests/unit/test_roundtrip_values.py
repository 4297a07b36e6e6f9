"""anyType slots keep the wire type; the encoder refuses what it cannot send faithfully.

The hypothesis round trips (``test_roundtrip.py``) prove symmetry over the
whole surface; these tests pin the exact wire form of each case, including
the ones the strategies exclude on purpose (untyped Python values, NaN,
naive datetimes, text XML cannot carry), and the public serialize API's edges.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from lxml import etree

import pyvmomo
from pyvmomo import AnyUri, ArgumentError, Array, Byte, Double, EnumValue, Float, Int, Long, Short, serialize
from pyvmomo._encode import Encoder
from pyvmomo._registry import Registry
from pyvmomo._soap import XSI_TYPE
from pyvmomo.vim25 import (
    ArrayUpdateSpec,
    InvalidState,
    KeyAnyValue,
    LocalizedMethodFault,
    ObjectSpec,
    OptionValue,
    PropertyCollector,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    SharesInfo,
    TaskInfo,
    VirtualDisk,
    VirtualMachine,
    VirtualMachineConfigSpec,
    VirtualMachineRuntimeInfo,
)
from tests.strategies import assert_same
from tests.tools.fakevsphere import soap_envelope, soap_fault, soap_response

DETACHED: Any = serialize.Detached()
VM = VirtualMachine(DETACHED, "vm-1")


def wire(value: object) -> etree._Element:
    """The ``<value>`` element of an OptionValue holding ``value``, as to_xml writes it."""
    return etree.fromstring(serialize.to_xml(OptionValue(key="k", value=value)))[1]


def round_trip(value: object) -> Any:
    loaded = serialize.from_xml(serialize.to_xml(OptionValue(key="k", value=value)), OptionValue)
    from_json = serialize.from_json(serialize.to_json(OptionValue(key="k", value=value)))
    assert_same(loaded.value, from_json.value)
    return loaded.value


@pytest.mark.parametrize(
    ("value", "xsi_type", "text"),
    [
        (Long(5), "xsd:long", "5"),
        (Int(5), "xsd:int", "5"),
        (Short(-5), "xsd:short", "-5"),
        (Byte(127), "xsd:byte", "127"),
        (Float(1.5), "xsd:float", "1.5"),
        (Double(2.25), "xsd:double", "2.25"),
        (True, "xsd:boolean", "true"),
        ("text", "xsd:string", "text"),
        (b"\x00\xff", "xsd:base64Binary", "AP8="),
        (datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "xsd:dateTime", "2026-01-02T03:04:05.000006Z"),
        (AnyUri("https://x/y"), "xsd:anyURI", "https://x/y"),
        (EnumValue("poweredOn", "VirtualMachinePowerState"), "VirtualMachinePowerState", "poweredOn"),
    ],
)
def test_a_typed_value_in_an_anytype_slot_keeps_its_wire_type(
    value: object, xsi_type: str, text: str
) -> None:
    element = wire(value)
    assert (element.get(XSI_TYPE), element.text) == (xsi_type, text)
    back = round_trip(value)
    assert type(back) is type(value) and back == value


def test_untyped_python_values_get_an_inferred_wire_type() -> None:
    assert wire(5).get(XSI_TYPE) == "xsd:int" and type(round_trip(5)) is Int
    assert wire(2**31).get(XSI_TYPE) == "xsd:long" and type(round_trip(2**31)) is Long
    assert wire(1.5).get(XSI_TYPE) == "xsd:double" and type(round_trip(1.5)) is Double
    assert wire(["a", "b"]).get(XSI_TYPE) == "ArrayOfString"
    assert round_trip(["a", "b"]) == Array(["a", "b"], wire_type="ArrayOfString")
    assert wire([VM]).get(XSI_TYPE) == "ArrayOfManagedObjectReference"
    assert wire([SharesInfo(shares=1, level="normal")]).get(XSI_TYPE) == "ArrayOfSharesInfo"
    with pytest.raises(ArgumentError, match="empty list in an anyType slot has no type"):
        wire([])
    with pytest.raises(ArgumentError, match="contains None"):
        wire(["a", None])
    with pytest.raises(ArgumentError, match="cannot send a object"):
        wire(object())


def test_array_items_use_the_base_element_name_and_the_primitive_name() -> None:
    refs = wire(Array([VM], wire_type="ArrayOfManagedObjectReference"))
    assert [(etree.QName(i).localname, i.get("type"), i.text) for i in refs] == [
        ("ManagedObjectReference", "VirtualMachine", "vm-1")
    ]
    anything = wire(Array([Long(1), "s"], wire_type="ArrayOfAnyType"))
    assert [(etree.QName(i).localname, i.get(XSI_TYPE)) for i in anything] == [
        ("anyType", "xsd:long"),
        ("anyType", "xsd:string"),
    ]
    assert [etree.QName(i).localname for i in wire(Array(["u"], wire_type="ArrayOfAnyURI"))] == ["anyURI"]
    assert [etree.QName(i).localname for i in wire(Array(["u"], wire_type="ArrayOfUri"))] == ["uri"]
    assert round_trip(Array(["u"], wire_type="ArrayOfUri")).wire_type == "ArrayOfUri"
    disks = wire([VirtualDisk(key=1, capacityInKB=2)])
    assert disks.get(XSI_TYPE) == "ArrayOfVirtualDisk" and disks[0].get(XSI_TYPE) is None
    devices = wire(Array([VirtualDisk(key=1, capacityInKB=2)], wire_type="ArrayOfVirtualDevice"))
    assert (etree.QName(devices[0]).localname, devices[0].get(XSI_TYPE)) == ("VirtualDevice", "VirtualDisk")
    assert type(round_trip(Array([], wire_type="ArrayOfInt"))) is Array


def test_a_servers_anytype_values_decode_to_their_wire_types() -> None:
    reply = soap_response(
        "RetrievePropertiesEx",
        '<objects><obj type="VirtualMachine">vm-1</obj>'
        '<propSet><name>a</name><val xsi:type="xsd:short">7</val></propSet>'
        '<propSet><name>b</name><val xsi:type="ArrayOfManagedObjectReference">'
        '<ManagedObjectReference type="Datastore">ds-1</ManagedObjectReference></val></propSet>'
        '<propSet><name>c</name><val xsi:type="ArrayOfAnyType"><anyType xsi:type="xsd:byte">1</anyType>'
        '<anyType xsi:type="ManagedEntityStatus">red</anyType></val></propSet>'
        '<propSet><name>d</name><val xsi:type="ArrayOfManagedEntityStatus">'
        "<ManagedEntityStatus>green</ManagedEntityStatus></val></propSet>"
        "</objects>",
    )
    result = serialize.decode_reply(reply.encode(), "RetrievePropertiesEx")
    values = {p.name: p.val for p in result.objects[0].propSet}
    assert type(values["a"]) is Short and values["a"] == 7
    assert values["b"].wire_type == "ArrayOfManagedObjectReference"
    assert [(r.type, r.value) for r in values["b"]] == [("Datastore", "ds-1")]
    assert [type(v) for v in values["c"]] == [Byte, EnumValue]
    assert values["c"][1].wire_type == "ManagedEntityStatus"
    assert values["d"] == ["green"] and type(values["d"][0]) is str


def test_special_floats_use_xsd_text_and_nan_survives() -> None:
    assert [wire(Double(v)).text for v in (math.inf, -math.inf, math.nan)] == ["INF", "-INF", "NaN"]
    assert math.isnan(round_trip(Double(math.nan)))
    assert round_trip(Float(-math.inf)) == -math.inf
    assert '"value": {"_type": "xsd:double", "value": "-INF"}' in serialize.to_json(
        OptionValue(key="k", value=Double(-math.inf))
    )


def test_datetimes_always_carry_an_offset_that_xsd_can_write() -> None:
    assert wire(datetime(2026, 1, 2, 3, 4, 5)).text == "2026-01-02T03:04:05Z"  # naive is UTC
    assert round_trip(datetime(2026, 1, 2, 3, 4, 5)).tzinfo is not None
    odd = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1, seconds=30)))
    assert wire(odd).text == "2026-01-02T02:03:35Z" and round_trip(odd) == odd
    india = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert wire(india).text == "2026-01-02T03:04:05+05:30"


def test_text_survives_xml_quirks_and_text_xml_cannot_carry_is_refused() -> None:
    tricky = 'a\r\nb\t<&>"'
    assert round_trip(tricky) == tricky
    assert serialize.from_json(serialize.to_json(OptionValue(key=tricky))).key == tricky
    assert round_trip("h\u00e9llo \u2713 \U0001f600 \ufffd") == "h\u00e9llo \u2713 \U0001f600 \ufffd"
    for refused in (
        "bell\x07",
        "\u00e9 lone \ud800 surrogate",
        "\ufffe",
        "non-ASCII \u00e9 then \uffff",
        "\x1f\u00e9",
    ):
        with pytest.raises(ArgumentError, match="characters XML cannot carry"):
            wire(refused)


def test_encoding_refuses_wrong_types_missing_members_and_members_newer_than_negotiated() -> None:
    registry = Registry()
    op = registry.operation("RetrievePropertiesEx")
    assert op is not None
    encoder = Encoder(registry, "6.5")
    pc = PropertyCollector(DETACHED, "pc")

    def send(*args: object) -> bytes:
        return encoder.request(pc, op, args, "id")

    spec = PropertyFilterSpec(propSet=[PropertySpec(type="VirtualMachine")], objectSet=[ObjectSpec(obj=VM)])
    assert b"<type>VirtualMachine</type>" in send([spec], RetrieveOptions())
    with pytest.raises(ArgumentError, match=r"RetrievePropertiesEx.specSet is required"):
        send(None, RetrieveOptions())
    with pytest.raises(ArgumentError, match="specSet takes PropertyFilterSpec, got PropertySpec"):
        send([PropertySpec(type="x")], RetrieveOptions())
    with pytest.raises(
        ArgumentError, match=r"PropertyFilterSpec.objectSet is required: give at least one item"
    ):
        send([PropertyFilterSpec(propSet=[PropertySpec(type="x")], objectSet=[])], RetrieveOptions())
    not_a_ref = ObjectSpec(obj="vm-1")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match=r"ObjectSpec.obj takes a managed object reference, got str"):
        send([PropertyFilterSpec(propSet=[PropertySpec(type="x")], objectSet=[not_a_ref])], RetrieveOptions())
    not_a_bool = PropertySpec(type="x", all=1)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="xsd:boolean cannot hold int 1"):
        send([PropertyFilterSpec(propSet=[not_a_bool], objectSet=[ObjectSpec(obj=VM)])], RetrieveOptions())
    with pytest.raises(ArgumentError, match="specSet takes a list, got PropertyFilterSpec"):
        send(spec, RetrieveOptions())
    newer = PropertyFilterSpec(
        propSet=[PropertySpec(type="x")], objectSet=[ObjectSpec(obj=VM)], reportMissingObjectsInResults=True
    )
    assert b"reportMissingObjectsInResults" in send([newer], RetrieveOptions())  # since 4.1, fine on 6.5
    reconfig = registry.operation("ReconfigVM_Task")
    assert reconfig is not None
    with pytest.raises(ArgumentError) as info:
        encoder.request(VM, reconfig, (VirtualMachineConfigSpec(sevEnabled=True),), "id")
    assert str(info.value) == (
        "VirtualMachineConfigSpec.sevEnabled exists since API 7.0.1.0, "
        "but this connection speaks 6.5; leave it unset"
    )


def test_decode_reply_returns_results_and_raises_typed_faults() -> None:
    about = serialize.decode_reply(
        soap_response("CurrentTime", "2026-11-24T19:35:03.15150821Z").encode(), "CurrentTime"
    )
    assert about == datetime(2026, 11, 24, 19, 35, 3, 151508, tzinfo=UTC)
    fault_xml = soap_fault("InvalidState", "busy", "")
    with pytest.raises(InvalidState) as info:
        serialize.decode_reply(fault_xml.encode(), "PowerOnVM_Task")
    assert str(info.value) == "InvalidState in PowerOnVM_Task: busy"
    with pytest.raises(pyvmomo.ProtocolError, match="holds CurrentTimeResponse, not LogoutResponse"):
        serialize.decode_reply(soap_response("CurrentTime", "x").encode(), "Logout")
    with pytest.raises(pyvmomo.ProtocolError, match="not a SOAP envelope"):
        serialize.decode_reply(b"<html/>", "Logout")
    with pytest.raises(pyvmomo.ProtocolError, match="not a SOAP envelope"):
        serialize.decode_reply(soap_envelope("").encode(), "Bogus")
    with pytest.raises(pyvmomo.ProtocolError, match="holds CurrentTimeResponse, not BogusResponse"):
        serialize.decode_reply(soap_response("CurrentTime", "x").encode(), "Bogus")


def fetch_reply(returnvals: str) -> bytes:
    """A reply to pyvmomi's internal ``Fetch`` (one property), as pyvmomi 8's own tests recorded them."""
    return soap_envelope(f'<FetchResponse xmlns="urn:vim25">{returnvals}</FetchResponse>').encode()


def test_decode_reply_without_a_name_takes_the_operation_from_the_reply() -> None:
    reply = soap_response("CurrentTime", "2026-11-24T19:35:03.15150821Z").encode()
    assert serialize.decode_reply(reply) == datetime(2026, 11, 24, 19, 35, 3, 151508, tzinfo=UTC)
    with pytest.raises(InvalidState) as info:
        serialize.decode_reply(soap_fault("InvalidState", "busy", "").encode())
    assert str(info.value) == "InvalidState: busy"  # no method named: the reply does not say
    with pytest.raises(pyvmomo.ProtocolError, match=r"holds CurrentTime, not an operation's response"):
        serialize.decode_reply(soap_envelope('<CurrentTime xmlns="urn:vim25"/>').encode())


def test_a_reply_of_an_operation_the_bindings_lack_decodes_untyped_by_its_xsi_types() -> None:
    name = fetch_reply('<returnval xsi:type="xsd:string">DC0_H0_VM0</returnval>')
    assert serialize.decode_reply(name) == "DC0_H0_VM0"
    assert serialize.decode_reply(name, "Fetch") == "DC0_H0_VM0"  # named, the same
    state = fetch_reply('<returnval xsi:type="VirtualMachinePowerState">poweredOn</returnval>')
    assert serialize.decode_reply(state) == EnumValue("poweredOn", "VirtualMachinePowerState")
    runtime = serialize.decode_reply(
        fetch_reply(
            '<returnval xsi:type="VirtualMachineRuntimeInfo"><host type="HostSystem">host-1</host>'
            "<connectionState>connected</connectionState><powerState>poweredOff</powerState>"
            "</returnval>"
        )
    )
    assert isinstance(runtime, VirtualMachineRuntimeInfo) and runtime.powerState == "poweredOff"
    assert runtime.host is not None and repr(runtime.host) == "HostSystem:host-1"
    refs = serialize.decode_reply(
        fetch_reply(
            '<returnval xsi:type="ArrayOfManagedObjectReference">'
            '<ManagedObjectReference type="Datastore">datastore-1</ManagedObjectReference>'
            '<ManagedObjectReference type="Datastore">datastore-2</ManagedObjectReference></returnval>'
        )
    )
    assert [repr(r) for r in refs] == ["Datastore:datastore-1", "Datastore:datastore-2"]
    several = fetch_reply(
        '<returnval xsi:type="xsd:int">1</returnval><returnval xsi:type="xsd:int">2</returnval>'
    )
    assert serialize.decode_reply(several) == [Int(1), Int(2)]
    assert serialize.decode_reply(fetch_reply("")) is None


def test_from_xml_types_the_element_and_checks_the_class() -> None:
    spec = ArrayUpdateSpec(operation="add", removeKey=Long(3))
    xml = serialize.to_xml(spec, tag="spec")
    assert serialize.from_xml(xml, ArrayUpdateSpec) == spec
    assert serialize.from_xml(xml) == spec  # xsi:type is always written
    assert serialize.from_xml(serialize.to_xml(VM)) == VM
    with pytest.raises(ArgumentError, match="holds a ArrayUpdateSpec, not a TaskInfo"):
        serialize.from_xml(xml, TaskInfo)
    with pytest.raises(pyvmomo.ProtocolError, match="not XML"):
        serialize.from_xml(b"<spec")


def test_json_names_types_and_wire_members_and_rejects_what_it_cannot_type() -> None:
    fault = LocalizedMethodFault(fault=InvalidState(), localizedMessage="m")
    text = serialize.to_json(KeyAnyValue(key="k", value=fault))
    assert text == (
        '{"_type": "KeyAnyValue", "key": "k", "value": {"_type": "LocalizedMethodFault", '
        '"fault": {"_type": "InvalidState"}, "localizedMessage": "m"}}'
    )
    loaded = serialize.from_json(text)
    assert type(loaded.value.fault) is InvalidState
    assert serialize.to_json([VM, Long(1)]) == (
        '[{"_type": "ManagedObjectReference", "type": "VirtualMachine", "value": "vm-1"}, '
        '{"_type": "xsd:long", "value": 1}]'
    )
    with pytest.raises(ArgumentError, match="has no type FutureSpec"):
        serialize.from_json('{"_type": "FutureSpec"}')
    with pytest.raises(ArgumentError, match="a TaskInfo cannot fill a slot of type MethodFault"):
        serialize.from_json(
            '{"_type": "KeyAnyValue", "key": "k", "value": {"_type": "LocalizedMethodFault", '
            '"fault": {"_type": "TaskInfo"}}}'
        )
    with pytest.raises(ArgumentError, match="xsd:string cannot hold int 5"):
        serialize.to_json(OptionValue(key=5))  # type: ignore[arg-type]


def test_unknown_children_are_written_back_where_they_were_first_middle_and_last() -> None:
    received = (
        b'<OptionValue xmlns="urn:vim25"><first>1</first><key>k</key><middle>2</middle>'
        b"<value>v</value><last>3</last><later>4</later></OptionValue>"
    )
    option = serialize.from_xml(received)
    assert (option.key, option.value) == ("k", "v")
    kept = serialize.extra(option)
    assert kept is not None and kept.after == ("", "key", "value", "value")
    for saved in (serialize.to_xml(option), serialize.to_xml(serialize.from_json(serialize.to_json(option)))):
        assert [etree.QName(e).localname for e in etree.fromstring(saved)] == [
            "first", "key", "middle", "value", "last", "later"
        ]  # fmt: skip
    registry = Registry()
    reconfig = registry.operation("ReconfigVM_Task")
    assert reconfig is not None
    spec = VirtualMachineConfigSpec(extraConfig=[option])
    request = Encoder(registry, "7.0.3.0").request(VM, reconfig, (spec,), "id")
    assert b"<key>k</key><value" in request and b"middle" not in request  # never sent to a server


@pytest.mark.parametrize(
    ("load", "data", "error"),
    [
        ("from_json", "{not json", pyvmomo.ArgumentError),
        (
            "from_json",
            '{"_type": "OptionValue", "key": "k", "value": {"_type": "xsd:double", "value": "abc"}}',
            pyvmomo.ArgumentError,
        ),
        ("from_json", '{"_type": "OptionValue", "key": "k", "_extra": 5}', pyvmomo.ArgumentError),
        ("from_xml", b"<OptionValue", pyvmomo.ProtocolError),
        (
            "decode_reply",
            b'<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body>'
            b'<CurrentTimeResponse xmlns="urn:vim25"><returnval>not a date</returnval>'
            b"</CurrentTimeResponse></e:Body></e:Envelope>",
            pyvmomo.ProtocolError,
        ),
    ],
)
def test_malformed_input_to_serialize_raises_one_pyvmomo_error(load: str, data: Any, error: type) -> None:
    from pyvmomo import serialize

    with pytest.raises(error):
        if load == "decode_reply":
            serialize.decode_reply(data, "CurrentTime")
        else:
            getattr(serialize, load)(data)
