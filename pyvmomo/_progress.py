"""Progress for long work (task waits, file transfers): a bar with rich or tqdm, else plain lines.

``rich`` and ``tqdm`` are optional extras, imported only when a bar is
asked for. Without either, plain lines go to stderr: the first at once, then
one per ``LINE_INTERVAL_SECONDS``, and the last when the work ends, so
progress is never silently lost.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable
from typing import Any, Protocol

LINE_INTERVAL_SECONDS = 5.0  # between plain progress lines, when neither rich nor tqdm is installed


class Bar(Protocol):
    def update(self, completed: float) -> None: ...

    def close(self) -> None: ...


def progress_bar(total: float, label: str, *, unit: str, line: Callable[[float, float], str]) -> Bar:
    """A bar from ``rich`` or else ``tqdm``, imported only now; ``line(done, total)`` text without either.

    ``unit`` is ``"B"`` for bytes (shown scaled, with rate and time left) or a noun such as ``"task"``.
    """
    for name, adapter in (("rich.progress", _RichBar), ("tqdm", _TqdmBar)):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        bar: Bar = adapter(module, total, label, unit)
        return bar
    return _LineBar(total, line)


def describe_bytes(count: float) -> str:
    """``1536`` -> ``1.5 KiB``."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if count < 1024 or unit == "TiB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    raise AssertionError("unreachable")


class ByteLines:
    """Plain-line text for a byte transfer: done, total, percent, rate and time left."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._started = time.monotonic()

    def __call__(self, done: float, total: float) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = done / elapsed
        percent = 100 * done / total if total else 100.0
        left = f", {max(total - done, 0) / rate:.0f} s left" if rate > 0 and done < total else ""
        return (
            f"{self._label}: {describe_bytes(done)} of {describe_bytes(total)} ({percent:.0f} %), "
            f"{describe_bytes(rate)}/s{left}"
        )


class _RichBar:
    def __init__(self, module: Any, total: float, label: str, unit: str) -> None:
        if unit == "B":
            columns = [
                module.TextColumn("{task.description}"),
                module.BarColumn(),
                module.DownloadColumn(binary_units=True),
                module.TransferSpeedColumn(),
                module.TimeRemainingColumn(),
            ]
            self._progress = module.Progress(*columns, transient=False)
        else:
            self._progress = module.Progress(transient=False)
        self._progress.start()
        self._id = self._progress.add_task(label, total=total)

    def update(self, completed: float) -> None:
        self._progress.update(self._id, completed=completed)

    def close(self) -> None:
        self._progress.stop()


class _TqdmBar:
    def __init__(self, module: Any, total: float, label: str, unit: str) -> None:
        scaled = {"unit_scale": True, "unit_divisor": 1024} if unit == "B" else {}
        self._bar = module.tqdm(total=total, desc=label, unit=unit, **scaled)

    def update(self, completed: float) -> None:
        self._bar.n = completed
        self._bar.refresh()

    def close(self) -> None:
        self._bar.close()


class _LineBar:
    """Plain progress lines on stderr: the first, then one per interval, and the last."""

    def __init__(self, total: float, line: Callable[[float, float], str]) -> None:
        self._total = total
        self._line = line
        self._completed = 0.0
        self._shown: float | None = None
        self._last_line = 0.0

    def update(self, completed: float) -> None:
        self._completed = completed
        if self._shown is None or time.monotonic() - self._last_line >= LINE_INTERVAL_SECONDS:
            self._show()

    def close(self) -> None:
        if self._shown != self._completed:
            self._show()

    def _show(self) -> None:
        print(self._line(self._completed, self._total), file=sys.stderr, flush=True)
        self._shown = self._completed
        self._last_line = time.monotonic()
