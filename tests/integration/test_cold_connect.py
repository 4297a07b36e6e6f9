"""What a cold connect() loads: no manager proxy module until its member is read, no logging until asked."""

from __future__ import annotations

import copy
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo import serialize
from pyvmomo.vim25 import PropertyCollector, ServiceContent, ViewManager
from tests.vcsim import VcsimServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> list[str]:
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return run.stdout.splitlines()


def test_connect_imports_a_manager_proxy_module_only_when_its_member_is_read(vcsim: VcsimServer) -> None:
    code = (
        "import sys, pyvmomo\n"
        f"client = pyvmomo.connect({vcsim.url!r}, 'user', 'pass')\n"
        "client.content.about.fullName\n"
        "prefix = 'pyvmomo.vim25.managed.'\n"
        "managed = lambda: sorted(m[len(prefix) :] for m in sys.modules if m.startswith(prefix))\n"
        "print(','.join(managed()))\n"
        "pc = client.content.propertyCollector\n"
        "print(type(pc).__name__, ','.join(managed()), client.content.propertyCollector is pc)\n"
        "client.close()"
    )
    at_connect, read = _run(code)
    name, after_read, same = read.split()
    # ServiceInstance is the call's target; Login's SessionManager is the one manager connect() uses.
    assert at_connect == "service_instance,session_manager"
    assert (name, same) == ("PropertyCollector", "True")
    assert after_read == "property_collector,service_instance,session_manager"


def test_every_manager_member_reads_as_its_typed_proxy(client: pyvmomo.Client) -> None:
    content = client.content
    assert isinstance(content, ServiceContent)
    assert type(content).__name__ == "ServiceContent"
    registry = client.transport.registry
    references = [f for f in ServiceContent._fields_ if f.type == "ManagedObjectReference"]
    assert len(references) > 40
    for field in references:
        value = getattr(content, field.name)
        if value is None or field.array:
            continue
        expected = registry.managed_class(field.target or "")
        assert expected is not None and isinstance(value, expected), field.name
        assert value == client.ref_by_name(value.type, value.value)
    assert isinstance(content.propertyCollector, PropertyCollector)


def test_service_content_keeps_equality_repr_and_round_trips(client: pyvmomo.Client) -> None:
    content = client.content
    assert "propertyCollector=PropertyCollector:propertyCollector" in repr(content)
    again = serialize.from_json(serialize.to_json(content), client=client)
    assert isinstance(again, ServiceContent)
    assert again == content and content == again
    assert serialize.from_xml(serialize.to_xml(content), ServiceContent, client=client) == content
    plain = ServiceContent(**{f.name: getattr(content, f.name) for f in ServiceContent._fields_})
    assert type(plain) is ServiceContent and type(content) is not ServiceContent
    assert plain == content and content == plain
    plain.about = copy.copy(content.about)
    assert plain == content
    plain.about.fullName = "another server"
    assert content != plain and plain != content


def test_logging_configured_after_connect_gets_the_records_with_the_callers_line(vcsim: VcsimServer) -> None:
    code = (
        "import sys, pyvmomo\n"
        f"client = pyvmomo.connect({vcsim.url!r}, 'user', 'pass')\n"
        "print('logging' in sys.modules)\n"
        "import logging\n"
        "form = '%(name)s:%(module)s:%(message)s'\n"
        "logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format=form)\n"
        "client.content.about.fullName\n"
        "client.ref_by_name('ServiceInstance', 'ServiceInstance').CurrentTime()\n"
        "print('handlers', len(logging.getLogger('pyvmomo').handlers))\n"
        "client.close()"
    )
    lines = _run(code)
    assert lines[0] == "False"  # nothing had imported logging: no record could have been printed
    # The caller's module names the record, not pyvmomo._log's.
    assert any(line.startswith("pyvmomo.transport:_transport:sending CurrentTime") for line in lines)
    assert any(line.startswith("pyvmomo.transport:_session:logged out with Logout") for line in lines)
    assert "handlers 1" in lines  # the NullHandler pyvmomo adds to its logger


def test_threads_reading_a_manager_for_the_first_time_all_get_its_proxy(vcsim: VcsimServer) -> None:
    with pyvmomo.connect(vcsim.url, "user", "pass") as client:
        content = client.content
        barrier = threading.Barrier(8)

        def read(_: int) -> object:
            barrier.wait()
            return content.viewManager

        with ThreadPoolExecutor(8) as pool:
            seen = list(pool.map(read, range(8)))
        assert all(isinstance(v, ViewManager) for v in seen)
        assert len(set(seen)) == 1 and content.viewManager in seen
