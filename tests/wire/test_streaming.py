"""Decoding as the bytes arrive: same result however the reply is cut, elements freed once decoded."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pyvmomo import serialize
from pyvmomo._errors import ProtocolError
from pyvmomo._http import MaybeSent
from pyvmomo._registry import Registry
from pyvmomo._soap import Decoder
from pyvmomo._transport import Transport
from pyvmomo.vim25 import NotAuthenticated
from tests.tools.fakevsphere import soap_envelope, soap_response

REGISTRY = Registry()
TRANSPORT = Transport("https://vc.example.com/sdk", registry=REGISTRY)
RETRIEVE = REGISTRY.operation("RetrievePropertiesEx")
MARK = "streamingtest"

_SUMMARY = (
    '<val xmlns:XMLSchema-instance="http://www.w3.org/2001/XMLSchema-instance" '
    'XMLSchema-instance:type="VirtualMachineSummary"><vm type="VirtualMachine">vm-{i}</vm>'
    "<runtime><powerState>poweredOn</powerState><numMksConnections>{i}</numMksConnections>"
    "<bootTime>2026-11-24T19:35:03.15150821Z</bootTime></runtime>"
    f"<config><name>{MARK}-{{i}} \u00e9\u00e8</name><template>false</template></config>"
    "<overallStatus>green</overallStatus></val>"
)


def _object(i: int) -> str:
    # An element these bindings do not know, after obj: kept in _extra_ with its anchor.
    return (
        f'<objects><obj type="VirtualMachine">vm-{i}</obj><futureMember>{i}</futureMember>'
        f"<propSet><name>summary</name>{_SUMMARY.format(i=i)}</propSet></objects>"
    )


def _reply(count: int) -> bytes:
    inner = "".join(_object(i) for i in range(count)) + "<token>more</token><futureTail>x</futureTail>"
    marked = f'<RetrievePropertiesExResponse {MARK}="1" '
    text = soap_response("RetrievePropertiesEx", inner)
    return text.replace("<RetrievePropertiesExResponse ", marked).encode()


def _cut(data: bytes, sizes: list[int]) -> Iterator[bytes]:
    start, turn = 0, 0
    while start < len(data):
        size = sizes[turn % len(sizes)]
        yield data[start : start + size]
        start, turn = start + size, turn + 1


def _decoder() -> Decoder:
    return Decoder(REGISTRY, TRANSPORT)


def _live_reply_elements() -> list[etree._Element]:
    """Elements alive in this process that belong to a reply built by this module."""
    gc.collect()
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, etree._Element):
            root = obj.getroottree().getroot()
            if root is not None and root.xpath(f"//*[@{MARK}]"):
                found.append(obj)
    return found


REPLY = _reply(12)
WHOLE = _decoder().decode((REPLY,), RETRIEVE, 200)


@settings(max_examples=40, deadline=None)
@given(sizes=st.lists(st.integers(min_value=1, max_value=700), min_size=1, max_size=6))
def test_a_reply_cut_anywhere_decodes_to_the_same_value(sizes: list[int]) -> None:
    streamed = _decoder().decode(_cut(REPLY, sizes), RETRIEVE, 200)
    assert serialize.to_xml(streamed) == serialize.to_xml(WHOLE)
    assert len(streamed.objects) == 12 and streamed.token == "more"
    assert streamed.objects[3].propSet[0].val.config.name == f"{MARK}-3 \u00e9\u00e8"
    extra = streamed.objects[5]._extra_
    assert extra.after == ("obj",) and extra.elements[0].startswith(b"<futureMember ")
    assert extra.elements[0].endswith(b">5</futureMember>")
    assert streamed._extra_.after == ("token",)


def test_the_decoder_keeps_no_element_of_the_reply_once_decoded() -> None:
    decoder = _decoder()
    result = decoder.decode(_cut(_reply(50), [1000]), RETRIEVE, 200)
    assert len(result.objects) == 50
    assert _live_reply_elements() == []


def test_objects_decoded_before_and_after_a_class_is_written_out_are_alike() -> None:
    # The first objects of a class are set unset by a loop, later ones by a function written
    # out for the class: either way unset members are None or a list of the object's own.
    from pyvmomo._soap import WRITE_OUT_AFTER

    count = WRITE_OUT_AFTER * 2 + 1
    result = _decoder().decode((_reply(count),), RETRIEVE, 200)
    runtimes = [item.propSet[0].val.runtime for item in result.objects]
    assert [r.numMksConnections for r in runtimes] == list(range(count))
    assert all(r.host is None and r.device == [] and r.featureRequirement == [] for r in runtimes)
    assert len({id(r.device) for r in runtimes}) == count
    assert all(item.missingSet == [] for item in result.objects)

    def others(runtime: Any) -> dict[str, Any]:
        return {f.name: getattr(runtime, f.name) for f in runtime._fields_ if f.name != "numMksConnections"}

    assert others(runtimes[0]) == others(runtimes[-1])


def test_elements_are_freed_while_the_reply_arrives() -> None:
    """At every chunk, the tree holds a bounded window, not the reply so far (about 19,000 elements)."""
    data, seen = _reply(1000), []

    def chunks() -> Iterator[bytes]:
        for number, chunk in enumerate(_cut(data, [4096])):
            if number % 40 == 20:  # a look at the tree now and then (gc is slow)
                live = _live_reply_elements()
                assert live, "the decoder holds the tree while decoding"
                seen.append(sum(1 for _ in live[0].getroottree().getroot().iter()))
                del live
            yield chunk

    result = _decoder().decode(chunks(), RETRIEVE, 200)
    assert len(result.objects) == 1000
    assert seen and max(seen) < 400, seen


def test_an_http_error_while_the_reply_arrives_propagates_unchanged() -> None:
    lost = MaybeSent("connection reset mid-reply")

    def chunks() -> Iterator[bytes]:
        yield _reply(50)[:3000]
        raise lost

    with pytest.raises(MaybeSent) as caught:
        _decoder().decode(chunks(), RETRIEVE, 200)
    assert caught.value is lost


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (_reply(3)[:-40], "is not XML"),
        (_reply(3) + b"<more/>", "is not XML"),
        (b"<html><body>proxy error</body></html>", "is not a SOAP envelope"),
        (soap_envelope("").encode(), "is not a SOAP envelope"),
    ],
)
def test_a_reply_that_is_not_a_whole_soap_envelope_is_a_protocol_error(body: bytes, message: str) -> None:
    decoded = _decoder().read(_cut(body, [97]), RETRIEVE, 200)
    assert isinstance(decoded.outcome, ProtocolError) and message in str(decoded.outcome)
    assert decoded.readable is False


def test_in_band_not_authenticated_is_still_visible_in_a_streamed_reply() -> None:
    missing = (
        '<missingSet><path>name</path><fault><fault xsi:type="NotAuthenticated">'
        '<object type="VirtualMachine">vm-1</object><privilegeId>System.View</privilegeId>'
        "</fault><localizedMessage></localizedMessage></fault></missingSet>"
    )
    inner = "".join(f'<objects><obj type="VirtualMachine">vm-{i}</obj>{missing}</objects>' for i in range(30))
    data = soap_response("RetrievePropertiesEx", inner).encode()
    result: Any = _decoder().decode(_cut(data, [13]), RETRIEVE, 200)
    assert len(result.objects) == 30
    assert all(isinstance(o.missingSet[0].fault.fault, NotAuthenticated) for o in result.objects)


def test_import_pyvmomo_loads_no_xml_parser_until_a_client_is_built() -> None:
    # lxml (with the inspect module it imports) is a fifth of `import pyvmomo`; connect() loads it.
    code = (
        "import sys, pyvmomo\n"
        "from pyvmomo._registry import Registry\n"
        "from pyvmomo._transport import Transport\n"
        "before = 'lxml' in sys.modules\n"
        "transport = Transport('https://vc.example.com/sdk', registry=Registry())\n"
        "op = transport.registry.operation('CurrentTime')\n"
        "reply = sys.stdin.buffer.read()\n"
        "year = transport.decoder.decode((reply,), op, 200).year\n"
        "print(before, 'lxml' in sys.modules, year)"
    )
    reply = soap_response("CurrentTime", "2026-12-07T05:00:00Z").encode()
    done = subprocess.run([sys.executable, "-c", code], input=reply, capture_output=True, check=True)
    assert done.stdout.split() == [b"False", b"True", b"2026"], done.stderr
