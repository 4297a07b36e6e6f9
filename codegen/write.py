"""Stage 7, write: put rendered files on disk and prove they import.

The only stage with side effects. Files no longer generated are removed, so a
type dropped from the WSDL does not linger. Writing skips files whose bytes are
unchanged, keeping mtimes (and mypy's cache) stable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .sibling import dotted_name

MARKER = "# Generated from "


def write_files(files: dict[str, str], out_dir: Path) -> int:
    """Write ``files`` under ``out_dir``; return how many files changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = 0
    for rel, text in files.items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode()
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            changed += 1
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir).as_posix()
        if path.is_file() and rel not in files and "__pycache__" not in rel:
            if path.suffix == ".py" and not path.read_text().startswith(MARKER):
                raise RuntimeError(f"refusing to delete hand-written file {path}")
            path.unlink()
            changed += 1
    return changed


def import_every_module(out_dir: Path) -> None:
    """Import each generated module in a fresh interpreter; raise if any fails."""
    # Imported under its full dotted name (``pyvmomo.pbm``), so relative imports of a sibling work.
    package, root = dotted_name(out_dir)
    modules = sorted(
        package
        + "."
        + p.relative_to(out_dir).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
        for p in out_dir.rglob("*.py")
    )
    script = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    env_path = str(root)
    repo = str(Path(__file__).resolve().parent.parent)
    # Compiling 3,000 modules is most of the check: one interpreter per core shares it.
    workers = max(1, min(os.cpu_count() or 1, 4))
    running = [
        subprocess.Popen(
            [
                sys.executable,
                "-B",  # the check's byte-code would be 3,000 more files to write
                "-c",
                f"import sys; sys.path[:0] = [{env_path!r}, {repo!r}]\n" + script,
                *modules[share::workers],
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for share in range(workers)
    ]
    failures = [error for process in running if (error := process.communicate()[1]) and process.returncode]
    if failures:
        raise RuntimeError(f"generated package {out_dir} does not import:\n{failures[0][-4000:]}")
