"""Session expiry under load: 8 threads x 100 calls sharing one client.

The calls mix CurrentTime (expiry arrives as a NotAuthenticated fault),
RetrievePropertiesEx (expiry arrives in-band, in every missingSet) and
CreateFolder (not safe to repeat). The session dies at fixed points while
they run, killed by TerminateSession from a second client, or, in the second
test, by vcsim's idle timeout during an explicit pause of every thread.

Asserted: zero failures; one Login per death plus the first; every request
that reached vcsim (counted by FaultProxy) is a call plus its one re-send
after re-login; every folder exists exactly once, so no CreateFolder ran twice.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo.vim25 import Folder
from tests.integration.sessions_support import (
    PASSWORD,
    USER,
    child_names,
    read_root_name,
    recording,
    service_instance,
    vm_folder,
)
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimFactory, VcsimOptions, VcsimServer

pytestmark = pytest.mark.integration

THREADS = 8
CALLS = 100
METHODS = ("CurrentTime", "RetrievePropertiesEx", "CreateFolder")
KILL_POINTS = (150, 350, 550)  # completed calls after which the session is terminated


@dataclass
class Run:
    calls: collections.Counter[str] = field(default_factory=collections.Counter)
    failures: list[BaseException] = field(default_factory=list)
    completed: int = 0
    lock: threading.Condition = field(default_factory=threading.Condition)


def hammer(
    client: pyvmomo.Client, folder: Folder, run: Run, tag: str, pause: threading.Barrier | None
) -> None:
    """THREADS x CALLS mixed calls; with ``pause``, every thread meets it half-way."""
    si = service_instance(client)

    def worker(n: int) -> None:
        for i in range(CALLS):
            if pause is not None and i == CALLS // 2:
                pause.wait()
            method = METHODS[(n + i) % len(METHODS)]
            try:
                if method == "CurrentTime":
                    si.CurrentTime()
                elif method == "RetrievePropertiesEx":
                    result = read_root_name(client)
                    assert result is not None and result.objects[0].propSet[0].val == "Datacenters"
                else:
                    folder.CreateFolder(name=f"{tag}-{n}-{i}")
            except Exception as exc:
                with run.lock:
                    run.failures.append(exc)
            with run.lock:
                run.calls[method] += 1
                run.completed += 1
                run.lock.notify_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)


def check(
    client: pyvmomo.Client,
    admin: pyvmomo.Client,
    folder: Folder,
    proxy: FaultProxy,
    run: Run,
    deaths: int,
    log_messages: Callable[[str], list[str]],
    tag: str,
) -> dict[str, int]:
    assert run.failures == []
    assert sum(run.calls.values()) == THREADS * CALLS
    assert client.transport.session.generation == deaths + 1
    assert proxy.delivered["Login"] == deaths
    resent = {m: len(log_messages(f"re-sending {m} ")) for m in METHODS}
    assert sum(resent.values()) >= deaths
    probes = {"CurrentTime": deaths}  # one liveness check before each re-login
    for method in METHODS:  # what reached vcsim: each call once, its single re-send, the probes
        assert proxy.delivered[method] == run.calls[method] + resent[method] + probes.get(method, 0), method
    names = [n for n in child_names(admin, folder) if n.startswith(tag + "-")]
    assert len(names) == run.calls["CreateFolder"] == len(set(names))  # none ran twice
    return {
        "logins": client.transport.session.generation,
        "deaths": deaths,
        **{f"resent {m}": resent[m] for m in METHODS},
    }


def test_killed_sessions_cost_one_login_each_and_no_call_fails_or_runs_twice(vcsim_binary: Path) -> None:
    options = VcsimOptions(username=USER, password=PASSWORD)
    with (
        VcsimServer(options, binary=vcsim_binary) as server,
        FaultProxy(server.url) as proxy,
        pyvmomo.connect(server.url, USER, PASSWORD) as admin,
        pyvmomo.connect(proxy.url, USER, PASSWORD, pool_size=THREADS) as client,
    ):
        folder = vm_folder(client)
        proxy.reset_counts()
        run = Run()
        kills = 0

        def killer() -> None:
            nonlocal kills
            manager = admin.content.sessionManager
            assert manager is not None
            for point in KILL_POINTS:
                with run.lock:
                    # Past the point, and the previous death already noticed and healed.
                    healed = kills + 1

                    def ready(point: int = point, healed: int = healed) -> bool:
                        return run.completed >= point and client.transport.session.generation == healed

                    ok = run.lock.wait_for(ready, 30)
                    assert ok, (run.completed, client.transport.session.generation, kills)
                    key = client.session.key if client.session else ""
                manager.TerminateSession(sessionId=[key])
                kills += 1

        started = time.monotonic()
        with recording() as log:
            assassin = threading.Thread(target=killer)
            assassin.start()
            hammer(client, folder, run, "kill", None)
            assassin.join(30)
        elapsed = time.monotonic() - started
        assert kills == len(KILL_POINTS)
        numbers = check(client, admin, folder, proxy, run, kills, log.messages, "kill")
        print(f"\nkill stress: {THREADS * CALLS} calls, {elapsed:.2f} s, {numbers}, {proxy.delivered}")


def test_an_idle_expiry_during_a_pause_costs_one_login_and_no_call_fails(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(idle_timeout_s=1, username=USER, password=PASSWORD)
    with (
        FaultProxy(server.url) as proxy,
        pyvmomo.connect(server.url, USER, PASSWORD) as admin,
        pyvmomo.connect(proxy.url, USER, PASSWORD, pool_size=THREADS) as client,
    ):
        folder = vm_folder(client)
        proxy.reset_counts()
        run = Run()
        # Every thread idles at the barrier while one sleeps past vcsim's expiry
        # (it polls on a timer of the timeout's period: death within 1 to 2 timeouts).
        pause = threading.Barrier(THREADS, action=lambda: time.sleep(2.5))
        started = time.monotonic()
        with recording() as log:
            hammer(client, folder, run, "idle", pause)
        elapsed = time.monotonic() - started
        numbers = check(client, admin, folder, proxy, run, 1, log.messages, "idle")
        print(f"\nidle stress: {THREADS * CALLS} calls, {elapsed:.2f} s, {numbers}, {proxy.delivered}")
