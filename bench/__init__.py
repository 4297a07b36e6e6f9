"""Benchmarks: pyvmomo and pyvmomi side by side, in one run (``make bench``).

Layout, top to bottom:

- ``run.py``: the orchestration. It starts vcsim, captures one large
  RetrievePropertiesEx reply, runs every figure for every installed library,
  each in its own fresh subprocess, and writes ``build/bench/results.json``
  (``make bench-publish`` copies it to ``docs/benchmarks.json`` and rewrites
  the published table and chart).
- ``replies.py``: replies of 500 to 50,000 objects cut from the captured one.
- ``worker.py``: what runs inside those subprocesses (``python -m bench.worker``).
- ``sides.py``: the same workloads written once per library, so both do exactly
  the same thing.
- ``report.py``: the table, ``results.json``, ``docs/benchmarks.md`` and the
  SVG chart of the ratios and of the scaling curves.

Design decisions:

- Every library runs in its own interpreter, so neither pays for the other's
  imports, heap or garbage collector; cold figures (import, connect) get a
  fresh interpreter per sample.
- Byte-code is warm for both: the environment may set
  ``PYTHONDONTWRITEBYTECODE`` (pip compiled pyvmomi's ``.pyc`` at install time,
  while an editable pyvmomo would compile from source on every import), so
  workers run without it and one untimed warm-up import precedes the samples.
- Decoding is measured offline on captured bytes, so vcsim's speed does not
  blur it; calls per second are measured against vcsim, where the client's
  CPU per call is what limits a 2-core machine.
- No timing is asserted anywhere: ``tests/integration/test_bench_smoke.py``
  runs the harness in a tiny mode so it cannot rot, and checks only that every
  figure was produced from correctly decoded data.
"""
