"""Walk the inventory: typed property reads through retrieve(), fetch() and watch()."""

from __future__ import annotations

from typing import Any, assert_type

import pyvmomo
from pyvmomo.vim25 import (
    Datacenter,
    Folder,
    HostSystem,
    HostSystemProperties,
    ManagedEntity,
    VirtualMachine,
    VirtualMachineProperties,
    VirtualMachineRuntimeInfo,
    VirtualMachineSnapshotInfo,
)


def power_states(client: pyvmomo.Client) -> dict[str, str]:
    """pyvmomi: ``{vm.name: vm.runtime.powerState for vm in view.view}`` (two round trips per VM)."""
    states: dict[str, str] = {}
    for row in client.retrieve(VirtualMachine, ["name", "runtime.powerState"]):
        assert_type(row, VirtualMachineProperties)
        assert_type(row.obj, VirtualMachine)
        assert_type(row.name, str)
        assert_type(row.runtime, VirtualMachineRuntimeInfo)
        assert_type(row.runtime.powerState, str)
        assert_type(row["name"], Any)  # the loose spelling stays available
        states[row.name] = row.runtime.powerState
    return states


def tree(client: pyvmomo.Client) -> list[str]:
    lines: list[str] = []
    for dc in client.retrieve(Datacenter, ["name", "vmFolder", "hostFolder"]):
        assert_type(dc.vmFolder, Folder)
        assert_type(dc.hostFolder, Folder)
        lines.append(dc.name)
        children = dc.vmFolder.fetch("childEntity").childEntity
        assert_type(children, list[ManagedEntity])
        lines += [f"  {child!r}" for child in children]
    return lines


def hosts(client: pyvmomo.Client) -> dict[str, int]:
    found: dict[str, int] = {}
    for host in client.retrieve(HostSystem, ["name", "summary.hardware.numCpuCores", "vm"]):
        assert_type(host, HostSystemProperties)
        assert_type(host.vm, list[VirtualMachine])
        hardware = host.summary.hardware
        if hardware is not None:
            assert_type(hardware.numCpuCores, int)
            found[host.name] = hardware.numCpuCores
    return found


def watch_power(client: pyvmomo.Client, vm: VirtualMachine) -> str:
    with client.watch([vm], ["runtime.powerState"], timeout=5) as changes:
        for change in changes:
            assert_type(change.properties, VirtualMachineProperties)
            assert_type(change.properties.runtime.powerState, str)
            return change.properties.runtime.powerState
    return ""


def main(url: str, user: str, password: str) -> bool:
    with pyvmomo.connect(url, user=user, password=password) as client:
        states = power_states(client)
        vm = next(iter(client.retrieve(VirtualMachine))).obj
        props = vm.fetch("name", "config.hardware.numCPU", "snapshot")
        assert_type(props.snapshot, VirtualMachineSnapshotInfo | None)
        if props.config is not None:
            cpus: str = props.config.hardware.numCPU  # deliberate error
            print(props.name, cpus)
        return bool(states) and bool(tree(client)) and bool(hosts(client)) and bool(watch_power(client, vm))
