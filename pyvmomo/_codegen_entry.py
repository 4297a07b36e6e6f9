"""Console entry point of ``pyvmomo-codegen``; the runtime never imports the generator.

Installed from a wheel the generator is the package ``pyvmomo_codegen``; in a
source checkout (editable install) it is the top-level folder ``codegen``.
"""

from __future__ import annotations

import importlib


def main() -> int:
    """Run the generator's command line."""
    try:
        cli = importlib.import_module("pyvmomo_codegen.cli")
    except ModuleNotFoundError:
        cli = importlib.import_module("codegen.cli")
    return int(cli.main())
