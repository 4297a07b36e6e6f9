"""Golden outputs of the one-edge-case fragments: render them, and rewrite them on request.

Each folder in ``tests/codegen/fragments/`` is a tiny WSDL set (``vim.wsdl``,
whose opening comment names its edge case) with an optional ``catalogue.json``
and ``safe_ops.json``. Its golden output is the whole generated package, in
``tests/codegen/goldens/<fragment>/``. ``make regen-goldens`` runs this module
to rewrite them after a deliberate generator change; review the diff.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from codegen import pipeline

HERE = Path(__file__).resolve().parent
FRAGMENTS = HERE / "fragments"
GOLDENS = HERE / "goldens"


def fragment_names() -> list[str]:
    """Every fragment, by folder name (also the package name of its golden output)."""
    return sorted(p.name for p in FRAGMENTS.iterdir() if (p / "vim.wsdl").exists())


def fragment_inputs(name: str) -> pipeline.Inputs:
    """The generator inputs of one fragment; missing JSON files mean "none"."""
    folder = FRAGMENTS / name
    catalogue = folder / "catalogue.json"
    safe_ops = folder / "safe_ops.json"
    secrets = folder / "secrets.json"
    return pipeline.Inputs(
        wsdl=folder,
        catalogue=catalogue if catalogue.exists() else None,
        safe_ops=safe_ops if safe_ops.exists() else None,
        secrets=secrets if secrets.exists() else None,
    )


def render_fragment(name: str) -> dict[str, str]:
    """The files the generator emits for one fragment."""
    return pipeline.render_files(pipeline.build(fragment_inputs(name)))


def read_golden(name: str) -> dict[str, str]:
    """The committed golden files of one fragment."""
    root = GOLDENS / name
    return {
        p.relative_to(root).as_posix(): p.read_text()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def main() -> int:
    """Rewrite every golden folder from the current generator."""
    for name in fragment_names():
        target = GOLDENS / name
        shutil.rmtree(target, ignore_errors=True)
        for rel, text in render_fragment(name).items():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        print(f"wrote {target.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
