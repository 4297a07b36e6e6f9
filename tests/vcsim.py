"""Start and stop the govmomi vSphere simulator (vcsim) for integration tests.

The simulator binary is our own small Go wrapper (``tools/vcsim/main.go``)
around govmomi's ``simulator`` package, built from Debian packages by
``tools/vcsim/build.sh``. Once listening it prints ``VCSIM_URL=...`` as its
last start-up line (after ``VCSIM_TUNNEL=host:port`` when the sdk tunnel is
on) and exits on SIGTERM/SIGINT or when its stdin closes, so a crashed test
run never leaves it behind.

The VPX model also serves the Storage Policy service (PBM) at ``/pbm`` and
``/pbm/sdk`` (:attr:`VcsimServer.pbm_url`). Over HTTPS the simulator asks for
(but does not verify) a client certificate, which is what
``LoginExtensionByCertificate`` reads; with ``tunnel=True`` it also runs the
CONNECT tunnel a vCenter offers as ``sdkTunnel:8089`` on port 80
(:attr:`VcsimServer.tunnel_address`).

Typical use::

    with VcsimServer(VcsimOptions(vms=1)) as srv:
        client.connect(srv.url)
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import fcntl
import hashlib
import ipaddress
import os
import queue
import ssl
import subprocess
import tempfile
import threading
import time
import types
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from tests.tools.certs import ClientCert

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO_ROOT / "tools" / "vcsim" / "build.sh"
DEFAULT_BUILD_DIR = REPO_ROOT / "build" / "vcsim"
ENV_BINARY = "PYVMOMO_VCSIM"

PROXIED_HOST = "vc.example.test"
"""A remote-looking name the ``vcsim_tls`` certificate also carries.

The SDK never sends loopback traffic through a proxy, so proxy tests name
this host and let :class:`tests.tools.connect_proxy.ConnectProxy` route it.
"""

_URL_PREFIX = "VCSIM_URL="
_TUNNEL_PREFIX = "VCSIM_TUNNEL="
_MAX_START_LINES = 8
_START_TIMEOUT_S = 30.0
_STOP_GRACE_S = 5.0


class VcsimUnavailable(RuntimeError):
    """The simulator binary could not be found or built."""


class VcsimStartError(RuntimeError):
    """The simulator process failed to start or to answer."""


@dataclass(frozen=True)
class VcsimOptions:
    """How to configure one simulator instance.

    ``None`` for an inventory size keeps the simulator model's default.

    Attributes:
        model: ``"vpx"`` (vCenter) or ``"esx"`` (standalone host).
        vms: VMs per resource pool (the default VPX model has two pools).
        hosts: Hosts per cluster (VPX only).
        clusters: Clusters per datacenter (VPX only).
        delay_ms: Delay added to every SOAP method, in milliseconds.
        method_delay: Extra per-method delays in milliseconds, keyed by
            wire method name (e.g. ``"PowerOnVM_Task"``).
        idle_timeout_s: Session idle timeout in seconds; ``None`` for none.
            The simulator polls on a timer of the same period, so a session
            expires between one and two timeouts after its last call.
        tls_cert: PEM certificate; when set (with ``tls_key``) serve HTTPS.
        tls_key: PEM private key for ``tls_cert``.
        username: When set with ``password``, the only user that may log
            in. Otherwise any non-empty user name and password are accepted.
        password: Password for ``username``.
        listen: ``host:port`` to listen on; port 0 picks a free port.
        tunnel: Also start the CONNECT tunnel (vCenter's ``sdkTunnel:8089``
            on port 80) on a free port of the same host. It accepts any
            CONNECT target and splices the connection to the SDK listener,
            so TLS (and the client certificate) runs end to end inside it.
    """

    model: str = "vpx"
    vms: int | None = None
    hosts: int | None = None
    clusters: int | None = None
    delay_ms: int = 0
    method_delay: Mapping[str, int] = field(default_factory=dict)
    idle_timeout_s: float | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    username: str | None = None
    password: str | None = None
    listen: str = "127.0.0.1:0"
    tunnel: bool = False

    def to_args(self) -> list[str]:
        """Return the command-line flags for ``tools/vcsim/main.go``.

        Returns:
            Flags in ``-name value`` form.

        Raises:
            ValueError: If paired options are only half given.
        """
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key must be given together")
        if (self.username is None) != (self.password is None):
            raise ValueError("username and password must be given together")
        args = ["-listen", self.listen, "-model", self.model]
        for flag, value in (("-vm", self.vms), ("-host", self.hosts), ("-cluster", self.clusters)):
            if value is not None:
                args += [flag, str(value)]
        if self.delay_ms:
            args += ["-delay", str(self.delay_ms)]
        if self.method_delay:
            spec = ",".join(f"{name}:{ms}" for name, ms in self.method_delay.items())
            args += ["-method-delay", spec]
        if self.idle_timeout_s:
            # Milliseconds avoid float formatting that Go's ParseDuration might reject.
            args += ["-idle-timeout", f"{round(self.idle_timeout_s * 1000)}ms"]
        if self.tls_cert is not None and self.tls_key is not None:
            args += ["-tls-cert", str(self.tls_cert), "-tls-key", str(self.tls_key)]
        if self.username is not None and self.password is not None:
            args += ["-username", self.username, "-password", self.password]
        if self.tunnel:
            args.append("-tunnel")
        return args


def find_or_build_vcsim() -> Path:
    """Locate the simulator binary, building it when needed.

    ``$PYVMOMO_VCSIM`` wins when set. Otherwise ``<repo>/build/vcsim/vcsim``
    is used, (re)built by ``tools/vcsim/build.sh`` when missing or older
    than its source.

    Returns:
        Path of an executable simulator binary.

    Raises:
        VcsimUnavailable: If the binary is missing and cannot be built.
    """
    override = os.environ.get(ENV_BINARY)
    if override:
        path = Path(override)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise VcsimUnavailable(f"${ENV_BINARY}={override} is not an executable file")
        return path

    binary = DEFAULT_BUILD_DIR / "vcsim"
    source = BUILD_SCRIPT.parent / "main.go"
    if _is_fresh(binary, source):
        return binary

    DEFAULT_BUILD_DIR.mkdir(parents=True, exist_ok=True)
    # Serialise builds across parallel test workers sharing one checkout.
    with open(DEFAULT_BUILD_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            result = subprocess.run(
                ["bash", str(BUILD_SCRIPT), str(DEFAULT_BUILD_DIR)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=600,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise VcsimUnavailable(f"running {BUILD_SCRIPT} failed: {exc}") from exc
    if result.returncode != 0 or not binary.is_file():
        tail = "\n".join(result.stdout.splitlines()[-30:])
        raise VcsimUnavailable(f"{BUILD_SCRIPT} exited with {result.returncode}; output:\n{tail}")
    return binary


def _is_fresh(binary: Path, source: Path) -> bool:
    try:
        return binary.stat().st_mtime > source.stat().st_mtime and os.access(binary, os.X_OK)
    except FileNotFoundError:
        return False


class VcsimServer:
    """One simulator process, usable as a context manager.

    Attributes:
        options: The options the server is started with.
        binary: Path of the simulator binary.
    """

    def __init__(self, options: VcsimOptions | None = None, binary: Path | None = None) -> None:
        """Prepare, but do not start, a simulator.

        Args:
            options: Simulator configuration; defaults to a VPX model.
            binary: Simulator binary; found or built when omitted.
        """
        self.options = options or VcsimOptions()
        self.binary = binary
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._url: urllib.parse.SplitResult | None = None
        self._tunnel: tuple[str, int] | None = None

    def __enter__(self) -> VcsimServer:
        """Start the server.

        Returns:
            This server, running.
        """
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()

    @property
    def url(self) -> str:
        """The SOAP endpoint, e.g. ``http://127.0.0.1:40123/sdk``."""
        return self._require_url().geturl()

    @property
    def base_url(self) -> str:
        """Scheme, host and port without a path, e.g. ``http://127.0.0.1:40123``."""
        u = self._require_url()
        return f"{u.scheme}://{u.netloc}"

    @property
    def host(self) -> str:
        """Host name or IP address the server answers on."""
        host = self._require_url().hostname
        assert host is not None
        return host

    @property
    def port(self) -> int:
        """TCP port the server listens on."""
        port = self._require_url().port
        assert port is not None
        return port

    @property
    def pbm_url(self) -> str:
        """The PBM (storage policy) endpoint at ``/pbm/sdk``; VPX model only.

        The same service also answers at ``/pbm`` (govmomi's path).
        """
        return f"{self.base_url}/pbm/sdk"

    @property
    def tunnel_address(self) -> tuple[str, int]:
        """``(host, port)`` of the CONNECT tunnel (``VcsimOptions.tunnel``).

        Send ``CONNECT sdkTunnel:8089 HTTP/1.1`` there (any target works),
        wait for the ``200`` reply, then speak TLS to the simulator inside.
        Wait really: vcsim drops bytes that arrive before it answered (a
        TLS hello sent with the CONNECT is lost and the handshake stalls).
        Its ``200`` carries a stray ``Transfer-Encoding: chunked`` header,
        which a client must ignore (RFC 9110, 9.3.6); h11 does.

        Raises:
            RuntimeError: If the server is not running or has no tunnel.
        """
        self._require_url()
        if self._tunnel is None:
            raise RuntimeError("this vcsim has no tunnel: start it with VcsimOptions(tunnel=True)")
        return self._tunnel

    @property
    def is_tls(self) -> bool:
        """Whether the server speaks HTTPS."""
        return self.options.tls_cert is not None

    def ssl_context(self) -> ssl.SSLContext | None:
        """Build a client context that trusts exactly this server's certificate.

        Returns:
            A verifying context for HTTPS servers, ``None`` for plain HTTP.
        """
        if self.options.tls_cert is None:
            return None
        return ssl.create_default_context(cafile=str(self.options.tls_cert))

    def start(self) -> None:
        """Launch the simulator and wait until it answers HTTP requests.

        Raises:
            VcsimStartError: If it exits, prints no URL, or never answers
                within the start timeout. The process is reaped first.
            RuntimeError: If already started.
        """
        if self._proc is not None:
            raise RuntimeError("vcsim server already started")
        binary = self.binary or find_or_build_vcsim()
        cmd = [str(binary), *self.options.to_args()]
        # A file, not a pipe: nobody drains stderr while tests run, and a
        # full pipe would block the simulator.
        self._stderr = tempfile.TemporaryFile(prefix="vcsim-stderr-")  # noqa: SIM115 - closed in stop()
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr)
        try:
            deadline = time.monotonic() + _START_TIMEOUT_S
            self._url = urllib.parse.urlsplit(self._read_start_lines(deadline))
            self._wait_ready(deadline)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the simulator: close stdin, SIGTERM, then SIGKILL after 5 s.

        Safe to call more than once; always reaps the process.
        """
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(OSError):
                assert proc.stdin is not None
                proc.stdin.close()
            if proc.poll() is None:
                proc.terminate()
            try:
                proc.wait(timeout=_STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def stderr_text(self) -> str:
        """Return what the simulator has written to stderr so far.

        Returns:
            Decoded stderr output, or an empty string once stopped.
        """
        if self._stderr is None:
            return ""
        self._stderr.flush()
        self._stderr.seek(0)
        data = self._stderr.read()
        self._stderr.seek(0, os.SEEK_END)
        return data.decode(errors="replace")

    def _require_url(self) -> urllib.parse.SplitResult:
        if self._url is None:
            raise RuntimeError("vcsim server is not running")
        return self._url

    def _fail(self, what: str) -> VcsimStartError:
        proc = self._proc
        code = proc.poll() if proc is not None else None
        status = f" (exit code {code})" if code is not None else ""
        return VcsimStartError(f"vcsim {what}{status}; stderr:\n{self.stderr_text()}")

    def _read_start_lines(self, deadline: float) -> str:
        """Read ``VCSIM_TUNNEL=`` (optional) up to ``VCSIM_URL=``; return the URL."""
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        stdout = proc.stdout
        lines: queue.Queue[bytes] = queue.Queue()

        def read() -> None:
            for _ in range(_MAX_START_LINES):
                line = stdout.readline()
                lines.put(line)
                if not line or line.startswith(_URL_PREFIX.encode()):
                    return

        # readline() cannot time out; a daemon thread keeps the deadline honest.
        threading.Thread(target=read, daemon=True).start()
        for _ in range(_MAX_START_LINES):
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise self._fail(f"printed no {_URL_PREFIX} line in {_START_TIMEOUT_S:.0f} s") from None
            text = line.decode(errors="replace").strip()
            if text.startswith(_URL_PREFIX):
                if self.options.tunnel and self._tunnel is None:
                    raise self._fail(f"printed no {_TUNNEL_PREFIX} line before its URL")
                return text[len(_URL_PREFIX) :]
            if text.startswith(_TUNNEL_PREFIX):
                host, _, port = text[len(_TUNNEL_PREFIX) :].rpartition(":")
                self._tunnel = (host.strip("[]"), int(port))
                continue
            if not text:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=1)  # so the error can show the exit code
                raise self._fail("exited before printing its URL")
            raise self._fail(f"printed an unexpected line {text!r}")
        raise self._fail(f"printed no {_URL_PREFIX} line within {_MAX_START_LINES} lines")

    def _wait_ready(self, deadline: float) -> None:
        probe = f"{self.base_url}/sdk/vimServiceVersions.xml"
        context = self.ssl_context()
        last_error = ""
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise self._fail("exited while starting")
            try:
                with urllib.request.urlopen(probe, timeout=2, context=context) as resp:
                    if resp.status == 200:
                        return
                    last_error = f"HTTP {resp.status}"
            except (urllib.error.URLError, OSError) as exc:
                last_error = str(exc)
            time.sleep(0.05)
        raise self._fail(f"did not answer {probe} in time (last error: {last_error})")


@dataclass(frozen=True)
class TlsVcsim:
    """An HTTPS simulator with its sdk tunnel, plus the files to reach it.

    Attributes:
        server: The running simulator (``tunnel=True``); its certificate
            names ``127.0.0.1``, ``::1``, ``localhost`` and :data:`PROXIED_HOST`.
        ca_cert: The server's self-signed certificate, its clients' trust anchor.
        client: A client certificate and key (and the CA that signed them)
            for ``LoginExtensionByCertificate``.
    """

    server: VcsimServer
    ca_cert: Path
    client: ClientCert


class VcsimFactory(Protocol):
    """Starts simulators; the type of the ``vcsim_factory`` fixture."""

    def __call__(self, options: VcsimOptions | None = None, /, **overrides: Any) -> VcsimServer:
        """Start a simulator.

        Args:
            options: Base options; defaults to ``VcsimOptions()``.
            **overrides: ``VcsimOptions`` fields replacing those of ``options``.

        Returns:
            The running server, stopped automatically at teardown.
        """
        ...


def make_tls_cert(dirpath: Path, extra_names: Sequence[str] = ()) -> tuple[Path, Path]:
    """Create a fresh self-signed ECDSA P-256 server certificate.

    The certificate is valid for one day for ``127.0.0.1``, ``::1``,
    ``localhost`` and ``extra_names``, and serves as its own trust anchor for
    clients.

    Args:
        dirpath: Existing directory to write ``cert.pem`` and ``key.pem`` to.
        extra_names: More DNS names, e.g. the remote-looking host a test
            reaches through :class:`tests.tools.connect_proxy.ConnectProxy`.

    Returns:
        Paths of the certificate and the private key, both PEM.
    """
    # Imported here so that merely importing this module (e.g. from the
    # fixture plugin) does not require the cryptography package.
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))  # tolerate clock skew
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                    x509.IPAddress(ipaddress.ip_address("::1")),
                    x509.DNSName("localhost"),
                    *(x509.DNSName(name) for name in extra_names),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path = dirpath / "cert.pem"
    key_path = dirpath / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def sha256_thumbprint(cert_path: Path) -> str:
    """Return the SHA-256 thumbprint of a PEM certificate.

    Args:
        cert_path: Path of a PEM file holding exactly one certificate.

    Returns:
        ``"sha256:"`` followed by the lowercase hex digest of the DER bytes.
    """
    der = ssl.PEM_cert_to_DER_cert(cert_path.read_text())
    return "sha256:" + hashlib.sha256(der).hexdigest()


def replace_options(options: VcsimOptions | None, **overrides: Any) -> VcsimOptions:
    """Return ``options`` (or the defaults) with some fields replaced.

    Args:
        options: Base options, or ``None`` for ``VcsimOptions()``.
        **overrides: Field values to replace.

    Returns:
        The new options.
    """
    return dataclasses.replace(options or VcsimOptions(), **overrides)
