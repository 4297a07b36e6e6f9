"""retrieve(), fetch() and the view/collector context managers against vcsim."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import pyvmomo
from pyvmomo.property import container_view, list_view, property_collector, property_filter
from pyvmomo.vim25 import (
    Datacenter,
    Datastore,
    Folder,
    HostSystem,
    InvalidProperty,
    ManagedEntity,
    ManagedObjectNotFound,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    VirtualMachine,
    VirtualMachineProperties,
    VirtualMachineRuntimeInfo,
)
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimServer

pytestmark = pytest.mark.integration


def kill_session(killer: pyvmomo.Client, victim: pyvmomo.Client) -> None:
    """End ``victim``'s session from another client (vcsim: the cookie is the session key)."""
    assert killer.content.sessionManager is not None and victim.session_cookie
    killer.content.sessionManager.TerminateSession(sessionId=[victim.session_cookie])


@pytest.fixture
def proxy(vcsim: VcsimServer) -> Iterator[FaultProxy]:
    with FaultProxy(vcsim.url) as p:
        yield p


@pytest.fixture
def counted(proxy: FaultProxy) -> Iterator[pyvmomo.Client]:
    """A client whose calls are counted by ``proxy.delivered``."""
    with pyvmomo.connect(proxy.url, user="u", password="p") as c:
        proxy.reset_counts()
        yield c


def test_retrieve_reads_every_vm_with_the_catalogues_types(client: pyvmomo.Client) -> None:
    paths = ["name", "runtime.powerState", "config.hardware.numCPU", "datastore", "snapshot"]
    results = list(client.retrieve(VirtualMachine, paths))
    assert len(results) == 4  # vcsim's default VPX inventory
    for item in results:
        assert isinstance(item.obj, VirtualMachine)
        assert set(item.values) == set(paths) and item.errors == {}
        assert item["name"].startswith("DC0_")
        assert item["runtime.powerState"] in ("poweredOn", "poweredOff")
        assert type(item["config.hardware.numCPU"]) is int
        assert type(item["datastore"]) is list and all(isinstance(d, Datastore) for d in item["datastore"])
        assert item["snapshot"] is None  # unset, as declared (not an error, not missing)


def test_retrieve_under_a_root_and_for_a_base_type(client: pyvmomo.Client) -> None:
    datacenter = next(iter(client.retrieve(Datacenter, ["vmFolder"])))
    vm_folder = datacenter["vmFolder"]
    assert isinstance(vm_folder, Folder)
    under = {r.obj for r in client.retrieve(VirtualMachine, root=vm_folder)}
    assert len(under) == 4
    entities = {type(r.obj) for r in client.retrieve(ManagedEntity, ["name"])}
    assert {Datacenter, Folder, VirtualMachine} <= entities


def test_retrieve_sends_one_view_one_retrieve_and_destroys_the_view(
    counted: pyvmomo.Client, proxy: FaultProxy
) -> None:
    assert len(list(counted.retrieve(VirtualMachine, ["name"], page_size=2))) == 4
    assert proxy.delivered == {"CreateContainerView": 1, "RetrievePropertiesEx": 1, "DestroyView": 1}


def test_fetch_reads_several_properties_of_one_object_in_one_call(
    counted: pyvmomo.Client, proxy: FaultProxy
) -> None:
    vm = counted.ref(VirtualMachine, "vm-57")
    props = vm.fetch("name", "config.hardware", "summary.config.memorySizeMB")
    assert props.obj == vm
    assert props["name"] == "DC0_H0_VM0"
    assert props["config.hardware"].numCPU >= 1
    assert type(props["summary.config.memorySizeMB"]) is int
    assert proxy.delivered == {"RetrievePropertiesEx": 1}


def test_a_misspelt_path_is_a_local_error_and_nothing_is_sent(
    counted: pyvmomo.Client, proxy: FaultProxy
) -> None:
    with pytest.raises(pyvmomo.ArgumentError, match="VirtualHardware has no member 'numCPUs'"):
        counted.retrieve(VirtualMachine, ["config.hardware.numCPUs"])
    with pytest.raises(pyvmomo.ArgumentError, match="did you mean 'name'"):
        counted.ref(VirtualMachine, "vm-57").fetch("nmae")
    assert sum(proxy.delivered.values()) == 0


def test_a_path_the_server_refuses_comes_back_per_object_not_swallowed(client: pyvmomo.Client) -> None:
    results = list(client.retrieve(VirtualMachine, ["name", "bogus.path"], check_paths=False))
    assert len(results) == 4
    for item in results:
        assert isinstance(item["name"], str)
        assert isinstance(item.errors["bogus.path"], InvalidProperty)
        with pytest.raises(InvalidProperty) as info:
            item["bogus.path"]
        assert info.value.name == "bogus.path"
        assert info.value.remote_object == repr(item.obj)


def test_fetch_of_a_missing_object_raises_managed_object_not_found(client: pyvmomo.Client) -> None:
    with pytest.raises(ManagedObjectNotFound):
        client.ref(VirtualMachine, "vm-404").fetch("name")


def test_context_managers_destroy_what_they_create(client: pyvmomo.Client) -> None:
    vms = [r.obj for r in client.retrieve(VirtualMachine)]
    with container_view(client, VirtualMachine) as view:
        assert {r.obj for r in client.retrieve(VirtualMachine, root=view)} == set(vms)
    with pytest.raises(ManagedObjectNotFound):
        view.DestroyView()
    with list_view(client, vms[:2]) as listed:
        assert {r.obj for r in client.retrieve(VirtualMachine, ["name"], root=listed)} == set(vms[:2])
    with pytest.raises(ManagedObjectNotFound):
        listed.DestroyView()
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=vms[0])], propSet=[PropertySpec(type="VirtualMachine", pathSet=["name"])]
    )
    with property_collector(client) as collector:
        with property_filter(collector, spec) as created:
            assert created.type == "PropertyFilter"
        with pytest.raises(ManagedObjectNotFound):
            created.DestroyPropertyFilter()
    with pytest.raises(ManagedObjectNotFound):
        collector.DestroyPropertyCollector()


def test_retrieve_survives_a_session_killed_between_yields(vcsim: VcsimServer) -> None:
    with (
        pyvmomo.connect(vcsim.url, user="u", password="p") as client,
        pyvmomo.connect(vcsim.url, user="k", password="p") as killer,
    ):
        seen = []
        for item in client.retrieve(VirtualMachine, ["name"]):
            seen.append(item.obj)
            if len(seen) == 2:
                kill_session(killer, client)
        assert len(seen) == len(set(seen)) == 4
        # DestroyView met the dead session: one re-login, then the view was known lost and left alone.
        assert client.transport.session.generation == 2
        assert len(list(client.retrieve(VirtualMachine, ["name"]))) == 4


def test_a_callers_view_lost_with_its_session_raises_a_clear_error(vcsim: VcsimServer) -> None:
    with (
        pyvmomo.connect(vcsim.url, user="u", password="p") as client,
        pyvmomo.connect(vcsim.url, user="k", password="p") as killer,
        container_view(client, VirtualMachine) as view,
    ):
        kill_session(killer, client)
        with pytest.raises(pyvmomo.SessionObjectsLost, match="passed as root belonged to an ended session"):
            list(client.retrieve(VirtualMachine, ["name"], root=view))
        # retrieve() with its own view rebuilds after the same kind of loss
        assert len(list(client.retrieve(VirtualMachine, ["name"]))) == 4


def test_fetch_gives_typed_attributes_a_dotted_path_fills_a_partial_object(client: pyvmomo.Client) -> None:
    vm = client.ref(VirtualMachine, "vm-57")
    props = vm.fetch("name", "runtime.powerState", "config.hardware", "snapshot", "datastore")
    assert isinstance(props, VirtualMachineProperties) and props.obj == vm
    assert props.name == props["name"] == "DC0_H0_VM0"  # row["path"] keeps working
    assert props.runtime.powerState == "poweredOn"
    assert isinstance(props.runtime, VirtualMachineRuntimeInfo)
    with pytest.raises(AttributeError, match="host"):
        props.runtime.host  # noqa: B018  # partial: only powerState was requested, though the WSDL requires more
    assert props.config is not None and props.config.hardware.numCPU >= 1
    assert props.snapshot is None  # unset on the server
    assert all(isinstance(d, Datastore) for d in props.datastore)
    with pytest.raises(AttributeError) as info:
        props.summary  # noqa: B018  # not requested
    assert str(info.value).startswith(
        "VirtualMachineProperties.summary was not requested for VirtualMachine:vm-57"
    )
    assert info.value.name == "summary"


def test_retrieve_yields_the_classes_typed_properties_and_both_paths_to_one_member_merge(
    client: pyvmomo.Client,
) -> None:
    rows = list(client.retrieve(VirtualMachine, ["runtime.powerState", "runtime", "name"]))
    assert len(rows) == 4
    for row in rows:
        assert isinstance(row, VirtualMachineProperties) and isinstance(row.obj, VirtualMachine)
        assert row.runtime == row["runtime"]  # the whole object wins over the partial one
        assert row.runtime.powerState == row["runtime.powerState"]
    hosts = list(client.retrieve(HostSystem, ["summary.config.name", "name"]))
    assert {h.summary.config.name for h in hosts} == {h.name for h in hosts}
