"""Turn samples into figures: the printed table, ``results.json``, the docs table and an SVG chart.

``results.json`` maps each figure to ``{"pyvmomo": x, "pyvmomi": y, "ratio": x/y,
"unit": ...}`` (medians), plus ``better`` (``"lower"`` or ``"higher"``),
``best`` (the best sample of each side), ``target`` and ``met``. The key
``"_meta"`` holds versions, machine and sizes. A figure only pyvmomo has
(``codegen_s``, ``decode_over_floor``) carries ``null`` for pyvmomi and the ratio.

The chart is hand-written SVG (no plotting dependency): one bar per compared
figure showing how many times better pyvmomo is (pyvmomi / pyvmomo for
times and memory, pyvmomo / pyvmomi for calls per second) on a log scale,
with the issue's target marked.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Figure:
    """One line of the table.

    Attributes:
        name: Key in ``results.json``.
        unit: Unit of both values.
        better: ``"lower"`` or ``"higher"``.
        factor: How many times better than pyvmomi pyvmomo must be (None: not compared).
        limit: An absolute ceiling on pyvmomo's value (None: none).
        target: The target, in words.
    """

    name: str
    unit: str
    better: str
    factor: float | None
    limit: float | None
    target: str


FIGURES = (
    Figure("cold_import_s", "s", "lower", 1 / 0.6, None, "<= 0.6x pyvmomi"),
    Figure("cold_import_rss_mb", "MiB", "lower", 1.0, None, "<= pyvmomi (aim 1/2)"),
    Figure("connect_s", "s", "lower", 1.0, None, "<= pyvmomi (aim 1/2)"),
    Figure("cold_connect_s", "s", "lower", 1 / 0.7, None, "<= 0.7x pyvmomi (stretch 0.5x)"),
    Figure("decode_5k_vms_s", "s", "lower", 3.0, None, ">= 3x faster"),
    Figure("lxml_floor_s", "s", "lower", None, None, "control: tree floor, same work in both workers"),
    Figure("stream_floor_s", "s", "lower", None, None, "control: streaming floor (pull parser)"),
    Figure("decode_over_floor", "x floor", "lower", None, None, "information: over the tree floor"),
    Figure("decode_over_stream_floor", "x floor", "lower", None, 2.0, "<= 2x the streaming floor"),
    Figure("decode_5k_vms_rss_mb", "MiB", "lower", 1.0, None, "<= pyvmomi"),
    Figure("decode_peak_rss_mb", "MiB", "lower", 1.0, None, "<= pyvmomi (stretch: result + 10 MiB)"),
    Figure("rpx_5k_end_to_end_s", "s", "lower", 1 / 0.3, None, "<= 0.3x pyvmomi"),
    Figure("rpx_5k_wire_bytes", "bytes", "lower", None, None, "information (see notes)"),
    Figure("rpx_5k_wire_bytes_gzip", "bytes", "lower", None, None, "information: through a gzipping front"),
    Figure("rpx_5k_end_to_end_gzip_s", "s", "lower", None, None, "information: through a gzipping front"),
    Figure("upload_1gib_rss_growth_mb", "MiB", "lower", None, 32.0, "< 32 MiB (pyvmomo only)"),
    Figure("upload_vs_curl_time", "x curl", "lower", None, 2.0, "<= 2x curl -T's time (>= half its rate)"),
    Figure("client_cpu_per_call_us", "us", "lower", 1.25, None, "<= 0.8x pyvmomi"),
    Figure("pbm_import_s", "s", "lower", None, None, "information: import pyvmomo.pbm after pyvmomo"),
    Figure("encode_big_request_s", "s", "lower", 1.5, None, ">= 1.5x faster"),
    Figure("encode_filter_5k_s", "s", "lower", 1.5, None, ">= 1.5x faster"),
    Figure("encode_config_500_s", "s", "lower", 1.5, None, ">= 1.5x faster"),
    Figure("calls_per_s_1t", "calls/s", "higher", None, None, "information: vcsim's time per call dominates"),
    Figure("calls_per_s_8t", "calls/s", "higher", None, None, "information: vcsim's time per call dominates"),
    Figure("codegen_s", "s", "lower", None, 10.0, "< 10 s"),
)
FIGURE_BY_NAME = {f.name: f for f in FIGURES}
SIDE_NAMES = ("pyvmomo", "pyvmomi")
_SCALE_TIME = re.compile(r"decode_(\d+)_objects_s")
_SCALE_PEAK = re.compile(r"decode_peak_(\d+)_objects_mb")


def figure_for(name: str) -> Figure:
    """The figure called ``name``: a fixed one, or a scaling row (``decode_<n>_objects_s`` and the like)."""
    if name in FIGURE_BY_NAME:
        return FIGURE_BY_NAME[name]
    if _SCALE_TIME.fullmatch(name):
        return Figure(name, "s", "lower", None, None, "scaling: grows linearly")
    if _SCALE_PEAK.fullmatch(name):
        return Figure(name, "MiB", "lower", 1.0, None, "scaling: <= pyvmomi")
    raise KeyError(f"no figure {name}")


def scaling(results: dict[str, Any]) -> dict[str, dict[int, dict[str, float]]]:
    """``{"time"|"peak": {objects: {side: value}}}`` from the scaling rows and the captured size's rows."""
    vms = results.get("_meta", {}).get("sizes", {}).get("vms")
    curves: dict[str, dict[int, dict[str, float]]] = {"time": {}, "peak": {}}
    for name, row in results.items():
        time_match, peak_match = _SCALE_TIME.fullmatch(name), _SCALE_PEAK.fullmatch(name)
        if name == "decode_5k_vms_s" and vms:
            curves["time"][vms] = row
        elif name == "decode_peak_rss_mb" and vms:
            curves["peak"][vms] = row
        elif time_match:
            curves["time"][int(time_match.group(1))] = row
        elif peak_match:
            curves["peak"][int(peak_match.group(1))] = row
    return {
        kind: {n: {s: row[s] for s in SIDE_NAMES if row.get(s)} for n, row in sorted(points.items())}
        for kind, points in curves.items()
    }


def ordered_names(results: dict[str, Any]) -> list[str]:
    """Fixed figures in table order, then the scaling rows by object count."""
    names = [f.name for f in FIGURES if f.name in results]
    extra = [n for n in results if n != "_meta" and n not in FIGURE_BY_NAME]
    by_size = {
        n: int(m.group(1)) for n in extra if (m := _SCALE_TIME.fullmatch(n) or _SCALE_PEAK.fullmatch(n))
    }
    return names + sorted(by_size, key=lambda n: (n.startswith("decode_peak"), by_size[n]))


def advantage(figure: Figure, row: dict[str, Any]) -> float | None:
    """How many times better pyvmomo is than pyvmomi on this row (> 1: better), or None."""
    mine, theirs = row.get("pyvmomo"), row.get("pyvmomi")
    if not mine or not theirs:
        return None
    return float(theirs / mine if figure.better == "lower" else mine / theirs)


def judge(figure: Figure, row: dict[str, Any]) -> bool | None:
    """Whether pyvmomo meets the figure's target; None when there is nothing to judge."""
    verdicts = []
    if figure.factor is not None:
        edge = advantage(figure, row)
        if edge is not None:
            verdicts.append(edge >= figure.factor)
    if figure.limit is not None and row.get("pyvmomo") is not None:
        verdicts.append(row["pyvmomo"] <= figure.limit)
    return all(verdicts) if verdicts else None


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.4f}"


def _edge_text(figure: Figure, row: dict[str, Any]) -> str:
    edge = advantage(figure, row)
    if edge is None:
        return "-"
    if figure.better == "higher":
        return f"{edge:.2f}x more" if edge >= 1 else f"{1 / edge:.2f}x fewer"
    words = ("faster", "slower") if figure.unit == "s" else ("less", "more")
    return f"{edge:.2f}x {words[0]}" if edge >= 1 else f"{1 / edge:.2f}x {words[1]}"


def table_rows(results: dict[str, Any]) -> list[list[str]]:
    """Header and one row of text cells per figure present in ``results``."""
    rows = [["figure", "unit", "pyvmomo", "pyvmomi", "ratio", "pyvmomo is", "target", "met"]]
    for name in ordered_names(results):
        figure, row = figure_for(name), results[name]
        met = judge(figure, row)
        rows.append(
            [
                figure.name,
                figure.unit,
                _number(row.get("pyvmomo")),
                _number(row.get("pyvmomi")),
                "-" if row.get("ratio") is None else f"{row['ratio']:.3f}",
                _edge_text(figure, row),
                figure.target,
                {True: "yes", False: "NO", None: "-"}[met],
            ]
        )
    return rows


def versions_line(meta: dict[str, Any]) -> str:
    """One line naming every version that matters."""
    versions = meta.get("versions", {})
    parts = [
        f"{name} {versions[name]}" for name in ("pyvmomo", "pyvmomi", "lxml", "python") if name in versions
    ]
    parts.append(f"{meta.get('cpus', '?')} CPUs")
    return ", ".join(parts)


def text_table(results: dict[str, Any]) -> str:
    """The table for a terminal: aligned columns, versions first."""
    rows = table_rows(results)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [versions_line(results.get("_meta", {})), "medians; ratio = pyvmomo / pyvmomi", ""]
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def markdown_table(results: dict[str, Any]) -> str:
    """The same table as GitHub Markdown."""
    rows = table_rows(results)
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(out)


def write_json(results: dict[str, Any], path: Path) -> None:
    """``results.json``, stable key order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


# -- chart -------------------------------------------------------------------------------------------

_ROW_HEIGHT = 30
_LABEL_WIDTH = 190
_PLOT_WIDTH = 460
_TOP = 48


def ratio_chart(results: dict[str, Any]) -> str:
    """An SVG bar chart of pyvmomo's advantage per compared figure (log scale), targets marked."""
    bars = []
    for name in ordered_names(results):
        figure = figure_for(name)
        if figure.limit is not None or _SCALE_TIME.fullmatch(name) or _SCALE_PEAK.fullmatch(name):
            continue  # judged on an absolute ceiling, or drawn as a curve below
        row = results.get(name)
        edge = advantage(figure, row) if row else None
        if edge is not None:
            bars.append((figure, edge, judge(figure, row or {})))
    extremes = [edge for _, edge, _ in bars] + [f.factor for f, _, _ in bars if f.factor] + [0.5, 4.0]
    low = math.floor(math.log2(min(extremes)))
    high = math.ceil(math.log2(max(extremes)))

    def x(value: float) -> float:
        return _LABEL_WIDTH + (math.log2(value) - low) / (high - low) * _PLOT_WIDTH

    bars_height = _TOP + _ROW_HEIGHT * len(bars) + 40
    curves = scaling(results)
    drawn = [kind for kind in ("time", "peak") if len(curves[kind]) >= 2]
    height = bars_height + (_PANEL_HEIGHT + 30 if drawn else 0)
    width = _LABEL_WIDTH + _PLOT_WIDTH + 110
    svg = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        '<text x="10" y="20" font-size="14" font-weight="bold">'
        "pyvmomo vs pyvmomi: times better (log scale; right of 1x = pyvmomo ahead)</text>",
        f'<text x="10" y="36" fill="#555">{escape(versions_line(results.get("_meta", {})))}; '
        "| = target</text>",
    ]
    for power in range(low, high + 1):
        tick = 2.0**power
        svg.append(
            f'<line x1="{x(tick):.1f}" y1="{_TOP - 4}" x2="{x(tick):.1f}" '
            f'y2="{bars_height - 34}" stroke="{"#000" if power == 0 else "#ddd"}"/>'
        )
        label = f"{tick:g}x" if tick >= 1 else f"1/{1 / tick:g}x"
        svg.append(f'<text x="{x(tick):.1f}" y="{bars_height - 20}" text-anchor="middle">{label}</text>')
    for i, (figure, edge, met) in enumerate(bars):
        top = _TOP + i * _ROW_HEIGHT
        start, end = sorted((x(1.0), x(edge)))
        colour = {True: "#2e7d32", False: "#c62828", None: "#607d8b"}[met]
        svg.append(f'<text x="{_LABEL_WIDTH - 8}" y="{top + 17}" text-anchor="end">{figure.name}</text>')
        svg.append(
            f'<rect x="{start:.1f}" y="{top + 5}" width="{max(end - start, 1):.1f}" '
            f'height="{_ROW_HEIGHT - 10}" fill="{colour}"/>'
        )
        if figure.factor:
            svg.append(
                f'<line x1="{x(figure.factor):.1f}" y1="{top + 1}" x2="{x(figure.factor):.1f}" '
                f'y2="{top + _ROW_HEIGHT - 1}" stroke="#000" stroke-width="2"/>'
            )
        svg.append(f'<text x="{max(end, x(1.0)) + 6:.1f}" y="{top + 17}">{edge:.2f}x</text>')
    panel_width = (width - 40 - 60 * len(drawn)) / max(len(drawn), 1)
    for i, kind in enumerate(drawn):
        title = "decode time (s)" if kind == "time" else "peak RSS growth while decoding (MiB)"
        left = 60 + i * (panel_width + 60)
        svg += _curve_panel(curves[kind], title, left, bars_height + 10, panel_width)
    svg.append("</svg>")
    return "\n".join(svg) + "\n"


_PANEL_HEIGHT = 220
_SIDE_COLOURS = {"pyvmomo": "#2e7d32", "pyvmomi": "#1565c0"}


def _curve_panel(
    points: dict[int, dict[str, float]], title: str, left: float, top: float, width: float
) -> list[str]:
    """A log-log panel: value against reply size (objects), one line per library."""
    sizes = sorted(points)
    values = [v for per_side in points.values() for v in per_side.values() if v > 0]
    if not values:
        return []
    x_low, x_high = math.log10(sizes[0]), math.log10(sizes[-1])
    y_low, y_high = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    y_high = max(y_high, y_low + 1)
    plot_top, plot_height = top + 22, _PANEL_HEIGHT - 60

    def at(n: int, value: float) -> tuple[float, float]:
        px = left + (math.log10(n) - x_low) / ((x_high - x_low) or 1) * width
        py = plot_top + plot_height - (math.log10(value) - y_low) / (y_high - y_low) * plot_height
        return px, py

    out = [f'<text x="{left:.1f}" y="{top + 12}" font-weight="bold">{escape(title)}, log-log</text>']
    for power in range(y_low, y_high + 1):
        _, py = at(sizes[0], 10.0**power)
        out.append(
            f'<line x1="{left:.1f}" y1="{py:.1f}" x2="{left + width:.1f}" y2="{py:.1f}" stroke="#ddd"/>'
        )
        out.append(f'<text x="{left - 4:.1f}" y="{py + 4:.1f}" text-anchor="end">{10.0**power:g}</text>')
    for n in sizes:
        px, _ = at(n, 10.0**y_low)
        out.append(
            f'<text x="{px:.1f}" y="{plot_top + plot_height + 16:.1f}" text-anchor="middle">{n:,}</text>'
        )
    for i, side in enumerate(SIDE_NAMES):
        line = [at(n, points[n][side]) for n in sizes if points[n].get(side)]
        if not line:
            continue
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in line)
        colour = _SIDE_COLOURS[side]
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        out += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>' for px, py in line]
        out.append(f'<text x="{left + 8:.1f}" y="{plot_top + 12 + 14 * i}" fill="{colour}">{side}</text>')
    out.append(
        f'<text x="{left + width / 2:.1f}" y="{plot_top + plot_height + 32:.1f}" text-anchor="middle">'
        "objects in the reply</text>"
    )
    return out


# -- docs --------------------------------------------------------------------------------------------

_START = "<!-- bench:results:start (written by `make bench`; edit outside these markers) -->"
_END = "<!-- bench:results:end -->"


def docs_section(results: dict[str, Any], chart_name: str) -> str:
    """The generated part of ``docs/benchmarks.md``: versions, sizes, table, chart."""
    meta = results.get("_meta", {})
    sizes = meta.get("sizes", {})
    size_text = ", ".join(f"{key} {value}" for key, value in sizes.items())
    return "\n".join(
        [
            _START,
            f"Latest run: {meta.get('date', '?')}, `{meta.get('command', 'make bench')}`, "
            f"{versions_line(meta)}.",
            f"Sizes: {size_text}. Load average (1 min) before and after: "
            f"{meta.get('load_average_1m', '?')} on {meta.get('cpus', '?')} CPUs.",
            *[f"Note: {note}." for note in meta.get("notes", [])],
            "",
            "Medians; ratio = pyvmomo / pyvmomi.",
            "",
            markdown_table(results),
            "",
            f"![pyvmomo's advantage per figure]({chart_name})",
            _END,
        ]
    )


def update_docs(results: dict[str, Any], doc: Path, chart: Path) -> None:
    """Write the chart and replace the generated section of ``doc`` (created if missing)."""
    chart.parent.mkdir(parents=True, exist_ok=True)
    chart.write_text(ratio_chart(results))
    section = docs_section(results, chart.relative_to(doc.parent).as_posix())
    text = doc.read_text() if doc.exists() else f"# Benchmarks\n\n{_START}\n{_END}\n"
    pattern = re.compile(re.escape(_START) + ".*?" + re.escape(_END), re.DOTALL)
    if pattern.search(text) is None:
        text = text.rstrip("\n") + f"\n\n{_START}\n{_END}\n"
    doc.write_text(pattern.sub(lambda _: section, text, count=1))
