"""Console entry point of ``pyvmomo-codegen``; the runtime never imports the generator.

Installed from a wheel the generator is the package ``pyvmomo_codegen``. In a
source checkout it is the top-level folder ``codegen``, and that folder wins:
an editable install also copies it to ``pyvmomo_codegen`` at install time, and
that copy goes stale with the first edit.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType


def generator_cli() -> ModuleType:
    """The generator's ``cli`` module: the checkout's ``codegen`` if there is one."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").exists() and (checkout / "codegen" / "cli.py").exists():
        return importlib.import_module("codegen.cli")
    return importlib.import_module("pyvmomo_codegen.cli")


def main() -> int:
    """Run the generator's command line."""
    return int(generator_cli().main())
