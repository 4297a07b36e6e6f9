"""The generator for a service other than vim25: the pbm set, its sibling imports and its checks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from codegen import pipeline
from codegen.model import Api
from codegen.sibling import Sibling, SiblingField, load_sibling
from codegen.validate import SchemaError, validate_sibling
from codegen.wsdl import WsdlSet, parse_wsdl
from tests.conftest import require_shared_wsdl
from tests.vcsim import VcsimServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pbm_set() -> WsdlSet:
    return parse_wsdl(require_shared_wsdl("pbm-8.0"))


@pytest.fixture(scope="module")
def api_pbm() -> Api:
    return pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("pbm-8.0")))


def test_the_pbm_set_is_its_own_service_with_its_own_catalogue(api_pbm: Api) -> None:
    assert (api_pbm.service, api_pbm.namespace, api_pbm.version) == ("pbm", "urn:pbm", "8.0.0.0")
    assert [f.name for f in api_pbm.files][-2:] == ["wsdl/pbm.json", "wsdl/pbm_safe_ops.json"]
    assert api_pbm.sibling == "vim25"
    assert api_pbm.gaps == ()
    # Only urn:pbm types are generated; the vim25 ones it uses are imported, not copied.
    names = {d.name for d in api_pbm.data_types} | {e.name for e in api_pbm.enums}
    assert all(name.startswith("Pbm") for name in names)
    assert dict(api_pbm.imported)["MethodFault"] == "faults.method_fault"
    assert dict(api_pbm.version_parents)["7.0.3.0"] == "7.0.3.0"


def test_every_pbm_operation_is_placed_on_its_managed_object(api_pbm: Api) -> None:
    assert len(api_pbm.operations) == 32
    assert [op.name for op in api_pbm.operations if op.owner is None] == []
    placed = {name: m.name for m in api_pbm.managed for name in m.operations}
    assert len(placed) == 32
    assert placed["PbmQueryProfile"] == "PbmProfileProfileManager"
    assert placed["PbmCheckRequirements"] == "PbmPlacementSolver"
    assert placed["PbmRetrieveServiceContent"] == "PbmServiceInstance"
    # and at run time each proxy class holds its operations
    from pyvmomo._registry import Registry

    registry = Registry("pyvmomo.pbm", parent=Registry())
    for name, owner in placed.items():
        cls = registry.managed_class(owner)
        assert cls is not None and name in cls._operations_


def test_the_committed_pbm_package_is_current_and_regenerates_byte_identically(api_pbm: Api) -> None:
    files = pipeline.render_files(api_pbm)
    out = ROOT / "pyvmomo" / "pbm"
    assert [rel for rel, text in files.items() if (out / rel).read_text() != text] == []
    again = pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("pbm-8.0")))
    assert pipeline.digest(pipeline.render_files(again)) == pipeline.digest(files)


def test_pbm_classes_import_vim25_classes_from_the_sibling_package() -> None:
    from pyvmomo.pbm import PbmFault, PbmServiceInstanceContent
    from pyvmomo.vim25 import DynamicData, MethodFault

    assert issubclass(PbmFault, MethodFault) and issubclass(PbmServiceInstanceContent, DynamicData)
    text = (ROOT / "pyvmomo" / "pbm" / "faults" / "pbm_fault.py").read_text()
    assert "from ...vim25.faults.method_fault import MethodFault" in text
    assert not list((ROOT / "pyvmomo" / "pbm").rglob("method_fault.py"))


def test_safe_pbm_operations_are_queries_only() -> None:
    safe = json.loads((ROOT / "wsdl" / "pbm_safe_ops.json").read_text())["operations"]
    catalogue = json.loads((ROOT / "wsdl" / "pbm.json").read_text())
    privileges = {m["name"]: m["privilege"] for mo in catalogue["managed"].values() for m in mo["methods"]}
    assert set(safe) <= set(privileges)
    assert {privileges[name] for name in safe} <= {"StorageProfile.View", "System.Anonymous"}
    for changes in ("PbmCreate", "PbmUpdate", "PbmDelete", "PbmCheckCompliance", "PbmCheckRollupCompliance"):
        assert changes not in safe


def sibling_like(pbm_set: WsdlSet, **changes: object) -> Sibling:
    """The committed vim25 package as a sibling, changed as a test needs."""
    real = load_sibling(ROOT / "pyvmomo" / "vim25", frozenset({"KeyAnyValue", "MethodFault"}))
    return replace(real, **changes)  # type: ignore[arg-type]


def test_a_vim25_type_the_sibling_lacks_is_refused_with_file_and_line(pbm_set: WsdlSet) -> None:
    real = sibling_like(pbm_set)
    without = {k: v for k, v in real.types.items() if k != "KeyAnyValue"}
    with pytest.raises(SchemaError, match=r"pbm-types\.xsd:\d+: pbm needs vim25 type KeyAnyValue"):
        validate_sibling(pbm_set, replace(real, types=without))


def test_a_vim25_member_the_sibling_lacks_is_refused_with_file_and_line(pbm_set: WsdlSet) -> None:
    real = sibling_like(pbm_set)
    key_only = tuple(f for f in real.fields["KeyAnyValue"] if f.wire == "key")
    fields = {**real.fields, "KeyAnyValue": key_only}
    with pytest.raises(SchemaError, match=r"core-types\.xsd:\d+: pbm needs member KeyAnyValue\.value"):
        validate_sibling(pbm_set, replace(real, fields=fields))


def test_a_pbm_name_that_is_also_a_vim25_name_is_refused_with_file_and_line(pbm_set: WsdlSet) -> None:
    real = sibling_like(pbm_set)
    clash = {**real.types, "PbmProfile": "types.pbm_profile"}
    with pytest.raises(SchemaError, match=r"pbm-types\.xsd:\d+: pbm type PbmProfile is also a name in vim25"):
        validate_sibling(pbm_set, replace(real, types=clash))


def test_the_committed_sibling_gives_pbm_everything_it_needs(pbm_set: WsdlSet) -> None:
    validate_sibling(pbm_set, sibling_like(pbm_set))
    assert (
        SiblingField("key", "key", "string", False, False, False, "4.0", None)
        in (sibling_like(pbm_set).fields["KeyAnyValue"])
    )


def test_pbm_generates_beside_a_users_vim25_package_and_client_pbm_uses_it(
    tmp_path: Path, vcsim: VcsimServer
) -> None:
    root = tmp_path / "mybindings"
    root.mkdir()
    (root / "__init__.py").write_text("")
    wsdl = str(require_shared_wsdl("pbm-8.0"))
    # In subprocesses: the generator imports the sibling, which must not stay in this process.
    generate = [sys.executable, "-m", "codegen", "generate", "--wsdl", wsdl, "--out", str(root / "pbm")]
    missing = subprocess.run(generate, capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 1
    assert "vim25/_index.py does not exist: generate the vim25 bindings there first" in missing.stderr
    shutil.copytree(ROOT / "pyvmomo" / "vim25", root / "vim25", ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run(generate, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "client.pbm uses them when you connect with" in done.stdout
    assert "bindings='mybindings.vim25'" in done.stdout
    check = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import pyvmomo\n"
        "from mybindings.pbm import PbmFault\n"
        "from mybindings.vim25 import MethodFault\n"
        "client = pyvmomo.connect(sys.argv[2], 'user', 'pass', bindings='mybindings.vim25')\n"
        "print(issubclass(PbmFault, MethodFault), type(client.pbm.content).__module__)\n"
        "client.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", check, str(tmp_path), vcsim.url], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.split() == ["True", "mybindings.pbm.types.pbm_service_instance_content"], done.stderr


def test_the_committed_pbm_catalogue_is_what_pyvmomi_9_1_1_0_gives() -> None:
    from codegen.extract_catalogue import extract_catalogue, render_catalogue

    committed = (ROOT / "wsdl" / "pbm.json").read_text()
    assert render_catalogue(extract_catalogue("pbm")) == committed
    catalogue = json.loads(committed)
    assert catalogue["source"] == {"pyvmomi": "9.1.1.0", "namespace": "urn:pbm"}
    assert len(catalogue["managed"]) == 8
    # pbm's own versions, each paired with the vim25 release it ships with
    assert catalogue["parents"]["8.0.0.0"] == "8.0.0.0" and "1.0" not in catalogue["parents"]
    # vim25 types the pbm catalogue uses keep their WSDL names (imported from the vim25 package)
    fields = {f["name"]: f["type"] for f in catalogue["data"]["PbmExtendedElementDescription"]["fields"]}
    assert fields["messageArg"] == "KeyAnyValue"
