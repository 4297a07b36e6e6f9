"""Regenerating bindings as users do: from a server URL, for 5.5, into any folder, from the wheel."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import importlib
import ssl
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import pyvmomo
from codegen import cli, pipeline
from codegen.fetch import FetchError, https_fetcher
from codegen.model import Api
from tests.codegen.conftest import BINDINGS, ROOT, run_mypy_strict
from tests.conftest import require_shared_wsdl
from tests.vcsim import VcsimServer, make_tls_cert, sha256_thumbprint

# --- a WSDL set served over HTTPS on loopback ------------------------------------------


@dataclass
class WsdlServer:
    """A loopback HTTPS server publishing a folder under ``/sdk/``."""

    base: str
    cert: Path
    requested: list[str] = field(default_factory=list)

    @property
    def entry(self) -> str:
        return f"{self.base}/sdk/vimService.wsdl"


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, requested: list[str], **kwargs: Any) -> None:
        self._requested = requested
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        self._requested.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test reads ``requested`` instead."""


@contextlib.contextmanager
def _serve(root: Path, cert: Path, key: Path) -> Iterator[WsdlServer]:
    requested: list[str] = []
    handler = functools.partial(_Handler, directory=str(root), requested=requested)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield WsdlServer(f"https://127.0.0.1:{server.server_address[1]}", cert, requested)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_tls_cert(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def wsdl_server(tmp_path: Path, tls: tuple[Path, Path]) -> Iterator[WsdlServer]:
    """The shared 7.0.3 set at ``https://127.0.0.1:<port>/sdk/``."""
    (tmp_path / "sdk").symlink_to(require_shared_wsdl("vim25-7.0.3"), target_is_directory=True)
    with _serve(tmp_path, *tls) as server:
        yield server


def test_a_set_fetched_over_https_builds_the_same_model_as_the_folder(
    wsdl_server: WsdlServer, api_7_0_3: Api
) -> None:
    fetch = https_fetcher(wsdl_server.entry, verify=str(wsdl_server.cert))
    api = pipeline.build(pipeline.Inputs(wsdl=wsdl_server.entry, fetch=fetch))
    assert api == api_7_0_3  # same files, same hashes, same model: same bindings
    assert sorted(wsdl_server.requested) == sorted(
        f"/sdk/{f.name}" for f in api.files if not f.name.startswith("wsdl/")
    )
    assert len(wsdl_server.requested) == 9  # each file once, imports resolved relative to /sdk/


def test_check_accepts_a_url_with_the_servers_ca(wsdl_server: WsdlServer) -> None:
    args = ["check", "--wsdl", wsdl_server.entry, "--verify", str(wsdl_server.cert)]
    assert cli.main(args) == 0  # the committed bindings are what this URL generates


def test_a_pinned_thumbprint_replaces_the_chain_check(wsdl_server: WsdlServer) -> None:
    pinned = https_fetcher(wsdl_server.entry, thumbprint=sha256_thumbprint(wsdl_server.cert))
    assert pinned(wsdl_server.entry).startswith(b"<?xml")
    wrong = https_fetcher(wsdl_server.entry, thumbprint="sha256:" + "0" * 64)
    with pytest.raises(FetchError, match="TLS check"):
        wrong(wsdl_server.entry)


def test_an_untrusted_certificate_is_refused_with_advice(
    wsdl_server: WsdlServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(FetchError, match="--verify CA_BUNDLE or --thumbprint"):
        https_fetcher(wsdl_server.entry)(wsdl_server.entry)
    assert cli.main(["check", "--wsdl", wsdl_server.entry]) == 1
    assert "TLS check" in capsys.readouterr().err


def test_imports_and_redirects_leaving_the_server_are_refused(tmp_path: Path, tls: tuple[Path, Path]) -> None:
    (tmp_path / "sdk").mkdir()
    (tmp_path / "sdk" / "vimService.wsdl").write_text(
        '<definitions xmlns="http://schemas.xmlsoap.org/wsdl/">'
        '<import namespace="urn:vim25" location="file:///etc/hostname"/></definitions>'
    )
    with _serve(tmp_path, *tls) as server:
        fetch = https_fetcher(server.entry, verify=str(server.cert))
        with pytest.raises(FetchError, match=r"outside https://127\.0\.0\.1"):
            pipeline.build(pipeline.Inputs(wsdl=server.entry, fetch=fetch))
        with pytest.raises(FetchError, match="redirects to"):
            fetch(server.base + "/sdk")  # the server answers 301 to /sdk/; not followed


# --- generated packages driving vcsim --------------------------------------------------


def _forget(package: str) -> None:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


def _retrieve_vm_names(client: pyvmomo.Client, bindings: Any) -> list[Any]:
    """One RetrievePropertiesEx for the VMs' names, built from ``bindings``' own classes."""
    content = client.content
    assert content.viewManager is not None
    view = content.viewManager.CreateContainerView(
        container=content.rootFolder, type=["VirtualMachine"], recursive=True
    )
    spec = bindings.PropertyFilterSpec(
        propSet=[bindings.PropertySpec(type="VirtualMachine", pathSet=["name"])],
        objectSet=[
            bindings.ObjectSpec(
                obj=view,
                skip=True,
                selectSet=[
                    bindings.TraversalSpec(name="view", type="ContainerView", path="view", skip=False)
                ],
            )
        ],
    )
    result = content.propertyCollector.RetrievePropertiesEx(
        specSet=[spec], options=bindings.RetrieveOptions()
    )
    view.DestroyView()
    assert result is not None
    return list(result.objects)


def test_bindings_generated_into_any_folder_drive_the_simulator(
    tmp_path: Path, vcsim: VcsimServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "mybindings"
    assert cli.main(["generate", "--wsdl", str(require_shared_wsdl("vim25-7.0.3")), "--out", str(out)]) == 0
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import mybindings  # type: ignore[import-not-found]

        with pyvmomo.connect(vcsim.url, user="user", password="pass", bindings="mybindings") as client:
            # A subclass of the bindings' own class (its managers become proxies when read).
            assert isinstance(client.content, mybindings.ServiceContent)
            assert type(client.content.propertyCollector) is mybindings.PropertyCollector
            objects = _retrieve_vm_names(client, mybindings)
            assert len(objects) == 4
            assert {type(o).__module__ for o in objects} == {"mybindings.types.object_content"}
            assert {type(o.obj) for o in objects} == {mybindings.VirtualMachine}
            now = client.ref(mybindings.ServiceInstance, "ServiceInstance").CurrentTime()
            assert now.tzinfo is not None
    finally:
        _forget("mybindings")


def test_5_5_bindings_import_and_pass_mypy_strict(bindings_5_5: str) -> None:
    package = BINDINGS / bindings_5_5
    assert 'API_VERSION = "5.5"' in (package / "_index.py").read_text()
    assert (package / "managed" / "virtual_machine.py").exists()
    assert not (package / "types" / "virtual_machine_instant_clone_spec.py").exists()  # 6.7
    run_mypy_strict(BINDINGS, [bindings_5_5], "bindings-5.5")


def test_5_5_bindings_drive_a_6_5_simulator(bindings_5_5: str, vcsim: VcsimServer) -> None:
    bindings = importlib.import_module(bindings_5_5)
    with pyvmomo.connect(vcsim.url, user="user", password="pass", bindings=bindings) as client:
        assert client.api_version == "5.5"  # the server offers 6.5, 6.0 and 5.5
        assert isinstance(client.content, bindings.ServiceContent)
        assert client.content.about.apiVersion == "6.5"
        # vcsim answers with 6.5-level content; members 5.5 lacks must not break decoding
        assert "cryptoManager" not in {f.wire for f in bindings.ServiceContent._fields_}
        objects = _retrieve_vm_names(client, bindings)
        assert sorted(o.propSet[0].val for o in objects)[0].startswith("DC0_")
        assert {type(o.obj) for o in objects} == {bindings.VirtualMachine}


# --- the generator as users install it -------------------------------------------------


def test_the_wheel_ships_the_generator_as_pyvmomo_codegen_with_its_data(tmp_path: Path) -> None:
    build = "import sys\nfrom hatchling.build import build_wheel\nprint(build_wheel(sys.argv[1]))"
    built = subprocess.run(
        [sys.executable, "-c", build, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    wheel = zipfile.ZipFile(tmp_path / built.stdout.strip().splitlines()[-1])
    names = set(wheel.namelist())
    for packaged in ("cli.py", "templates/managed.py.j2", "data/vim25.json", "data/safe_ops.json"):
        assert f"pyvmomo_codegen/{packaged}" in names
    assert not any(n.startswith("codegen/") or "__pycache__" in n for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "pyvmomo-codegen = pyvmomo._codegen_entry:main" in wheel.read(entry_points).decode()
    site = tmp_path / "site"
    wheel.extractall(site)

    fragment = ROOT / "tests" / "codegen" / "fragments" / "keyword_field"
    out = tmp_path / "fromwheel"
    script = (
        "import sys\n"
        f"sys.path = [{str(site)!r}] + [p for p in sys.path if p not in ('', {str(ROOT)!r})]\n"
        "from pyvmomo._codegen_entry import generator_cli\n"
        "cli = generator_cli()\n"
        "print(cli.__file__)\n"
        f"sys.exit(cli.main(['generate', '--wsdl', {str(fragment)!r}, '--out', {str(out)!r}]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.splitlines()[0] == str(site / "pyvmomo_codegen" / "cli.py")
    catalogue_sha = hashlib.sha256((ROOT / "wsdl" / "vim25.json").read_bytes()).hexdigest()[:12]
    assert f"wsdl/vim25.json {catalogue_sha}" in (out / "_index.py").read_text()  # the packaged copy


def test_the_console_entry_point_runs_the_checkouts_generator() -> None:
    from pyvmomo._codegen_entry import generator_cli

    assert Path(generator_cli().__file__ or "") == ROOT / "codegen" / "cli.py"
    run = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "OLD" in run.stdout.upper()
