"""``python -m bench``: run the benchmark, print the table, write results.json and the docs.

``python -m bench`` is the full run (``bench/results.json``, ``docs/benchmarks.md``
and its chart); ``python -m bench --quick --out /tmp/r.json --no-docs`` runs tiny
sizes, one sample each, without codegen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from . import report
from .run import FULL, QUICK, REPO_ROOT, installed_sides, run


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run, report."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one sample each, no codegen")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "results.json")
    parser.add_argument("--docs", type=Path, default=REPO_ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/")
    parser.add_argument(
        "--only", choices=("pyvmomo", "pyvmomi"), help="run one library (default: every installed one)"
    )
    args = parser.parse_args(argv)

    sides = installed_sides((args.only,) if args.only else ("pyvmomo", "pyvmomi"))
    if "pyvmomi" not in {s.name for s in sides} and not args.only:
        print("pyvmomi is not installed (pip install -e '.[bench]'): timing pyvmomo alone", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="pyvmomo-bench-") as tmp:
        results = run(
            QUICK if args.quick else FULL, sides, Path(tmp), log=lambda m: print(m, file=sys.stderr)
        )
    results["_meta"]["command"] = "python -m bench" + (" --quick" if args.quick else "")
    print(report.text_table(results))
    report.write_json(results, args.out)
    print(f"\nwrote {args.out}", file=sys.stderr)
    if not args.no_docs:
        report.update_docs(results, args.docs, args.docs.parent / "benchmarks.svg")
        print(f"updated {args.docs} and its chart", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
