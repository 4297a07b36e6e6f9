"""Start tasks and wait for them: Task[T].wait() returns T, wait_all over one result type a list[T]."""

from __future__ import annotations

from typing import assert_type

import pyvmomo
from pyvmomo.vim25 import (
    Folder,
    Task,
    TaskInfo,
    VirtualMachine,
    VirtualMachineCloneSpec,
    VirtualMachineRelocateSpec,
    VirtualMachineSnapshot,
)


def clone_two(client: pyvmomo.Client, vm: VirtualMachine, folder: Folder) -> list[str]:
    spec = VirtualMachineCloneSpec(location=VirtualMachineRelocateSpec(), powerOn=False, template=False)
    tasks = [vm.CloneVM_Task(folder=folder, name=f"typed-clone-{i}", spec=spec) for i in range(2)]
    assert_type(tasks, list[Task[VirtualMachine]])
    clones = client.wait_all(tasks, timeout=60)
    assert_type(clones, list[VirtualMachine])
    names = [row.name for row in client.retrieve(VirtualMachine, ["name"]) if row.obj in clones]
    for clone in clones:
        clone.Destroy_Task().wait(timeout=60)
    return names


def snapshot(vm: VirtualMachine) -> VirtualMachineSnapshot:
    task = vm.CreateSnapshot_Task(name="typed", memory=False, quiesce=False)
    assert_type(task, Task[VirtualMachineSnapshot])
    info = task.fetch_info()
    assert_type(info, TaskInfo)
    assert_type(info.state, str)
    snap = task.wait(timeout=60)
    assert_type(snap, VirtualMachineSnapshot)
    return snap


def main(url: str, user: str, password: str) -> bool:
    with pyvmomo.connect(url, user=user, password=password) as client:
        row = next(iter(client.retrieve(VirtualMachine, ["parent"])))
        folder = row.parent
        assert isinstance(folder, Folder)
        assert_type(row.obj.PowerOffVM_Task().wait(timeout=60), None)
        results = client.wait_all([row.obj.PowerOnVM_Task()], timeout=60, return_exceptions=True)
        assert_type(results, list[pyvmomo.PyvmomoError | None])
        snap = snapshot(row.obj)
        snap.RemoveSnapshot_Task(removeChildren=False).wait(timeout=60)
        names = clone_two(client, row.obj, folder)
        return len(names) == 2


def mistake(vm: VirtualMachine, folder: Folder, spec: VirtualMachineCloneSpec) -> VirtualMachineSnapshot:
    return vm.CloneVM_Task(folder=folder, name="copy", spec=spec).wait()  # deliberate error
