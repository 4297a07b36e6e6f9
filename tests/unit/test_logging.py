"""pyvmomo prints nothing unless the application configures logging, and logs raised failures at INFO."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest

import pyvmomo
from pyvmomo.vim25 import Folder, ServiceInstance
from tests.tools.fakevsphere import FakeVSphere, soap_response

TRUNCATED = (200, soap_response("CreateFolder", "<returnval type='Folder'>group-v9</returnval>")[:120])

UNCONFIGURED = """
import pyvmomo
from pyvmomo.vim25 import Folder
client = pyvmomo.connect(sys.argv[1], "u", "p", retry=pyvmomo.RetryPolicy(attempts=1))
try:
    client.ref(Folder, "group-v3").CreateFolder(name="f")  # the reply is cut short
except pyvmomo.OutcomeUnknown:
    pass
logging.getLogger("pyvmomo.property").warning("a warning nobody asked for")
print("done")
"""


@pytest.fixture
def fake() -> Iterator[FakeVSphere]:
    with FakeVSphere() as server:
        yield server


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    logger, handler = logging.getLogger("pyvmomo"), Records()
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler.records
    logger.removeHandler(handler)
    logger.setLevel(old)


def test_with_logging_unconfigured_nothing_reaches_stderr(fake: FakeVSphere) -> None:
    fake.on("CreateFolder", lambda op, headers: TRUNCATED)
    script = "import logging, sys\n" + UNCONFIGURED
    run = subprocess.run([sys.executable, "-c", script, fake.url], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert (run.stdout, run.stderr) == ("done\n", "")
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("pyvmomo").handlers)


def test_a_call_that_gives_up_with_outcome_unknown_logs_at_info_at_most(
    fake: FakeVSphere, records: list[logging.LogRecord]
) -> None:
    fake.on("CreateFolder", lambda op, headers: TRUNCATED)
    with pyvmomo.connect(fake.url, "u", "p") as client, pytest.raises(pyvmomo.OutcomeUnknown):
        client.ref(Folder, "group-v3").CreateFolder(name="f")
    assert [r for r in records if r.getMessage().startswith("giving up on CreateFolder")]
    assert max(r.levelno for r in records) == logging.INFO


def test_a_call_that_never_connects_logs_at_info_at_most(records: list[logging.LogRecord]) -> None:
    with FakeVSphere() as server:
        client = pyvmomo.connect(server.url, "u", "p", retry=pyvmomo.RetryPolicy(attempts=2, backoff=0))
    with pytest.raises(pyvmomo.ConnectionFailed):  # the server is gone: connections are refused
        client.ref(ServiceInstance, "ServiceInstance").CurrentTime()
    client.transport.close()
    assert [r for r in records if r.getMessage().startswith("giving up on CurrentTime")]
    assert max(r.levelno for r in records) == logging.INFO
