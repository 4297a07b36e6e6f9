"""Decoding quirks seen on the wire: xsi:type by namespace URI, nanosecond dateTimes."""

from __future__ import annotations

from datetime import UTC, datetime

from pyvmomo._errors import ProtocolError
from pyvmomo._registry import Registry
from pyvmomo._soap import Decoder
from pyvmomo._transport import Transport
from pyvmomo._xsd import parse_datetime

REGISTRY = Registry()
RETRIEVE = REGISTRY.operation("RetrievePropertiesEx")

# As vcsim writes DynamicProperty.val: the XSI namespace bound to the prefix "XMLSchema-instance".
VCSIM_REPLY = b"""<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"
 xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
 xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<soapenv:Body><RetrievePropertiesExResponse xmlns="urn:vim25"><returnval>
<objects><obj type="VirtualMachine">vm-1</obj>
<propSet><name>runtime.bootTime</name>
<val xmlns:XMLSchema-instance="http://www.w3.org/2001/XMLSchema-instance"
     XMLSchema-instance:type="xsd:dateTime">2026-11-24T19:35:03.15150821Z</val></propSet>
<propSet><name>config.hardware.numCPU</name>
<val xmlns:XMLSchema-instance="http://www.w3.org/2001/XMLSchema-instance"
     XMLSchema-instance:type="xsd:int">2</val></propSet>
<propSet><name>runtime.powerState</name>
<val xmlns:XMLSchema-instance="http://www.w3.org/2001/XMLSchema-instance"
     XMLSchema-instance:type="VirtualMachinePowerState">poweredOn</val></propSet>
</objects></returnval></RetrievePropertiesExResponse></soapenv:Body></soapenv:Envelope>"""


def test_xsi_type_is_resolved_by_namespace_uri_not_prefix() -> None:
    decoder = Decoder(REGISTRY, Transport("https://vc.example.com/sdk", registry=REGISTRY))
    assert RETRIEVE is not None
    result = decoder.decode((VCSIM_REPLY,), RETRIEVE, 200)
    values = {p.name: p.val for p in result.objects[0].propSet}
    assert values["config.hardware.numCPU"] == 2
    assert values["runtime.powerState"] == "poweredOn"
    assert values["runtime.bootTime"] == datetime(2026, 11, 24, 19, 35, 3, 151508, tzinfo=UTC)


def test_datetime_with_nanoseconds_and_z_parses() -> None:
    assert parse_datetime("2026-11-24T19:35:03.15150821Z") == datetime(
        2026, 11, 24, 19, 35, 3, 151508, tzinfo=UTC
    )
    assert parse_datetime("2026-11-24T19:35:03Z").tzinfo is not None
    assert parse_datetime("2026-11-24T19:35:03.5+02:00").microsecond == 500000
    assert parse_datetime(" 2026-11-24T19:35:03.123456789Z\n").microsecond == 123456  # the slow path


def _summary_reply(summary_xml: str) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"'
        b' xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        b'<soapenv:Body><RetrievePropertiesExResponse xmlns="urn:vim25"><returnval><objects>'
        b'<obj type="VirtualMachine">vm-1</obj><propSet><name>summary</name>'
        b'<val xsi:type="VirtualMachineSummary">' + summary_xml.encode() + b"</val></propSet>"
        b"</objects></returnval></RetrievePropertiesExResponse></soapenv:Body></soapenv:Envelope>"
    )


def test_members_decode_by_their_declared_type_and_only_data_members_follow_xsi_type() -> None:
    decoder = Decoder(REGISTRY, Transport("https://vc.example.com/sdk", registry=REGISTRY))
    assert RETRIEVE is not None
    reply = _summary_reply(
        '<vm type="VirtualMachine">vm-1</vm>'
        '<runtime><host type="HostSystem">host-9</host><connectionState>connected</connectionState>'
        "<powerState>poweredOn</powerState><bootTime>2026-11-24T19:35:03.15150821Z</bootTime>"
        "<numMksConnections>2</numMksConnections><cleanPowerOff>true</cleanPowerOff></runtime>"
        # a string member with a (schema-invalid) xsi:type stays a string; a subtype is honoured
        '<config><name xsi:type="xsd:int">42</name><template>0</template>'
        "<memorySizeMB>2048</memorySizeMB></config>"
        '<storage xsi:type="VirtualMachineStorageSummary"><committed>10</committed>'
        "<uncommitted>0</uncommitted><unshared>5</unshared>"
        "<timestamp>2026-11-24T19:35:03Z</timestamp></storage>"
        "<quickStats><guestHeartbeatStatus>green</guestHeartbeatStatus></quickStats>"
        "<overallStatus>green</overallStatus>"
    )
    result = decoder.decode((reply,), RETRIEVE, 200)
    summary = result.objects[0].propSet[0].val
    runtime = summary.runtime
    assert (type(summary).__name__, type(runtime).__name__) == (
        "VirtualMachineSummary",
        "VirtualMachineRuntimeInfo",
    )
    assert (summary.vm.type, summary.vm.value, runtime.host.value) == ("VirtualMachine", "vm-1", "host-9")
    assert (runtime.powerState, runtime.numMksConnections, runtime.cleanPowerOff) == ("poweredOn", 2, True)
    assert runtime.bootTime == datetime(2026, 11, 24, 19, 35, 3, 151508, tzinfo=UTC)
    assert runtime.device == [] and runtime.question is None  # absent: empty list, None
    assert summary.config.name == "42" and summary.config.template is False
    assert summary.config.memorySizeMB == 2048 and summary.quickStats.guestHeartbeatStatus == "green"
    assert summary.storage.committed == 10 and summary.storage.timestamp.tzinfo is UTC


def test_a_garbage_int_leaf_is_an_error_not_a_guess() -> None:
    decoder = Decoder(REGISTRY, Transport("https://vc.example.com/sdk", registry=REGISTRY))
    assert RETRIEVE is not None
    reply = _summary_reply("<runtime><numMksConnections>two</numMksConnections></runtime>")
    error = decoder.decode((reply,), RETRIEVE, 200)
    assert isinstance(error, ProtocolError)
    assert isinstance(error.__cause__, ValueError)
