"""Every ```python block of README.md and docs/ runs against vcsim, so the docs cannot drift.

A block whose lines start with ``>>>`` is a doctest: expected output is
compared (with ``ELLIPSIS`` and ``NORMALIZE_WHITESPACE``). All such blocks of
one page run in order in one namespace holding ``client`` (logged in to the
shared simulator), ``url`` (the simulator's URL), ``pyvmomo``, and for the
TLS and proxy examples ``vc_url`` (an HTTPS simulator), ``remote_url`` (the same
behind a name only the proxy knows), ``ca_bundle``, ``client_cert``,
``client_key``, ``tunnel`` and ``proxy_url`` (``network_lab``). Examples
that change the inventory put it back, since the simulator is shared.

A block without prompts is a script: the page's scripts run in order in one
namespace, as written, with only the example URL (``https://vc.example.com/sdk``)
replaced by a simulator's. This module runs those of the pages in ``SCRIPTS``;
two guides with many scripts have a test of their own (``RUN_ELSEWHERE``).
``test_every_python_block_is_run`` keeps the lists complete. Shell blocks are
shown, not run.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvmomo
from codegen import pipeline
from codegen.model import Api
from tests.tools.connect_proxy import ConnectProxy
from tests.vcsim import PROXIED_HOST, TlsVcsim, VcsimFactory, VcsimServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLE_URL = "https://vc.example.com/sdk"
# Pages whose scripts (```python blocks without >>>) the tests below run.
SCRIPTS = (
    "README.md",
    "docs/guide/from-pyvmomi.md",
    "docs/guide/regenerate.md",
    "docs/guide/testing-with-vcsim.md",
)
RUN_ELSEWHERE = {
    "docs/guide/inventory-and-tasks.md": "tests/integration/test_property_docs.py",
    "docs/guide/sessions.md": "tests/integration/test_sessions_guide.py",
}
# Guide pages this repository's docs promise to keep runnable: each must hold examples.
PAGES_WITH_EXAMPLES = (
    "index.md",
    "guide/connect.md",
    "guide/calls.md",
    "guide/faults.md",
    "guide/property-collector.md",
    "guide/tasks.md",
    "guide/save-and-replay.md",
    "guide/storage-policies.md",
    "guide/regenerate.md",
    "guide/testing-with-vcsim.md",
    "guide/from-pyvmomi.md",
    "guide/files-and-appliances.md",
)
_FENCE = re.compile(r"^(```|~~~)")


def doctest_source(markdown: str) -> str:
    """The page with every line blanked except those of ```python blocks holding ``>>>``.

    Line numbers are kept, so a failure points at the Markdown line.
    """
    lines = markdown.splitlines()
    out = [""] * len(lines)
    block: list[int] | None = None
    for number, line in enumerate(lines):
        if block is None:
            if line.strip() == "```python":
                block = []
        elif _FENCE.match(line.strip()):
            if any(lines[i].lstrip().startswith(">>>") for i in block):
                for i in block:
                    out[i] = lines[i]
            block = None
        else:
            block.append(number)
    return "\n".join(out) + "\n"


def script_blocks(markdown: str) -> list[str]:
    """The page's ```python blocks that hold no ``>>>`` prompt, in order."""
    blocks = re.findall(r"^```python\n(.*?)^```", markdown, flags=re.DOTALL | re.MULTILINE)
    return [b for b in blocks if not any(line.lstrip().startswith(">>>") for line in b.splitlines())]


def run_scripts(page: str, namespace: dict[str, object], url: str) -> str:
    """Run the page's scripts in order in ``namespace``, the example URL replaced; return stdout."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        for number, code in enumerate(script_blocks((ROOT / page).read_text()), 1):
            try:
                exec(compile(code.replace(EXAMPLE_URL, url), f"{page} script {number}", "exec"), namespace)
            except Exception as exc:
                raise AssertionError(f"{page} script {number} failed:\n{code}") from exc
    return output.getvalue()


def test_every_python_block_is_run() -> None:
    pages = [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]
    with_scripts = {p.relative_to(ROOT).as_posix() for p in pages if script_blocks(p.read_text())}
    assert with_scripts <= set(SCRIPTS) | set(RUN_ELSEWHERE), "add the page to SCRIPTS and run it"
    assert set(SCRIPTS) <= with_scripts
    assert not [p.name for p in pages if "<!-- skip -->" in p.read_text()]


def test_the_readme_lists_every_guide_page() -> None:
    readme = (ROOT / "README.md").read_text()
    pages = sorted((DOCS / "guide").glob("*.md"))
    assert [p.name for p in pages if f"docs/guide/{p.name}" not in readme] == []


def _pages_with_examples() -> list[str]:
    return sorted(
        p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if ">>>" in doctest_source(p.read_text())
    )


def test_doctest_source_keeps_prompted_python_blocks_only_and_their_line_numbers() -> None:
    page = "# T\n```python\n>>> 1 + 1\n2\n```\n\n```python\nshown_only()\n```\n```sh\n>>> not python\n```\n"
    source = doctest_source(page)
    assert source.splitlines()[2:4] == [">>> 1 + 1", "2"]
    assert "shown_only" not in source and "not python" not in source
    assert len(source.splitlines()) == len(page.splitlines())


@pytest.mark.parametrize("page", PAGES_WITH_EXAMPLES)
def test_guide_page_holds_runnable_examples(page: str) -> None:
    examples = doctest.DocTestParser().get_examples(doctest_source((DOCS / page).read_text()))
    assert examples, f"docs/{page} has no >>> example in a ```python block"


@pytest.fixture(scope="module")
def network_lab(vcsim_tls: TlsVcsim) -> Iterator[dict[str, object]]:
    """Names the connect guide's TLS and proxy examples use: an HTTPS server and a proxy to it.

    The proxy answers for ``vc.example.test`` (loopback is never proxied) and wants credentials.
    """
    port = vcsim_tls.server.port
    routes = {f"{PROXIED_HOST}:{port}": ("127.0.0.1", port)}
    with ConnectProxy(username="alice", password="s3cret", routes=routes) as proxy:
        host, tunnel_port = vcsim_tls.server.tunnel_address
        yield {
            "vc_url": vcsim_tls.server.url,
            "remote_url": f"https://{PROXIED_HOST}:{port}/sdk",
            "ca_bundle": str(vcsim_tls.ca_cert),
            "client_cert": str(vcsim_tls.client.cert),
            "client_key": str(vcsim_tls.client.key),
            "tunnel": f"{host}:{tunnel_port}",
            "proxy_url": proxy.url_with_credentials,
        }


@pytest.mark.parametrize("page", _pages_with_examples())
def test_guide_examples_give_the_output_they_show(
    page: str, client: pyvmomo.Client, vcsim: VcsimServer, network_lab: dict[str, object]
) -> None:
    path = DOCS / page
    source = doctest_source(path.read_text())
    globs = {"client": client, "url": vcsim.url, "pyvmomo": pyvmomo, "__name__": "docs", **network_lab}
    test = doctest.DocTestParser().get_doctest(source, globs, page, str(path), 0)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    result = runner.run(test, out=report.append, clear_globs=False)
    assert result.failed == 0, "".join(report)


# -- the scripts ---------------------------------------------------------------------


def test_the_readme_example_runs_as_written(
    vcsim_factory: VcsimFactory, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", None)  # as a fresh install: neither is there
    monkeypatch.setitem(sys.modules, "tqdm", None)
    server = vcsim_factory()
    printed = run_scripts("README.md", {}, server.url)
    assert printed.startswith("VMware vCenter Server 6.5.0 build-5973321\n")
    assert "VirtualMachine:vm-57 DC0_H0_VM0 poweredOn" in printed
    assert "ManagedObjectNotFound in PowerOnVM_Task on VirtualMachine:vm-404: " in printed
    progress = capsys.readouterr().err.splitlines()
    assert progress.count("waiting for 4 tasks: 100 % done") == 2  # powered off, then on again


def test_the_pyvmomi_script_runs_with_pyvmomi(vcsim: VcsimServer) -> None:
    if importlib.util.find_spec("pyVmomi") is None:
        pytest.skip("pyvmomi is not installed (make bench installs it)")
    code = script_blocks((DOCS / "guide" / "from-pyvmomi.md").read_text())[0]
    host, port = vcsim.url.split("/")[2].split(":")
    code = code.replace('host="vc.example.com"', f'host="{host}", port={port}, protocol="http"')
    exec(compile(code, "from-pyvmomi.md script 1", "exec"), {})


def test_the_regenerate_guide_connects_with_bindings_generated_into_mybindings_vim25(
    api: Api, tmp_path: Path, vcsim: VcsimServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mybindings").mkdir()
    (tmp_path / "mybindings" / "__init__.py").touch()
    pipeline.emit(api, tmp_path / "mybindings" / "vim25")
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict[str, object] = {"pyvmomo": pyvmomo}
    try:
        run_scripts("docs/guide/regenerate.md", namespace, vcsim.url)
        client = namespace["client"]
        assert isinstance(client, pyvmomo.Client)
        assert type(client.content).__module__.startswith("mybindings.vim25.")
        client.close()
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == "mybindings"]:
            del sys.modules[name]


def test_the_pytest_fixture_of_the_vcsim_guide_starts_a_simulator(vcsim_binary: Path, tmp_path: Path) -> None:
    (fixture,) = script_blocks((DOCS / "guide" / "testing-with-vcsim.md").read_text())
    (tmp_path / "conftest.py").write_text(fixture.replace("build/vcsim/vcsim", str(vcsim_binary)))
    (tmp_path / "test_it.py").write_text(
        "import pyvmomo\n\n"
        "def test_connects(vcsim_url):\n"
        "    with pyvmomo.connect(vcsim_url, user='u', password='p') as client:\n"
        "        assert client.content.about.apiVersion == '6.5'\n"
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout
