"""Version negotiation against a scripted server: SOAPAction follows the agreed version."""

from __future__ import annotations

import pyvmomo
from pyvmomo._versions import choose_version
from tests.tools.fakevsphere import FakeVSphere

SUPPORTED = ("5.5", "6.0", "6.5", "6.7", "7.0", "7.0.3.0")


def test_a_newer_server_gets_the_bindings_newest_version_in_soapaction() -> None:
    with (
        FakeVSphere(versions=["8.0.3.0", "8.0.2.0", "7.0.3.0", "7.0"]) as server,
        pyvmomo.connect(server.url, user="u", password="p") as client,
    ):
        assert client.api_version == "7.0.3.0"
    actions = {r.soap_method: r.soap_action for r in server.requests}
    assert actions["RetrieveServiceContent"] == '"urn:vim25/7.0.3.0"'
    assert actions["Login"] == '"urn:vim25/7.0.3.0"'


def test_choose_version_prefers_the_newest_common_version() -> None:
    assert choose_version(["6.5", "6.0", "5.5"], SUPPORTED) == "6.5"
    assert choose_version(["9.0.0.0"], SUPPORTED) == "7.0.3.0"
    assert choose_version(["6.8"], SUPPORTED) == "6.7"
    assert choose_version(["4.0"], SUPPORTED) == "5.5"


def test_without_a_versions_file_the_bindings_version_is_used() -> None:
    with FakeVSphere(versions=["7.0.3.0"]) as server:
        server.versions_status = 404
        with pyvmomo.connect(server.url) as client:
            assert client.api_version == client.transport.registry.api_version
