"""Run every figure for every installed library against vcsim, and collect the results.

The order of work:

1. Capture one RetrievePropertiesEx reply (name, runtime.powerState,
   config.hardware.numCPU, summary of every VM) from a vcsim started with
   ``vms_per_pool`` VMs per resource pool (the VPX model has two pools).
   Against that vcsim: the same call over HTTP, end to end, per library
   (libraries taking turns), and the reply's bytes on the wire.
2. Against a default vcsim, per library: warm byte-code (one untimed import
   and connect), cold import, connect and connect + ``about.fullName``
   samples (a fresh interpreter each), client CPU per small call (alternating
   rounds), warm workers (decode at every scaling size, both lxml floors,
   encode, calls per second), one memory worker, one peak-memory worker per
   scaling size.
3. Regenerate the 7.0.3 bindings into a temporary folder (pyvmomo only).

Every worker checks that it decoded as many VMs as vcsim holds, so a broken
decoder cannot show up as a fast one.
"""

from __future__ import annotations

import datetime
import importlib.metadata
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .report import figure_for, judge
from .sides import SIDES, VM_PATHS, Side
from .worker import cold_snippet

REPO_ROOT = Path(__file__).resolve().parents[1]
ABOUT = "\nname = content.about.fullName"  # cold_connect_s: the first property a script reads
USER, PASSWORD = "bench", "bench"


@dataclass(frozen=True)
class Config:
    """Sizes and repetitions of one run.

    Attributes:
        vms_per_pool: VMs per resource pool of the captured inventory (2 pools).
        repeats: Samples of each warm figure (encoding takes three times as many).
        cold_repeats: Fresh interpreters per cold figure.
        filter_specs: ObjectSpecs in the encoded PropertyFilterSpec.
        device_changes: Device changes in the encoded VirtualMachineConfigSpec.
        calls: CurrentTime calls per throughput sample.
        call_repeats: Throughput samples per thread count, per round.
        codegen_repeats: Full regenerations timed (0 skips the figure).
        rounds: Warm workers per library, the libraries taking turns (samples pooled).
        scale: Object counts of the scaling rows (replies resized from the capture, see
            ``bench/replies.py``); the captured count is ``decode_5k_vms_s`` itself.
        e2e_repeats: RetrievePropertiesEx calls over HTTP timed per library, per round.
        cpu_rounds: Alternating rounds of the client-CPU-per-call figure (one sample each).
        cpu_calls: CurrentTime calls per client-CPU sample.
        upload_mib: Size of the datastore upload timed against ``curl -T`` (0 skips it).
        groups: Which figures to run (``GROUPS``): ``e2e`` (end to end and bytes on the
            wire, from the big vcsim), ``cold`` (import, connect, ``pbm_import_s``),
            ``warm`` (client CPU, upload, decode, encode, calls per second, memory),
            ``codegen``. ``python -m bench --figures cold,e2e`` runs only the first two.
    """

    vms_per_pool: int = 2500
    repeats: int = 5
    cold_repeats: int = 11
    filter_specs: int = 5000
    device_changes: int = 500
    calls: int = 2000
    call_repeats: int = 3
    codegen_repeats: int = 3
    rounds: int = 2
    scale: tuple[int, ...] = (500, 5000, 50000)
    e2e_repeats: int = 3
    upload_mib: int = 1024
    cpu_rounds: int = 7
    cpu_calls: int = 1000
    groups: tuple[str, ...] = ("e2e", "cold", "warm", "codegen")


GROUPS = Config().groups
FULL = Config()
# For the smoke test: every code path, tiny data, one sample each, no codegen.
QUICK = Config(
    vms_per_pool=3,
    repeats=1,
    cold_repeats=1,
    filter_specs=50,
    device_changes=10,
    calls=16,
    call_repeats=1,
    codegen_repeats=0,
    scale=(3, 6, 12),
    e2e_repeats=1,
    cpu_rounds=1,
    cpu_calls=20,
    upload_mib=1,
)


class BenchError(RuntimeError):
    """A worker failed or produced wrong results."""


def installed_sides(wanted: tuple[str, ...] = tuple(SIDES)) -> list[Side]:
    """The libraries of ``wanted`` that this interpreter can import."""
    modules = {"pyvmomo": "pyvmomo", "pyvmomi": "pyVmomi"}
    return [SIDES[name] for name in wanted if importlib.util.find_spec(modules[name]) is not None]


def worker_env() -> dict[str, str]:
    """The environment of every subprocess: byte-code written and read, as on a user's machine."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


def _python(args: list[str], timeout: float = 600) -> str:
    """Run ``python args`` in the repository; its stdout, or BenchError with its stderr."""
    done = subprocess.run(
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env=worker_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"python {' '.join(args)[:200]} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return done.stdout


def _last_json(stdout: str) -> dict[str, Any]:
    return json.loads(stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def cold_samples(code: str, repeats: int) -> list[dict[str, float]]:
    """Run a cold snippet ``repeats`` times, each in a fresh interpreter."""
    return [_last_json(_python(["-c", code])) for _ in range(repeats)]


def run_job(kind: str, side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """Run one ``bench.worker`` job in a fresh interpreter."""
    return _last_json(_python(["-m", "bench.worker", kind, json.dumps({"side": side.name, **job})]))


def capture_reply(url: str) -> bytes:
    """The raw RetrievePropertiesEx reply for every VM's name, power state, CPUs and summary."""
    return _post_retrieve(url, compress=False)


def wire_bytes(url: str, *, compress: bool) -> int:
    """Bytes of the 5,000-VM reply body as they cross the wire, asking for gzip or not.

    The hook for the compressed variant: pyvmomi asks for gzip by default, so its
    figure is measured with ``compress=True``; pyvmomo's with what it asks for
    (see :func:`pyvmomo_compresses`).
    """
    return len(_post_retrieve(url, compress=compress))


def pyvmomo_compresses() -> bool:
    """Whether this pyvmomo asks for compressed replies (``connect(compress=...)`` exists, on by default)."""
    import inspect

    import pyvmomo

    parameter = inspect.signature(pyvmomo.connect).parameters.get("compress")
    return parameter is not None and parameter.default is not False


def _post_retrieve(url: str, *, compress: bool) -> bytes:
    """POST the RetrievePropertiesEx request; the reply body as received (not inflated)."""
    import pyvmomo
    from pyvmomo.vim25 import ObjectSpec, PropertyFilterSpec, PropertySpec, RetrieveOptions, TraversalSpec

    with pyvmomo.connect(url, user=USER, password=PASSWORD) as client:
        content = client.content
        assert content.viewManager is not None
        view = content.viewManager.CreateContainerView(
            container=content.rootFolder, type=["VirtualMachine"], recursive=True
        )
        spec = PropertyFilterSpec(
            objectSet=[
                ObjectSpec(
                    obj=view,
                    skip=True,
                    selectSet=[TraversalSpec(name="vms", type="ContainerView", path="view", skip=False)],
                )
            ],
            propSet=[PropertySpec(type="VirtualMachine", pathSet=list(VM_PATHS))],
        )
        transport = client.transport
        op = transport.registry.operation("RetrievePropertiesEx")
        assert op is not None
        body = transport.encoder.request(
            content.propertyCollector, op, ([spec], RetrieveOptions()), "capture"
        )
        # Sent outside the transport: the benchmark needs the bytes, not the decoded reply.
        request = urllib.request.Request(
            url,
            data=body,
            headers={
                "Content-Type": "text/xml; charset=utf-8",
                "SOAPAction": f'"urn:vim25/{client.api_version}"',
                "Cookie": f"vmware_soap_session={client.session_cookie}",
                "Accept-Encoding": "gzip, deflate" if compress else "identity",
            },
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            reply: bytes = response.read()  # urllib does not inflate: these are the wire's bytes
        view.DestroyView()
    return reply


def _median_best(samples: list[float], better: str) -> tuple[float, float]:
    return statistics.median(samples), (min(samples) if better == "lower" else max(samples))


def collect(samples: dict[str, dict[str, list[float]]], meta: dict[str, Any]) -> dict[str, Any]:
    """Figures from raw samples: ``{name: {"pyvmomo", "pyvmomi", "ratio", "unit", ...}}``."""
    results: dict[str, Any] = {"_meta": meta}
    names = sorted({name for per_side in samples.values() for name in per_side})
    for name in names:
        figure = figure_for(name)
        row: dict[str, Any] = {"unit": figure.unit, "better": figure.better, "target": figure.target}
        best: dict[str, float | None] = {}
        for side in ("pyvmomo", "pyvmomi"):
            values = samples.get(side, {}).get(name)
            if values:
                row[side], best[side] = _median_best(values, figure.better)
            else:
                row[side] = best[side] = None
        row["best"] = best
        row["samples"] = {side: len(samples.get(side, {}).get(name, [])) for side in ("pyvmomo", "pyvmomi")}
        row["ratio"] = row["pyvmomo"] / row["pyvmomi"] if row["pyvmomo"] and row["pyvmomi"] else None
        row["met"] = judge(figure, row)
        results[name] = row
    return results


def _derive(per_side: dict[str, list[float]]) -> None:
    """Figures computed from others: both encodings together, decode over the floor."""
    filters, configs = per_side.pop("encode_filter_s", None), per_side.pop("encode_config_s", None)
    if filters and configs:
        per_side["encode_filter_5k_s"], per_side["encode_config_500_s"] = filters, configs
        # Sample i of the big request = sample i of each: medians of sums, not sums of medians.
        per_side["encode_big_request_s"] = [a + b for a, b in zip(filters, configs, strict=True)]
    decode, floor = per_side.get("decode_5k_vms_s"), per_side.get("lxml_floor_s")
    if decode and floor:
        per_side["decode_over_floor"] = [statistics.median(decode) / statistics.median(floor)]
    stream_floor = per_side.get("stream_floor_s")
    if decode and stream_floor:
        per_side["decode_over_stream_floor"] = [statistics.median(decode) / statistics.median(stream_floor)]


def versions(sides: list[Side]) -> dict[str, str]:
    """Versions of the libraries under test, lxml and Python."""
    found = {side.name: importlib.metadata.version(side.distribution) for side in sides}
    found["lxml"] = importlib.metadata.version("lxml")
    found["python"] = platform.python_version()
    return found


def _end_to_end(
    config: Config,
    sides: list[Side],
    url: str,
    samples: dict[str, dict[str, list[float]]],
    notes: list[str],
    log: Callable[[str], None],
) -> None:
    """End to end and bytes on the wire against the big vcsim at ``url``, directly and through gzip."""
    expected_vms = 2 * config.vms_per_pool

    def timed_rounds(at: str, figure: str, where: str) -> None:
        job = {"repeats": config.e2e_repeats, "url": at, "user": USER, "password": PASSWORD}
        for _ in range(config.rounds):
            for side in sides:
                e2e = run_job("e2e", side, job)
                if e2e.pop("objects") != expected_vms:
                    raise BenchError(f"{side.name} did not retrieve {expected_vms} VMs {where}")
                samples[side.name].setdefault(figure, []).extend(e2e["rpx_5k_end_to_end_s"])

    log("RetrievePropertiesEx of every VM over HTTP, end to end, the libraries taking turns")
    timed_rounds(url, "rpx_5k_end_to_end_s", "over HTTP")
    for side in sides:
        compress = True if side.name == "pyvmomi" else pyvmomo_compresses()
        samples[side.name]["rpx_5k_wire_bytes"] = [float(wire_bytes(url, compress=compress))]
        notes.append(
            f"rpx_5k_wire_bytes: {side.name} {'asks for gzip' if compress else 'asks for no compression'}"
        )
    if not pyvmomo_compresses():
        notes.append("no pyvmomo gzip variant: this pyvmomo.connect() has no compress keyword (issue 13)")
    from tests.tools.gzip_front import GzipFront

    with GzipFront(url) as front:  # vcsim never compresses: a front that does, as vCenter would
        log("the same reply through a gzipping front: bytes on the wire and end to end")
        for side in sides:
            gzipped = wire_bytes(front.url, compress=True)
            samples[side.name]["rpx_5k_wire_bytes_gzip"] = [float(gzipped)]
        timed_rounds(front.url, "rpx_5k_end_to_end_gzip_s", "through the front")


def run(
    config: Config,
    sides: list[Side],
    workdir: Path,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run the whole benchmark; return the results (see :mod:`bench.report`)."""
    from tests.vcsim import VcsimOptions, VcsimServer

    started = time.monotonic()
    load_before = os.getloadavg()[0]
    samples: dict[str, dict[str, list[float]]] = {side.name: {} for side in sides}

    reply_path = workdir / "reply.xml"
    expected_vms = 2 * config.vms_per_pool
    notes: list[str] = []
    reply = b""
    if "e2e" in config.groups or "warm" in config.groups:
        with VcsimServer(VcsimOptions(vms=config.vms_per_pool)) as big:
            log(f"capturing the reply from vcsim with {expected_vms} VMs")
            reply = capture_reply(big.url)
            reply_path.write_bytes(reply)
            if "e2e" in config.groups:
                _end_to_end(config, sides, big.url, samples, notes, log)

    with VcsimServer(VcsimOptions()) as server:
        auth = {"url": server.url, "user": USER, "password": PASSWORD}
        if "cold" in config.groups:
            # The libraries take turns, sample by sample and round by round, so that the
            # machine's speed drifting during the run (it does, by up to 2x) hits both alike.
            snippets = {
                side.name: (
                    cold_snippet(side.import_code),
                    cold_snippet(side.connect_code, side.close_code, **auth),
                    cold_snippet(side.connect_code + ABOUT, side.close_code, **auth),
                )
                for side in sides
            }
            for side in sides:
                importing, connecting, _ = snippets[side.name]
                cold_samples(importing, 1)  # writes byte-code; not timed
                cold_samples(connecting, 1)
            log("cold import and connect, the libraries taking turns")
            # One sample of each cold figure per library per turn: a load spike from other
            # processes then hits every figure and both libraries alike, not one figure.
            for _ in range(config.cold_repeats):
                for side in sides:
                    own = samples[side.name]
                    importing, connecting, reading = snippets[side.name]
                    (sample,) = cold_samples(importing, 1)
                    own.setdefault("cold_import_s", []).append(sample["s"])
                    own.setdefault("cold_import_rss_mb", []).append(sample["rss_mb"])
                    (sample,) = cold_samples(connecting, 1)
                    own.setdefault("connect_s", []).append(sample["s"])
                    (sample,) = cold_samples(reading, 1)
                    own.setdefault("cold_connect_s", []).append(sample["s"])
            if "pyvmomo" in samples:
                # The storage policy bindings load only when client.pbm is first used: their own cost.
                pbm = "import json, time, pyvmomo\nt = time.perf_counter()\nimport pyvmomo.pbm\n"
                pbm += "print(json.dumps({'s': time.perf_counter() - t}))"
                cold_samples(pbm, 1)  # writes byte-code; not timed
                samples["pyvmomo"]["pbm_import_s"] = [s["s"] for s in cold_samples(pbm, config.cold_repeats)]
        if "warm" in config.groups:
            log("client CPU per CurrentTime call, the libraries taking turns")
            for _ in range(config.cpu_rounds):
                for side in sides:
                    cpu = run_job("cpu", side, {"calls": config.cpu_calls, **auth})
                    samples[side.name].setdefault("client_cpu_per_call_us", []).extend(
                        cpu["client_cpu_per_call_us"]
                    )

            if config.upload_mib and "pyvmomo" in samples:
                log(f"pyvmomo: a {config.upload_mib} MiB datastore upload, then curl -T of the same file")
                big_file = workdir / "upload.bin"
                with open(big_file, "wb") as sparse:
                    sparse.truncate(config.upload_mib * 2**20)  # zeros, read from the page cache
                (workdir / "warm.bin").write_bytes(b"warm")
                pyvmomo_side = next(side for side in sides if side.name == "pyvmomo")
                uploaded = run_job("upload", pyvmomo_side, {"file": str(big_file), **auth})
                samples["pyvmomo"]["upload_1gib_rss_growth_mb"] = uploaded["upload_1gib_rss_growth_mb"]
                ours, curls = uploaded["upload_1gib_s"], uploaded["curl_upload_1gib_s"]
                samples["pyvmomo"]["upload_vs_curl_time"] = [o / c for o, c in zip(ours, curls, strict=True)]
                notes.append(
                    f"upload: {config.upload_mib} MiB in {statistics.median(ours):.2f} s by pyvmomo, "
                    f"{statistics.median(curls):.2f} s by curl -T to the same vcsim URL "
                    "(medians of 3, in turn)"
                )
                big_file.unlink()

            for round_number in range(1, config.rounds + 1):
                for side in sides:
                    turn = f"round {round_number} of {config.rounds}"
                    log(f"{side.name}: decode, encode, calls per second ({turn})")
                    warm = run_job(
                        "warm",
                        side,
                        {
                            "reply": str(reply_path),
                            "repeats": config.repeats,
                            "filter_specs": config.filter_specs,
                            "device_changes": config.device_changes,
                            "calls": config.calls,
                            "call_repeats": config.call_repeats,
                            "scale": list(config.scale),
                            **auth,
                        },
                    )
                    if warm.pop("objects") != expected_vms:
                        raise BenchError(f"{side.name} did not decode {expected_vms} VMs from the reply")
                    warm.pop("request_bytes")
                    for name, values in warm.items():
                        samples[side.name].setdefault(name, []).extend(values)
            for side in sides:
                log(f"{side.name}: memory held by the decoded reply")
                held = run_job("memory", side, {"reply": str(reply_path)})
                if held.pop("objects") != expected_vms:
                    raise BenchError(f"{side.name} did not decode {expected_vms} VMs from the reply")
                samples[side.name].update(held)
            for n in config.scale:
                for side in sides:
                    log(f"{side.name}: peak memory while decoding {n} objects")
                    grown = run_job("peak", side, {"reply": str(reply_path), "objects": n})
                    if grown["objects"] != n:
                        raise BenchError(f"{side.name} did not decode {n} objects from a resized reply")
                    name = "decode_peak_rss_mb" if n == expected_vms else f"decode_peak_{n}_objects_mb"
                    samples[side.name][name] = grown["peak_mb"]
            for side in sides:
                _derive(samples[side.name])

    if "codegen" in config.groups and config.codegen_repeats and "pyvmomo" in samples:
        log("pyvmomo: full regeneration of the 7.0.3 bindings")
        samples["pyvmomo"]["codegen_s"] = [codegen_seconds(workdir) for _ in range(config.codegen_repeats)]

    meta = {
        "versions": versions(sides),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "sizes": {
            "reply_bytes": len(reply),
            "vms": expected_vms,
            **{k: v for k, v in asdict(config).items() if k != "vms_per_pool"},
        },
        "elapsed_s": round(time.monotonic() - started, 1),
        "notes": notes,
        # Other processes' load inflates the wall-clock figures (import, connect, calls/s, codegen).
        "load_average_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    return collect(samples, meta)


def codegen_seconds(workdir: Path) -> float:
    """Wall time of ``python -m codegen generate --out <tmp>/vim25`` (fresh interpreter included)."""
    with tempfile.TemporaryDirectory(dir=workdir) as out:
        start = time.perf_counter()
        _python(["-m", "codegen", "generate", "--out", str(Path(out) / "vim25")])
        return time.perf_counter() - start
