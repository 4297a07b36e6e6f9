"""End to end against vcsim: connect, read inventory, run tasks, typed faults, logout."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo.vim25 import (
    InvalidPowerState,
    ManagedObjectNotFound,
    NotAuthenticated,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    TraversalSpec,
    VirtualMachine,
)
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimServer

pytestmark = pytest.mark.integration


def all_vm_properties(client: pyvmomo.Client, paths: list[str]) -> dict[VirtualMachine, dict[str, object]]:
    content = client.content
    assert content.viewManager is not None
    view = content.viewManager.CreateContainerView(
        container=content.rootFolder, type=["VirtualMachine"], recursive=True
    )
    try:
        spec = PropertyFilterSpec(
            objectSet=[
                ObjectSpec(
                    obj=view,
                    skip=True,
                    selectSet=[TraversalSpec(name="view", type="ContainerView", path="view", skip=False)],
                )
            ],
            propSet=[PropertySpec(type="VirtualMachine", pathSet=paths)],
        )
        result = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        assert result is not None
        found = {}
        for obj in result.objects:
            assert isinstance(obj.obj, VirtualMachine)
            found[obj.obj] = {p.name: p.val for p in obj.propSet}
        return found
    finally:
        view.DestroyView()


def test_connect_negotiates_the_servers_version_and_reads_about(client: pyvmomo.Client) -> None:
    assert client.api_version == "6.5"
    about = client.content.about
    assert about.apiType == "VirtualCenter"
    assert about.apiVersion == "6.5"
    assert client.session_cookie


def test_retrieve_properties_ex_returns_every_vm_with_typed_values(client: pyvmomo.Client) -> None:
    vms = all_vm_properties(client, ["name", "runtime.powerState", "config.hardware.numCPU"])
    assert len(vms) == 4  # vcsim's default VPX inventory
    for props in vms.values():
        assert isinstance(props["name"], str)
        assert props["runtime.powerState"] in ("poweredOn", "poweredOff", "suspended")
        assert isinstance(props["config.hardware.numCPU"], int)


def test_power_off_and_on_wait_for_the_task_and_a_failing_task_raises_its_fault(
    client: pyvmomo.Client,
) -> None:
    vm = next(iter(all_vm_properties(client, ["name"])))
    assert vm.PowerOffVM_Task().wait(timeout=30) is None
    with pytest.raises(InvalidPowerState) as info:
        vm.PowerOffVM_Task().wait(timeout=30)
    assert info.value.existingState == "poweredOff"
    assert vm.PowerOnVM_Task().wait(timeout=30) is None
    assert all_vm_properties(client, ["runtime.powerState"])[vm]["runtime.powerState"] == "poweredOn"


def test_a_bogus_reference_raises_managed_object_not_found_naming_method_and_object(
    client: pyvmomo.Client,
) -> None:
    bogus = client.ref(VirtualMachine, "vm-does-not-exist")
    with pytest.raises(ManagedObjectNotFound) as info:
        bogus.PowerOffVM_Task()
    fault = info.value
    assert fault.remote_method == "PowerOffVM_Task"
    assert fault.remote_object == "VirtualMachine:vm-does-not-exist"
    assert isinstance(fault, pyvmomo.ServerFault)
    assert "ManagedObjectNotFound in PowerOffVM_Task on VirtualMachine:vm-does-not-exist" in str(fault)


def test_a_fault_traceback_shows_at_most_three_pyvmomo_frames(client: pyvmomo.Client) -> None:
    bogus = client.ref(VirtualMachine, "vm-does-not-exist")
    try:
        bogus.PowerOffVM_Task()  # the caller's line
    except ManagedObjectNotFound as exc:
        frames = traceback.extract_tb(exc.__traceback__)
    else:
        pytest.fail("no fault")
    assert frames[0].name == test_a_fault_traceback_shows_at_most_three_pyvmomo_frames.__name__
    package = Path(pyvmomo.__file__).resolve().parent
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(package)]
    assert 1 <= len(ours) <= 3
    assert [f.name for f in ours] == ["PowerOffVM_Task", "invoke"]


def test_soapaction_carries_the_negotiated_version_on_the_wire(vcsim: VcsimServer) -> None:
    with FaultProxy(vcsim.url) as proxy, pyvmomo.connect(proxy.url, user="u", password="p") as client:
        assert client.api_version == "6.5"
    actions = dict(proxy.soap_actions)
    assert actions["RetrieveServiceContent"] == '"urn:vim25/6.5"'
    assert actions["Login"] == '"urn:vim25/6.5"'
    assert actions["Logout"] == '"urn:vim25/6.5"'


def test_leaving_the_with_block_logs_out(vcsim: VcsimServer) -> None:
    with pyvmomo.connect(vcsim.url, user="u", password="p") as client:
        si = client.ref_by_name("ServiceInstance", "ServiceInstance")
        assert client.call(si, "CurrentTime") is not None
    client.transport.session.stop_relogin()
    with pytest.raises(NotAuthenticated):
        client.call(si, "CurrentTime")


def test_generic_call_reaches_the_same_transport_and_checks_parameter_names(client: pyvmomo.Client) -> None:
    si = client.ref_by_name("ServiceInstance", "ServiceInstance")
    now = client.call(si, "CurrentTime")
    assert isinstance(now, datetime) and now.year >= 2024
    with pytest.raises(pyvmomo.ArgumentError, match="no parameter bogus"):
        client.call(si, "CurrentTime", bogus=1)
