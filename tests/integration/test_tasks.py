"""Waiting for tasks on vcsim: many at once, typed faults, timeouts, a session killed before the wait.

vcsim (govmomi 0.24) runs a task inside the call that starts it, so a task is
already over when its reference arrives, and ``method_delay`` slows the call
itself. Running tasks with progress are shown against the scripted collector
in ``tests/wire/test_task_updates.py``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import pyvmomo
from pyvmomo.vim25 import InvalidPowerState, Task, TaskInfo, VirtualMachine
from tests.integration.test_property import kill_session
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimFactory

pytestmark = pytest.mark.integration

POWER_OFF_DELAY_MS = 300


@pytest.fixture
def fifty(vcsim_factory: VcsimFactory) -> Iterator[tuple[pyvmomo.Client, FaultProxy]]:
    """A private vcsim with 50 VMs (25 per resource pool) whose PowerOffVM_Task takes 300 ms."""
    server = vcsim_factory(vms=25, method_delay={"PowerOffVM_Task": POWER_OFF_DELAY_MS})
    with (
        FaultProxy(server.url) as proxy,
        pyvmomo.connect(proxy.url, user="u", password="p", pool_size=50) as client,
    ):
        yield client, proxy


def power_off_all(client: pyvmomo.Client, vms: list[VirtualMachine]) -> list[Task[Any]]:
    with ThreadPoolExecutor(max_workers=len(vms)) as pool:
        return list(pool.map(lambda vm: vm.PowerOffVM_Task(), vms))


def test_fifty_tasks_are_waited_together_with_one_collector_and_one_filter(
    fifty: tuple[pyvmomo.Client, FaultProxy],
) -> None:
    client, proxy = fifty
    vms = [r.obj for r in client.retrieve(VirtualMachine)]
    assert len(vms) == 50
    start = time.monotonic()
    tasks = power_off_all(client, vms)
    started = time.monotonic() - start
    assert started < 50 * POWER_OFF_DELAY_MS / 1000 / 3  # the 50 calls overlapped
    proxy.reset_counts()
    infos: list[TaskInfo] = []
    assert client.wait_all(tasks, timeout=10, on_progress=infos.append) == [None] * 50
    assert sorted(i.key for i in infos) == sorted(t.value for t in tasks)  # progress reported for each task
    assert all(i.state == "success" for i in infos)
    assert proxy.delivered == {
        "CreatePropertyCollector": 1,
        "CreateFilter": 1,
        "WaitForUpdatesEx": 1,
        "DestroyPropertyCollector": 1,
    }
    states = {r["runtime.powerState"] for r in client.retrieve(VirtualMachine, ["runtime.powerState"])}
    assert states == {"poweredOff"}


def test_a_failing_task_raises_its_fault_typed_and_wait_all_can_return_it(
    fifty: tuple[pyvmomo.Client, FaultProxy],
) -> None:
    client, _ = fifty
    first, second = [r.obj for r in client.retrieve(VirtualMachine)][:2]
    assert first.PowerOffVM_Task().wait(timeout=10) is None
    with pytest.raises(InvalidPowerState) as info:
        first.PowerOffVM_Task().wait(timeout=10)  # already off
    assert info.value.existingState == "poweredOff"
    assert info.value.remote_object == repr(first)
    outcomes = client.wait_all(
        [first.PowerOffVM_Task(), second.PowerOffVM_Task()], timeout=10, return_exceptions=True
    )
    assert isinstance(outcomes[0], InvalidPowerState) and outcomes[1] is None


def test_wait_honours_its_timeout_when_the_server_stalls(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(vms=1, method_delay={"WaitForUpdatesEx": 2500})
    with pyvmomo.connect(server.url, user="u", password="p") as client:
        task = next(iter(client.retrieve(VirtualMachine))).obj.PowerOffVM_Task()
        start = time.monotonic()
        with pytest.raises(pyvmomo.TaskTimeout, match=r"did not finish within 0\.5 s") as info:
            task.wait(timeout=0.5)
        elapsed = time.monotonic() - start
    assert 0.5 <= elapsed < 2.5  # deadline plus at most DEADLINE_GRACE_SECONDS, not the server's 2.5 s
    assert isinstance(info.value.__cause__, pyvmomo.OutcomeUnknown)


def test_wait_and_fetch_info_survive_a_session_killed_before_them(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(vms=1)
    with (
        pyvmomo.connect(server.url, user="u", password="p") as client,
        pyvmomo.connect(server.url, user="k", password="p") as killer,
    ):
        vm = next(iter(client.retrieve(VirtualMachine))).obj
        task = vm.PowerOffVM_Task()
        kill_session(killer, client)
        assert task.wait(timeout=10) is None
        assert client.transport.session.generation == 2
        info = task.fetch_info()
        assert (info.state, info.entity) == ("success", vm)


def test_faults_from_vcsim_name_the_method_called_and_the_object_they_are_about(
    client: pyvmomo.Client,
) -> None:
    vm = next(iter(client.retrieve(VirtualMachine))).obj  # every simulator VM starts powered on
    with pytest.raises(InvalidPowerState) as power:
        vm.PowerOnVM_Task().wait(timeout=30)  # vcsim's TaskInfo.name is "PowerOn"
    assert str(power.value) == f"InvalidPowerState in PowerOnVM_Task on {vm!r}: *types.InvalidPowerState"
    with pytest.raises(pyvmomo.ServerFault) as missing:
        client.ref(VirtualMachine, "vm-404").fetch("name")
    assert str(missing.value) == (
        "ManagedObjectNotFound in RetrievePropertiesEx on PropertyCollector:propertyCollector "
        "(obj VirtualMachine:vm-404): The object has already been deleted or has not been completely created"
    )
