"""TLS against vcsim serving a certificate this test generates (ECDSA P-256).

vcsim's built-in certificate has a 1024-bit key that OpenSSL refuses outright
(../shared/FACTS.md), so it could not show pyvmomo's own checks. vcsim runs
with a user and password so that InvalidLogin is real.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import pyvmomo
from pyvmomo._registry import Registry
from pyvmomo._transport import Transport
from pyvmomo.vim25 import InvalidLogin
from tests.integration.sessions_support import PASSWORD, USER, recording, service_instance
from tests.vcsim import VcsimOptions, VcsimServer, make_tls_cert, sha256_thumbprint

pytestmark = pytest.mark.integration


@dataclass
class TlsLab:
    server: VcsimServer
    cert: Path
    other_cert: Path  # a valid certificate of another server


@pytest.fixture(scope="module")
def tls(vcsim_binary: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsLab]:
    mine, other = tmp_path_factory.mktemp("mine"), tmp_path_factory.mktemp("other")
    cert, key = make_tls_cert(mine)
    other_cert, _ = make_tls_cert(other)
    options = VcsimOptions(tls_cert=cert, tls_key=key, username=USER, password=PASSWORD)
    with VcsimServer(options, binary=vcsim_binary) as server:
        assert server.url.startswith("https://127.0.0.1:")
        yield TlsLab(server, cert, other_cert)


def counting_policy(sleeps: list[float]) -> pyvmomo.RetryPolicy:
    return pyvmomo.RetryPolicy(attempts=4, sleep=sleeps.append)


def tries(log_messages: list[str]) -> int:
    return sum(1 for m in log_messages if m.startswith("sending "))


def test_verify_with_the_ca_bundle_connects_and_logs_in(tls: TlsLab) -> None:
    with pyvmomo.connect(tls.server.url, USER, PASSWORD, verify=str(tls.cert)) as client:
        assert service_instance(client).CurrentTime() is not None
        assert client.session is not None and client.session.userName == USER


def test_default_verification_refuses_the_unknown_certificate_on_loopback_in_one_try(tls: TlsLab) -> None:
    sleeps: list[float] = []
    with recording(level=logging.DEBUG) as log, pytest.raises(pyvmomo.TlsError) as info:
        pyvmomo.connect(tls.server.url, USER, PASSWORD, retry=counting_policy(sleeps))
    assert "certificate verify failed" in str(info.value)
    assert sleeps == [] and tries(log.messages()) == 1  # never retried
    assert log.messages("retrying") == [] and len(log.messages("giving up")) == 1


def test_a_matching_thumbprint_is_accepted_without_any_ca(tls: TlsLab) -> None:
    thumbprint = sha256_thumbprint(tls.cert)
    with pyvmomo.connect(tls.server.url, USER, PASSWORD, thumbprint=thumbprint) as client:
        assert service_instance(client).CurrentTime() is not None
    colons = "sha256:" + ":".join(thumbprint[7:][i : i + 2] for i in range(0, 64, 2)).upper()
    with pyvmomo.connect(tls.server.url, USER, PASSWORD, thumbprint=colons) as client:
        assert service_instance(client).CurrentTime() is not None


def test_a_wrong_thumbprint_is_refused_in_one_try(tls: TlsLab) -> None:
    sleeps: list[float] = []
    with recording(level=logging.DEBUG) as log, pytest.raises(pyvmomo.TlsError) as info:
        pyvmomo.connect(
            tls.server.url,
            USER,
            PASSWORD,
            thumbprint=sha256_thumbprint(tls.other_cert),
            retry=counting_policy(sleeps),
        )
    served, pinned = sha256_thumbprint(tls.cert), sha256_thumbprint(tls.other_cert)
    assert f"certificate is {served}, pinned {pinned}" in str(info.value)
    assert sleeps == [] and tries(log.messages()) == 1


def test_verify_and_thumbprint_together_are_refused_before_anything_is_sent(tls: TlsLab) -> None:
    # A pin replaces the chain, name and expiry checks: both given would leave one of them unused.
    with pytest.raises(pyvmomo.ArgumentError, match="give verify= or thumbprint=, not both"):
        pyvmomo.connect(
            "https://127.0.0.1:1/sdk",
            USER,
            PASSWORD,
            verify=str(tls.cert),
            thumbprint=sha256_thumbprint(tls.cert),
        )


def test_a_wrong_password_over_tls_raises_invalid_login(tls: TlsLab) -> None:
    with pytest.raises(InvalidLogin):
        pyvmomo.connect(tls.server.url, USER, "not-the-password", verify=str(tls.cert))


def test_thumbprint_must_be_sha256_and_needs_https() -> None:
    with pytest.raises(ValueError, match="64 hex digits"):
        Transport("https://vc.example.com/sdk", registry=Registry(), thumbprint="sha1:ab:cd")
    with pytest.raises(ValueError, match="https"):
        Transport("http://127.0.0.1/sdk", registry=Registry(), thumbprint="sha256:" + "0" * 64)


def test_plain_http_is_refused_for_a_remote_host_unless_allowed() -> None:
    with pytest.raises(ValueError, match=r"refusing plain http to vc\.example\.com"):
        pyvmomo.connect("http://vc.example.com/sdk", USER, PASSWORD)
    allowed = Transport("http://vc.example.com/sdk", registry=Registry(), allow_insecure_http=True)
    assert allowed.url == "http://vc.example.com/sdk"
    for loopback in ("http://127.0.0.1:1/sdk", "http://localhost:1/sdk", "http://[::1]:1/sdk"):
        Transport(loopback, registry=Registry())  # loopback needs no opt-in
