"""User scripts under ``mypy --strict`` and pyright strict: typed reads, and one caught mistake each.

Each script in ``scripts/`` is written as a user would, with ``assert_type`` on
the values it reads, and holds exactly one line marked ``# deliberate error``.
Both checkers must report that line and nothing else, so the scripts show
both that the types are precise (an ``assert_type`` fails on ``Any`` or a
wrong type) and that a real mistake is caught. The scripts also run against
vcsim, so they are correct, not just well typed.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.coverage_report import note
from tests.vcsim import VcsimFactory

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "build" / "pyright" / "node_modules" / ".bin" / "pyright"  # `make pyright`
PYRIGHT_CONFIG = Path(__file__).parent / "pyrightconfig.json"
SCRIPTS = sorted((Path(__file__).parent / "scripts").glob("[!_]*.py"))
MARK = "# deliberate error"


def marked_lines(script: Path) -> set[int]:
    lines = script.read_text().splitlines()
    return {number for number, line in enumerate(lines, 1) if MARK in line}


def test_every_script_has_exactly_one_deliberate_error() -> None:
    assert SCRIPTS
    assert {script.name: len(marked_lines(script)) for script in SCRIPTS} == dict.fromkeys(
        (s.name for s in SCRIPTS), 1
    )


def test_mypy_strict_reports_exactly_the_deliberate_error_of_each_script() -> None:
    stdout, stderr, _ = mypy_api.run(
        [
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--no-pretty",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "typing-scripts"),
            *map(str, SCRIPTS),
        ]
    )
    assert stderr == ""
    found: dict[str, set[int]] = {script.name: set() for script in SCRIPTS}
    for line in stdout.splitlines():
        match = re.match(r"^(?:.*[/\\])?([\w]+\.py):(\d+): error: ", line)
        assert match is not None or ": note: " in line, line
        if match:
            found[match[1]].add(int(match[2]))
    assert found == {script.name: marked_lines(script) for script in SCRIPTS}, stdout
    note(
        f"typing: mypy --strict on {len(SCRIPTS)} user scripts: every assert_type holds, "
        "each deliberate error is caught"
    )


def run_pyright(*args: str) -> dict[str, object]:
    """Pyright's JSON report; skips (fails under CI=true) when `make pyright` has not installed it."""
    if not PYRIGHT.exists():
        message = f"{PYRIGHT} is missing: run `make pyright` (npm, Debian's nodejs)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    # --verifytypes finds the package through the Python on PATH, not --pythonpath.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def test_pyright_strict_reports_exactly_the_deliberate_error_of_each_script() -> None:
    report = run_pyright("--project", str(PYRIGHT_CONFIG), *map(str, SCRIPTS))
    found: dict[str, set[int]] = {script.name: set() for script in SCRIPTS}
    diagnostics = report["generalDiagnostics"]
    assert isinstance(diagnostics, list)
    for diagnostic in diagnostics:
        assert diagnostic["severity"] == "error", diagnostic
        found[Path(diagnostic["file"]).name].add(diagnostic["range"]["start"]["line"] + 1)
    assert found == {script.name: marked_lines(script) for script in SCRIPTS}, diagnostics
    note(
        f"typing: pyright strict on {len(SCRIPTS)} user scripts: every assert_type holds, each mistake caught"
    )


def test_pyright_verifytypes_finds_the_public_surface_at_least_95_percent_typed() -> None:
    report = run_pyright("--verifytypes", "pyvmomo", "--ignoreexternal")
    completeness = report["typeCompleteness"]
    assert isinstance(completeness, dict)
    score = completeness["completenessScore"]
    ambiguous = [
        symbol["name"]
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]
    ]
    assert (
        completeness["packageName"] == "pyvmomo"
        and completeness["exportedSymbolCounts"]["withKnownType"] > 30_000
    )
    assert score >= 0.95, ambiguous[:20]
    note(f"typing: pyright --verifytypes pyvmomo completeness {score:.1%} (>= 95 % required)")


@pytest.mark.integration
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_the_script_runs_against_vcsim(script: Path, vcsim_factory: VcsimFactory) -> None:
    module = importlib.import_module(f"tests.typing.scripts.{script.stem}")
    server = vcsim_factory()
    assert module.main(server.url, "user", "pass")
