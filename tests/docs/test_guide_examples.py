"""The guides' examples run against vcsim, so the docs cannot drift from the code.

A ```python block in ``docs/**/*.md`` whose lines start with ``>>>`` is a
doctest: expected output is compared (with ``ELLIPSIS`` and
``NORMALIZE_WHITESPACE``). All such blocks of one page run in order in one
namespace holding ``client`` (logged in to the shared simulator), ``url`` (the
simulator's URL), ``pyvmomo``, and for the TLS and proxy examples ``vc_url`` (an
HTTPS simulator), ``remote_url`` (the same behind a name only the proxy knows),
``ca_bundle``, ``client_cert``, ``client_key``, ``tunnel`` and ``proxy_url``
(``network_lab``). Blocks without prompts are shown, not run
(shell commands, code that needs a real vCenter). Examples that change the
inventory put it back, since the simulator is shared with other tests.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvmomo
from tests.tools.connect_proxy import ConnectProxy
from tests.vcsim import PROXIED_HOST, TlsVcsim, VcsimServer

pytestmark = pytest.mark.integration

DOCS = Path(__file__).resolve().parents[2] / "docs"
# Guide pages this repository's docs promise to keep runnable: each must hold examples.
PAGES_WITH_EXAMPLES = (
    "index.md",
    "guide/connect.md",
    "guide/calls.md",
    "guide/faults.md",
    "guide/property-collector.md",
    "guide/tasks.md",
    "guide/save-and-replay.md",
    "guide/regenerate.md",
    "guide/testing-with-vcsim.md",
    "guide/from-pyvmomi.md",
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
