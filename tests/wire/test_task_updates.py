"""Task waits against a scripted collector: progress, results, faults, timeouts, rebuilds, progress bars."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

import pyvmomo
from pyvmomo.vim25 import InvalidPowerState, Task, TaskInfo, VirtualMachine
from tests.tools.fakevsphere import FakeVSphere
from tests.wire.fake_collector import FakeCollector, TaskScript

VM_RESULT = "<result xsi:type='ManagedObjectReference' type='VirtualMachine'>vm-9</result>"


@pytest.fixture
def server() -> Iterator[FakeVSphere]:
    with FakeVSphere(enforce_sessions=True) as fake:
        yield fake


@pytest.fixture
def fake(server: FakeVSphere) -> FakeCollector:
    return FakeCollector(server)


@pytest.fixture
def client(server: FakeVSphere, fake: FakeCollector) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(server.url, user="u", password="p") as c:
        server.clear_requests()
        yield c


def task(client: pyvmomo.Client, fake: FakeCollector, name: str, script: TaskScript) -> Task[Any]:
    fake.tasks[name] = script
    return client.ref(Task, name)


def running_then(final: str, **kw: Any) -> TaskScript:
    return TaskScript([("running", 10), ("running", 60), (final, None)], **kw)


def test_wait_reports_progress_and_returns_the_typed_result(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    t = task(client, fake, "task-1", running_then("success", result_xml=VM_RESULT))
    seen: list[tuple[str, int | None]] = []
    result = t.wait(timeout=10, on_progress=lambda info: seen.append((info.state, info.progress)))
    assert result == client.ref(VirtualMachine, "vm-9")
    assert isinstance(result, VirtualMachine)
    assert seen == [("running", 10), ("running", 60), ("success", None)]
    assert fake.calls() == [
        "CreatePropertyCollector",
        "CreateFilter",
        "WaitForUpdatesEx",
        "WaitForUpdatesEx",
        "WaitForUpdatesEx",
        "DestroyPropertyCollector",
    ]
    assert fake.live_collectors == 0


def test_a_failed_task_raises_its_own_fault_typed(client: pyvmomo.Client, fake: FakeCollector) -> None:
    t = task(client, fake, "task-1", running_then("error"))
    with pytest.raises(InvalidPowerState) as info:
        t.wait(timeout=10)
    fault = info.value
    assert fault.existingState == "poweredOn"
    assert fault.remote_object == "VirtualMachine:vm-1"
    assert fault.remote_method == "PowerOnVM_Task"
    assert "cannot be performed in the current state" in str(fault)
    assert fake.live_collectors == 0


def test_wait_all_follows_fifty_tasks_with_one_collector_and_one_filter(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    tasks = [
        task(client, fake, f"task-{i}", TaskScript([("running", 0)] * (i % 4) + [("success", None)]))
        for i in range(50)
    ]
    infos: list[TaskInfo] = []
    assert client.wait_all(tasks, timeout=10, on_progress=infos.append) == [None] * 50
    calls = fake.calls()
    assert calls.count("CreatePropertyCollector") == 1
    assert calls.count("CreateFilter") == 1
    assert calls.count("WaitForUpdatesEx") == 4  # the slowest task needs four updates
    filter_request = next(r for r in fake.server.requests if r.soap_method == "CreateFilter")
    assert filter_request.body.count(b"<objectSet>") == 50
    assert {i.key for i in infos if i.state == "success"} == {f"task-{i}" for i in range(50)}


def test_wait_all_raises_the_first_failure_in_order_after_every_task_ended(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    ok = task(client, fake, "task-1", running_then("success"))
    bad = task(client, fake, "task-2", TaskScript([("error", None)]))
    slow = task(client, fake, "task-3", TaskScript([("running", 5)] * 4 + [("success", None)]))
    with pytest.raises(InvalidPowerState):
        client.wait_all([ok, bad, slow], timeout=10)
    assert fake.calls().count("WaitForUpdatesEx") == 5  # it waited for the slow one too
    outcomes = client.wait_all([bad, ok], timeout=10, return_exceptions=True)
    assert isinstance(outcomes[0], InvalidPowerState) and outcomes[1] is None


def test_timeout_zero_checks_once_without_blocking_then_raises_task_timeout(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    t = task(client, fake, "task-1", TaskScript([("running", 42)]))
    seen: list[int | None] = []
    with pytest.raises(pyvmomo.TaskTimeout, match="did not finish within 0 s"):
        t.wait(timeout=0, on_progress=lambda info: seen.append(info.progress))
    assert seen == [42]
    assert fake.calls() == [
        "CreatePropertyCollector",
        "CreateFilter",
        "WaitForUpdatesEx",
        "DestroyPropertyCollector",
    ]
    wait = next(r for r in fake.server.requests if r.soap_method == "WaitForUpdatesEx")
    assert b"<maxWaitSeconds>0</maxWaitSeconds>" in wait.body


def test_a_finished_task_is_seen_even_with_timeout_zero(client: pyvmomo.Client, fake: FakeCollector) -> None:
    t = task(client, fake, "task-1", TaskScript([("success", None)], result_xml=VM_RESULT))
    assert t.wait(timeout=0) == client.ref(VirtualMachine, "vm-9")


def test_invalid_collector_version_rebuilds_the_collector_and_its_filter(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    t = task(client, fake, "task-1", running_then("success"))
    fake.fail_waits.append("InvalidCollectorVersion")
    assert t.wait(timeout=10) is None
    assert fake.calls() == [
        "CreatePropertyCollector",
        "CreateFilter",
        "WaitForUpdatesEx",  # InvalidCollectorVersion
        "DestroyPropertyCollector",
        "CreatePropertyCollector",
        "CreateFilter",
        "WaitForUpdatesEx",
        "WaitForUpdatesEx",
        "WaitForUpdatesEx",
        "DestroyPropertyCollector",
    ]
    assert fake.live_collectors == 0


def test_session_expiring_mid_wait_rebuilds_the_collector_after_the_relogin(
    server: FakeVSphere, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    t = task(client, fake, "task-1", running_then("success", result_xml=VM_RESULT))
    seen: list[int | None] = []

    def progress(info: TaskInfo) -> None:
        seen.append(info.progress)
        if len(seen) == 1:
            server.expire_sessions()  # between two WaitForUpdatesEx calls

    assert t.wait(timeout=10, on_progress=progress) == client.ref(VirtualMachine, "vm-9")
    assert fake.calls() == [
        "CreatePropertyCollector",
        "CreateFilter",
        "WaitForUpdatesEx",
        "WaitForUpdatesEx",  # NotAuthenticated: the transport logs in, the collector is of the old session
        "CurrentTime",  # is the session really gone? (it is)
        "Login",
        "CreatePropertyCollector",
        "CreateFilter",
        "WaitForUpdatesEx",  # version "" again: the current info
        "WaitForUpdatesEx",
        "WaitForUpdatesEx",
        "DestroyPropertyCollector",
    ]
    assert seen == [10, 10, 60, None]
    assert client.transport.session.generation == 2


def test_an_unknown_task_fails_the_filter_and_leaves_no_collector(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    with pytest.raises(pyvmomo.ServerFault, match="ManagedObjectNotFound"):
        client.ref(Task, "task-404").wait(timeout=5)
    assert fake.calls() == ["CreatePropertyCollector", "CreateFilter", "DestroyPropertyCollector"]
    assert fake.live_collectors == 0


def test_wait_all_refuses_non_tasks_before_sending_anything(
    client: pyvmomo.Client, fake: FakeCollector
) -> None:
    with pytest.raises(pyvmomo.ArgumentError, match="Task proxies"):
        client.wait_all([client.ref(VirtualMachine, "vm-1")])  # type: ignore[arg-type]  # as a type checker says
    assert client.wait_all([]) == []
    assert fake.calls() == []


# -- progress bars (rich and tqdm are optional: stand-ins prove the adapters) --


class FakeTqdm:
    instances: ClassVar[list[FakeTqdm]] = []

    def __init__(self, total: int, desc: str, unit: str) -> None:
        self.total, self.n, self.closed = total, 0.0, False
        self.shown: list[float] = []
        FakeTqdm.instances.append(self)

    def refresh(self) -> None:
        self.shown.append(self.n)

    def close(self) -> None:
        self.closed = True


class FakeRichProgress:
    instances: ClassVar[list[FakeRichProgress]] = []

    def __init__(self, transient: bool) -> None:
        self.completed: list[float] = []
        self.running = False
        FakeRichProgress.instances.append(self)

    def start(self) -> None:
        self.running = True

    def add_task(self, description: str, total: int) -> int:
        self.total = total
        return 1

    def update(self, task_id: int, completed: float) -> None:
        self.completed.append(completed)

    def stop(self) -> None:
        self.running = False


def module(name: str, **attrs: Any) -> types.ModuleType:
    made = types.ModuleType(name)
    for key, value in attrs.items():
        setattr(made, key, value)
    return made


def test_progress_bar_uses_tqdm_when_rich_is_missing(
    monkeypatch: pytest.MonkeyPatch, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "tqdm", module("tqdm", tqdm=FakeTqdm))
    tasks = [
        task(client, fake, "task-1", running_then("success")),
        task(client, fake, "task-2", running_then("success")),
    ]
    client.wait_all(tasks, timeout=10, progress=True)
    bar = FakeTqdm.instances[-1]
    assert bar.total == 2
    assert bar.shown == [0.2, 1.2, 2.0]  # 10 % + 10 %, 60 % + 60 %, both done
    assert bar.closed


def test_progress_bar_prefers_rich(
    monkeypatch: pytest.MonkeyPatch, client: pyvmomo.Client, fake: FakeCollector
) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", module("rich.progress", Progress=FakeRichProgress))
    monkeypatch.setitem(sys.modules, "tqdm", module("tqdm", tqdm=FakeTqdm))
    task(client, fake, "task-1", running_then("success")).wait(timeout=10, progress=True)
    bar = FakeRichProgress.instances[-1]
    assert bar.total == 1
    assert bar.completed == [0.1, 0.6, 1.0]
    assert not bar.running


def test_without_rich_or_tqdm_progress_is_plain_lines_on_stderr(
    monkeypatch: pytest.MonkeyPatch,
    client: pyvmomo.Client,
    fake: FakeCollector,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    monkeypatch.setitem(sys.modules, "tqdm", None)
    tasks = [
        task(client, fake, "task-1", running_then("success")),
        task(client, fake, "task-2", running_then("success")),
    ]
    assert client.wait_all(tasks, timeout=10, progress=True) == [None, None]
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    # the first update at once, the last when the wait ends; between them at most one per interval
    assert lines[0] == "waiting for 2 tasks: 10 % done"
    assert lines[-1] == "waiting for 2 tasks: 100 % done"
