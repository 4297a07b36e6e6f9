"""The benchmark harness runs end to end in its tiny mode, so ``make bench`` cannot rot.

No timing is asserted: only that every figure is produced, from replies both
libraries decoded correctly, and that the report files are well formed.
pyvmomi is a bench-only dependency; without it only the pyvmomo side runs.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from bench import report
from bench.__main__ import main, publish
from bench.run import QUICK, BenchError, installed_sides, run

pytestmark = pytest.mark.integration

COMPARED = {
    "cold_import_s",
    "cold_import_rss_mb",
    "connect_s",
    "decode_5k_vms_s",
    "lxml_floor_s",
    "decode_over_floor",
    "decode_5k_vms_rss_mb",
    "encode_big_request_s",
    "encode_filter_5k_s",
    "encode_config_500_s",
    "calls_per_s_1t",
    "calls_per_s_8t",
    "cold_connect_s",
    "stream_floor_s",
    "decode_over_stream_floor",
    "rpx_5k_end_to_end_s",
    "rpx_5k_wire_bytes",
    "rpx_5k_wire_bytes_gzip",
    "rpx_5k_end_to_end_gzip_s",
    "client_cpu_per_call_us",
}
# Peak RSS growth of a tiny decode may round to 0 MiB: present, not necessarily positive.
PRESENT = {
    "decode_peak_rss_mb",
    "decode_3_objects_s",
    "decode_12_objects_s",
    "decode_peak_12_objects_mb",
    "upload_1gib_rss_growth_mb",  # pyvmomo only: pyvmomi has no upload helper
    "upload_vs_curl_time",
    "pbm_import_s",
}
HAS_PYVMOMI = importlib.util.find_spec("pyVmomi") is not None


def test_quick_bench_reports_every_figure_for_every_installed_library(
    vcsim_binary: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.json"
    doc = tmp_path / "docs" / "benchmarks.md"
    doc.parent.mkdir()
    doc.write_text("# Benchmarks\n\nHand-written findings stay.\n")

    assert main(["--quick", "--out", str(out), "--docs", str(doc)]) == 0

    results = json.loads(out.read_text())
    sides = ["pyvmomo", "pyvmomi"] if HAS_PYVMOMI else ["pyvmomo"]
    assert results["_meta"]["versions"].keys() >= {*sides, "lxml", "python"}
    assert results.keys() >= COMPARED | PRESENT
    assert "codegen_s" not in results  # the quick mode skips the full regeneration
    for name in COMPARED:
        row = results[name]
        assert row["unit"] == report.FIGURE_BY_NAME[name].unit
        for side in sides:
            assert row[side] > 0, (name, side)
        if HAS_PYVMOMI:
            assert row["ratio"] == pytest.approx(row["pyvmomo"] / row["pyvmomi"])
        else:
            assert row["pyvmomi"] is None and row["ratio"] is None

    printed = capsys.readouterr().out
    assert "decode_5k_vms_s" in printed and "pyvmomo" in printed
    text = doc.read_text()
    assert "Hand-written findings stay." in text
    assert "| decode_5k_vms_s |" in text
    svg = ElementTree.fromstring((doc.parent / "benchmarks.svg").read_text())  # well-formed SVG
    assert len(svg.findall(".//{http://www.w3.org/2000/svg}polyline")) >= len(sides)  # scaling curves

    published = tmp_path / "published"
    published.mkdir()
    assert publish(out, published) == 0
    assert json.loads((published / "benchmarks.json").read_text()) == results
    assert "| rpx_5k_end_to_end_s |" in (published / "benchmarks.md").read_text()


def test_figures_runs_only_the_chosen_groups(vcsim_binary: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert main(["--quick", "--only", "pyvmomo", "--figures", "cold", "--out", str(out), "--no-docs"]) == 0
    results = json.loads(out.read_text())
    assert {"cold_import_s", "connect_s", "cold_connect_s", "pbm_import_s"} <= results.keys()
    assert not results.keys() & {"rpx_5k_end_to_end_s", "decode_5k_vms_s", "client_cpu_per_call_us"}
    assert results["_meta"]["command"].endswith("--figures cold")
    with pytest.raises(SystemExit):
        main(["--quick", "--figures", "cold,nothing"])


def test_a_worker_that_decodes_the_wrong_number_of_vms_fails_the_run(
    vcsim_binary: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reply with fewer VMs than vcsim holds must stop the run, not time an empty decode.
    from bench import run as run_module

    real_capture = run_module.capture_reply

    def truncated(url: str) -> bytes:
        reply = real_capture(url)
        start = reply.index(b"<objects>")
        end = reply.index(b"</objects>") + len(b"</objects>")
        return reply[:start] + reply[end:]

    monkeypatch.setattr(run_module, "capture_reply", truncated)
    with pytest.raises(BenchError, match="did not decode"):
        run(QUICK, installed_sides(("pyvmomo",)), tmp_path, log=lambda _: None)


def test_chart_marks_pyvmomo_ahead_right_of_one() -> None:
    results = {
        "decode_5k_vms_s": {"pyvmomo": 0.5, "pyvmomi": 1.5},  # 3x faster
        "calls_per_s_1t": {"pyvmomo": 1000.0, "pyvmomi": 2000.0},  # 2x fewer
    }
    figure = report.FIGURE_BY_NAME
    assert report.advantage(figure["decode_5k_vms_s"], results["decode_5k_vms_s"]) == pytest.approx(3.0)
    assert report.advantage(figure["calls_per_s_1t"], results["calls_per_s_1t"]) == pytest.approx(0.5)
    assert report.judge(figure["decode_5k_vms_s"], results["decode_5k_vms_s"]) is True
    assert report.judge(figure["calls_per_s_1t"], results["calls_per_s_1t"]) is None  # information only
    slower = {"pyvmomo": 300.0, "pyvmomi": 250.0}
    assert report.judge(figure["client_cpu_per_call_us"], slower) is False
    svg = ElementTree.fromstring(report.ratio_chart(results))
    labels = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "3.00x" in labels and "0.50x" in labels


def test_the_cpu_profile_runs_the_benchmark_figure_alone_for_every_installed_library(
    vcsim_binary: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.profile import main as profile

    assert profile(["cpu", "--rounds", "1", "--calls", "5"]) == 0
    out = capsys.readouterr().out
    medians = [line.split()[0] for line in out.splitlines() if " median " in line]
    assert medians == [side.name for side in installed_sides()]
    assert ("pyvmomo / pyvmomi:" in out) is HAS_PYVMOMI
