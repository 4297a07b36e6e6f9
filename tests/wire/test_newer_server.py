"""A newer server, older bindings: what pyvmomo does with what it does not know.

FakeVSphere plays a vSphere 9 (the bindings speak 7.0.3.0) and answers with
invented types, members, enum values, arrays, managed types and faults. The
rules under test (``pyvmomo/_soap.py`` docstring):

- nothing unknown is fatal, and nothing is silently lost: an unknown type
  decodes as the declared type of its slot and keeps its wire name; unknown
  child elements are kept with their position; unknown enum values stay
  strings; unknown managed types give a generic proxy that still calls;
- what is kept is written back by offline serialization, never sent to a server.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest
from lxml import etree

import pyvmomo
from pyvmomo import serialize
from pyvmomo._soap import XSI_TYPE
from pyvmomo.vim25 import (
    MethodFault,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    VirtualDevice,
    VirtualDeviceConfigSpec,
    VirtualMachine,
    VirtualMachineConfigSpec,
    VirtualMachineSummary,
)
from tests.coverage_report import note
from tests.tools.fakevsphere import (
    FakeVSphere,
    Handler,
    HandlerResult,
    fault_response,
    moref_xml,
    soap_envelope,
    soap_response,
)

NEWER = ["9.0.0.0", "8.0.3.0", "7.0.3.0", "6.7", "6.5"]

SERVICE_CONTENT = (
    moref_xml("rootFolder", "Folder", "group-d1")
    + moref_xml("propertyCollector", "PropertyCollector", "propertyCollector")
    + moref_xml("viewManager", "ViewManager", "ViewManager")
    + "<about><name>VMware vCenter Server</name><fullName>VMware vCenter Server 9.0.0</fullName>"
    "<vendor>VMware, Inc.</vendor><version>9.0.0</version><build>1</build>"
    "<futureAboutField>quantum</futureAboutField>"  # unknown, between known members
    "<localeVersion>INTL</localeVersion><localeBuild>000</localeBuild><osType>linux-x64</osType>"
    "<productLineId>vpx</productLineId><apiType>VirtualCenter</apiType><apiVersion>9.0.0.0</apiVersion>"
    "</about>"
    + moref_xml("sessionManager", "SessionManager", "SessionManager")
    + moref_xml("futureManager", "FutureManager", "FutureManager")  # unknown member, unknown type
)

# A VM's properties as a vSphere 9 might send them.
PROPERTIES = """<objects><obj type="VirtualMachine">vm-1</obj>
<propSet><name>config.hardware.device</name><val xsi:type="ArrayOfVirtualDevice">
<VirtualDevice xsi:type="VirtualDisk"><key>2000</key><capacityInKB>1024</capacityInKB>
<diskQuantumMode>entangled</diskQuantumMode></VirtualDevice>
<VirtualDevice xsi:type="VirtualQuantumDevice"><key>3000</key><quantumBits>64</quantumBits>
<controllerKey>100</controllerKey><entangledWith type="QuantumEntangler">qe-1</entangledWith></VirtualDevice>
</val></propSet>
<propSet><name>runtime.powerState</name>
<val xsi:type="VirtualMachinePowerState">poweredSideways</val></propSet>
<propSet><name>runtime.quantumState</name>
<val xsi:type="VirtualMachineQuantumState">superposed</val></propSet>
<propSet><name>runtime.qubits</name><val xsi:type="ArrayOfQubit"><Qubit><spin>up</spin></Qubit>
<Qubit><spin>down</spin></Qubit></val></propSet>
<propSet><name>summary</name><val xsi:type="VirtualMachineSummary"><vm type="VirtualMachine">vm-1</vm>
<runtime><connectionState>connected</connectionState><futureRuntimeField>1</futureRuntimeField>
<powerState>poweredOn</powerState></runtime>
<config><name>vm one</name><template>false</template><vmPathName>[ds] vm/vm.vmx</vmPathName>
<quantumProfile>strict</quantumProfile></config>
<quickStats><overallCpuUsage>5</overallCpuUsage></quickStats>
<overallStatus>green</overallStatus></val></propSet>
<propSet><name>entangler</name>
<val xsi:type="ManagedObjectReference" type="QuantumEntangler">qe-1</val></propSet>
</objects>"""


def answer(body: str) -> Handler:
    def handler(operation: etree._Element, headers: Message) -> HandlerResult:
        return 200, body

    return handler


@pytest.fixture
def server() -> Iterator[FakeVSphere]:
    with FakeVSphere(versions=NEWER) as fake:
        fake.on("RetrieveServiceContent", answer(soap_response("RetrieveServiceContent", SERVICE_CONTENT)))
        fake.on("RetrievePropertiesEx", answer(soap_response("RetrievePropertiesEx", PROPERTIES)))
        yield fake


@pytest.fixture
def client(server: FakeVSphere) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(server.url, user="u", password="p") as c:
        yield c


def properties(client: pyvmomo.Client) -> dict[str, Any]:
    vm = client.ref(VirtualMachine, "vm-1")
    spec = PropertyFilterSpec(
        propSet=[PropertySpec(type="VirtualMachine", all=True)], objectSet=[ObjectSpec(obj=vm)]
    )
    result = client.content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
    assert result is not None
    return {p.name: p.val for p in result.objects[0].propSet}


def test_unknown_members_are_kept_with_their_position_and_are_not_fatal(client: pyvmomo.Client) -> None:
    assert client.api_version == "7.0.3.0"
    about = client.content.about
    assert about.apiVersion == "9.0.0.0" and about.localeVersion == "INTL"
    kept = serialize.extra(about)
    assert kept is not None and kept.wire_type is None
    assert [etree.fromstring(e).text for e in kept.elements] == ["quantum"]
    assert kept.after == ("build",)
    content = serialize.extra(client.content)
    assert content is not None
    assert etree.fromstring(content.elements[0]).get("type") == "FutureManager"
    assert serialize.extra(client.content.rootFolder) is None
    note(
        "newer server: invented members, type in a typed slot, enum value, enum type, ArrayOf type, "
        "managed type and fault type all decode, keep their wire names, and re-serialize in place"
    )


def test_an_unknown_type_decodes_as_its_slots_type_keeping_its_name_and_members(
    client: pyvmomo.Client,
) -> None:
    disk, quantum = properties(client)["config.hardware.device"]
    assert type(disk).__name__ == "VirtualDisk"
    assert getattr(serialize.extra(disk), "wire_type", "missing") is None  # known type, unknown member
    assert type(quantum) is VirtualDevice  # the declared item type of ArrayOfVirtualDevice
    assert (quantum.key, quantum.controllerKey) == (3000, 100)  # known members decoded
    kept = serialize.extra(quantum)
    assert kept is not None and kept.wire_type == "VirtualQuantumDevice"
    assert [etree.QName(etree.fromstring(e)).localname for e in kept.elements] == [
        "quantumBits",
        "entangledWith",
    ]
    assert kept.after == ("key", "controllerKey")
    assert (
        repr(quantum)
        == "VirtualDevice(key=3000, controllerKey=100, _extra_=<VirtualQuantumDevice +2 unknown>)"
    )


def test_unknown_enum_values_and_enum_types_stay_strings_with_their_type(client: pyvmomo.Client) -> None:
    props = properties(client)
    assert props["runtime.powerState"] == "poweredSideways"
    assert props["runtime.powerState"].wire_type == "VirtualMachinePowerState"
    state = props["runtime.quantumState"]
    assert state == "superposed" and isinstance(state, pyvmomo.EnumValue)
    assert state.wire_type == "VirtualMachineQuantumState"
    summary = props["summary"]
    assert isinstance(summary, VirtualMachineSummary) and summary.overallStatus == "green"


def test_an_unknown_array_type_is_a_list_that_keeps_its_name(client: pyvmomo.Client) -> None:
    qubits = properties(client)["runtime.qubits"]
    assert isinstance(qubits, pyvmomo.Array) and qubits.wire_type == "ArrayOfQubit"
    assert [getattr(serialize.extra(q), "wire_type", None) for q in qubits] == ["Qubit", "Qubit"]


def test_a_reference_to_an_unknown_managed_type_still_calls_through_client_call(
    client: pyvmomo.Client, server: FakeVSphere
) -> None:
    entangler = properties(client)["entangler"]
    assert isinstance(entangler, pyvmomo.UnknownManagedObject)
    assert (entangler.type, entangler.value, repr(entangler)) == (
        "QuantumEntangler",
        "qe-1",
        "QuantumEntangler:qe-1",
    )
    reply = (
        '<EntangleResponse xmlns="urn:vim25"><returnval xsi:type="xsd:long">42</returnval></EntangleResponse>'
    )
    server.on("Entangle", answer(soap_envelope(reply)))
    assert (
        client.call(
            entangler, "Entangle", unknown_ok=True, partner=client.ref(VirtualMachine, "vm-1"), strength=3
        )
        == 42
    )
    sent = server.requests[-1].operation()
    assert sent is not None
    this, partner, strength = sent
    assert (this.get("type"), this.text) == ("QuantumEntangler", "qe-1")
    assert (partner.get("type"), partner.text) == ("VirtualMachine", "vm-1")
    assert strength.get(XSI_TYPE) == "xsd:int" and strength.text == "3"


def test_client_call_refuses_a_name_the_bindings_lack_unless_told_it_is_newer(
    client: pyvmomo.Client, server: FakeVSphere
) -> None:
    vm = client.ref(VirtualMachine, "vm-1")
    sent = len(server.requests)
    with pytest.raises(pyvmomo.ArgumentError) as info:
        client.call(vm, "ReloadVirtualMachineFromPath_Task", configurationPath="[ds] vm/vm.vmx")
    assert str(info.value) == (
        "ReloadVirtualMachineFromPath_Task is not an operation these bindings know. Did you mean "
        "'reloadVirtualMachineFromPath_Task'? If it belongs to a newer server, pass unknown_ok=True "
        "to send it as it is."
    )
    with pytest.raises(pyvmomo.ArgumentError, match="Did you mean 'PowerOnVM_Task'"):
        client.call(vm, "PowerOnVM_Taks")
    with pytest.raises(pyvmomo.ArgumentError, match=r"Entangle is not an operation these bindings know\. If"):
        client.call(vm, "Entangle")
    assert len(server.requests) == sent  # nothing was sent


def test_an_unknown_fault_is_raised_as_a_method_fault_naming_its_wire_type(
    client: pyvmomo.Client, server: FakeVSphere
) -> None:
    server.on(
        "Entangle",
        lambda op, headers: fault_response("DecoherenceFault", "lost coherence", "<qubit>7</qubit>"),
    )
    entangler = client.ref_by_name("QuantumEntangler", "qe-1")
    with pytest.raises(MethodFault) as info:
        client.call(entangler, "Entangle", unknown_ok=True)
    fault = info.value
    assert type(fault) is MethodFault
    assert str(fault) == "DecoherenceFault in Entangle on QuantumEntangler:qe-1: lost coherence"
    kept = serialize.extra(fault)
    assert kept is not None and kept.wire_type == "DecoherenceFault"
    assert [etree.fromstring(e).text for e in kept.elements] == ["7"]


def test_saving_objects_with_unknown_parts_writes_them_back_in_place(client: pyvmomo.Client) -> None:
    props = properties(client)
    summary, devices = props["summary"], props["config.hardware.device"]
    reply = etree.fromstring(soap_response("RetrievePropertiesEx", PROPERTIES).encode())
    received = next(v for v in reply.iter("{urn:vim25}val") if v.get(XSI_TYPE) == "VirtualMachineSummary")
    saved = etree.fromstring(serialize.to_xml(summary, tag="val"))
    assert [c.tag for c in saved.iter()] == [c.tag for c in received.iter()]
    assert [c.text for c in saved.iter()] == [c.text for c in received.iter()]
    for obj in (summary, *devices):
        for loaded in (
            serialize.from_xml(serialize.to_xml(obj), client=client),
            serialize.from_json(serialize.to_json(obj), client=client),
        ):
            assert type(loaded) is type(obj) and loaded == obj
            assert serialize.extra(loaded) == serialize.extra(obj)


def test_a_stand_in_is_refused_before_sending_and_unknown_members_are_never_sent(
    client: pyvmomo.Client, server: FakeVSphere
) -> None:
    disk, quantum = properties(client)["config.hardware.device"]
    assert serialize.extra(disk) is not None  # diskQuantumMode, unknown to 7.0.3
    vm = client.ref(VirtualMachine, "vm-1")
    server.clear_requests()
    with pytest.raises(pyvmomo.ArgumentError, match="stands in for VirtualQuantumDevice") as info:
        vm.ReconfigVM_Task(
            spec=VirtualMachineConfigSpec(deviceChange=[VirtualDeviceConfigSpec(device=quantum)])
        )
    assert "VirtualDeviceConfigSpec.device" in str(info.value)
    assert server.requests == []
    server.on(
        "ReconfigVM_Task",
        answer(
            soap_envelope(
                '<ReconfigVM_TaskResponse xmlns="urn:vim25"><returnval type="Task">task-1</returnval>'
                "</ReconfigVM_TaskResponse>"
            )
        ),
    )
    task = vm.ReconfigVM_Task(
        spec=VirtualMachineConfigSpec(deviceChange=[VirtualDeviceConfigSpec(device=disk)])
    )
    assert task.value == "task-1"
    sent = server.requests[-1].body
    assert b"<capacityInKB>1024</capacityInKB>" in sent and b"diskQuantumMode" not in sent


def test_an_xsi_type_that_is_not_an_xml_name_is_refused_not_carried_into_saved_xml() -> None:
    from lxml import etree

    from pyvmomo._soap import xsi_type

    element = etree.fromstring(
        b'<v xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Foo&quot; evil=&quot;1"/>'
    )
    with pytest.raises(ValueError, match="not an XML name"):
        xsi_type(element)


def test_an_unknown_type_where_a_property_is_read_decodes_as_the_propertys_declared_type(
    client: pyvmomo.Client, server: FakeVSphere
) -> None:
    # DynamicProperty.val is anyType: only the property path says the value is a VirtualMachineSummary.
    body = """<objects><obj type="VirtualMachine">vm-1</obj>
<propSet><name>summary</name><val xsi:type="VirtualMachineSummaryV9"><vm type="VirtualMachine">vm-1</vm>
<runtime><connectionState>connected</connectionState><powerState>poweredOn</powerState></runtime>
<quantumSummary>entangled</quantumSummary>
<overallStatus>green</overallStatus></val></propSet></objects>"""
    server.on("RetrievePropertiesEx", answer(soap_response("RetrievePropertiesEx", body)))
    summary = client.ref(VirtualMachine, "vm-1").fetch("summary").summary
    assert type(summary) is VirtualMachineSummary
    assert summary.runtime.powerState == "poweredOn" and summary.overallStatus == "green"
    kept = serialize.extra(summary)
    assert kept is not None and kept.wire_type == "VirtualMachineSummaryV9"
    assert [etree.QName(etree.fromstring(e)).localname for e in kept.elements] == ["quantumSummary"]
