"""Where a client connects and through what, decided before anything is sent (``pyvmomo._endpoint``)."""

from __future__ import annotations

import base64
import logging
import ssl
import warnings

import pytest

import pyvmomo
from pyvmomo._endpoint import Endpoint, choose_proxy, parse_endpoint, parse_proxy, tls_settings
from pyvmomo._registry import Registry
from pyvmomo._transport import Transport

VC = Endpoint("https", "vc.example.com", 443, "/sdk")
PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_ambient_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_an_explicit_proxy_with_credentials_becomes_a_basic_proxy_authorization() -> None:
    proxy = choose_proxy("http://alice:s%3Acret@proxy.example.com:3128", True, VC)
    assert proxy is not None and (proxy.host, proxy.port) == ("proxy.example.com", 3128)
    assert proxy.authorization == "Basic " + base64.b64encode(b"alice:s:cret").decode()


def test_https_proxy_from_the_environment_is_used_unless_trust_env_is_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.com:3128")
    chosen = choose_proxy(None, True, VC)
    assert chosen is not None and (chosen.host, chosen.port) == ("proxy.example.com", 3128)
    assert choose_proxy(None, False, VC) is None


def test_http_proxy_applies_to_plain_http_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.com:8080")
    assert choose_proxy(None, True, VC) is None
    plain = choose_proxy(None, True, VC._replace(scheme="http", port=80))
    assert plain is not None and plain.port == 8080


@pytest.mark.parametrize(
    "no_proxy", ["vc.example.com", ".example.com", "example.com", "*", "other,vc.example.com"]
)
def test_no_proxy_lists_hosts_and_domains_that_go_direct(
    monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.com:3128")
    monkeypatch.setenv("NO_PROXY", no_proxy)
    assert choose_proxy(None, True, VC) is None


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.1.2.3"])
def test_loopback_is_never_proxied_even_when_asked(monkeypatch: pytest.MonkeyPatch, host: str) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.com:3128")
    assert choose_proxy("http://proxy.example.com:3128", True, VC._replace(host=host)) is None
    assert choose_proxy(None, True, VC._replace(host=host)) is None


def test_the_proxy_in_use_is_logged_once_at_info_without_its_credentials(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="pyvmomo.transport"):
        transport = Transport(
            "https://vc.example.com/sdk",
            registry=Registry(),
            proxy="http://alice:secret@proxy.example.com:3128",
        )
    messages = [r.getMessage() for r in caplog.records if "proxy" in r.getMessage()]
    assert messages == ["connecting to vc.example.com:443 through the proxy proxy.example.com:3128"]
    assert transport.proxy == "http://proxy.example.com:3128"
    assert "secret" not in repr(transport) + transport.proxy


@pytest.mark.parametrize(
    ("proxy", "message"),
    [
        ("https://proxy.example.com:3128", "proxy must be http://"),
        ("socks5://proxy.example.com:1080", "proxy must be http://"),
        ("http://proxy..example.com:3128", "each dot-separated label"),
        ("http://proxy.example.com:99999", "bad proxy port"),
        ("http://proxy.example.com:3128\r\nX: 1", "line break"),
    ],
)
def test_a_proxy_that_cannot_be_used_is_refused_when_the_client_is_built(proxy: str, message: str) -> None:
    with pytest.raises(pyvmomo.InvalidSetting, match=message):
        parse_proxy(proxy)


def test_verify_false_warns_once_for_each_client_it_is_given_to() -> None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        tls_settings(VC, verify=False, thumbprint=None, ssl_context=None, cert=None)
        tls_settings(VC, verify=True, thumbprint=None, ssl_context=None, cert=None)
    assert [w.category for w in seen] == [pyvmomo.InsecureTlsWarning]
    assert "TLS verification is off for vc.example.com" in str(seen[0].message)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"verify": False, "thumbprint": "sha256:" + "a" * 64}, "give verify= or thumbprint=, not both"),
        ({"verify": "/ca.pem", "thumbprint": "sha256:" + "a" * 64}, "give verify= or thumbprint=, not both"),
        ({"ssl_context": ssl.create_default_context(), "verify": False}, "set verification and client"),
        (
            {"ssl_context": ssl.create_default_context(), "cert": ("c.pem", "c.key")},
            "set verification and client",
        ),
        ({"cert": ("/no/such/client.pem", "/no/such/client.key")}, "cannot load the client certificate"),
    ],
)
def test_tls_settings_that_contradict_or_cannot_load_are_refused(
    settings: dict[str, object], message: str
) -> None:
    arguments: dict[str, object] = {"verify": True, "thumbprint": None, "ssl_context": None, "cert": None}
    arguments.update(settings)
    with pytest.raises(pyvmomo.InvalidSetting, match=message):
        tls_settings(VC, **arguments)  # type: ignore[arg-type]


def test_your_own_ssl_context_is_used_as_given_with_a_pin_on_top() -> None:
    context = ssl.create_default_context()
    chosen, pin = tls_settings(
        VC, verify=True, thumbprint="sha256:" + "AB" * 32, ssl_context=context, cert=None
    )
    assert chosen is context and pin == "ab" * 32


def test_a_cert_must_be_a_pair_of_paths() -> None:
    with pytest.raises(TypeError, match=r"cert must be \('client.pem', 'client.key'\)"):
        pyvmomo.ConnectOptions(cert="client.pem")  # type: ignore[arg-type]


def test_a_plain_http_endpoint_takes_no_tls_settings() -> None:
    endpoint = parse_endpoint("http://127.0.0.1:8989/sdk", allow_insecure_http=False)
    with pytest.raises(pyvmomo.InvalidSetting, match="apply to TLS"):
        tls_settings(
            endpoint, verify=True, thumbprint=None, ssl_context=ssl.create_default_context(), cert=None
        )
