"""Every example of docs/guide/inventory-and-tasks.md runs, in order, against a private vcsim.

Only the example URL is replaced by the simulator's (see tests/docs/test_guide_examples.py).
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

import pyvmomo
from tests.vcsim import VcsimFactory

pytestmark = pytest.mark.integration

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "inventory-and-tasks.md"
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
EXAMPLE_URL = "https://vc.example.com/sdk"


def examples() -> list[str]:
    return BLOCK.findall(GUIDE.read_text())


def test_the_guides_examples_run_against_vcsim(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory()
    namespace: dict[str, object] = {}
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        for number, code in enumerate(examples(), 1):
            try:
                exec(
                    compile(code.replace(EXAMPLE_URL, server.url), f"{GUIDE.name} example {number}", "exec"),
                    namespace,
                )
            except Exception as exc:
                raise AssertionError(f"example {number} failed:\n{code}") from exc
    client = namespace["client"]
    assert isinstance(client, pyvmomo.Client)
    client.close()
    printed = output.getvalue()
    assert "did you mean 'hardware'?" in printed
    assert "1 powered on, 3 failed" in printed  # the other three were on: their faults came back in place
    assert "poweredOff" in printed
