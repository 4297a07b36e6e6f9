"""What runs inside a benchmark subprocess: one library, one job, JSON on stdout.

``python -m bench.worker warm '<json>'`` times decoding (the captured reply
and its resized copies), the tree and streaming lxml floors, encoding and calls
per second for one library; ``memory`` measures the memory a decoded reply
holds, ``peak`` how far the peak RSS grows while decoding one, ``e2e`` a
RetrievePropertiesEx of 5,000 VMs over HTTP, ``cpu`` the client's CPU time
per small call. Cold figures (import,
connect) do not come through here: :func:`cold_snippet` writes a minimal
``python -c`` program, so no module of this package is loaded before the
timed import.

Offline samples (decode, floor, encode) are the process's CPU time
(``time.process_time``) around the call only (inputs are built before, results
freed after): on an idle machine that equals wall time for this single-threaded
work, and on a shared one other processes' load does not leak into it. Calls
per second and cold figures are wall time. The garbage collector stays on, as
users have it, and runs before each sample so one sample's garbage is not
charged to the next.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from .replies import resize
from .sides import SIDES, Side

PIECE = 64 * 1024  # what pyvmomo feeds its parser at a time (pyvmomo._xmlstream.PIECE)

THREADS = 8


def sample(fn: Callable[[], object], repeats: int) -> list[float]:
    """CPU seconds per call of ``fn``, ``repeats`` times."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        result = fn()
        times.append(time.process_time() - start)
        del result
    return times


def sample_pair(
    first: Callable[[], object], second: Callable[[], object], repeats: int
) -> tuple[list[float], list[float]]:
    """``sample`` of two functions, alternating, so a drift in machine speed hits both alike."""
    a, b = [], []
    for _ in range(repeats):
        a += sample(first, 1)
        b += sample(second, 1)
    return a, b


def lxml_walk(content: bytes) -> int:
    """The floor: a bare lxml parse and a walk touching every element's tag and text."""
    count = 0
    for element in etree.fromstring(content).iter():
        _ = element.tag, element.text
        count += 1
    return count


def stream_walk(content: bytes) -> int:
    """The streaming floor: lxml's pull parser fed 64 KiB at a time, each element touched, then cleared."""
    parser = etree.XMLPullParser(events=("end",))
    count = 0
    for start in range(0, len(content), PIECE):
        parser.feed(content[start : start + PIECE])
        for _, element in parser.read_events():
            _ = element.tag, element.text
            element.clear(keep_tail=True)
            count += 1
    parser.close()
    return count


def count_objects(result: Any) -> int:
    """How many ``ObjectContent`` a decoded RetrieveResult holds (both libraries spell it ``objects``)."""
    return len(result.objects) if result is not None else 0


def calls_per_second(call: Callable[[], object], calls: int, threads: int) -> float:
    """Run ``calls`` calls split over ``threads`` threads sharing one client; calls per second."""
    per_thread = max(1, calls // threads)
    start_line = threading.Barrier(threads + 1)
    errors: list[BaseException] = []

    def work() -> None:
        start_line.wait()
        try:
            for _ in range(per_thread):
                call()
        except BaseException as exc:  # reported below, so a failing call cannot pass as fast
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    start_line.wait()
    start = time.perf_counter()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return per_thread * threads / elapsed


def warm(side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """Decode, floor, encode and throughput samples for one library in one interpreter."""
    repeats = int(job["repeats"])
    content = Path(job["reply"]).read_bytes()
    decode = side.decoder()
    objects = count_objects(decode(content))  # also loads every class the reply needs
    # Decode and floor alternate: decode_over_floor divides one by the other.
    decodes, floors = sample_pair(lambda: decode(content), lambda: lxml_walk(content), repeats)
    out: dict[str, Any] = {"objects": objects, "decode_5k_vms_s": decodes, "lxml_floor_s": floors}
    out["stream_floor_s"] = sample(lambda: stream_walk(content), repeats)
    for n in job.get("scale", ()):
        if n != objects:  # the captured size is decode_5k_vms_s itself
            sized = resize(content, n)
            if count_objects(decode(sized)) != n:
                raise RuntimeError(f"decoded the wrong number of objects from a {n}-object reply")
            out[f"decode_{n}_objects_s"] = sample(
                lambda sized=sized: decode(sized), scale_repeats(n, repeats)
            )
    encode_filter = side.filter_request(int(job["filter_specs"]))
    encode_config = side.config_request(int(job["device_changes"]))
    out["request_bytes"] = [len(encode_filter()), len(encode_config())]  # and warm-up
    out["encode_filter_s"] = sample(encode_filter, repeats * 3)
    out["encode_config_s"] = sample(encode_config, repeats * 3)
    if job.get("url"):
        call, close = side.caller(job["url"], job["user"], job["password"])
        try:
            for _ in range(20):  # connections open, classes loaded
                call()
            out["calls_per_s_1t"] = [
                calls_per_second(call, int(job["calls"]), 1) for _ in range(job["call_repeats"])
            ]
            out["calls_per_s_8t"] = [
                calls_per_second(call, int(job["calls"]), THREADS) for _ in range(job["call_repeats"])
            ]
        finally:
            close()
    return out


def memory(side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """MiB of Python heap that the decoded reply holds (tracemalloc), after a warm-up decode."""
    content = Path(job["reply"]).read_bytes()
    decode = side.decoder()
    del_me = decode(content)  # load classes first: their memory is not the result's
    del del_me
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = decode(content)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return {"objects": count_objects(result), "decode_5k_vms_rss_mb": [held / 2**20]}


def scale_repeats(n: int, repeats: int) -> int:
    """Fewer samples of the largest replies (pyvmomi takes ~20 s per 50,000 objects)."""
    return max(1, repeats if n <= 5000 else repeats // 3)


def _status_mib(key: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} in /proc/self/status")


def peak(side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """MiB by which the process's peak RSS grew while decoding an ``objects``-object reply.

    A fresh worker per figure: a freed heap would otherwise be reused and hide the
    peak. Classes are loaded first by decoding a 10-object reply (its memory is
    not the decode's), then the kernel's high-water mark is reset
    (``/proc/self/clear_refs``) and read after the decode.
    """
    content = resize(Path(job["reply"]).read_bytes(), int(job["objects"]))
    decode = side.decoder()
    decode(resize(content, 10))
    gc.collect()
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # VmHWM := VmRSS
    before = _status_mib("VmRSS")
    result = decode(content)
    grown = _status_mib("VmHWM") - before
    return {"objects": count_objects(result), "peak_mb": [grown]}


def end_to_end(side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """Wall seconds of RetrievePropertiesEx over HTTP (request sent to result decoded); objects returned."""
    retrieve, close = side.retriever(job["url"], job["user"], job["password"])
    try:
        objects = retrieve()  # connections open, classes loaded
        times = []
        for _ in range(int(job["repeats"])):
            gc.collect()
            start = time.perf_counter()
            retrieve()
            times.append(time.perf_counter() - start)
    finally:
        close()
    return {"objects": objects, "rpx_5k_end_to_end_s": times}


def client_cpu(side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """Process CPU microseconds per CurrentTime call, one thread (the server's time is not in it)."""
    call, close = side.caller(job["url"], job["user"], job["password"])
    try:
        for _ in range(50):
            call()
        calls = int(job["calls"])
        gc.collect()
        start = time.process_time()
        for _ in range(calls):
            call()
        spent = time.process_time() - start
    finally:
        close()
    return {"client_cpu_per_call_us": [spent / calls * 1e6]}


def upload(side: Side, job: dict[str, Any]) -> dict[str, Any]:
    """A 1 GiB datastore upload with ``client.files`` (pyvmomo only: pyvmomi has no helper).

    Three rounds, each an upload by pyvmomo then the same file by ``curl -T`` to
    the same URL (their times alternate, so the disk's and the machine's moods
    hit both); how far RSS grew while pyvmomo uploaded, sampled every 10 ms.
    """
    import subprocess

    import pyvmomo

    source = Path(job["file"])
    ours: list[float] = []
    curls: list[float] = []
    growth = 0.0
    with pyvmomo.connect(job["url"], job["user"], job["password"]) as client:
        client.files.upload(source.parent / "warm.bin", "[LocalDS_0] bench/warm.bin")  # pools, classes
        url = job["url"].removesuffix("/sdk") + "/folder/bench/big-curl.bin?dcPath=DC0&dsName=LocalDS_0"
        curl = [
            "curl",
            "-sS",
            "--fail",
            "-T",
            str(source),
            "-b",
            f"vmware_soap_session={client.session_cookie}",
        ]
        for _ in range(3):
            gc.collect()
            before = _rss_mb()
            peak = [before]
            done = threading.Event()

            def sample(peak: list[float] = peak, done: threading.Event = done) -> None:
                while not done.wait(0.01):  # the RSS while the upload runs, not the lifetime peak
                    peak[0] = max(peak[0], _rss_mb())

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            start = time.perf_counter()
            client.files.upload(source, "[LocalDS_0] bench/big.bin")
            ours.append(time.perf_counter() - start)
            done.set()
            sampler.join()
            growth = max(growth, peak[0] - before)
            start = time.perf_counter()
            subprocess.run([*curl, url], check=True, capture_output=True)
            curls.append(time.perf_counter() - start)
    return {"upload_1gib_s": ours, "upload_1gib_rss_growth_mb": [growth], "curl_upload_1gib_s": curls}


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        import os

        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


JOBS: dict[str, Callable[[Side, dict[str, Any]], dict[str, Any]]] = {
    "warm": warm,
    "memory": memory,
    "peak": peak,
    "e2e": end_to_end,
    "cpu": client_cpu,
    "upload": upload,
}

# A cold sample: an interpreter that has imported only os and time when the clock starts.
_COLD = """\
import os, time
def _rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
HOST, PORT, URL, USER, PASSWORD = {host!r}, {port!r}, {url!r}, {user!r}, {password!r}
_rss0 = _rss()
_t0 = time.perf_counter()
{body}
_t1 = time.perf_counter()
_rss1 = _rss()
{close}
import json
print(json.dumps({{"s": _t1 - _t0, "rss_mb": (_rss1 - _rss0) / 2**20}}))
"""


def cold_snippet(body: str, close: str = "", url: str = "", user: str = "", password: str = "") -> str:
    """A ``python -c`` program timing ``body`` from a bare interpreter; prints ``{"s", "rss_mb"}``."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return _COLD.format(
        host=parts.hostname or "",
        port=parts.port or 0,
        url=url,
        user=user,
        password=password,
        body=body,
        close=close,
    )


def main(argv: list[str]) -> int:
    """``python -m bench.worker JOB '<json>'``: run one job, print its samples as JSON."""
    kind, raw = argv
    job = json.loads(raw)
    result = JOBS[kind](SIDES[job["side"]], job)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
