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
import re
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.coverage_report import note
from tests.vcsim import VcsimFactory

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((Path(__file__).parent / "scripts").glob("[!_]*.py"))
MARK = "# deliberate error"


def marked_lines(script: Path) -> set[int]:
    lines = script.read_text().splitlines()
    return {number for number, line in enumerate(lines, 1) if line.rstrip().endswith(MARK)}


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


@pytest.mark.integration
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_the_script_runs_against_vcsim(script: Path, vcsim_factory: VcsimFactory) -> None:
    module = importlib.import_module(f"tests.typing.scripts.{script.stem}")
    server = vcsim_factory()
    assert module.main(server.url, "user", "pass")
