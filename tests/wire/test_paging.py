"""retrieve() against a paging server: exact call sequences, early exit, per-object faults, session loss."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import Message

import pytest
from lxml import etree

import pyvmomo
from pyvmomo.property import container_view
from pyvmomo.vim25 import Datastore, NoPermission, VirtualMachine
from tests.tools.fakevsphere import FakeVSphere, HandlerResult
from tests.wire.fake_collector import FakeCollector

PATHS = ["name", "runtime.powerState", "config.hardware.numCPU", "datastore"]


@pytest.fixture
def server() -> Iterator[FakeVSphere]:
    with FakeVSphere(enforce_sessions=True) as fake:
        yield fake


@pytest.fixture
def fake(server: FakeVSphere) -> FakeCollector:
    return FakeCollector(server, vm_count=10)


@pytest.fixture
def client(server: FakeVSphere, fake: FakeCollector) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(server.url, user="u", password="p") as c:
        server.clear_requests()
        yield c


def names(n: int) -> list[str]:
    return [f"VM {i}" for i in range(1, n + 1)]


def test_retrieve_pages_with_continue_and_destroys_its_view(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    results = list(client.retrieve(VirtualMachine, PATHS, page_size=3))
    assert [r["name"] for r in results] == names(10)
    assert fake.calls() == [
        "CreateContainerView",
        "RetrievePropertiesEx(maxObjects=3)",
        "ContinueRetrievePropertiesEx(token-2)",
        "ContinueRetrievePropertiesEx(token-3)",
        "ContinueRetrievePropertiesEx(token-4)",
        "DestroyView",
    ]
    assert fake.live_views == 0 and fake.live_tokens == 0


def test_values_are_typed_as_the_catalogue_declares(client: pyvmomo.Client) -> None:
    first = next(iter(client.retrieve(VirtualMachine, PATHS)))
    assert isinstance(first.obj, VirtualMachine) and first.obj.value == "vm-1"
    assert type(first["config.hardware.numCPU"]) is int  # not the xsd:int wrapper of the anyType slot
    assert first["runtime.powerState"] == "poweredOn"
    assert first["datastore"] == [client.ref(Datastore, "datastore-1")]
    assert type(first["datastore"]) is list
    assert first.errors == {}


def test_pages_are_fetched_only_when_the_iteration_reaches_them(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    results = client.retrieve(VirtualMachine, ["name"], page_size=4)
    assert fake.calls() == []  # building the iterator sends nothing
    next(results)
    assert fake.calls() == ["CreateContainerView", "RetrievePropertiesEx(maxObjects=4)"]
    for _ in range(4):
        next(results)
    assert fake.calls()[-1] == "ContinueRetrievePropertiesEx(token-2)"
    results.close()


def test_stopping_early_cancels_the_pending_token_and_destroys_the_view(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    with client.retrieve(VirtualMachine, ["name"], page_size=3) as results:
        seen = [r["name"] for _, r in zip(range(4), results, strict=False)]
    assert seen == names(4)
    assert fake.calls() == [
        "CreateContainerView",
        "RetrievePropertiesEx(maxObjects=3)",
        "ContinueRetrievePropertiesEx(token-2)",
        "CancelRetrievePropertiesEx(token-3)",
        "DestroyView",
    ]
    assert fake.live_views == 0 and fake.live_tokens == 0


def test_closing_on_the_last_page_sends_no_cancel(client: pyvmomo.Client, fake: FakeCollector) -> None:
    results = client.retrieve(VirtualMachine, ["name"], page_size=6)
    for _ in range(8):
        next(results)
    results.close()
    assert fake.calls() == [
        "CreateContainerView",
        "RetrievePropertiesEx(maxObjects=6)",
        "ContinueRetrievePropertiesEx(token-2)",
        "DestroyView",
    ]


def test_per_object_missing_set_faults_are_kept_per_object(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    fake.denied["vm-2"] = "runtime.powerState"
    results = {r.obj.value: r for r in client.retrieve(VirtualMachine, ["name", "runtime.powerState"])}
    refused = results["vm-2"]
    assert refused["name"] == "VM 2"
    assert set(refused.errors) == {"runtime.powerState"}
    assert "runtime.powerState" not in refused.values
    with pytest.raises(NoPermission) as info:
        refused["runtime.powerState"]
    assert info.value.privilegeId == "System.Read"
    assert info.value.remote_object == "VirtualMachine:vm-2"
    assert all(r.errors == {} for key, r in results.items() if key != "vm-2")


def test_a_refused_property_raises_its_fault_when_its_attribute_is_read(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    fake.denied["vm-2"] = "runtime.powerState"
    fake.denied["vm-3"] = "name"
    rows = {r.obj.value: r for r in client.retrieve(VirtualMachine, ["name", "runtime.powerState"])}
    assert rows["vm-2"].name == "VM 2"
    with pytest.raises(NoPermission) as info:
        rows["vm-2"].runtime  # noqa: B018  # the refused path runs through it
    assert info.value.remote_object == "VirtualMachine:vm-2"
    with pytest.raises(NoPermission):
        rows["vm-3"].name  # noqa: B018
    assert rows["vm-3"].runtime.powerState == "poweredOn"
    assert rows["vm-1"].name == "VM 1"


def test_session_expiring_mid_iteration_rebuilds_the_view_and_yields_each_object_once(
    server: FakeVSphere, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    seen = []
    for result in client.retrieve(VirtualMachine, ["name"], page_size=3):
        seen.append(result["name"])
        if len(seen) == 4:  # in the middle of the second page
            server.expire_sessions()
    assert seen == names(10)
    assert fake.calls() == [
        "CreateContainerView",
        "RetrievePropertiesEx(maxObjects=3)",
        "ContinueRetrievePropertiesEx(token-2)",
        "ContinueRetrievePropertiesEx(token-3)",  # NotAuthenticated
        "CurrentTime",  # is the session really gone? (it is)
        "Login",
        "ContinueRetrievePropertiesEx(token-3)",  # re-sent by the transport: the new session knows no token-3
        "CreateContainerView",
        "RetrievePropertiesEx(maxObjects=3)",
        "ContinueRetrievePropertiesEx(token-5)",
        "ContinueRetrievePropertiesEx(token-6)",
        "ContinueRetrievePropertiesEx(token-7)",
        "DestroyView",
    ]
    assert client.transport.session.generation == 2


def test_session_expiring_before_the_first_page_rebuilds_the_view(
    server: FakeVSphere, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    create = fake._CreateContainerView
    expired: list[bool] = []

    def create_then_expire(op: etree._Element, headers: Message) -> HandlerResult:
        reply = create(op, headers)
        if not expired:
            expired.append(True)
            server.expire_sessions()
        return reply

    server.on("CreateContainerView", create_then_expire)
    assert [r["name"] for r in client.retrieve(VirtualMachine, ["name"])] == names(10)
    assert fake.calls() == [
        "CreateContainerView",
        "RetrievePropertiesEx",  # NotAuthenticated; after the re-login the view is of the old session
        "CurrentTime",  # is the session really gone? (it is)
        "Login",
        "CreateContainerView",
        "RetrievePropertiesEx",
        "DestroyView",
    ]


def test_a_session_that_keeps_dying_gives_up_with_a_clear_error(
    server: FakeVSphere, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    create = fake._CreateContainerView

    def create_then_expire(op: etree._Element, headers: Message) -> HandlerResult:
        reply = create(op, headers)
        server.expire_sessions()
        return reply

    server.on("CreateContainerView", create_then_expire)
    with pytest.raises(pyvmomo.SessionObjectsLost, match="4 times in a row"):
        list(client.retrieve(VirtualMachine, ["name"]))
    assert fake.calls().count("CreateContainerView") == 4


def test_a_view_passed_as_root_is_not_rebuilt_and_its_loss_is_reported(
    server: FakeVSphere, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    with container_view(client, VirtualMachine) as view:
        results = client.retrieve(VirtualMachine, ["name"], root=view, page_size=3)
        assert next(results)["name"] == "VM 1"
        server.expire_sessions()
        with pytest.raises(pyvmomo.SessionObjectsLost, match="passed as root belonged to an ended session"):
            list(results)
    assert fake.calls()[0] == "CreateContainerView"
    assert fake.calls().count("CreateContainerView") == 1  # the caller's view is the caller's to rebuild


def test_fetch_reads_several_properties_in_one_call(client: pyvmomo.Client, fake: FakeCollector) -> None:
    props = client.ref(VirtualMachine, "vm-3").fetch("name", "config.hardware.numCPU")
    assert props["name"] == "VM 3"
    assert props["config.hardware.numCPU"] == 2
    assert fake.calls() == ["RetrievePropertiesEx"]


def test_a_misspelt_path_fails_before_anything_is_sent(client: pyvmomo.Client, fake: FakeCollector) -> None:
    with pytest.raises(pyvmomo.ArgumentError, match="VirtualMachine has no property 'nmae'"):
        client.retrieve(VirtualMachine, ["nmae"])
    with pytest.raises(pyvmomo.ArgumentError, match="'hardwre'"):
        client.ref(VirtualMachine, "vm-1").fetch("config.hardwre.numCPU")
    assert fake.calls() == []
