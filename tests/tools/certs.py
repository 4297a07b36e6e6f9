"""Fresh certificates for client-certificate TLS tests.

Role:
    ``LoginExtensionByCertificate`` needs a client certificate on the TLS
    connection, and the SDK's ``cert=`` option needs a PEM certificate and
    key to load.  :func:`make_client_cert` writes a throw-away CA and a client
    certificate it signed, so a test never depends on files checked into the
    repository (which would expire) nor on the machine's trust store.

Design decisions:
    * ECDSA P-256 and SHA-256, as :func:`tests.vcsim.make_tls_cert` uses for
      the server side: small, fast to generate, accepted by every OpenSSL
      security level.
    * The client certificate carries ``clientAuth`` in its extended key usage
      and the CA is a real CA (``BasicConstraints(ca=True)``, ``keyCertSign``),
      so a server that *does* verify client certificates would accept the
      chain; vcsim itself only checks that one was presented.
    * Valid for one day, starting five minutes in the past for clock skew.
    * Keys are unencrypted PKCS#8 PEM with mode 0600; an optional combined
      file (certificate then key) serves clients that take a single path.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["ClientCert", "make_client_cert"]

_SKEW = datetime.timedelta(minutes=5)
_LIFETIME = datetime.timedelta(days=1)


@dataclass(frozen=True)
class ClientCert:
    """Paths of a generated client certificate and the CA that signed it.

    Attributes:
        ca_cert: PEM certificate of the signing CA (a trust anchor for servers).
        cert: PEM client certificate.
        key: PEM private key of ``cert`` (PKCS#8, unencrypted).
        combined: ``cert`` followed by ``key`` in one PEM file.
        subject_cn: The client certificate's common name.
    """

    ca_cert: Path
    cert: Path
    key: Path
    combined: Path
    subject_cn: str


def make_client_cert(dirpath: Path, common_name: str = "pyvmomo-test-extension") -> ClientCert:
    """Create a fresh CA and a client certificate signed by it.

    Args:
        dirpath: Existing directory to write ``client-ca.pem``,
            ``client.pem``, ``client.key`` and ``client-combined.pem`` to.
        common_name: Subject common name of the client certificate.

    Returns:
        The paths of the files written.
    """
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "pyvmomo test client CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _SKEW)
        .not_valid_after(now + _LIFETIME)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _SKEW)
        .not_valid_after(now + _LIFETIME)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    result = ClientCert(
        ca_cert=dirpath / "client-ca.pem",
        cert=dirpath / "client.pem",
        key=dirpath / "client.key",
        combined=dirpath / "client-combined.pem",
        subject_cn=common_name,
    )
    result.ca_cert.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    result.cert.write_bytes(cert_pem)
    for path, data in ((result.key, key_pem), (result.combined, cert_pem + key_pem)):
        path.write_bytes(data)
        path.chmod(0o600)
    return result


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )
