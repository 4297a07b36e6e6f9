"""Command line: ``pyvmomo-codegen generate|check|diff|docs|catalogue`` (or ``python -m codegen``).

Bindings for the server you run, step by step (vCenter 8 or 9 included):

1. ``pip install 'pyvmomo[codegen]'`` (from a checkout: ``pip install '.[codegen]'``)
2. ``mkdir -p mybindings && touch mybindings/__init__.py``: a package holding
   one sub-package per service (``mybindings/vim25``, ``mybindings/pbm``).
3. ``pyvmomo-codegen generate --wsdl https://vc.example.com/sdk/vimService.wsdl
   --out mybindings/vim25`` (add ``--verify ca.pem`` or ``--thumbprint sha256:...``
   when the server's certificate is not signed by a CA your system trusts).
   The set is fetched over HTTPS, imports resolved relative to the URL; a
   copied WSDL folder works the same way (``--wsdl path/to/sdk``). The folder
   names must be Python identifiers: they are imported.
4. With the folder holding ``mybindings`` on ``sys.path``, connect with
   ``pyvmomo.connect(url, user, password, bindings="mybindings.vim25")`` and
   import classes from ``mybindings.vim25`` instead of ``pyvmomo.vim25``.
5. ``pyvmomo-codegen diff pyvmomo.vim25 mybindings.vim25`` lists what your
   server's API adds to or removes from the built-in bindings.
6. Storage policies: ``pyvmomo-codegen generate --wsdl <pbm WSDL folder or
   https://host/pbm/pbmService.wsdl> --out mybindings/pbm`` writes the PBM bindings
   beside ``mybindings/vim25`` (they import its vim25 types; generate vim25
   first); ``client.pbm`` then uses ``mybindings.pbm``.

Members the catalogue does not know (newer than pyvmomi 9.1.1.0) are generated
with the WSDL's version and listed as gaps; ``--strict`` makes gaps fatal.
"""

from __future__ import annotations

import argparse
import keyword
import sys
import time
from pathlib import Path

from lxml import etree

from . import diff, pipeline
from .catalogue import DEFAULT_CATALOGUE, DEFAULT_SAFE_OPS, DEFAULT_SECRETS
from .fetch import FetchError, https_fetcher
from .validate import SchemaError
from .wsdl import Fetch, entry_location, read_file

_CHECKOUT = Path(__file__).resolve().parent.parent
# In a source checkout the defaults point at the shared WSDL and the committed package;
# installed from a wheel there are no defaults (never write into site-packages).
_IN_CHECKOUT = (_CHECKOUT / "pyproject.toml").exists() and (_CHECKOUT / "pyvmomo").is_dir()
DEFAULT_WSDL = _CHECKOUT.parent / "shared" / "wsdl" / "vim25-7.0.3" if _IN_CHECKOUT else None
DEFAULT_OUT = _CHECKOUT / "pyvmomo" / "vim25" if _IN_CHECKOUT else None


def default_out(service: str) -> Path | None:
    """In a checkout, a service's committed package: ``pyvmomo/vim25``, ``pyvmomo/pbm``."""
    return _CHECKOUT / "pyvmomo" / service if _IN_CHECKOUT else None


def _inputs(args: argparse.Namespace, wsdl: str | None = None) -> pipeline.Inputs:
    source = wsdl or args.wsdl
    if source is None:
        raise UsageError("pass --wsdl, a WSDL folder, entry file or https://host/sdk/vimService.wsdl URL")
    fetch: Fetch = read_file
    if str(source).startswith(("https://", "http://")):
        verify: bool | str = args.verify if args.verify is not None else not args.no_verify
        fetch = https_fetcher(entry_location(source), verify=verify, thumbprint=args.thumbprint)
    sibling = pipeline.DEFAULT_SIBLING
    if getattr(args, "out", None) and getattr(args, "command", "") in ("generate", "check"):
        sibling = Path(args.out).parent / "vim25"  # a service's vim25 types come from beside it
    return pipeline.Inputs(
        wsdl=source,
        catalogue=None if args.no_catalogue else args.catalogue,
        safe_ops=None if args.no_catalogue else args.safe_ops,
        secrets=None if args.no_catalogue else args.secrets,
        fetch=fetch,
        sibling=sibling,
    )


def _add_input_args(parser: argparse.ArgumentParser, wsdl: bool = True) -> None:
    if wsdl:
        parser.add_argument(
            "--wsdl",
            default=str(DEFAULT_WSDL) if DEFAULT_WSDL else None,
            help="WSDL folder, entry file or https://host/sdk/vimService.wsdl URL",
        )
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE, help="catalogue JSON")
    parser.add_argument("--safe-ops", type=Path, default=DEFAULT_SAFE_OPS, help="safe-operations JSON")
    parser.add_argument("--secrets", type=Path, default=DEFAULT_SECRETS, help="extra secret members JSON")
    parser.add_argument(
        "--no-catalogue", action="store_true", help="generate without a catalogue (every operation unplaced)"
    )
    trust = parser.add_mutually_exclusive_group()
    trust.add_argument("--verify", metavar="CA_BUNDLE", help="verify the server against this CA bundle")
    trust.add_argument("--thumbprint", metavar="sha256:HEX", help="accept only this server certificate")
    trust.add_argument("--no-verify", action="store_true", help="do not check the server certificate")


class UsageError(Exception):
    """A command line that cannot work; the message says what to do instead."""


# The generator's own dependencies (the `codegen` extra), as `pip` would install them.
EXTRA_MODULES = frozenset({"jinja2", "markupsafe", "markdown"})
INSTALL_EXTRA = "pip install 'pyvmomo[codegen]' (from a checkout of pyvmomo: pip install '.[codegen]')"


def _out(args: argparse.Namespace, service: str | None = None) -> Path:
    if args.out is None and service is not None and (found := default_out(service)) is not None:
        return found
    if args.out is None:
        raise UsageError("pass --out, the package folder to write, e.g. --out mybindings/vim25")
    return Path(args.out)


def _package_out(args: argparse.Namespace, service: str | None = None) -> Path:
    """``--out`` for a package: its folder name is imported, so it must be an identifier."""
    out = _out(args, service)
    name = out.resolve().name
    if not name.isidentifier() or keyword.iskeyword(name):
        raise UsageError(
            f"--out {args.out}: the folder name {name!r} must be a Python identifier "
            "(letters, digits and _, not starting with a digit), because the bindings are imported "
            "by it; use e.g. --out mybindings/vim25"
        )
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {args.out} is a file; pass a folder, e.g. --out mybindings/vim25")
    return out


def import_name(out: Path) -> str:
    """The dotted name ``out`` imports as: its parents that are packages, then itself."""
    parts = [out.resolve().name]
    for parent in out.resolve().parents:
        if not (parent / "__init__.py").exists() or not parent.name.isidentifier():
            break
        parts.insert(0, parent.name)
    return ".".join(parts)


def cmd_generate(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    if args.out is not None:
        _package_out(args)  # a bad --out is refused before the WSDL is read

    def report(line: str) -> None:
        print(line, file=sys.stderr)

    inputs = _inputs(args)
    api = pipeline.build(inputs)
    out = _package_out(args, api.service)
    pipeline.generate(inputs, out, strict=args.strict, report=report, api=api)
    print(
        f"generated {len(api.data_types)} data/fault types, {len(api.enums)} enums, "
        f"{len(api.managed)} managed types, {len(api.operations)} operations "
        f"({api.service} {api.version}, {len(api.gaps)} catalogue gaps) into {out} "
        f"in {time.perf_counter() - start:.1f} s"
    )
    if out.resolve() != default_out(api.service):
        name = import_name(out)
        if api.sibling is None:
            print(f"use them with pyvmomo.connect(url, user, password, bindings={name!r})")
        else:  # a service beside vim25 (pbm): the client finds it next to the vim25 bindings
            vim25 = f"{name.rpartition('.')[0]}.{api.sibling}".lstrip(".")
            print(
                f"client.{api.service} uses them when you connect with "
                f"pyvmomo.connect(url, user, password, bindings={vim25!r})"
            )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Fail when the committed bindings differ from what the generator emits now."""
    api = pipeline.build(_inputs(args))
    files = pipeline.render_files(api)
    out = _out(args, api.service)
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
            f"{out} is not current ({len(problems)} files); run `make generate`:",
            file=sys.stderr,
        )
        for line in problems[:40]:
            print("  " + line, file=sys.stderr)
        return 1
    print(f"{out} is current ({len(files)} files)")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    """Markdown report of what changed between two WSDL sets or generated packages."""
    old, new = (_surface(args, source) for source in (args.old, args.new))
    text = diff.render_diff(old, new)
    if args.out:
        Path(args.out).write_text(text)
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _surface(args: argparse.Namespace, source: str) -> diff.Surface:
    try:
        return diff.load_surface(source, lambda wsdl: pipeline.build(_inputs(args, wsdl)))
    except ModuleNotFoundError as exc:
        if exc.name in EXTRA_MODULES:
            raise
        raise UsageError(
            f"{source}: no module {exc.name} to import; pass a WSDL folder, file or URL, "
            "or a generated package (a folder or an importable module name)"
        ) from exc


def cmd_docs(args: argparse.Namespace) -> int:
    """Build the documentation site: the guides plus an API reference from the model."""
    from . import docs  # needs the markdown package, so only this command imports it

    start = time.perf_counter()
    api = pipeline.build(_inputs(args))
    services = tuple(pipeline.build(_inputs(args, wsdl)) for wsdl in args.service_wsdl)
    guides = Path(args.guides) if args.guides else None
    report = docs.build_site(api, Path(args.out), guides, package=args.package, services=services)
    print(
        f"built {report.pages} pages and {report.search_entries} search entries "
        f"({api.service} {api.version}) into {args.out} in {time.perf_counter() - start:.1f} s"
    )
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from .extract_catalogue import write_catalogue

    default = _CHECKOUT / "wsdl" / f"{args.service}.json" if _IN_CHECKOUT else None
    out = Path(args.out) if args.out else default
    if out is None:
        raise UsageError("pass --out, the catalogue file to write")
    write_catalogue(out, args.service)
    print(f"wrote {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="pyvmomo-codegen",
        description=(__doc__ or "").split("\n\n")[0],
        epilog=(__doc__ or "").split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate a binding package")
    _add_input_args(gen)
    gen.add_argument(
        "--out", help="package folder to write (in a checkout: pyvmomo/<service>, e.g. pyvmomo/pbm)"
    )
    gen.add_argument("--strict", action="store_true", help="fail on catalogue gaps")
    gen.set_defaults(func=cmd_generate)
    check = sub.add_parser("check", help="fail if a package differs from fresh output")
    _add_input_args(check)
    check.add_argument("--out", help="package folder to compare (in a checkout: pyvmomo/<service>)")
    check.set_defaults(func=cmd_check)
    site = sub.add_parser("docs", help="build the documentation site (API reference and guides)")
    _add_input_args(site)
    site.add_argument("--out", default="build/docs", help="site folder to (re)write")
    site.add_argument("--guides", help="folder of Markdown guides (the repository's docs/)")
    site.add_argument("--package", default="pyvmomo.vim25", help="import path shown in examples")
    site.add_argument(
        "--service-wsdl",
        action="append",
        default=[],
        metavar="WSDL",
        help="another service's WSDL set (pbm), documented in its own section; repeatable",
    )
    site.set_defaults(func=cmd_docs)
    dif = sub.add_parser("diff", help="Markdown report of API changes between two binding sets")
    dif.add_argument("old", help="WSDL folder, file or URL, or a generated package (folder or module name)")
    dif.add_argument("new", help="the same kinds as OLD")
    _add_input_args(dif, wsdl=False)
    dif.add_argument("--out", help="write the report here instead of standard output")
    dif.set_defaults(func=cmd_diff)
    cat = sub.add_parser(
        "catalogue", help="extract wsdl/<service>.json from pyvmomi (needs pyvmomi==9.1.1.0)"
    )
    cat.add_argument("--service", default="vim25", choices=("vim25", "pbm"), help="which service")
    cat.add_argument("--out", help="file to write (in a checkout: wsdl/<service>.json)")
    cat.set_defaults(func=cmd_catalogue)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (SchemaError, FetchError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except ModuleNotFoundError as exc:
        if exc.name not in EXTRA_MODULES:
            raise
        print(
            f"error: pyvmomo-codegen needs {exc.name}, from the codegen extra: {INSTALL_EXTRA}",
            file=sys.stderr,
        )
        return 2
    except etree.XMLSyntaxError as exc:
        print(
            f"error: {exc.filename or 'input'}: not XML ({exc.msg}); pass --wsdl the server's "
            "vimService.wsdl, a folder holding it, or https://host/sdk/vimService.wsdl",
            file=sys.stderr,
        )
    except FileNotFoundError as exc:
        where = f"{exc.filename} does not exist; check the path you passed" if exc.filename else exc
        print(f"error: {where}", file=sys.stderr)
    except OSError as exc:
        print(
            f"error: {exc.filename or ''}: {exc.strerror or exc}; check the path and its permissions",
            file=sys.stderr,
        )
    return 1


if __name__ == "__main__":
    sys.exit(main())
