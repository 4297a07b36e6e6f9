"""``python -m bench``: run the benchmark, print the table, write the results under ``build/bench/``.

``python -m bench`` is the full run: ``build/bench/results.json`` and a preview
of the published page (``build/bench/benchmarks.md`` and its chart); no
tracked file changes. ``python -m bench --publish`` runs nothing: it copies
``build/bench/results.json`` to ``docs/benchmarks.json`` and rewrites the
generated section of ``docs/benchmarks.md`` and ``docs/benchmarks.svg`` from
it (``make bench-publish``). ``python -m bench --quick --out /tmp/r.json
--no-docs`` runs tiny sizes, one sample each, without codegen. ``--figures
cold,e2e`` runs only those groups of figures (``bench.run.GROUPS``), the
libraries still taking turns: the quick check of a change to the cold start or
the end-to-end path.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path

from . import report
from .run import FULL, GROUPS, QUICK, REPO_ROOT, installed_sides, run

BUILD = REPO_ROOT / "build" / "bench"


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run, report."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one sample each, no codegen")
    parser.add_argument("--out", type=Path, default=BUILD / "results.json")
    parser.add_argument(
        "--docs", type=Path, default=BUILD / "benchmarks.md", help="page to write the table into"
    )
    parser.add_argument("--no-docs", action="store_true", help="write no page or chart")
    parser.add_argument(
        "--publish", action="store_true", help="run nothing: publish build/bench/results.json to docs/"
    )
    parser.add_argument(
        "--only", choices=("pyvmomo", "pyvmomi"), help="run one library (default: every installed one)"
    )
    parser.add_argument(
        "--figures",
        type=_groups,
        default=GROUPS,
        help=f"comma-separated groups of figures to run (default: all of {','.join(GROUPS)})",
    )
    args = parser.parse_args(argv)
    if args.publish:
        return publish(BUILD / "results.json", REPO_ROOT / "docs")

    sides = installed_sides((args.only,) if args.only else ("pyvmomo", "pyvmomi"))
    if "pyvmomi" not in {s.name for s in sides} and not args.only:
        print("pyvmomi is not installed (pip install -e '.[bench]'): timing pyvmomo alone", file=sys.stderr)
    config = dataclasses.replace(QUICK if args.quick else FULL, groups=args.figures)
    with tempfile.TemporaryDirectory(prefix="pyvmomo-bench-") as tmp:
        results = run(config, sides, Path(tmp), log=lambda m: print(m, file=sys.stderr))
    results["_meta"]["command"] = "python -m bench" + (" --quick" if args.quick else "")
    if args.figures != GROUPS:
        results["_meta"]["command"] += f" --figures {','.join(args.figures)}"
    print(report.text_table(results))
    report.write_json(results, args.out)
    print(f"\nwrote {args.out}", file=sys.stderr)
    if not args.no_docs:
        report.update_docs(results, args.docs, args.docs.parent / "benchmarks.svg")
        print(
            f"updated {args.docs} and its chart; `make bench-publish` copies them to docs/", file=sys.stderr
        )
    return 0


def _groups(text: str) -> tuple[str, ...]:
    chosen = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(set(chosen) - set(GROUPS))
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose from {','.join(GROUPS)}, not {text!r}")
    return chosen


def publish(results_path: Path, docs: Path) -> int:
    """Copy a run's results into ``docs/`` and regenerate the published table and chart from them."""
    if not results_path.exists():
        print(f"no {results_path}: run `make bench` first", file=sys.stderr)
        return 2
    results = json.loads(results_path.read_text())
    report.write_json(results, docs / "benchmarks.json")
    report.update_docs(results, docs / "benchmarks.md", docs / "benchmarks.svg")
    print(f"published {results_path} to {docs}/benchmarks.{{json,md,svg}}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
