"""The whole generator, top to bottom: parse -> validate -> model -> passes -> render -> write.

Every stage but ``write`` is a pure function of its inputs, so the same WSDL
set and catalogue always give the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import passes, render, validate, write
from .catalogue import DEFAULT_CATALOGUE, DEFAULT_SAFE_OPS, DEFAULT_SECRETS, load_catalogue
from .model import Api, build_api
from .wsdl import Fetch, InputFile, parse_wsdl, read_file


@dataclass(frozen=True)
class Inputs:
    """Where the generator reads from.

    ``wsdl`` is a folder, an entry ``.wsdl`` file or an ``https://`` URL;
    ``fetch`` reads one location of the set (``fetch.https_fetcher`` for a
    server). ``catalogue`` and ``safe_ops`` may be None: the run then reports
    every operation as unplaced (see ``catalogue.py``).
    """

    wsdl: str | Path
    catalogue: Path | None = DEFAULT_CATALOGUE
    safe_ops: Path | None = DEFAULT_SAFE_OPS
    secrets: Path | None = DEFAULT_SECRETS
    fetch: Fetch = read_file


def build(inputs: Inputs) -> Api:
    """Parse, validate, model and run the passes: the finished model."""
    wsdl = parse_wsdl(inputs.wsdl, inputs.fetch)
    validate.validate_wsdl(wsdl)
    catalogue = load_catalogue(wsdl.version, inputs.catalogue, inputs.safe_ops, inputs.secrets)
    catalogue_files = tuple(
        InputFile(f"wsdl/{path.name}", sha256)
        for path, sha256 in (
            (inputs.catalogue, catalogue.sha256),
            (inputs.safe_ops, catalogue.safe_ops_sha256),
            (inputs.secrets, catalogue.secrets_sha256),
        )
        if path is not None
    )
    api = build_api(wsdl, catalogue, catalogue_files)
    for run_pass in passes.PASSES:
        api = run_pass(api)
    validate.validate_api(api)
    return api


def generate(
    inputs: Inputs,
    out_dir: Path,
    *,
    strict: bool = False,
    report: Callable[[str], None] = print,
) -> Api:
    """Generate a binding package into ``out_dir`` and check that it imports."""
    api = build(inputs)
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
    changed = write.write_files(render.render_api(api), out_dir)
    write.import_every_module(out_dir)
    return changed


def digest(files: dict[str, str]) -> str:
    """One SHA-256 over a rendered file set, for determinism tests."""
    h = hashlib.sha256()
    for path, text in sorted(files.items()):
        h.update(path.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()
