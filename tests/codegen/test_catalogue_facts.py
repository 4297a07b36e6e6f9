"""Facts checks for the committed vim25 catalogue (``wsdl/vim25.json``) and safe-ops list.

These tests read only the committed JSON files and the shared WSDL sets; they never
import pyVmomi. They pin what the code generator relies on: every WSDL operation has
exactly one owner once the catalogue is cut to the WSDL's version, parameters agree
with the WSDL request types, the private vSAN health types were dropped, all
references resolve, and the retry layer's safe list names only re-sendable reads.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "wsdl" / "vim25.json"
SAFE_OPS = ROOT / "wsdl" / "safe_ops.json"
SHARED_WSDL = Path(__file__).resolve().parents[2].parent / "shared" / "wsdl"

XSD = "{http://www.w3.org/2001/XMLSchema}"
WSDL = "{http://schemas.xmlsoap.org/wsdl/}"
PRIMITIVES = frozenset(
    {
        "string",
        "boolean",
        "byte",
        "short",
        "int",
        "long",
        "float",
        "double",
        "dateTime",
        "base64Binary",
        "anyURI",
        "anyType",
    }
)
MOR = "ManagedObjectReference"

# (folder, version the catalogue is cut to, number of portType operations)
WSDL_SETS = [("vim25-7.0.3", "7.0.3.0", 928), ("vim25-5.5", "5.5", 615)]

# Facts of the pyvmomi 9.1.1.0 extraction, after dropping the vSAN health types.
EXPECTED_COUNTS = {
    "managed": 140,
    "methods": 975,
    "properties": 266,
    "data": 3030,
    "faults": 699,
    "enums": 446,
    "versions": 34,
}

# Types of pyVmomi's vSAN health bindings: urn:vim25, but never in the public WSDL.
DROPPED_VSAN = [
    "VsanVcClusterHealthSystem",
    "VsanPerformanceManager",
    "HostVsanHealthSystem",
    "VimClusterVsanVcDiskManagementSystem",
    "VsanUpgradeSystemEx",
    "VsanSystemEx",
    "VsanClusterHealthSummary",
    "VimClusterVSANWitnessHostInfo",
    "VimVsanHostTrafficType",
]
# vSAN-named types of the main vim bindings, which must stay.
KEPT_VSAN = ["HostVsanSystem", "HostVsanInternalSystem", "VsanUpgradeSystem", "VsanHostConfigInfo"]

# Where pyVmomi's own fields differ from the WSDL's (transport-level members).
FIELD_EXCEPTIONS = frozenset({"DynamicData", "DynamicArray", "MethodFault"})

NEVER_SAFE = frozenset(
    {
        "Login",
        "Logout",
        "LoginByToken",
        "CloneSession",
        "AcquireCloneTicket",
        "CreateFilter",
        "CreateContainerView",
        "CreateListView",
        "CreateListViewFromView",
        "CreateInventoryView",
        "ContinueRetrievePropertiesEx",
        "CancelRetrievePropertiesEx",
        "WaitForUpdates",
        "WaitForUpdatesEx",
        "CheckForUpdates",
        "ReadNextEvents",
        "ReadPreviousEvents",
        "ReadNextTasks",
        "ReadPreviousTasks",
    }
)


def version_key(version: str) -> tuple[int, ...]:
    """Order dotted version ids numerically, padded to four parts."""
    parts = tuple(int(p) for p in version.split("."))
    return parts + (0,) * (4 - len(parts))


@cache
def catalogue() -> dict[str, Any]:
    """The committed catalogue."""
    loaded: dict[str, Any] = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return loaded


@cache
def safe_ops() -> dict[str, Any]:
    """The committed safe-ops list."""
    loaded: dict[str, Any] = json.loads(SAFE_OPS.read_text(encoding="utf-8"))
    return loaded


@dataclass(frozen=True)
class WsdlFacts:
    """What the tests need from one WSDL set."""

    operations: dict[str, list[str]]  # operation -> request parameter names (no _this)
    request_types: frozenset[str]
    complex_types: dict[str, list[str]]  # type -> own element names
    simple_types: frozenset[str]


def _local(qname: str) -> str:
    return qname.rsplit(":", 1)[-1]


def _wsdl_dir(folder: str) -> Path:
    path = SHARED_WSDL / folder
    if not (path / "vim.wsdl").is_file():
        message = f"shared WSDL set not found at {path}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@cache
def _parse_wsdl(folder: str) -> WsdlFacts:
    path = _wsdl_dir(folder)
    complex_types: dict[str, list[str]] = {}
    simple_types: set[str] = set()
    elements: dict[str, str] = {}
    documents = [etree.parse(str(f)) for f in sorted(path.glob("*.xsd"))]
    wsdl = etree.parse(str(path / "vim.wsdl"))
    for doc in [*documents, wsdl]:
        for schema in doc.iter(f"{XSD}schema"):
            for node in schema:
                name = node.get("name")
                if name is None:
                    continue
                if node.tag == f"{XSD}complexType":
                    complex_types[name] = [str(e.get("name")) for e in node.iter(f"{XSD}element")]
                elif node.tag == f"{XSD}simpleType":
                    simple_types.add(name)
                elif node.tag == f"{XSD}element" and node.get("type"):
                    elements[name] = _local(str(node.get("type")))
    messages = {
        str(m.get("name")): _local(str(m.find(f"{WSDL}part").get("element")))  # type: ignore[union-attr]
        for m in wsdl.getroot().iter(f"{WSDL}message")
    }
    operations: dict[str, list[str]] = {}
    request_types: set[str] = set()
    for port_type in wsdl.getroot().iter(f"{WSDL}portType"):
        for op in port_type.findall(f"{WSDL}operation"):
            request = op.find(f"{WSDL}input")
            assert request is not None
            element = messages[_local(str(request.get("message")))]
            request_types.add(elements[element])
            params = complex_types[elements[element]]
            operations[str(op.get("name"))] = [p for p in params if p != "_this"]
    return WsdlFacts(operations, frozenset(request_types), complex_types, frozenset(simple_types))


def _owners(limit: str) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Map each method name to its owners, keeping only what exists at ``limit``."""
    cut = version_key(limit)
    owners: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for type_name, managed in catalogue()["managed"].items():
        if version_key(managed["since"]) > cut:
            continue
        for method in managed["methods"]:
            if version_key(method["since"]) <= cut:
                owners.setdefault(method["name"], []).append((type_name, method))
    return owners


def _members() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property, parameter, field, result and task result, with where it is."""
    cat = catalogue()
    for type_name, managed in cat["managed"].items():
        for prop in managed["properties"]:
            yield f"{type_name}.{prop['name']}", prop
        for method in managed["methods"]:
            where = f"{type_name}.{method['name']}"
            for param in method["params"]:
                yield f"{where}({param['name']})", param
            if method["result"] is not None:
                yield f"{where}->result", method["result"]
            if method["task_result"] is not None:
                yield f"{where}->task_result", method["task_result"]
    for type_name, data in cat["data"].items():
        for field in data["fields"]:
            yield f"{type_name}.{field['name']}", field


# Ownership and parameters ----------------------------------------------------------


@pytest.mark.parametrize(("folder", "limit", "count"), WSDL_SETS)
def test_every_wsdl_operation_has_exactly_one_owner(folder: str, limit: str, count: int) -> None:
    ops = _parse_wsdl(folder).operations
    assert len(ops) == count
    owners = _owners(limit)
    problems = {op: [t for t, _ in owners.get(op, [])] for op in ops if len(owners.get(op, [])) != 1}
    assert problems == {}


@pytest.mark.parametrize(("folder", "limit", "count"), WSDL_SETS)
def test_parameters_match_wsdl_request_types(folder: str, limit: str, count: int) -> None:
    ops = _parse_wsdl(folder).operations
    owners = _owners(limit)
    cut = version_key(limit)
    mismatches = {}
    for op, wsdl_params in ops.items():
        ((_, method),) = owners[op]
        params = [p["name"] for p in method["params"] if version_key(p["since"]) <= cut]
        if params != wsdl_params:
            mismatches[op] = (wsdl_params, params)
    assert mismatches == {}


@pytest.mark.parametrize(("folder", "limit", "count"), WSDL_SETS)
def test_wsdl_types_are_catalogued_and_not_newer(folder: str, limit: str, count: int) -> None:
    facts = _parse_wsdl(folder)
    cat = catalogue()
    cut = version_key(limit)
    missing, too_new = [], []
    for name in facts.complex_types:
        if name.startswith("ArrayOf") or name in facts.request_types or name == MOR:
            continue
        entry = cat["data"].get(name)
        if entry is None:
            missing.append(name)
        elif version_key(entry["since"]) > cut:
            too_new.append(name)
    for name in facts.simple_types:
        enum = cat["enums"].get(name)
        if enum is None:
            missing.append(name)
        elif version_key(enum["since"]) > cut:
            too_new.append(name)
    assert (missing, too_new) == ([], [])


@pytest.mark.parametrize(("folder", "limit", "count"), WSDL_SETS)
def test_data_fields_match_wsdl(folder: str, limit: str, count: int) -> None:
    facts = _parse_wsdl(folder)
    cut = version_key(limit)
    mismatches = {}
    for name, data in catalogue()["data"].items():
        wsdl_fields = facts.complex_types.get(name)
        if wsdl_fields is None or name in FIELD_EXCEPTIONS:
            continue
        fields = [f["name"] for f in data["fields"] if version_key(f["since"]) <= cut]
        if fields != wsdl_fields:
            mismatches[name] = (wsdl_fields, fields)
    assert mismatches == {}


# vSAN filtering ------------------------------------------------------------------


def test_vsan_health_types_are_dropped() -> None:
    cat = catalogue()
    every_name = cat["managed"].keys() | cat["data"].keys() | cat["enums"].keys()
    assert [n for n in DROPPED_VSAN if n in every_name] == []
    assert [n for n in KEPT_VSAN if n not in every_name] == []


def test_vsan_named_types_up_to_7_0_3_are_public() -> None:
    facts = _parse_wsdl("vim25-7.0.3")
    cat = catalogue()
    cut = version_key("7.0.3.0")
    stray = []
    for kind in ("data", "enums"):
        for name, entry in cat[kind].items():
            if "vsan" not in name.lower() or version_key(entry["since"]) > cut:
                continue
            if name not in facts.complex_types and name not in facts.simple_types:
                stray.append(name)
    for name, managed in cat["managed"].items():
        if "vsan" not in name.lower() or version_key(managed["since"]) > cut:
            continue
        if not any(m["name"] in facts.operations for m in managed["methods"]):
            stray.append(name)
    assert stray == []


# Shape and integrity ---------------------------------------------------------------


def test_counts() -> None:
    cat = catalogue()
    counts = {
        "managed": len(cat["managed"]),
        "methods": sum(len(m["methods"]) for m in cat["managed"].values()),
        "properties": sum(len(m["properties"]) for m in cat["managed"].values()),
        "data": len(cat["data"]),
        "faults": sum(d["fault"] for d in cat["data"].values()),
        "enums": len(cat["enums"]),
        "versions": len(cat["versions"]),
    }
    assert counts == EXPECTED_COUNTS
    assert cat["source"] == {"pyvmomi": "9.1.1.0", "namespace": "urn:vim25"}


def test_versions_ascend_and_cover_every_since() -> None:
    cat = catalogue()
    versions = cat["versions"]
    keys = [version_key(v) for v in versions]
    assert keys == sorted(set(keys))
    assert {"2.0", "5.5", "7.0.3.0", "8.0.0.0"} <= set(versions)
    known = set(versions)
    sinces = [e["since"] for kind in ("managed", "data", "enums") for e in cat[kind].values()]
    sinces += [m["since"] for m in cat["managed"].values() for m in m["methods"]]
    sinces += [member["since"] for _, member in _members() if "since" in member]
    assert set(sinces) <= known


def test_every_reference_resolves() -> None:
    cat = catalogue()
    names = cat["data"].keys() | cat["enums"].keys() | PRIMITIVES | {MOR}
    broken = []
    for where, member in _members():
        if member["type"] not in names:
            broken.append(f"{where}: type {member['type']}")
        target = member["target"]
        if target is not None and (member["type"] != MOR or target not in cat["managed"]):
            broken.append(f"{where}: target {target}")
    for name, managed in cat["managed"].items():
        if managed["base"] is not None and managed["base"] not in cat["managed"]:
            broken.append(f"{name}: base {managed['base']}")
        for method in managed["methods"]:
            for fault in method["faults"]:
                if not cat["data"].get(fault, {}).get("fault"):
                    broken.append(f"{name}.{method['name']}: fault {fault}")
    for name, data in cat["data"].items():
        if data["base"] is not None and data["base"] not in cat["data"]:
            broken.append(f"{name}: base {data['base']}")
    assert broken == []


def test_known_facts() -> None:
    cat = catalogue()
    vm = cat["managed"]["VirtualMachine"]
    assert vm["base"] == "ManagedEntity"
    assert cat["managed"]["ManagedEntity"]["base"] == "ExtensibleManagedObject"
    assert cat["managed"]["ExtensibleManagedObject"]["base"] is None
    datastore = next(p for p in vm["properties"] if p["name"] == "datastore")
    assert (datastore["type"], datastore["array"], datastore["target"]) == (MOR, True, "Datastore")
    assert datastore["privilege"] == "System.View"
    power_on = next(m for m in vm["methods"] if m["name"] == "PowerOnVM_Task")
    assert power_on["privilege"] == "VirtualMachine.Interact.PowerOn"
    assert power_on["result"]["target"] == "Task"
    assert power_on["task_result"] is None
    clone = next(m for m in vm["methods"] if m["name"] == "CloneVM_Task")
    assert clone["task_result"] == {"type": MOR, "array": False, "target": "VirtualMachine"}
    login = next(m for m in cat["managed"]["SessionManager"]["methods"] if m["name"] == "Login")
    password = next(p for p in login["params"] if p["name"] == "password")
    assert password["secret"] is True
    retrieve = next(
        m for m in cat["managed"]["PropertyCollector"]["methods"] if m["name"] == "RetrievePropertiesEx"
    )
    assert retrieve["since"] == "4.1"
    assert cat["data"]["MethodFault"]["base"] is None
    assert cat["data"]["RuntimeFault"]["base"] == "MethodFault"
    assert cat["data"]["LocalizedMethodFault"]["base"] == "DynamicData"
    assert cat["data"]["InvalidArgument"]["fault"] is True
    assert cat["data"]["VirtualMachineConfigSpec"]["fault"] is False


def test_task_results_only_on_task_methods() -> None:
    wrong = []
    for type_name, managed in catalogue()["managed"].items():
        for method in managed["methods"]:
            is_task = method["name"].endswith("_Task")
            result = method["result"]
            returns_task = result is not None and result["target"] == "Task" and not result["array"]
            if is_task != returns_task or (method["task_result"] is not None and not is_task):
                wrong.append(f"{type_name}.{method['name']}")
    assert wrong == []


# Safe operations -------------------------------------------------------------------


def test_safe_ops_are_known_reads_with_reasons() -> None:
    doc = safe_ops()
    assert set(doc) == {"_comment", "operations"}
    assert doc["_comment"].strip()
    ops: dict[str, str] = doc["operations"]
    assert list(ops) == sorted(ops)
    assert 0 < len(ops) <= 400
    methods = {m["name"]: m for managed in catalogue()["managed"].values() for m in managed["methods"]}
    assert [op for op in ops if op not in methods] == []
    assert [op for op, reason in ops.items() if not isinstance(reason, str) or not reason.strip()] == []
    assert [op for op in ops if op.endswith("_Task")] == []
    assert sorted(NEVER_SAFE & ops.keys()) == []
    assert [op for op in ops if op.startswith("Create")] == []
    assert [op for op in ops if (methods[op]["result"] or {}).get("target") == "Task"] == []
    assert {"RetrieveServiceContent", "RetrieveProperties", "RetrievePropertiesEx"} <= ops.keys()
    assert {"CurrentTime", "FindByUuid"} <= ops.keys()


# Facts the WSDL lacks: privileges on parameters, secret results, links --------------


def test_parameters_name_the_privilege_needed_on_what_they_pass() -> None:
    with_privilege = {
        f"{type_name}.{method['name']}({param['name']})": param["privilege"]
        for type_name, managed in catalogue()["managed"].items()
        for method in managed["methods"]
        for param in method["params"]
        if param["privilege"] is not None
    }
    assert len(with_privilege) == 110
    assert with_privilege["VirtualMachine.MigrateVM_Task(pool)"] == "Resource.AssignVMToPool"
    assert with_privilege["FileManager.MoveDatastoreFile_Task(sourceDatacenter)"] == "System.View"
    every_param = [p for m in catalogue()["managed"].values() for op in m["methods"] for p in op["params"]]
    assert all("privilege" in p for p in every_param)


def test_only_the_clone_ticket_result_is_secret() -> None:
    secret = [
        f"{type_name}.{method['name']}"
        for type_name, managed in catalogue()["managed"].items()
        for method in managed["methods"]
        if method["result"] is not None and method["result"]["secret"]
    ]
    assert secret == ["SessionManager.AcquireCloneTicket"]


def test_link_fields_name_the_data_type_whose_key_they_hold() -> None:
    cat = catalogue()
    links = {f"{where}": member["link"] for where, member in _members() if member.get("link") is not None}
    assert len(links) == 26
    assert links["HostVirtualNic.port"] == "HostPortGroupPort"
    assert links["HostVirtualSwitch.pnic"] == "PhysicalNic"
    assert [where for where, target in links.items() if target not in cat["data"]] == []
    assert all(member["type"] == "string" for where, member in _members() if member.get("link"))
    assert all("link" in member for where, member in _members() if "->" not in where)
