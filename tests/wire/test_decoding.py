"""Decoding quirks seen on the wire: xsi:type by namespace URI, nanosecond dateTimes."""

from __future__ import annotations

from datetime import UTC, datetime

from pyvmomo._registry import Registry
from pyvmomo._soap import Decoder, parse_datetime
from pyvmomo._transport import Transport

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
    element = decoder.parse(VCSIM_REPLY, RETRIEVE, 200)
    result = decoder.response(element, RETRIEVE)  # type: ignore[arg-type]
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
