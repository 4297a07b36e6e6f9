"""Console entry point of ``pyvmomo-codegen``; the runtime never imports the generator.

Installed from a wheel the generator is the package ``pyvmomo_codegen``. In a
source checkout it is the top-level folder ``codegen``, and that folder wins:
an editable install also copies it to ``pyvmomo_codegen`` at install time, and
that copy goes stale with the first edit.

Without the ``codegen`` extra (jinja2, markupsafe, markdown) the command says
how to install it and exits 2, instead of a ``ModuleNotFoundError`` traceback.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType


def generator_cli() -> ModuleType:
    """The generator's ``cli`` module: the checkout's ``codegen`` if there is one."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").exists() and (checkout / "codegen" / "cli.py").exists():
        return importlib.import_module("codegen.cli")
    return importlib.import_module("pyvmomo_codegen.cli")


EXTRA_MODULES = frozenset({"jinja2", "markupsafe", "markdown"})


def main() -> int:
    """Run the generator's command line."""
    try:
        cli = generator_cli()
    except ModuleNotFoundError as exc:
        if exc.name not in EXTRA_MODULES:
            raise
        print(
            f"error: pyvmomo-codegen needs {exc.name}, from the codegen extra: "
            "pip install 'pyvmomo[codegen]' (from a checkout of pyvmomo: pip install '.[codegen]')",
            file=sys.stderr,
        )
        return 2
    return int(cli.main())
