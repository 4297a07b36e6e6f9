# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CertificateManager: managed object proxy. Since 6.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .host_system import HostSystem
    from .task import Task

_CERT_MGR_REFRESH_CA_CERTIFICATES_AND_CR_LS_TASK: _Operation[Task[None]] = _Operation(
    "CertMgrRefreshCACertificatesAndCRLs_Task",
    (_F("host", "ManagedObjectReference", 1, "6.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)

_CERT_MGR_REFRESH_CERTIFICATES_TASK: _Operation[Task[None]] = _Operation(
    "CertMgrRefreshCertificates_Task",
    (_F("host", "ManagedObjectReference", 1, "6.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)

_CERT_MGR_REVOKE_CERTIFICATES_TASK: _Operation[Task[None]] = _Operation(
    "CertMgrRevokeCertificates_Task",
    (_F("host", "ManagedObjectReference", 1, "6.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Certificate.Manage",
    safe=False,
    task_result=None,
)


class CertificateManagerProperties(_ObjectProperties["CertificateManager"]):
    """CertificateManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class CertificateManager(_ManagedObject):
    """CertificateManager: managed object proxy, since 6.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "CertificateManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CertMgrRefreshCACertificatesAndCRLs_Task": _CERT_MGR_REFRESH_CA_CERTIFICATES_AND_CR_LS_TASK,
        "CertMgrRefreshCertificates_Task": _CERT_MGR_REFRESH_CERTIFICATES_TASK,
        "CertMgrRevokeCertificates_Task": _CERT_MGR_REVOKE_CERTIFICATES_TASK,
    }
    _property_class_ = CertificateManagerProperties

    def fetch(self, *paths: str) -> CertificateManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, CertificateManagerProperties, paths)

    def CertMgrRefreshCACertificatesAndCRLs_Task(
        self,
        *,
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[None]:
        """CertMgrRefreshCACertificatesAndCRLs_Task: an operation of CertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            host: list of references to HostSystem, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CERT_MGR_REFRESH_CA_CERTIFICATES_AND_CR_LS_TASK, (host, ), _timeout)

    def CertMgrRefreshCertificates_Task(
        self,
        *,
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[None]:
        """CertMgrRefreshCertificates_Task: an operation of CertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            host: list of references to HostSystem, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CERT_MGR_REFRESH_CERTIFICATES_TASK, (host, ), _timeout)

    def CertMgrRevokeCertificates_Task(
        self,
        *,
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[None]:
        """CertMgrRevokeCertificates_Task: an operation of CertificateManager, since 6.0.

        Privilege: Certificate.Manage.

        Args:
            host: list of references to HostSystem, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CERT_MGR_REVOKE_CERTIFICATES_TASK, (host, ), _timeout)
