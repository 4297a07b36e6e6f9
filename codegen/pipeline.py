"""The whole generator, top to bottom: parse -> validate -> model -> passes -> resolve -> render -> write.

Every stage but ``write`` is a pure function of its inputs, so the same WSDL
set and catalogue always give the same bytes. ``resolve`` turns the model into
one plain-data view per file (imports, annotations, docstrings decided);
``render`` formats each view once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import passes, render, resolve, validate, write
from .catalogue import (
    DEFAULT_CATALOGUE,
    DEFAULT_SAFE_OPS,
    DEFAULT_SECRETS,
    load_catalogue,
    service_defaults,
)
from .model import Api, build_api, imported_names
from .sibling import Sibling, load_sibling
from .wsdl import Fetch, InputFile, parse_wsdl, read_file

# The built-in vim25 package: the sibling of a service generated without --sibling.
DEFAULT_SIBLING = Path(__file__).resolve().parent.parent / "pyvmomo" / "vim25"


@dataclass(frozen=True)
class Inputs:
    """Where the generator reads from.

    ``wsdl`` is a folder, an entry ``.wsdl`` file or an ``https://`` URL;
    ``fetch`` reads one location of the set (``fetch.https_fetcher`` for a
    server). ``catalogue`` and ``safe_ops`` may be None: the run then reports
    every operation as unplaced (see ``catalogue.py``). The vim25 defaults
    stand for "this service's defaults": for a pbm set they become
    ``wsdl/pbm.json`` and ``wsdl/pbm_safe_ops.json`` (``catalogue.service_defaults``).
    ``sibling`` is the generated vim25 package a service imports vim25 types
    from (normally the ``vim25`` folder beside the output).
    """

    wsdl: str | Path
    catalogue: Path | None = DEFAULT_CATALOGUE
    safe_ops: Path | None = DEFAULT_SAFE_OPS
    secrets: Path | None = DEFAULT_SECRETS
    fetch: Fetch = read_file
    sibling: Path = DEFAULT_SIBLING


def build(inputs: Inputs) -> Api:
    """Parse, validate, model and run the passes: the finished model."""
    wsdl = parse_wsdl(inputs.wsdl, inputs.fetch)
    validate.validate_wsdl(wsdl)
    paths = _service_paths(inputs, wsdl.service)
    catalogue = load_catalogue(wsdl.version, *paths)
    catalogue_files = tuple(
        InputFile(f"wsdl/{path.name}", sha256)
        for path, sha256 in zip(
            paths, (catalogue.sha256, catalogue.safe_ops_sha256, catalogue.secrets_sha256), strict=True
        )
        if path is not None
    )
    needed = imported_names(wsdl)
    sibling: Sibling | None = None
    if needed:
        # The classes the service inherits from, and those whose members it needs, are read.
        sibling = load_sibling(inputs.sibling, frozenset(needed))
    validate.validate_sibling(wsdl, sibling)
    api = build_api(wsdl, catalogue, catalogue_files, sibling)
    for run_pass in passes.PASSES:
        api = run_pass(api)
    validate.validate_api(api)
    return api


def _service_paths(inputs: Inputs, service: str) -> tuple[Path | None, Path | None, Path | None]:
    """The catalogue, safe-ops and secrets files, the vim25 defaults swapped for the service's."""
    defaults = service_defaults(service)
    given = (inputs.catalogue, inputs.safe_ops, inputs.secrets)
    vim25 = (DEFAULT_CATALOGUE, DEFAULT_SAFE_OPS, DEFAULT_SECRETS)
    return tuple(  # type: ignore[return-value]
        default if path is not None and path == vim25_default else path
        for path, vim25_default, default in zip(given, vim25, defaults, strict=True)
    )


def generate(
    inputs: Inputs,
    out_dir: Path,
    *,
    strict: bool = False,
    report: Callable[[str], None] = print,
    api: Api | None = None,
) -> Api:
    """Generate a binding package into ``out_dir`` and check that it imports (``api``: built already)."""
    api = api or build(inputs)
    gaps = validate.catalogue_gaps(api)
    for gap in gaps:
        report(f"catalogue gap: {gap}")
    if strict and gaps:
        listed = "\n  ".join(gaps[:20]) + ("\n  ..." if len(gaps) > 20 else "")
        raise validate.SchemaError(f"{len(gaps)} catalogue gaps, fatal with --strict:\n  {listed}")
    emit(api, out_dir)
    return api


def emit(api: Api, out_dir: Path) -> int:
    """Render ``api`` into ``out_dir``, import every module; return how many files changed."""
    changed = write.write_files(render_files(api), out_dir)
    write.import_every_module(out_dir)
    return changed


def render_files(api: Api) -> dict[str, str]:
    """Every generated file of ``api``, as relative path -> text: resolve, then render."""
    return render.render_package(resolve.resolve_package(api))


def digest(files: dict[str, str]) -> str:
    """One SHA-256 over a rendered file set, for determinism tests."""
    h = hashlib.sha256()
    for path, text in sorted(files.items()):
        h.update(path.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()
