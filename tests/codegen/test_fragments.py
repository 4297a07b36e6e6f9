"""One-edge-case fragments against their golden outputs (``make regen-goldens`` rewrites them)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.codegen.conftest import run_mypy_strict
from tests.codegen.golden_tool import GOLDENS, fragment_names, read_golden, render_fragment

EXPECTED = {
    "anytype_and_arrays",
    "catalogue_facts",
    "enum_keywords",
    "fault_hierarchy",
    "hidden_names",
    "keyword_field",
    "no_catalogue",
    "required_after_optional",
    "self_recursive",
}


def test_every_fragment_has_a_golden() -> None:
    assert set(fragment_names()) == EXPECTED
    assert {p.name for p in GOLDENS.iterdir() if p.is_dir()} == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fragment_output_matches_its_golden(name: str) -> None:
    assert render_fragment(name) == read_golden(name), "run `make regen-goldens` and review the diff"


def test_every_module_of_every_golden_package_imports() -> None:
    modules = [
        ".".join(path.relative_to(GOLDENS).with_suffix("").parts).removesuffix(".__init__")
        for path in sorted(GOLDENS.rglob("*.py"))
    ]
    script = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    script += "print(len(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", script, *modules], cwd=GOLDENS, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout) == len(modules) > 100


def test_golden_packages_pass_mypy_strict() -> None:
    run_mypy_strict(GOLDENS, sorted(EXPECTED), "goldens")


def test_goldens_show_each_edge_case_handled_by_the_naming_rule() -> None:
    keyword = read_golden("keyword_field")
    assert '_F("from_", "string", 0, "5.0", wire="from")' in keyword["types/alarm_status_change.py"]
    assert "self_: ProbeManager | None = None" in keyword["types/alarm_status_change.py"]
    assert "        self_: ProbeManager,\n" in keyword["managed/probe_manager.py"]
    hidden = read_golden("hidden_names")
    assert "    int: _builtins.int\n    count: _builtins.int\n" in hidden["types/counter.py"]
    assert "    datetime: _datetime.datetime\n" in hidden["types/counter.py"]
    assert "from .snapshot import Snapshot as _Snapshot" in hidden["types/counter.py"]
    assert ") -> _Probe:" in hidden["managed/probe_manager.py"]
    enums = read_golden("enum_keywords")["enums.py"]
    assert '    True_: Final = "True"' in enums and '    in_: Final = "in"' in enums
    assert '    Final: _typing.Final = "Final"' in enums
    faults = read_golden("fault_hierarchy")
    assert "class NotImplemented(RuntimeFault):" in faults["faults/not_implemented.py"]
    assert "from pyvmomo._errors import ServerFault as _FaultBase" in faults["faults/method_fault.py"]
    recursive = read_golden("self_recursive")["types/snapshot_tree.py"]
    assert "childSnapshotList: list[SnapshotTree]" in recursive and "import SnapshotTree" not in recursive
    arrays = read_golden("anytype_and_arrays")
    assert "items: list[KeyAnyValue] | None = None" in arrays["types/bag.py"]
    assert '"ArrayOfAnyType": ("anyType", "anyType")' in arrays["_index.py"]
    assert not any(rel.startswith("types/array_of") for rel in arrays)
    assert ") -> Task[Thing]:" in arrays["managed/thing.py"]
    assert "task: Task[object]" in arrays["types/task_info.py"]
    facts = read_golden("catalogue_facts")
    assert '_F("returnval", "string", 4, "2.0")' in facts["managed/session_manager.py"]
    assert "port: string holding the key of a HostPortGroupPort" in facts["types/host_virtual_nic.py"]
    assert (
        "pool: reference to ResourcePool, since 7.0.3.0, needs Resource.AssignVMToPool on it."
        in (facts["managed/virtual_machine.py"])
    )
    assert "safe=True" in facts["managed/session_manager.py"]
    order = read_golden("required_after_optional")["managed/file_manager.py"]
    signature = order[order.index("def MoveFile_Task(") : order.index(") -> Task[None]:")]
    names = [line.strip().split(":")[0] for line in signature.splitlines()[3:] if line.strip()]
    assert names == [
        "sourceName",
        "destinationName",
        "paths",
        "sourceDatacenter",
        "destinationDatacenter",
        "force",
        "spec",
        "_timeout",
    ]
    assert (
        "(sourceName, sourceDatacenter, destinationName, destinationDatacenter, force, paths, spec, )"
        in order
    )
