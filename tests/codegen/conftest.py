"""Fixtures shared by the generator tests: built models, generated packages, the zeep oracle.

Building a model takes about a second and generating a package a few, so each
is done once per session. Generated packages that mypy checks live at a fixed
place under ``build/`` (not ``tmp_path``): mypy's cache is keyed by path, and a
stable path keeps the second and later runs fast.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen import pipeline
from codegen.model import Api
from tests.conftest import require_shared_wsdl

ROOT = Path(__file__).resolve().parents[2]
BINDINGS = ROOT / "build" / "test-bindings"


@pytest.fixture(scope="session")
def api_7_0_3() -> Api:
    """The model of the 7.0.3 set with the committed catalogue."""
    return pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("vim25-7.0.3")))


@pytest.fixture(scope="session")
def api_5_5() -> Api:
    """The model of the 5.5 set with the committed catalogue (cut to 5.5)."""
    return pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("vim25-5.5")))


@pytest.fixture(scope="session")
def bindings_5_5(api_5_5: Api) -> Iterator[str]:
    """A 5.5 binding package ``vim25_55`` under ``build/test-bindings``, importable by name."""
    out = BINDINGS / "vim25_55"
    pipeline.emit(api_5_5, out)
    sys.path.insert(0, str(BINDINGS))
    yield "vim25_55"
    sys.path.remove(str(BINDINGS))
    for name in [m for m in sys.modules if m == "vim25_55" or m.startswith("vim25_55.")]:
        del sys.modules[name]


@pytest.fixture(scope="session")
def zeep_operations() -> dict[str, Any]:
    """The 7.0.3 operations as zeep reads them: an independent parse of the same WSDL."""
    import zeep

    client = zeep.Client(str(require_shared_wsdl("vim25-7.0.3") / "vimService.wsdl"))  # type: ignore[no-untyped-call]
    service = next(iter(client.wsdl.services.values()))
    port = next(iter(service.ports.values()))
    operations: dict[str, Any] = port.binding._operations
    return operations


def run_mypy_strict(search_path: Path, packages: list[str], cache: str) -> str:
    """``mypy --strict`` on packages found under ``search_path``; returns its report, fails on errors.

    The cache lives in ``build/mypy-tests/<cache>`` so that reruns only check what changed.
    """
    cache_dir = ROOT / "build" / "mypy-tests" / cache
    cache_dir.mkdir(parents=True, exist_ok=True)
    config = cache_dir / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n")
    args = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache_dir)]
    for package in packages:
        args += ["-p", package]
    result = subprocess.run(args, cwd=search_path, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    return result.stdout
