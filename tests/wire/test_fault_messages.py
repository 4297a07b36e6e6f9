"""What a fault says: the method called, the object called, the objects it is about, the server's text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import pyvmomo
from pyvmomo.vim25 import (
    DatastoreNotWritableOnHost,
    InvalidPowerState,
    ManagedObjectNotFound,
    Task,
    VirtualMachine,
)
from tests.tools.fakevsphere import FakeVSphere, fault_response, moref_xml
from tests.wire.fake_collector import FakeCollector, TaskScript

DELETED = "The object has already been deleted or has not been completely created"


@pytest.fixture
def server() -> Iterator[FakeVSphere]:
    with FakeVSphere() as fake:
        yield fake


@pytest.fixture
def client(server: FakeVSphere) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(server.url, user="u", password="p") as c:
        yield c


def test_a_fault_names_the_object_it_is_about_when_the_call_was_on_another(
    server: FakeVSphere, client: pyvmomo.Client
) -> None:
    server.on(
        "RetrievePropertiesEx",
        lambda op, h: fault_response(
            "ManagedObjectNotFound", DELETED, moref_xml("obj", "VirtualMachine", "vm-42")
        ),
    )
    with pytest.raises(ManagedObjectNotFound) as info:
        client.ref(VirtualMachine, "vm-42").fetch("name")
    assert str(info.value) == (
        "ManagedObjectNotFound in RetrievePropertiesEx on PropertyCollector:propertyCollector "
        f"(obj VirtualMachine:vm-42): {DELETED}"
    )


def test_a_fault_about_the_called_object_names_it_once(server: FakeVSphere, client: pyvmomo.Client) -> None:
    server.on(
        "PowerOnVM_Task",
        lambda op, h: fault_response(
            "ManagedObjectNotFound", DELETED, moref_xml("obj", "VirtualMachine", "vm-42")
        ),
    )
    with pytest.raises(ManagedObjectNotFound) as info:
        client.ref(VirtualMachine, "vm-42").PowerOnVM_Task()
    assert str(info.value) == f"ManagedObjectNotFound in PowerOnVM_Task on VirtualMachine:vm-42: {DELETED}"


def test_every_reference_field_of_a_fault_is_named_in_field_order(
    server: FakeVSphere, client: pyvmomo.Client
) -> None:
    detail = (
        moref_xml("datastore", "Datastore", "datastore-7")
        + "<name>ds1</name>"
        + moref_xml("host", "HostSystem", "host-9")
    )
    server.on("PowerOnVM_Task", lambda op, h: fault_response("DatastoreNotWritableOnHost", "", detail))
    with pytest.raises(DatastoreNotWritableOnHost) as info:
        client.ref(VirtualMachine, "vm-1").PowerOnVM_Task()
    assert str(info.value) == (
        "DatastoreNotWritableOnHost in PowerOnVM_Task on VirtualMachine:vm-1 "
        "(datastore Datastore:datastore-7, host HostSystem:host-9)"
    )


@pytest.mark.parametrize(
    ("sent_name", "shown"),
    [
        ("PowerOnVM_Task", "PowerOnVM_Task"),  # what vSphere sends in TaskInfo.name
        ("PowerOn", "PowerOnVM_Task"),  # what vcsim sends: matched to the entity's _Task method
        ("Frobnicate", "Frobnicate"),  # no such method: the server's name as it came
    ],
)
def test_a_failed_task_names_the_method_that_started_it(sent_name: str, shown: str) -> None:
    with FakeVSphere(enforce_sessions=True) as server:
        fake = FakeCollector(server)
        fake.tasks["task-1"] = TaskScript([("running", 10), ("error", None)], name=sent_name)
        with (
            pyvmomo.connect(server.url, user="u", password="p") as client,
            pytest.raises(InvalidPowerState) as info,
        ):
            client.ref(Task, "task-1").wait(timeout=10)
    assert str(info.value).startswith(f"InvalidPowerState in {shown} on VirtualMachine:vm-1: ")
