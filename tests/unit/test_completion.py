"""``pyvmomo.vim25`` lists every generated name for completion, yet imports each one lazily."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pyvmomo.vim25
from pyvmomo.vim25 import _index

ROOT = Path(__file__).resolve().parents[2]
STUB = Path(pyvmomo.vim25.__file__).with_suffix(".pyi")


def run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout.split()


def test_dir_and_all_list_every_generated_name_without_importing_any_class() -> None:
    out = run(
        "import sys, pyvmomo.vim25 as v\n"
        "names = dir(v)\n"
        "loaded = [m for m in sys.modules if m.startswith('pyvmomo.vim25.') and m.count('.') > 2]\n"
        "print(len(v.__all__), 'VirtualMachineConfigSpec' in names, 'HostSystem' in names,"
        " 'VirtualMachinePowerState' in names, 'InvalidPowerState' in names, 'HostSystemProperties' in names,"
        " len(loaded))"
    )
    expected = 1 + len(_index.TYPES) + len(_index.MANAGED) + len(_index.PROPERTIES) + len(_index.ENUMS)
    assert out == [str(expected), "True", "True", "True", "True", "True", "0"]


def test_import_star_binds_every_generated_name() -> None:
    out = run(
        "from pyvmomo.vim25 import *\n"
        "print(VirtualMachineConfigSpec.__name__, HostSystem._type_, VirtualMachinePowerState.poweredOn,"
        " API_VERSION)"
    )
    assert out == ["VirtualMachineConfigSpec", "HostSystem", "poweredOn", pyvmomo.vim25.API_VERSION]


def test_the_type_checkers_stub_declares_the_same_names_as_the_runtime() -> None:
    tree = ast.parse(STUB.read_text())
    declared = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__"
    )
    assert isinstance(declared, ast.List)
    names = [item.value for item in declared.elts if isinstance(item, ast.Constant)]
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    imported = {alias.asname for node in imports for alias in node.names}
    assert names == pyvmomo.vim25.__all__
    assert imported == set(names)
