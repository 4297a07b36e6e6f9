"""A five-minute tour of pyvmomo against a vSphere endpoint (by default a local vcsim).

python examples/tour.py                       # starts vcsim, tours it, stops it
python examples/tour.py --url https://vc/sdk --user u --password p
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyvmomo
from pyvmomo.vim25 import (
    ManagedObjectNotFound,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    TraversalSpec,
    VirtualMachine,
)


@contextlib.contextmanager
def endpoint(args: argparse.Namespace) -> Iterator[str]:
    if args.url:
        yield args.url
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.vcsim import VcsimOptions, VcsimServer

    with VcsimServer(VcsimOptions()) as server:
        print(f"started vcsim at {server.url}")
        yield server.url
    print("stopped vcsim")


def list_vms(client: pyvmomo.Client) -> list[tuple[VirtualMachine, dict[str, object]]]:
    """Name, power state and CPU count of every VM, in one property-collector call."""
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
                    selectSet=[TraversalSpec(name="vms", type="ContainerView", path="view", skip=False)],
                )
            ],
            propSet=[
                PropertySpec(
                    type="VirtualMachine",
                    pathSet=["name", "runtime.powerState", "config.hardware.numCPU"],
                )
            ],
        )
        result = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        rows = []
        for obj in result.objects if result else []:
            assert isinstance(obj.obj, VirtualMachine)
            rows.append((obj.obj, {p.name: p.val for p in obj.propSet}))
        return rows
    finally:
        view.DestroyView()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url")
    parser.add_argument("--user", default="tour")
    parser.add_argument("--password", default="tour")
    args = parser.parse_args()
    with endpoint(args) as url:
        start = time.perf_counter()
        with pyvmomo.connect(url, user=args.user, password=args.password) as client:
            about = client.content.about
            print(f"\n1. connected in {time.perf_counter() - start:.3f} s to {about.fullName}")
            print(f"   API {about.apiVersion} ({about.apiType}), negotiated {client.api_version}")

            print("\n2. every VM, one RetrievePropertiesEx call:")
            rows = list_vms(client)
            for vm, props in rows:
                name, state, cpus = (
                    props["name"],
                    props["runtime.powerState"],
                    props["config.hardware.numCPU"],
                )
                print(f"   {vm!r:24} {name:20} {state:11} CPUs={cpus}")

            vm, props = rows[0]
            print(f"\n3. power {props['name']} off and on again, waiting for each task:")
            task = vm.PowerOffVM_Task()
            print(f"   PowerOffVM_Task -> {task!r}, result {task.wait(timeout=60)!r}")
            task = vm.PowerOnVM_Task()
            print(f"   PowerOnVM_Task  -> {task!r}, result {task.wait(timeout=60)!r}")

            print("\n4. a bogus reference gives a typed fault:")
            try:
                client.ref(VirtualMachine, "vm-404").PowerOnVM_Task()
            except ManagedObjectNotFound as fault:
                print(f"   {type(fault).__name__}: {fault}")

            print("\n5. leaving the with block logs out.")
    print("tour complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
