"""A realistic user script, written as a user would, that must pass ``mypy --strict`` unaided.

It touches every kind of public surface with no ``Any``, ``cast`` or
``type: ignore``: connect, typed proxies and their CamelCase methods, data
objects built by keyword and read back, a typed fault caught by class, a task
waited on with its typed result, the generic ``client.call``, and saving a
spec with ``pyvmomo.serialize``. ``tests/typing/test_typing.py`` type-checks it
and runs it against vcsim, so it is kept honest both ways.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pyvmomo
from pyvmomo import serialize
from pyvmomo.vim25 import (
    InvalidPowerState,
    ManagedObjectNotFound,
    ObjectSpec,
    OptionValue,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    TaskInfo,
    TraversalSpec,
    VirtualMachine,
    VirtualMachineConfigSpec,
    VirtualMachinePowerState,
)


@dataclass
class Report:
    """What the script found, for the test to check."""

    product: str = ""
    api_version: str = ""
    server_time: datetime | None = None
    vms: dict[str, str] = field(default_factory=dict)
    already_off_fault: str = ""
    missing_vm_fault: str = ""
    reconfigured: str = ""
    saved_spec_roundtrips: bool = False


def vm_power_states(client: pyvmomo.Client) -> dict[VirtualMachine, tuple[str, str]]:
    """Name and power state of every VM, in one RetrievePropertiesEx call."""
    content = client.content
    if content.viewManager is None:
        return {}
    view = content.viewManager.CreateContainerView(
        container=content.rootFolder, type=["VirtualMachine"], recursive=True
    )
    try:
        spec = PropertyFilterSpec(
            objectSet=[
                ObjectSpec(
                    obj=view,
                    skip=True,
                    selectSet=[TraversalSpec(name="vms", type="ContainerView", path="view", skip=False)],
                )
            ],
            propSet=[PropertySpec(type="VirtualMachine", pathSet=["name", "runtime.powerState"])],
        )
        result = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        found: dict[VirtualMachine, tuple[str, str]] = {}
        for obj in result.objects if result else []:
            values = {prop.name: prop.val for prop in obj.propSet}
            if isinstance(obj.obj, VirtualMachine):
                found[obj.obj] = (str(values.get("name", "")), str(values.get("runtime.powerState", "")))
        return found
    finally:
        view.DestroyView()


def main(url: str, user: str, password: str) -> Report:
    """Connect, look around, power a VM off twice, reconfigure it, save a spec."""
    report = Report()
    with pyvmomo.connect(url, user=user, password=password) as client:
        about = client.content.about
        report.product, report.api_version = about.fullName, client.api_version
        si = client.ref_by_name("ServiceInstance", "ServiceInstance")
        now = client.call(si, "CurrentTime")
        report.server_time = now if isinstance(now, datetime) else None

        states = vm_power_states(client)
        report.vms = {name: state for name, state in states.values()}
        vm = next(vm for vm, (_, state) in states.items() if state == VirtualMachinePowerState.poweredOn)

        vm.PowerOffVM_Task().wait(timeout=30)
        try:
            vm.PowerOffVM_Task().wait(timeout=30)
        except InvalidPowerState as fault:
            report.already_off_fault = f"{type(fault).__name__}: {fault.existingState}"
        vm.PowerOnVM_Task().wait(timeout=30)

        try:
            client.ref(VirtualMachine, "vm-does-not-exist").PowerOnVM_Task()
        except ManagedObjectNotFound as fault:
            report.missing_vm_fault = fault.remote_method

        spec = VirtualMachineConfigSpec(
            annotation="reconfigured by pyvmomo",
            extraConfig=[OptionValue(key="guestinfo.owner", value="typing")],
        )
        task = vm.ReconfigVM_Task(spec=spec)
        task.wait(timeout=30)
        info: TaskInfo = task.fetch_info()
        report.reconfigured = info.state

        saved = serialize.to_json(spec)
        loaded = serialize.from_json(saved, client=client)
        report.saved_spec_roundtrips = isinstance(loaded, VirtualMachineConfigSpec) and loaded == spec
    return report
