"""The generator end to end: placement, determinism, provenance, version filtering, gaps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import cli, pipeline
from codegen.catalogue import load_catalogue, version_key
from codegen.model import Api
from codegen.validate import SchemaError
from codegen.write import import_every_module
from tests.codegen.golden_tool import fragment_inputs
from tests.conftest import require_shared_wsdl

ROOT = Path(__file__).resolve().parents[2]

_DIGEST_SCRIPT = """
import sys
from codegen import pipeline
api = pipeline.build(pipeline.Inputs(wsdl=sys.argv[1]))
print(pipeline.digest(pipeline.render_files(api)))
"""


def test_output_is_byte_identical_across_processes_with_different_hash_seeds(api_7_0_3: Api) -> None:
    here = pipeline.digest(pipeline.render_files(api_7_0_3))
    wsdl = str(require_shared_wsdl("vim25-7.0.3"))
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _DIGEST_SCRIPT, wsdl],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "4242")
    ]
    digests = [run.communicate(timeout=120)[0].strip() for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert digests == [here, here]


def test_committed_bindings_are_current(api_7_0_3: Api) -> None:
    files = pipeline.render_files(api_7_0_3)
    out = ROOT / "pyvmomo" / "vim25"
    stale = [rel for rel, text in files.items() if (out / rel).read_text() != text]
    assert stale == []


def test_every_operation_is_placed_on_one_managed_type(api_7_0_3: Api) -> None:
    assert len(api_7_0_3.operations) == 928
    assert [op.name for op in api_7_0_3.operations if op.owner is None] == []
    placed = [name for m in api_7_0_3.managed for name in m.operations]
    assert len(placed) == len(set(placed)) == 928
    assert api_7_0_3.gaps == ()


def test_every_generated_file_names_its_inputs(api_7_0_3: Api) -> None:
    files = pipeline.render_files(api_7_0_3)
    for rel, text in files.items():
        if rel.endswith(".py"):
            head = text.splitlines()[:2]
            assert head[0].startswith("# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen"), rel
            assert "vim.wsdl " in head[1] and "wsdl/vim25.json " in head[1], rel


def test_a_5_5_run_gets_no_member_newer_than_5_5(api_5_5: Api) -> None:
    limit = version_key("5.5")
    assert api_5_5.version == "5.5"
    assert len(api_5_5.operations) == 615 and api_5_5.gaps == ()
    assert api_5_5.versions[-1] == "5.5" and all(version_key(v) <= limit for v in api_5_5.versions)
    sinces = {
        *(d.since for d in api_5_5.data_types),
        *(f.since for d in api_5_5.data_types for f in d.fields),
        *(e.since for e in api_5_5.enums),
        *(m.since for m in api_5_5.managed),
        *(p.since for m in api_5_5.managed for p in m.properties),
        *(op.since for op in api_5_5.operations),
        *(p.since for op in api_5_5.operations for p in op.params),
    }
    assert sorted(s for s in sinces if version_key(s) > limit) == []


def test_the_catalogue_cut_to_5_5_drops_later_members() -> None:
    full = load_catalogue("9.1.1.0")
    cut = load_catalogue("5.5")
    vm_methods = {m.name for m in full.managed["VirtualMachine"].methods}
    vm_methods_5_5 = {m.name for m in cut.managed["VirtualMachine"].methods}
    assert "InstantClone_Task" in vm_methods - vm_methods_5_5  # added in 6.7
    assert "PowerOnVM_Task" in vm_methods_5_5
    host_props_5_5 = {p.name for p in cut.managed["HostSystem"].properties}
    assert "remediationState" not in host_props_5_5 and "config" in host_props_5_5  # 7.0.2 vs 2.0
    options = next(
        m for m in cut.managed["DistributedVirtualSwitchManager"].methods if m.name == "QueryAvailableDvsSpec"
    )
    assert options.params == ()  # its one parameter, recommended, came in 6.0
    assert "VirtualMachineInstantCloneSpec" in full.data and "VirtualMachineInstantCloneSpec" not in cut.data
    assert cut.versions[-1] == "5.5" and "6.0" not in cut.versions


def test_gaps_are_reported_with_file_and_line_and_fatal_only_when_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gaps = pipeline.build(fragment_inputs("no_catalogue")).gaps
    assert any("operation Probe has no owner" in g for g in gaps)
    assert any("data type Info is not in the catalogue" in g for g in gaps)
    assert any("enum Colour is not in the catalogue" in g for g in gaps)
    assert all(g.startswith("vim.wsdl:") and g.split(":")[1].isdigit() for g in gaps)
    with pytest.raises(SchemaError, match="catalogue gaps, fatal with --strict"):
        pipeline.generate(fragment_inputs("no_catalogue"), tmp_path / "strict", strict=True)
    assert not (tmp_path / "strict").exists()

    fragment = str(ROOT / "tests" / "codegen" / "fragments" / "no_catalogue")
    args = ["generate", "--wsdl", fragment, "--no-catalogue", "--out", str(tmp_path / "loose")]
    assert cli.main(args) == 0
    assert "catalogue gap: vim.wsdl:" in capsys.readouterr().err
    assert (tmp_path / "loose" / "managed" / "_unplaced.py").read_text().count("def Probe(") == 1
    assert cli.main([*args[:-1], str(tmp_path / "strict2"), "--strict"]) == 1
    assert "fatal with --strict" in capsys.readouterr().err


def test_the_import_check_names_a_generated_module_that_does_not_import(tmp_path: Path) -> None:
    package = tmp_path / "fakebindings"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for n in range(6):  # spread over the check's interpreters
        (package / f"fine_{n}.py").write_text("VALUE = 1\n")
    (package / "broken.py").write_text("from .fine_0 import NO_SUCH_NAME\n")
    with pytest.raises(RuntimeError, match=r"(?s)fakebindings does not import.*ImportError.*NO_SUCH_NAME"):
        import_every_module(package)
    (package / "broken.py").unlink()
    import_every_module(package)  # all fine: no error
