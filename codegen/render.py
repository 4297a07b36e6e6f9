"""Stage 6, render: format resolved module views as file texts (a pure function, no I/O).

Plain data in, text out: each template reads the fields of one frozen view
(``views.py``) and the package header, and runs once per file. Every decision
(imports, annotations, docstrings, metadata literals) was taken by
``resolve.py``. Templates live in ``templates/`` and run under Jinja's
``StrictUndefined``, so a misspelt field fails the run instead of emitting an
empty string. A final whitespace pass makes output independent of template
indentation quirks.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .views import (
    DataModule,
    EmptyFile,
    EnumsModule,
    IndexModule,
    ManagedModule,
    Module,
    Package,
    PackageInit,
    PackageStub,
    ProvenanceModule,
    SubpackageInit,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"

# The template of each kind of view.
TEMPLATE: dict[type[Module], str] = {
    DataModule: "data_type.py.j2",
    ManagedModule: "managed.py.j2",
    EnumsModule: "enums.py.j2",
    IndexModule: "index.py.j2",
    ProvenanceModule: "provenance.py.j2",
    PackageInit: "package_init.py.j2",
    PackageStub: "package_init.pyi.j2",
    SubpackageInit: "subpackage_init.py.j2",
}


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def tidy(text: str) -> str:
    """The whitespace pass: no trailing spaces, at most two blank lines, one final newline."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and len(out) >= 2 and not out[-1] and not out[-2]:
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def render_package(package: Package) -> dict[str, str]:
    """Every file of a resolved package, as relative path -> text, sorted by path."""
    env = _environment()
    templates = {kind: env.get_template(name) for kind, name in TEMPLATE.items()}
    files: dict[str, str] = {}
    for module in package.modules:
        if isinstance(module, EmptyFile):
            files[module.path] = ""
        else:
            files[module.path] = tidy(templates[type(module)].render(m=module, header=package.header))
    return dict(sorted(files.items()))
