"""Shared fixtures: hypothesis profiles, the shared WSDL, a logged-in client on vcsim."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import pyvmomo
from tests.vcsim import VcsimServer

pytest_plugins = ["tests.conftest_vcsim_plugin"]

# pyvmomo honours proxy variables (trust_env): an ambient proxy must not capture the suite's
# loopback traffic or its fake hosts. Tests that need them set their own.
for _name in ("https_proxy", "http_proxy", "all_proxy", "no_proxy"):
    os.environ.pop(_name, None)
    os.environ.pop(_name.upper(), None)

settings.register_profile("ci", max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("dev", max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("deep", max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SHARED_WSDL = Path(__file__).resolve().parents[2] / "shared" / "wsdl"


def require_shared_wsdl(version: str = "vim25-7.0.3") -> Path:
    """The shared WSDL folder; fails under CI and skips elsewhere when it is missing."""
    path = SHARED_WSDL / version
    if not any(path.glob("*.wsdl")):  # vim.wsdl, pbm.wsdl
        reason = f"shared WSDL {path} is missing"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the API-fidelity tests covered (tests/coverage_report.py)."""
    from tests.coverage_report import LINES

    if LINES:
        terminalreporter.ensure_newline()
        terminalreporter.section("API coverage")
        for line in LINES:
            terminalreporter.write_line(line)


@pytest.fixture
def client(vcsim: VcsimServer) -> Iterator[pyvmomo.Client]:
    """A client logged in to the shared simulator; logged out afterwards."""
    with pyvmomo.connect(vcsim.url, user="user", password="pass") as c:
        yield c


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under CI=true a skipped test is a failure: a missing vcsim, WSDL or browser must not pass."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which counts as a failure: {report.longrepr}"
