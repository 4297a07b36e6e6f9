"""Pytest fixtures for tests that talk to the govmomi simulator (vcsim).

Registered from ``tests/conftest.py`` via
``pytest_plugins = ["tests.conftest_vcsim_plugin"]``.

When the simulator cannot be found or built, dependent tests are skipped
locally but fail under CI (``CI=true``), so a broken toolchain is never
mistaken for a green run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.tools.gzip_front import GzipFront
from tests.vcsim import (
    PROXIED_HOST,
    TlsVcsim,
    VcsimFactory,
    VcsimOptions,
    VcsimServer,
    VcsimUnavailable,
    find_or_build_vcsim,
    make_tls_cert,
    replace_options,
)


@pytest.fixture(scope="session")
def vcsim_binary() -> Path:
    """Path of the simulator binary, built on first use."""
    try:
        return find_or_build_vcsim()
    except VcsimUnavailable as exc:
        reason = f"vcsim unavailable: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def vcsim(vcsim_binary: Path) -> Iterator[VcsimServer]:
    """A default VPX simulator shared by the whole session.

    Tests must not change its inventory in ways other tests would notice;
    use ``vcsim_factory`` for a private instance.
    """
    with VcsimServer(VcsimOptions(), binary=vcsim_binary) as server:
        yield server


@pytest.fixture
def vcsim_factory(vcsim_binary: Path) -> Iterator[VcsimFactory]:
    """Start private simulators; all are stopped when the test ends.

    Call it as ``vcsim_factory(options)``, ``vcsim_factory(vms=1)`` or both,
    keyword arguments overriding fields of ``options``.
    """
    servers: list[VcsimServer] = []

    def start(options: VcsimOptions | None = None, /, **overrides: Any) -> VcsimServer:
        server = VcsimServer(replace_options(options, **overrides), binary=vcsim_binary)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in reversed(servers):
        server.stop()


@pytest.fixture(scope="session")
def vcsim_tls(vcsim_binary: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsVcsim]:
    """An HTTPS VPX simulator with its sdk tunnel and a client certificate, shared by the session.

    Over TLS vcsim asks for a client certificate (it does not verify it);
    ``LoginExtensionByCertificate`` succeeds with one, directly or through
    ``server.tunnel_address``. Same sharing rules as ``vcsim``.
    """
    # Imported here: the cryptography package is needed only by TLS tests.
    from tests.tools.certs import make_client_cert

    directory = tmp_path_factory.mktemp("vcsim-tls")
    cert, key = make_tls_cert(directory, extra_names=[PROXIED_HOST])
    client = make_client_cert(directory)
    options = VcsimOptions(tls_cert=cert, tls_key=key, tunnel=True)
    with VcsimServer(options, binary=vcsim_binary) as server:
        yield TlsVcsim(server=server, ca_cert=cert, client=client)


@pytest.fixture
def gzip_front(vcsim: VcsimServer) -> Iterator[GzipFront]:
    """A :class:`~tests.tools.gzip_front.GzipFront` before the shared ``vcsim``, for one test.

    Point the client at ``gzip_front.url``; change ``framing``, ``compress``
    or ``bomb_bytes`` on it as the test needs.
    """
    with GzipFront(vcsim.url) as front:
        yield front
