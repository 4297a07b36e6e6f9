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
from .catalogue import DEFAULT_CATALOGUE, DEFAULT_SAFE_OPS, load_catalogue
from .model import Api, build_api
from .wsdl import Fetch, InputFile, parse_wsdl, read_file


@dataclass(frozen=True)
class Inputs:
    """Where the generator reads from."""

    wsdl: str | Path
    catalogue: Path = DEFAULT_CATALOGUE
    safe_ops: Path = DEFAULT_SAFE_OPS
    fetch: Fetch = read_file


def build(inputs: Inputs) -> Api:
    """Parse, validate, model and run the passes: the finished model."""
    wsdl = parse_wsdl(inputs.wsdl, inputs.fetch)
    validate.validate_wsdl(wsdl)
    catalogue = load_catalogue(wsdl.version, inputs.catalogue, inputs.safe_ops)
    catalogue_files = (
        InputFile(f"wsdl/{inputs.catalogue.name}", catalogue.sha256),
        InputFile(f"wsdl/{inputs.safe_ops.name}", catalogue.safe_ops_sha256),
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
        raise validate.SchemaError(f"{len(gaps)} catalogue gaps (--strict)")
    files = render.render_api(api)
    write.write_files(files, out_dir)
    write.import_every_module(out_dir)
    return api


def digest(files: dict[str, str]) -> str:
    """One SHA-256 over a rendered file set, for determinism tests."""
    h = hashlib.sha256()
    for path, text in sorted(files.items()):
        h.update(path.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()
