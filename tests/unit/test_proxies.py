"""Proxies and data objects: no hidden I/O, no __getattr__, identity by (type, value, server)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo._registry import Registry
from pyvmomo._transport import Transport
from pyvmomo.vim25 import Folder, HostConnectSpec, ObjectSpec, VirtualMachine

ROOT = Path(__file__).resolve().parents[2]


def transport(url: str = "https://vc.example.com/sdk") -> Transport:
    return Transport(url, registry=Registry())


def test_a_proxy_is_truthy_and_compares_without_io() -> None:
    t = transport()
    vm = VirtualMachine(t, "vm-1")
    assert bool(vm) is True
    assert vm == VirtualMachine(t, "vm-1")
    assert vm == VirtualMachine(transport(), "vm-1")  # same server
    assert vm != VirtualMachine(transport("https://other.example.com/sdk"), "vm-1")
    assert vm != Folder(t, "vm-1")
    assert len({vm, VirtualMachine(t, "vm-1"), VirtualMachine(t, "vm-2")}) == 2
    assert repr(vm) == "VirtualMachine:vm-1"


def test_a_misspelt_method_is_a_local_attribute_error() -> None:
    vm = VirtualMachine(transport(), "vm-1")
    with pytest.raises(AttributeError):
        vm.PowerOnVM_Taks()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        ObjectSpec(obj=vm).objekt  # type: ignore[attr-defined]  # noqa: B018


def test_no_runtime_class_defines_getattr_except_the_lazy_package() -> None:
    offenders = []
    for path in (ROOT / "pyvmomo").rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name in ("__getattr__", "__getattribute__"):
                        offenders.append(f"{path}:{node.name}")
    assert offenders == []


def _importers(*modules: str, relative_to: str = "pyvmomo") -> list[str]:
    """Runtime files importing any of ``modules`` (``._http`` style names are resolved)."""
    importers = []
    for path in sorted((ROOT / "pyvmomo").rglob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = f"{relative_to}." if node.level else ""
                names = [base + (node.module or "")] + [base + a.name for a in node.names if not node.module]
            if any(n == m or n.startswith(m + ".") for n in names for m in modules):
                importers.append(path.relative_to(ROOT).as_posix())
    return sorted(set(importers))


def test_only_the_http_module_opens_connections_and_only_the_transport_uses_it() -> None:
    network = ("socket", "select", "selectors", "http", "urllib3", "requests")
    assert _importers(*network) == ["pyvmomo/_http.py"]
    # SOAP calls and plain transfers (datastore files, NFC disks) of the same client: nothing else.
    assert _importers("pyvmomo._http") == ["pyvmomo/_transfers.py", "pyvmomo/_transport.py"]
    # _endpoint reads the proxy environment with urllib.request's parser: no I/O there.
    assert _importers("urllib.request") == ["pyvmomo/_endpoint.py"]


def _private_names_imported(path: Path) -> list[str]:
    """``module:name`` for each underscored name ``path`` imports from elsewhere (private modules aside)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.ImportFrom):
            continue
        folder = path.parent
        for _ in range(max(node.level - 1, 0)):
            folder = folder.parent
        base = folder.joinpath(*(node.module or "").split(".")) if node.level else None
        for alias in node.names:
            name = alias.name
            if not name.startswith("_") or name.startswith("__"):
                continue
            is_module = base is not None and (
                (base / f"{name}.py").exists() or (base / name / "__init__.py").exists()
            )
            if not is_module:
                found.append(f"{node.module or '.'}:{name}")
    return found


def test_no_runtime_module_imports_another_modules_private_names() -> None:
    # Modules talk through public names (Session.generation, Registry.is_fault, ...): a private
    # import is a seam nobody owns. Importing a private *module* (``from . import _xsd``) is fine.
    offenders = {
        path.relative_to(ROOT).as_posix(): names
        for path in sorted((ROOT / "pyvmomo").rglob("*.py"))
        if (names := _private_names_imported(path))
    }
    assert offenders == {}


def test_the_private_import_check_sees_a_private_name_but_not_a_private_module(tmp_path: Path) -> None:
    (tmp_path / "_xsd.py").write_text("")
    sample = tmp_path / "sample.py"
    lines = ["from pyvmomo.property import _helper", "from . import _xsd, _gone", "from .x import __all__"]
    sample.write_text("\n".join(lines))
    assert _private_names_imported(sample) == ["pyvmomo.property:_helper", ".:_gone"]


def test_data_objects_have_keyword_init_repr_and_equality() -> None:
    spec = ObjectSpec(obj=VirtualMachine(transport(), "vm-1"), skip=False)
    assert spec == ObjectSpec(obj=VirtualMachine(transport(), "vm-1"), skip=False)
    assert spec != ObjectSpec(obj=VirtualMachine(transport(), "vm-1"), skip=True)
    assert spec.selectSet == []
    assert repr(spec) == "ObjectSpec(obj=VirtualMachine:vm-1, skip=False)"
    with pytest.raises(TypeError):
        ObjectSpec(VirtualMachine(transport(), "vm-1"))  # type: ignore[call-arg]


def test_secret_members_are_masked_in_repr() -> None:
    spec = HostConnectSpec(force=True, password="hunter2-sentinel", userName="root")
    assert "hunter2-sentinel" not in repr(spec)
    assert "password='***'" in repr(spec)


def test_plain_http_to_a_remote_host_is_refused_unless_allowed() -> None:
    with pytest.raises(ValueError, match="plain http"):
        transport("http://vc.example.com/sdk")
    transport("http://127.0.0.1:8989/sdk")
    Transport("http://vc.example.com/sdk", registry=Registry(), allow_insecure_http=True)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https:///sdk", "no host in"),
        ("ftp://vc/sdk", "unsupported URL scheme"),
        ("https://vc/sdk/\u00fc", "must be ASCII"),
        ("https://vc.b\u00fccher.example/sdk", "IDNA form"),
    ],
)
def test_a_url_without_host_or_with_another_scheme_is_refused_at_once(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        transport(url)


def test_import_pyvmomo_loads_neither_attrs_nor_the_network_until_used() -> None:
    # attrs (and what it imports) costs about a third of `import pyvmomo`; it loads with the
    # first ConnectOptions or RetryPolicy, or a call's first failure. The transport, h11, ssl
    # and lxml load with the first connect().
    code = (
        "import sys, pyvmomo\n"
        "lazy = ('attr', 'attrs', 'pyvmomo._retry', 'pyvmomo._options',\n"
        "        'pyvmomo._transport', 'h11', 'ssl', 'lxml')\n"
        "before = sorted(m for m in lazy if m in sys.modules)\n"
        "policy = pyvmomo.RetryPolicy(attempts=2)\n"
        "from pyvmomo import ConnectOptions\n"
        "listed = 'RetryPolicy' in dir(pyvmomo)\n"
        "print(before, 'attrs' in sys.modules, policy.attempts, ConnectOptions().pool_size, listed)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    out = run.stdout
    assert out.split() == ["[]", "True", "2", "16", "True"]
    with pytest.raises(AttributeError, match="has no attribute 'RetryPolicyy'"):
        pyvmomo.RetryPolicyy  # type: ignore[attr-defined]  # noqa: B018


def test_public_names_are_pinned() -> None:
    assert sorted(pyvmomo.__all__) == [
        "AnyUri", "ArgumentError", "Array", "Byte", "Client", "ConnectOptions", "ConnectionFailed",
        "DataObject", "Double", "EnumValue", "Float", "InsecureTlsWarning", "Int", "InvalidSetting", "Long",
        "ManagedObject", "OpenEnum",
        "OutcomeUnknown", "OvfError", "OvfWarning",
        "ProtocolError", "PyvmomoError", "ReloginFailed", "RetryPolicy", "ServerFault",
        "SessionObjectsLost", "Short", "TaskTimeout", "TlsError", "TransferError", "TransferInterrupted",
        "TransportError",
        "UnknownManagedObject", "connect",
    ]  # fmt: skip
