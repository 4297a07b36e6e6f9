"""The outcome table: 6 transport faults x 4 operations, against vcsim through FaultProxy.

Each cell injects one fault into the first try of one call and asserts what
the caller sees and how many copies of the request reached vcsim
(``FaultProxy.delivered``). The expected table is ``EXPECTED`` below; the
"Sessions, retries and TLS" guide prints the same table, and a test here
keeps the two equal.

"refuse" is a genuine TCP refusal: the proxy closes its listening socket (and
its idle keep-alive connections), the client's connect gets ECONNREFUSED,
and the client's retry pause is where the server comes back (the retry
policy's injected ``sleep`` reopens the listener), so no cell waits on a
timer except the read timeout of "delay" and "outage": the proxy refuses
connections for ``OUTAGE_S`` and the client uses the default policy with its
real waits, which must outlast it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import pyvmomo
from pyvmomo.vim25 import Task, VirtualMachine
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
from tests.vcsim import VcsimOptions, VcsimServer

pytestmark = pytest.mark.integration

FAULTS = ("refuse", "outage", "reset_before_response", "reset_mid_response", "delay", "http_503", "truncate")
METHODS = ("CurrentTime", "RetrievePropertiesEx", "CreateFolder", "PowerOnVM_Task")
SAFE = frozenset({"CurrentTime", "RetrievePropertiesEx"})  # listed in wsdl/safe_ops.json
READ_TIMEOUT_S = 1.5  # per call in the "delay" cells; that fault stalls the reply twice as long
OUTAGE_S = 1.0  # a load balancer refusing while its backend restarts
CALM_TIMEOUT_S = 30.0  # every other cell: never the reason a call fails on a loaded machine
DOC = Path(__file__).resolve().parents[2] / "docs" / "guide" / "sessions.md"


def expected(fault: str, method: str) -> tuple[str, int]:
    """(outcome, requests that reached vcsim) for one cell: the policy, stated once."""
    if fault in ("refuse", "outage"):  # nothing reached the server: re-sent whatever it is
        return "success", 1
    if fault == "http_503":  # a proxy may answer 503 after forwarding: only safe calls are re-sent
        return ("success", 1) if method in SAFE else ("OutcomeUnknown", 0)
    if method in SAFE:  # may have been seen, but safe to repeat
        return "success", 2
    return "OutcomeUnknown", 1


EXPECTED = {(f, m): expected(f, m) for f in FAULTS for m in METHODS}


@dataclass
class Lab:
    server: VcsimServer
    proxy: FaultProxy
    admin: pyvmomo.Client  # direct, not through the proxy
    spare_vms: Iterator[VirtualMachine]  # powered off at start, one per PowerOnVM_Task cell
    names: Iterator[int]


@pytest.fixture(scope="module")
def lab(vcsim_binary: Path) -> Iterator[Lab]:
    # vms=4 per resource pool: 8 VMs, 6 of them powered off for the PowerOnVM_Task cells.
    with (
        VcsimServer(VcsimOptions(vms=4, username=USER, password=PASSWORD), binary=vcsim_binary) as server,
        FaultProxy(server.url) as proxy,
        pyvmomo.connect(server.url, USER, PASSWORD) as admin,
    ):
        vms = [admin.ref(VirtualMachine, f"vm-{n}") for n in _vm_numbers(admin)][: len(FAULTS)]
        for vm in vms:
            vm.PowerOffVM_Task().wait(timeout=30)
        yield Lab(server, proxy, admin, iter(vms), itertools.count())


def _vm_numbers(admin: pyvmomo.Client) -> list[int]:
    content = admin.content
    assert content.viewManager is not None
    view = content.viewManager.CreateContainerView(
        container=content.rootFolder, type=["VirtualMachine"], recursive=True
    )
    try:
        from pyvmomo.vim25 import ObjectSpec, PropertyFilterSpec, PropertySpec, RetrieveOptions, TraversalSpec

        spec = PropertyFilterSpec(
            objectSet=[
                ObjectSpec(
                    obj=view,
                    skip=True,
                    selectSet=[TraversalSpec(name="v", type="ContainerView", path="view", skip=False)],
                )
            ],
            propSet=[PropertySpec(type="VirtualMachine", pathSet=["name"])],
        )
        result = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        assert result is not None
        return sorted(int(obj.obj.value.removeprefix("vm-")) for obj in result.objects)
    finally:
        view.DestroyView()


def arm(proxy: FaultProxy, fault: str, method: str) -> None:
    """Make the next ``method`` request meet ``fault``."""
    if fault == "refuse":
        proxy.stop_listening()  # ECONNREFUSED; idle pooled connections closed
    elif fault == "outage":
        proxy.refuse_for(OUTAGE_S)
    elif fault == "delay":
        proxy.inject(method, "delay", delay_s=2 * READ_TIMEOUT_S)
    else:
        proxy.inject(method, fault)  # type: ignore[arg-type]


@pytest.mark.parametrize(("fault", "method"), list(EXPECTED))
def test_each_fault_gives_the_documented_outcome_and_delivery_count(
    lab: Lab, fault: str, method: str
) -> None:
    proxy = lab.proxy
    proxy.start_listening()
    proxy.clear_faults()
    # The policy's sleep is where "the server comes back" after a refusal; no real waiting,
    # except in an outage, which the default policy must ride out on its own.
    retry = (
        pyvmomo.RetryPolicy()
        if fault == "outage"
        else pyvmomo.RetryPolicy(attempts=3, backoff=0.0, sleep=lambda _: proxy.start_listening())
    )
    with pyvmomo.connect(proxy.url, USER, PASSWORD, retry=retry) as client:
        folder = vm_folder(client)
        vm = next(lab.spare_vms) if method == "PowerOnVM_Task" else None
        name = f"table-{fault}-{next(lab.names)}"
        timeout = READ_TIMEOUT_S if fault == "delay" else CALM_TIMEOUT_S
        call: Callable[[], Any] = {
            "CurrentTime": lambda: service_instance(client).CurrentTime(_timeout=timeout),
            "RetrievePropertiesEx": lambda: read_root_name(client, timeout),
            "CreateFolder": lambda: folder.CreateFolder(name=name, _timeout=timeout),
            "PowerOnVM_Task": lambda: client.ref(VirtualMachine, vm.value if vm else "").PowerOnVM_Task(
                _timeout=timeout
            ),
        }[method]
        proxy.reset_counts()
        arm(proxy, fault, method)
        with recording() as log:
            try:
                value: Any = call()
                outcome = "success"
            except pyvmomo.OutcomeUnknown as exc:
                value, outcome = exc, "OutcomeUnknown"
        want_outcome, want_deliveries = EXPECTED[(fault, method)]
        assert (outcome, proxy.delivered[method]) == (want_outcome, want_deliveries), log.messages()
        retries = log.messages("retrying")
        if fault == "outage":  # refused until the proxy listens again
            assert retries and all("cannot connect" in r for r in retries)
        else:
            assert len(retries) == (1 if outcome == "success" else 0)
        if fault == "refuse":
            assert "cannot connect" in retries[0]  # the client knew nothing was sent
        if method == "CreateFolder":  # ran once if it reached the server, whatever the caller saw
            assert child_names(lab.admin, folder).count(name) == min(want_deliveries, 1)
        if isinstance(value, pyvmomo.OutcomeUnknown):
            check_outcome_unknown(value, method, vm, log.messages("outcome unknown"), want_deliveries)
        elif method == "PowerOnVM_Task":
            assert isinstance(value, Task)


def check_outcome_unknown(
    exc: pyvmomo.OutcomeUnknown, method: str, vm: VirtualMachine | None, give_ups: list[str], delivered: int
) -> None:
    assert exc.remote_method == method
    assert re.fullmatch(r"[0-9a-f]{8}-\d+", exc.operation_id)
    assert give_ups and exc.operation_id in give_ups[0]  # logged with its operationID
    assert isinstance(exc.__cause__, pyvmomo.TransportError)
    if vm is None:
        return
    assert (exc.target.type, exc.target.value) == ("VirtualMachine", vm.value)
    tasks = exc.recent_tasks()  # the helper finds the power-on the server did run, if it did
    assert [t.entity for t in tasks] == [exc.target] * delivered
    if tasks:
        assert tasks[0].queueTime >= exc.sent_at.replace(microsecond=0)


def test_the_guide_prints_this_table() -> None:
    text = DOC.read_text()
    rows = {}
    for line in text.splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if len(cells) == 1 + len(METHODS) and cells[0] in FAULTS:
            rows[cells[0]] = cells[1:]
    assert set(rows) == set(FAULTS)
    for fault, cells in rows.items():
        for method, cell in zip(METHODS, cells, strict=True):
            outcome, deliveries = EXPECTED[(fault, method)]
            assert cell == f"{outcome}, {deliveries}", (fault, method, cell)
