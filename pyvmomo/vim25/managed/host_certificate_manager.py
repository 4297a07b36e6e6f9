# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCertificateManager: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_certificate_manager_certificate_info import HostCertificateManagerCertificateInfo

_GENERATE_CERTIFICATE_SIGNING_REQUEST: _Operation[str] = _Operation(
    "GenerateCertificateSigningRequest",
    (_F("useIpAddressAsCommonName", "boolean", 0, "6.0"), ),
    _F("returnval", "string", 0, "6.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)

_GENERATE_CERTIFICATE_SIGNING_REQUEST_BY_DN: _Operation[str] = _Operation(
    "GenerateCertificateSigningRequestByDn",
    (_F("distinguishedName", "string", 0, "6.0"), ),
    _F("returnval", "string", 0, "6.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)

_INSTALL_SERVER_CERTIFICATE: _Operation[None] = _Operation(
    "InstallServerCertificate",
    (_F("cert", "string", 0, "6.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)

_LIST_CA_CERTIFICATE_REVOCATION_LISTS: _Operation[list[str]] = _Operation(
    "ListCACertificateRevocationLists",
    (),
    _F("returnval", "string", 3, "6.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=True,
    task_result=None,
)

_LIST_CA_CERTIFICATES: _Operation[list[str]] = _Operation(
    "ListCACertificates",
    (),
    _F("returnval", "string", 3, "6.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=True,
    task_result=None,
)

_REPLACE_CA_CERTIFICATES_AND_CR_LS: _Operation[None] = _Operation(
    "ReplaceCACertificatesAndCRLs",
    (_F("caCert", "string", 1, "6.0"), _F("caCrl", "string", 3, "6.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)


class HostCertificateManagerProperties(_ObjectProperties["HostCertificateManager"]):
    """HostCertificateManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("certificateInfo", )
    certificateInfo: HostCertificateManagerCertificateInfo


class HostCertificateManager(_ManagedObject):
    """HostCertificateManager: managed object proxy, since 6.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        certificateInfo: HostCertificateManagerCertificateInfo, since 6.0, read privilege Certificate.Manage.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostCertificateManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "certificateInfo": _F("certificateInfo", "HostCertificateManagerCertificateInfo", 0, "6.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "GenerateCertificateSigningRequest": _GENERATE_CERTIFICATE_SIGNING_REQUEST,
        "GenerateCertificateSigningRequestByDn": _GENERATE_CERTIFICATE_SIGNING_REQUEST_BY_DN,
        "InstallServerCertificate": _INSTALL_SERVER_CERTIFICATE,
        "ListCACertificateRevocationLists": _LIST_CA_CERTIFICATE_REVOCATION_LISTS,
        "ListCACertificates": _LIST_CA_CERTIFICATES,
        "ReplaceCACertificatesAndCRLs": _REPLACE_CA_CERTIFICATES_AND_CR_LS,
    }
    _property_class_ = HostCertificateManagerProperties

    def fetch(self, *paths: str) -> HostCertificateManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostCertificateManagerProperties, paths)

    def GenerateCertificateSigningRequest(
        self,
        *,
        useIpAddressAsCommonName: bool,
        _timeout: float | None = None,
    ) -> str:
        """GenerateCertificateSigningRequest: an operation of HostCertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            useIpAddressAsCommonName: boolean, since 6.0.

        Returns:
            String.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_CERTIFICATE_SIGNING_REQUEST, (useIpAddressAsCommonName, ), _timeout)

    def GenerateCertificateSigningRequestByDn(
        self,
        *,
        distinguishedName: str,
        _timeout: float | None = None,
    ) -> str:
        """GenerateCertificateSigningRequestByDn: an operation of HostCertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            distinguishedName: string, since 6.0.

        Returns:
            String.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_CERTIFICATE_SIGNING_REQUEST_BY_DN, (distinguishedName, ), _timeout)

    def InstallServerCertificate(
        self,
        *,
        cert: str,
        _timeout: float | None = None,
    ) -> None:
        """InstallServerCertificate: an operation of HostCertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            cert: string, since 6.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _INSTALL_SERVER_CERTIFICATE, (cert, ), _timeout)

    def ListCACertificateRevocationLists(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """ListCACertificateRevocationLists: an operation of HostCertificateManager, since 6.0.

        Privilege: Certificate.Manage. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_CA_CERTIFICATE_REVOCATION_LISTS, (), _timeout)

    def ListCACertificates(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """ListCACertificates: an operation of HostCertificateManager, since 6.0.

        Privilege: Certificate.Manage. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_CA_CERTIFICATES, (), _timeout)

    def ReplaceCACertificatesAndCRLs(
        self,
        *,
        caCert: list[str],
        caCrl: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ReplaceCACertificatesAndCRLs: an operation of HostCertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            caCert: list of string, since 6.0.
            caCrl: list of string, since 6.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REPLACE_CA_CERTIFICATES_AND_CR_LS, (caCert, caCrl, ), _timeout)
