"""Coverage lines that fidelity tests print in the terminal summary (``tests/conftest.py``).

A test that proves something about the whole API surface notes what it covered
(``note("round trips: 2,863 types ...")``); the lines appear under "API
coverage" at the end of every run, without ``-s``.
"""

from __future__ import annotations

LINES: list[str] = []


def note(line: str) -> None:
    """Record one line for the terminal summary (once per distinct line)."""
    if line not in LINES:
        LINES.append(line)
