"""Connection settings: one ConnectOptions value or connect()'s keywords, never both."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import pyvmomo
from tests.vcsim import VcsimServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DEAD = "http://127.0.0.1:1/sdk"  # nothing listens: any send would fail with ConnectionFailed


def test_connect_takes_a_connect_options_value(vcsim: VcsimServer) -> None:
    options = pyvmomo.ConnectOptions(connect_timeout=3.0, read_timeout=7.5, pool_size=2)
    with pyvmomo.connect(vcsim.url, "user", "pass", options=options) as client:
        assert client.transport.timeouts == (3.0, 7.5)
        assert client.transport.retry == options.retry
        assert client.content.about.apiType in ("VirtualCenter", "HostAgent")


def test_keywords_default_to_connect_options_defaults(vcsim: VcsimServer) -> None:
    defaults = pyvmomo.ConnectOptions()
    with pyvmomo.connect(vcsim.url, "user", "pass") as client:
        assert client.transport.timeouts == (defaults.connect_timeout, defaults.read_timeout)
        assert client.transport.retry == defaults.retry


def test_options_and_keywords_together_are_refused_before_anything_is_sent() -> None:
    options = pyvmomo.ConnectOptions(pool_size=2)
    with pytest.raises(pyvmomo.ArgumentError, match="not both: read_timeout, pool_size"):
        pyvmomo.connect(DEAD, "user", "pass", options=options, pool_size=4, read_timeout=1.0)


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"pool_size": 0}, "'pool_size' must be >= 1"), ({"read_timeout": -1.0}, "'read_timeout' must be > 0")],
)
def test_a_bad_setting_is_refused_before_anything_is_sent(settings: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        pyvmomo.connect(DEAD, "user", "pass", **settings)  # type: ignore[arg-type]


def test_a_default_connect_and_healthy_calls_never_load_attrs(vcsim: VcsimServer) -> None:
    # The default RetryPolicy is built when a call first fails: attrs costs ~15 ms of a cold connect.
    code = (
        "import sys, pyvmomo\n"
        f"client = pyvmomo.connect({vcsim.url!r}, 'user', 'pass')\n"
        "client.content.about.fullName; client.retrieve(pyvmomo.vim25.VirtualMachine, ['name'])\n"
        "print('attrs' in sys.modules, client.transport.retry.attempts, 'attrs' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert run.stdout.split() == ["False", "8", "True"]
