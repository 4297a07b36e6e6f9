"""Handle faults: typed exceptions with typed members, refused properties raising theirs when read."""

from __future__ import annotations

from typing import assert_type

import pyvmomo
from pyvmomo.vim25 import (
    InvalidPowerState,
    InvalidProperty,
    ManagedObjectNotFound,
    MethodFault,
    NoPermission,
    VirtualMachine,
)


def power_off_twice(vm: VirtualMachine) -> str:
    vm.PowerOffVM_Task().wait(timeout=30)
    try:
        vm.PowerOffVM_Task().wait(timeout=30)
    except InvalidPowerState as fault:
        assert_type(fault.existingState, str)
        assert_type(fault.requestedState, str | None)
        return fault.existingState
    finally:
        vm.PowerOnVM_Task().wait(timeout=30)
    return ""


def missing(client: pyvmomo.Client) -> str:
    try:
        client.ref(VirtualMachine, "vm-does-not-exist").fetch("name")
    except ManagedObjectNotFound as fault:
        assert_type(fault.obj, pyvmomo.ManagedObject)
        assert_type(fault.remote_method, str)
        return fault.remote_method
    return ""


def refused(client: pyvmomo.Client) -> str:
    for row in client.retrieve(VirtualMachine, ["name", "bogus"], check_paths=False):
        try:
            return row.name + str(row["bogus"])
        except InvalidProperty as fault:
            assert_type(fault.name, str)
            return fault.name
        except (NoPermission, MethodFault) as fault:
            return type(fault).__name__
    return ""


def main(url: str, user: str, password: str) -> bool:
    with pyvmomo.connect(url, user=user, password=password) as client:
        vm = next(iter(client.retrieve(VirtualMachine))).obj
        state = power_off_twice(vm)
        return state == "poweredOff" and missing(client) != "" and refused(client) == "bogus"


def mistake(fault: ManagedObjectNotFound) -> None:
    fault.obj.PowerOnVM_Task()  # deliberate error: obj is any managed object; narrow it with isinstance
