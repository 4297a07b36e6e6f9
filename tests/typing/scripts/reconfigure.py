"""Reconfigure a VM: specs built by keyword, enums by Literal, lists of subtypes where a base is taken."""

from __future__ import annotations

from typing import assert_type

import pyvmomo
from pyvmomo import EnumValue
from pyvmomo.vim25 import (
    ObjectSpec,
    OptionValue,
    PropertyFilterSpec,
    PropertySpec,
    SelectionSpec,
    TraversalSpec,
    VirtualDevice,
    VirtualDeviceConfigSpec,
    VirtualDeviceConfigSpecOperation,
    VirtualE1000,
    VirtualEthernetCard,
    VirtualMachine,
    VirtualMachineConfigSpec,
)


def traversal(client: pyvmomo.Client) -> PropertyFilterSpec:
    """A list of TraversalSpec where the API takes SelectionSpec: fine, the parameter is a Sequence."""
    hops: list[TraversalSpec] = [TraversalSpec(name="vms", type="ContainerView", path="view", skip=False)]
    spec = ObjectSpec(obj=client.content.rootFolder, skip=True, selectSet=hops)
    assert_type(spec.selectSet, list[SelectionSpec])  # read back as a list, copied from the sequence
    return PropertyFilterSpec(
        objectSet=[spec], propSet=[PropertySpec(type="VirtualMachine", pathSet=["name"])]
    )


def nic_changes() -> list[VirtualDeviceConfigSpec]:
    nics: list[VirtualEthernetCard] = [VirtualE1000(key=-1), VirtualE1000(key=-2)]
    changes = [VirtualDeviceConfigSpec(operation="add", device=nic) for nic in nics]
    changes.append(VirtualDeviceConfigSpec(operation=VirtualDeviceConfigSpecOperation.remove, device=nics[0]))
    # A value newer than the bindings goes through EnumValue, explicitly.
    changes.append(VirtualDeviceConfigSpec(operation=EnumValue("replace", "Op"), device=nics[1]))
    for change in changes:
        assert_type(change.operation, str | None)  # values read back stay str: enums are open
        assert_type(change.device, VirtualDevice)
    return changes


def main(url: str, user: str, password: str) -> str:
    with pyvmomo.connect(url, user=user, password=password) as client:
        assert_type(traversal(client), PropertyFilterSpec)
        vm = next(iter(client.retrieve(VirtualMachine, ["name"]))).obj
        assert_type(vm, VirtualMachine)
        spec = VirtualMachineConfigSpec(
            annotation="typed", extraConfig=[OptionValue(key="guestinfo.typed", value="yes")]
        )
        assert_type(spec.extraConfig, list[OptionValue])
        assert_type(spec.deviceChange, list[VirtualDeviceConfigSpec])
        assert_type(nic_changes(), list[VirtualDeviceConfigSpec])
        task = vm.ReconfigVM_Task(spec=spec)
        assert_type(task.wait(timeout=30), None)
        return "reconfigured"


def mistake() -> VirtualDeviceConfigSpec:
    return VirtualDeviceConfigSpec(operation="ad", device=VirtualE1000(key=-1))  # deliberate error
