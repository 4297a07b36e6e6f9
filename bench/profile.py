"""Profiles behind the findings in ``docs/benchmarks.md``: where decode and call time go.

    python -m bench.profile decode   # cProfile of pyvmomo decoding the 5,000-VM reply
    python -m bench.profile calls    # cProfile of 2,000 CurrentTime calls through the transport
    python -m bench.profile stacks   # calls/s and client CPU per call of bare HTTP stacks
    python -m bench.profile cpu      # client_cpu_per_call_us alone, both libraries taking turns

Each starts its own vcsim. Not part of ``make bench``: run it when a target is
missed, to see the cause before changing code. ``cpu`` runs the benchmark's
own worker job (``bench.worker.client_cpu``) in the same alternating rounds
as ``make bench``, so its ratio is the published figure's, in a minute.
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from .run import FULL, PASSWORD, USER, capture_reply, installed_sides, run_job
from .sides import PYVMOMO

CALLS = 2000


def _profile(fn: Callable[[], object], rows: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(rows)
    stats.sort_stats("cumulative").print_stats(rows)


def profile_decode(vms_per_pool: int) -> None:
    """cProfile two decodes of the captured reply (after one warm-up decode)."""
    from tests.vcsim import VcsimOptions, VcsimServer

    with VcsimServer(VcsimOptions(vms=vms_per_pool)) as server:
        reply = capture_reply(server.url)
    decode = PYVMOMO.decoder()
    decode(reply)
    _profile(lambda: [decode(reply) for _ in range(2)], 25)


def profile_calls() -> None:
    """cProfile CurrentTime calls through pyvmomo's whole send path."""
    from tests.vcsim import VcsimOptions, VcsimServer

    with VcsimServer(VcsimOptions()) as server:
        call, close = PYVMOMO.caller(server.url, USER, PASSWORD)
        try:
            for _ in range(50):
                call()
            _profile(lambda: [call() for _ in range(CALLS)], 40)
        finally:
            close()


def _rate(name: str, fn: Callable[[], object]) -> None:
    for _ in range(20):
        fn()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(CALLS):
        fn()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{name:28} {CALLS / elapsed:7.0f} calls/s  {used / CALLS * 1e6:5.0f} us client CPU per call")


def compare_stacks() -> None:
    """The same pre-encoded CurrentTime request through requests, urllib3, http.client and pyvmomo's _http."""
    import requests
    import urllib3

    import pyvmomo
    from pyvmomo.vim25 import ServiceInstance
    from tests.vcsim import VcsimOptions, VcsimServer

    with (
        VcsimServer(VcsimOptions()) as server,
        pyvmomo.connect(server.url, user=USER, password=PASSWORD) as c,
    ):
        instance = c.ref(ServiceInstance, "ServiceInstance")
        op = instance._operations_["CurrentTime"]
        body = c.transport.encoder.request(instance, op, (), "stacks")
        headers = {
            "Content-Type": "text/xml; charset=utf-8",
            "SOAPAction": f'"urn:vim25/{c.api_version}"',
            "Cookie": f"vmware_soap_session={c.session_cookie}",
        }
        port = urlsplit(server.url).port
        session = requests.Session()
        _rate("requests.Session.post", lambda: session.post(server.url, data=body, headers=headers).content)
        pool = urllib3.HTTPConnectionPool("127.0.0.1", port)
        _rate("urllib3 pool urlopen", lambda: pool.urlopen("POST", "/sdk", body=body, headers=headers).data)
        connection = http.client.HTTPConnection("127.0.0.1", port)

        def raw() -> bytes:
            connection.request("POST", "/sdk", body, headers)
            return connection.getresponse().read()

        _rate("http.client", raw)
        from pyvmomo._http import HttpPool

        own = HttpPool("127.0.0.1", port or 80)
        _rate(
            "pyvmomo _http pool",
            lambda: (
                own.request(
                    "POST", "/sdk", headers, body, connect_timeout=10, timeout=120, max_bytes=1 << 20
                ).body
            ),
        )
        _rate("pyvmomo whole invoke", instance.CurrentTime)


def client_cpu(rounds: int, calls: int) -> None:
    """``client_cpu_per_call_us`` as ``make bench`` measures it: a worker per sample, libraries in turn."""
    from tests.vcsim import VcsimOptions, VcsimServer

    sides = installed_sides()
    samples: dict[str, list[float]] = {side.name: [] for side in sides}
    with VcsimServer(VcsimOptions()) as server:
        job = {"calls": calls, "url": server.url, "user": USER, "password": PASSWORD}
        for _ in range(rounds):
            for side in sides:
                samples[side.name] += run_job("cpu", side, job)["client_cpu_per_call_us"]
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, values in samples.items():
        print(f"{name:8} median {medians[name]:6.1f} us  ({', '.join(f'{v:.0f}' for v in values)})")
    if len(medians) == 2:
        print(f"pyvmomo / pyvmomi: {medians['pyvmomo'] / medians['pyvmomi']:.3f} (target <= 0.8)")


def main(argv: list[str] | None = None) -> int:
    """Run one profile."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("what", choices=("decode", "calls", "stacks", "cpu"))
    parser.add_argument("--vms-per-pool", type=int, default=2500)
    parser.add_argument("--rounds", type=int, default=FULL.cpu_rounds, help="cpu: alternating rounds")
    parser.add_argument("--calls", type=int, default=FULL.cpu_calls, help="cpu: CurrentTime calls per sample")
    args = parser.parse_args(argv)
    if args.what == "decode":
        profile_decode(args.vms_per_pool)
    elif args.what == "calls":
        profile_calls()
    elif args.what == "cpu":
        client_cpu(args.rounds, args.calls)
    else:
        compare_stacks()
    return 0


if __name__ == "__main__":
    sys.exit(main())
