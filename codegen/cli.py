"""Command line: ``pyvmomo-codegen generate|check|diff|catalogue`` (or ``python -m codegen``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import pipeline, render
from .catalogue import DEFAULT_CATALOGUE, DEFAULT_SAFE_OPS

DEFAULT_WSDL = Path(__file__).resolve().parent.parent.parent / "shared" / "wsdl" / "vim25-7.0.3"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "pyvmomo" / "vim25"


def _inputs(args: argparse.Namespace) -> pipeline.Inputs:
    return pipeline.Inputs(wsdl=args.wsdl, catalogue=args.catalogue, safe_ops=args.safe_ops)


def _add_input_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wsdl", default=str(DEFAULT_WSDL), help="WSDL folder, entry file or https://host/sdk URL"
    )
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--safe-ops", type=Path, default=DEFAULT_SAFE_OPS)


def cmd_generate(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    api = pipeline.generate(_inputs(args), Path(args.out), strict=args.strict)
    print(
        f"generated {len(api.data_types)} data/fault types, {len(api.enums)} enums, "
        f"{len(api.managed)} managed types, {len(api.operations)} operations "
        f"(vim25 {api.version}) into {args.out} in {time.perf_counter() - start:.1f} s"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Fail when the committed bindings differ from what the generator emits now."""
    api = pipeline.build(_inputs(args))
    files = render.render_api(api)
    out = Path(args.out)
    problems = []
    for rel, text in files.items():
        path = out / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_text() != text:
            problems.append(f"differs: {rel}")
    generated = {
        p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    problems += [f"not generated any more: {rel}" for rel in sorted(generated - set(files))]
    if problems:
        print(
            f"{args.out} is not current ({len(problems)} files); run `make generate`:",
            file=sys.stderr,
        )
        for line in problems[:40]:
            print("  " + line, file=sys.stderr)
        return 1
    print(f"{args.out} is current ({len(files)} files)")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    """Build the documentation site: the guides plus an API reference from the model."""
    from . import docs  # needs the markdown package, so only this command imports it

    start = time.perf_counter()
    api = pipeline.build(_inputs(args))
    guides = Path(args.guides) if args.guides else None
    report = docs.build_site(api, Path(args.out), guides, package=args.package)
    print(
        f"built {report.pages} pages and {report.search_entries} search entries "
        f"(vim25 {api.version}) into {args.out} in {time.perf_counter() - start:.1f} s"
    )
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from .extract_catalogue import write_catalogue

    write_catalogue(Path(args.out))
    print(f"wrote {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pyvmomo-codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate a binding package")
    _add_input_args(gen)
    gen.add_argument("--out", default=str(DEFAULT_OUT), help="package folder to write")
    gen.add_argument("--strict", action="store_true", help="fail on catalogue gaps")
    gen.set_defaults(func=cmd_generate)
    check = sub.add_parser("check", help="fail if a package differs from fresh output")
    _add_input_args(check)
    check.add_argument("--out", default=str(DEFAULT_OUT))
    check.set_defaults(func=cmd_check)
    site = sub.add_parser("docs", help="build the documentation site (API reference and guides)")
    _add_input_args(site)
    site.add_argument("--out", default="build/docs", help="site folder to (re)write")
    site.add_argument("--guides", help="folder of Markdown guides (the repository's docs/)")
    site.add_argument("--package", default="pyvmomo.vim25", help="import path shown in examples")
    site.set_defaults(func=cmd_docs)
    cat = sub.add_parser("catalogue", help="extract wsdl/vim25.json from pyvmomi (needs pyvmomi==9.1.1.0)")
    cat.add_argument("--out", default=str(DEFAULT_CATALOGUE))
    cat.set_defaults(func=cmd_catalogue)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
