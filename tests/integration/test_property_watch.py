"""client.watch() against vcsim: current values then changes, stopping, surviving a session kill."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

import pyvmomo
from pyvmomo.vim25 import VirtualMachine
from pyvmomo.vim25.managed.virtual_machine import VirtualMachineProperties
from pyvmomo.watch import Change
from tests.integration.test_property import kill_session
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimFactory

pytestmark = pytest.mark.integration


@pytest.fixture
def clients(vcsim_factory: VcsimFactory) -> Iterator[tuple[pyvmomo.Client, pyvmomo.Client, FaultProxy]]:
    """A client behind a counting proxy, and a second client, on a private vcsim (VMs change power state)."""
    server = vcsim_factory(vms=1)
    with (
        FaultProxy(server.url) as proxy,
        pyvmomo.connect(proxy.url, user="u", password="p") as client,
        pyvmomo.connect(server.url, user="k", password="p") as other,
    ):
        yield client, other, proxy


def first_vm(client: pyvmomo.Client) -> VirtualMachine:
    return next(iter(client.retrieve(VirtualMachine))).obj


def test_watch_reports_current_values_then_each_change_and_destroys_its_collector(
    clients: tuple[pyvmomo.Client, pyvmomo.Client, FaultProxy],
) -> None:
    client, _, proxy = clients
    vm = first_vm(client)
    proxy.reset_counts()
    with client.watch([vm], ["runtime.powerState", "name"], timeout=10) as changes:
        initial: dict[str, Change[VirtualMachineProperties]] = {}
        for _ in range(2):
            change = next(changes)
            initial[change.path] = change
        assert initial["runtime.powerState"].value == "poweredOn"
        assert initial["name"].value.startswith("DC0_")
        assert initial["name"].obj == vm and initial["name"].op == "assign"
        current = initial["name"].properties  # typed, and the same object for every change of vm
        assert current is initial["runtime.powerState"].properties
        assert (current.name, current.runtime.powerState) == (initial["name"].value, "poweredOn")
        vm.PowerOffVM_Task().wait(timeout=10)
        change = next(changes)
        assert (change.obj, change.path, change.value) == (vm, "runtime.powerState", "poweredOff")
        assert change.properties.runtime.powerState == "poweredOff"  # the partial runtime, updated
    assert proxy.delivered["CreatePropertyCollector"] == 2  # the watch's and the task wait's
    assert proxy.delivered["DestroyPropertyCollector"] == 2


def test_watch_survives_a_session_kill_without_repeating_or_losing_values(
    clients: tuple[pyvmomo.Client, pyvmomo.Client, FaultProxy],
) -> None:
    client, other, proxy = clients
    vm = first_vm(client)
    with client.watch([vm], ["runtime.powerState", "name"], timeout=10) as changes:
        assert {next(changes).path, next(changes).path} == {"runtime.powerState", "name"}
        kill_session(other, client)
        other.ref(VirtualMachine, vm.value).PowerOffVM_Task().wait(timeout=10)  # changed while dead
        change = next(changes)  # re-login, new collector, full update: only the change is reported
        assert (change.path, change.value) == ("runtime.powerState", "poweredOff")
        other.ref(VirtualMachine, vm.value).PowerOnVM_Task().wait(timeout=10)
        change = next(changes)  # not the unchanged name from the full update
        assert (change.path, change.value) == ("runtime.powerState", "poweredOn")
        assert client.transport.session.generation == 2
        assert proxy.delivered["CreatePropertyCollector"] == 2


def test_close_from_another_thread_cancels_a_pending_wait(
    clients: tuple[pyvmomo.Client, pyvmomo.Client, FaultProxy],
) -> None:
    client, _, proxy = clients
    changes = client.watch([first_vm(client)], ["runtime.powerState"])
    next(changes)
    proxy.wait_delivered("WaitForUpdatesEx", 1)
    timer = threading.Timer(0.3, changes.close)
    start = time.monotonic()
    timer.start()
    with pytest.raises(StopIteration):
        next(changes)  # blocks in WaitForUpdatesEx (up to 30 s) until close() cancels it
    assert time.monotonic() - start < 3
    assert proxy.delivered["CancelWaitForUpdates"] == 1
    assert proxy.delivered["DestroyPropertyCollector"] == 1


def test_a_watch_with_a_timeout_ends_after_it(
    clients: tuple[pyvmomo.Client, pyvmomo.Client, FaultProxy],
) -> None:
    client, _, _ = clients
    start = time.monotonic()
    changes = list(client.watch([first_vm(client)], ["runtime.powerState"], timeout=1))
    assert [c.value for c in changes] == ["poweredOn"]
    assert 0.9 < time.monotonic() - start < 3
