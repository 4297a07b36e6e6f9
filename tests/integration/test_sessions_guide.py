"""The ``python`` blocks of docs/guide/sessions.md run, in order, against a private vcsim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.sessions_support import PASSWORD, USER
from tests.vcsim import VcsimFactory

pytestmark = pytest.mark.integration

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "sessions.md"


def test_every_python_block_of_the_sessions_guide_runs(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory(username=USER, password=PASSWORD)
    blocks = re.findall(r"```python\n(.*?)```", GUIDE.read_text(), flags=re.DOTALL)
    assert len(blocks) >= 4
    namespace: dict[str, object] = {"URL": server.url, "USER": USER, "PASSWORD": PASSWORD}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{GUIDE.name} block {number}", "exec"), namespace)
