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
from pyvmomo.vim25 import InvalidPowerState, ManagedObjectNotFound, VirtualMachine


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

            print("\n2. every VM through a container view, paged (client.retrieve):")
            paths = ["name", "runtime.powerState", "config.hardware.numCPU"]
            rows = list(client.retrieve(VirtualMachine, paths))
            for row in rows:
                name, state, cpus = row["name"], row["runtime.powerState"], row["config.hardware.numCPU"]
                print(f"   {row.obj!r:24} {name:20} {state:11} CPUs={cpus}")

            vm = rows[0].obj
            props = vm.fetch("name", "summary.config.memorySizeMB", "guest.net")
            print(f"\n3. three properties of {props['name']} in one call (vm.fetch):")
            print(f"   memory {props['summary.config.memorySizeMB']} MB, {len(props['guest.net'])} NIC(s)")

            print(f"\n4. power {props['name']} off and on again, waiting for each task:")
            task = vm.PowerOffVM_Task()
            print(f"   PowerOffVM_Task -> {task!r}, result {task.wait(timeout=60)!r}")
            try:
                vm.PowerOffVM_Task().wait(timeout=60)
            except InvalidPowerState as fault:
                print(f"   again: {type(fault).__name__} (existingState={fault.existingState})")
            task = vm.PowerOnVM_Task()
            print(f"   PowerOnVM_Task  -> {task!r}, result {task.wait(timeout=60)!r}")

            print("\n5. power every VM off and on, waiting with one collector (client.wait_all):")
            vms = [row.obj for row in rows]
            for method in ("PowerOffVM_Task", "PowerOnVM_Task"):
                tasks = [getattr(each, method)() for each in vms]
                outcomes = client.wait_all(tasks, timeout=120, progress=True, return_exceptions=True)
                failed = sum(isinstance(o, pyvmomo.ServerFault) for o in outcomes)
                print(f"   {method}: {len(tasks) - failed} done, {failed} failed")

            print(f"\n6. watch {props['name']} while it is powered off (client.watch):")
            with client.watch([vm], ["runtime.powerState"], timeout=30) as changes:
                print(f"   now {next(changes).value}")
                vm.PowerOffVM_Task().wait(timeout=60)
                print(f"   then {next(changes).value}")
            vm.PowerOnVM_Task().wait(timeout=60)

            print("\n7. a bogus reference gives a typed fault:")
            try:
                client.ref(VirtualMachine, "vm-404").PowerOnVM_Task()
            except ManagedObjectNotFound as fault:
                print(f"   {type(fault).__name__}: {fault}")

            print("\n8. leaving the with block logs out.")
    print("tour complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
