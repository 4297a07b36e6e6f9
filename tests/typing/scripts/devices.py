"""Read a VM's devices: a dotted path to a list of a polymorphic type, narrowed with isinstance."""

from __future__ import annotations

from typing import assert_type

import pyvmomo
from pyvmomo.vim25 import (
    Description,
    VirtualDevice,
    VirtualDeviceBackingInfo,
    VirtualDeviceFileBackingInfo,
    VirtualDisk,
    VirtualEthernetCard,
    VirtualHardware,
    VirtualMachine,
)


def disks(vm: VirtualMachine) -> dict[str, int]:
    """pyvmomi: ``[d for d in vm.config.hardware.device if isinstance(d, vim.vm.device.VirtualDisk)]``."""
    props = vm.fetch("config.hardware")
    config = props.config
    if config is None:  # a VM being created has no config yet
        return {}
    assert_type(config.hardware, VirtualHardware)
    assert_type(config.hardware.device, list[VirtualDevice])
    sizes: dict[str, int] = {}
    for device in config.hardware.device:
        assert_type(device.key, int)
        assert_type(device.deviceInfo, Description | None)
        if isinstance(device, VirtualDisk):
            assert_type(device.capacityInKB, int)
            label = device.deviceInfo.label if device.deviceInfo else str(device.key)
            sizes[label] = device.capacityInKB
    return sizes


def files(vm: VirtualMachine) -> list[str]:
    devices = vm.fetch("config.hardware.device").config
    names: list[str] = []
    for device in devices.hardware.device if devices else []:
        backing = device.backing
        assert_type(backing, VirtualDeviceBackingInfo | None)
        if isinstance(backing, VirtualDeviceFileBackingInfo):
            assert_type(backing.fileName, str)
            names.append(backing.fileName)
    return names


def nics(vm: VirtualMachine) -> list[int]:
    config = vm.fetch("config.hardware.device").config
    cards = [d for d in config.hardware.device if isinstance(d, VirtualEthernetCard)] if config else []
    assert_type(cards, list[VirtualEthernetCard])
    return [card.key for card in cards]


def main(url: str, user: str, password: str) -> bool:
    with pyvmomo.connect(url, user=user, password=password) as client:
        vm = next(iter(client.retrieve(VirtualMachine))).obj
        sizes = disks(vm)
        total_gb: int = sum(sizes.values()) / 2**20  # deliberate error
        return bool(sizes) and bool(files(vm)) and bool(nics(vm)) and total_gb > 0
