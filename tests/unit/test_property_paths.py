"""Property paths are checked against the catalogue locally; result objects read as declared."""

from __future__ import annotations

import pytest

from pyvmomo import ArgumentError
from pyvmomo._properties import typed_value
from pyvmomo._registry import Registry
from pyvmomo._transport import Transport
from pyvmomo._xsd import Int, Long
from pyvmomo.property import ObjectProperties, managed_properties, resolve_path
from pyvmomo.vim25 import (
    Datastore,
    HostSystem,
    InvalidProperty,
    ManagedEntity,
    Task,
    VirtualMachine,
)


@pytest.fixture
def transport() -> Transport:
    return Transport("https://vc.example.com/sdk", registry=Registry())


def test_paths_resolve_through_managed_properties_and_data_types(transport: Transport) -> None:
    assert resolve_path(transport, VirtualMachine, "name").type == "string"  # from ManagedEntity
    assert resolve_path(transport, VirtualMachine, "config.hardware.numCPU").type == "int"
    assert resolve_path(transport, VirtualMachine, "runtime.powerState").type == "VirtualMachinePowerState"
    field = resolve_path(transport, VirtualMachine, "datastore")
    assert (field.type, field.array, field.target) == ("ManagedObjectReference", True, "Datastore")
    assert resolve_path(transport, Task, "info.error.fault").type == "MethodFault"
    assert resolve_path(transport, HostSystem, "summary.hardware.cpuMhz").type == "int"


def test_managed_properties_include_every_base_class() -> None:
    props = managed_properties(VirtualMachine)
    assert {"name", "parent", "config", "runtime", "availableField"} <= set(props)
    assert "config" not in managed_properties(ManagedEntity)


@pytest.mark.parametrize(
    ("cls", "path", "message"),
    [
        (
            VirtualMachine,
            "nmae",
            "VirtualMachine has no property 'nmae' (in path 'nmae'); did you mean 'name'?",
        ),
        (VirtualMachine, "config.hardwre.numCPU", "VirtualMachineConfigInfo has no member 'hardwre'"),
        (VirtualMachine, "config.hardware.numCPUs", "VirtualHardware has no member 'numCPUs'"),
        (VirtualMachine, "parent.name", "VirtualMachine.parent is a ManagedObjectReference"),
        (VirtualMachine, "name.length", "VirtualMachine.name is a string"),
        (VirtualMachine, "runtime.powerState.x", "is a VirtualMachinePowerState"),
        (
            VirtualMachine,
            "config.extraConfig.key",
            "goes through VirtualMachineConfigInfo.extraConfig, an array",
        ),
        (Datastore, "config", "Datastore has no property 'config'"),
        (VirtualMachine, "", "is not a property path"),
        (VirtualMachine, " name", "is not a property path"),
    ],
)
def test_a_bad_path_names_the_type_and_the_segment(
    transport: Transport, cls: type[VirtualMachine], path: str, message: str
) -> None:
    with pytest.raises(ArgumentError) as info:
        resolve_path(transport, cls, path)
    assert message in str(info.value)


def test_a_path_newer_than_the_negotiated_version_is_refused(transport: Transport) -> None:
    assert resolve_path(transport, VirtualMachine, "config.createDate").since == "6.7"
    transport.use_version("6.5")
    with pytest.raises(ArgumentError, match=r"createDate.*exists since API 6\.7.*speaks 6\.5"):
        resolve_path(transport, VirtualMachine, "config.createDate")


def test_values_are_typed_as_declared() -> None:
    number = resolve_path(
        Transport("https://vc/sdk", registry=Registry()), VirtualMachine, "config.hardware.numCPU"
    )
    assert type(typed_value(Int(4), number)) is int
    assert typed_value(None, number) is None
    refs = managed_properties(VirtualMachine)["datastore"]
    assert typed_value(None, refs) == []
    assert type(typed_value([Long(1)], refs)[0]) is int
    any_slot = Registry().field_map(Registry().data_class("OptionValue"))["value"]  # type: ignore[arg-type]
    assert type(typed_value(Long(5), any_slot)) is Long  # an anyType slot keeps its wire type


def test_object_properties_raise_the_fault_of_a_refused_path(transport: Transport) -> None:
    vm = VirtualMachine(transport, "vm-1")
    fault = InvalidProperty(name="bogus")
    props = ObjectProperties(vm, {"name": "a"}, {"bogus": fault})
    assert props["name"] == "a"
    assert props.get("bogus", "default") == "default"
    with pytest.raises(InvalidProperty):
        props["bogus"]
    with pytest.raises(KeyError, match="'other' was not requested"):
        props["other"]
    assert "errors=" in repr(props)
