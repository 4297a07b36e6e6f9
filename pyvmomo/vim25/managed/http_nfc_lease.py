# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HttpNfcLease: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.http_nfc_lease_capabilities import HttpNfcLeaseCapabilities
    from ..types.http_nfc_lease_info import HttpNfcLeaseInfo
    from ..types.http_nfc_lease_manifest_entry import HttpNfcLeaseManifestEntry
    from ..types.http_nfc_lease_probe_result import HttpNfcLeaseProbeResult
    from ..types.http_nfc_lease_source_file import HttpNfcLeaseSourceFile
    from ..types.key_value import KeyValue
    from ..types.localized_method_fault import LocalizedMethodFault
    from ..faults.method_fault import MethodFault
    from .task import Task

_HTTP_NFC_LEASE_ABORT: _Operation[None] = _Operation(
    "HttpNfcLeaseAbort",
    (_F("fault", "LocalizedMethodFault", 2, "4.0"), ),
    None,
    faults=("InvalidState", "Timedout", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_HTTP_NFC_LEASE_COMPLETE: _Operation[None] = _Operation(
    "HttpNfcLeaseComplete",
    (),
    None,
    faults=("InvalidState", "Timedout", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_HTTP_NFC_LEASE_GET_MANIFEST: _Operation[list[HttpNfcLeaseManifestEntry]] = _Operation(
    "HttpNfcLeaseGetManifest",
    (),
    _F("returnval", "HttpNfcLeaseManifestEntry", 3, "4.1"),
    faults=("InvalidState", "Timedout", "RuntimeFault", ),
    since="4.1",
    privilege=None,
    safe=True,
    task_result=None,
)

_HTTP_NFC_LEASE_PROBE_URLS: _Operation[list[HttpNfcLeaseProbeResult]] = _Operation(
    "HttpNfcLeaseProbeUrls",
    (_F("files", "HttpNfcLeaseSourceFile", 3, "7.0.2.0"), _F("timeout", "int", 2, "7.0.2.0"), ),
    _F("returnval", "HttpNfcLeaseProbeResult", 3, "7.0.2.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="7.0.2.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_HTTP_NFC_LEASE_PROGRESS: _Operation[None] = _Operation(
    "HttpNfcLeaseProgress",
    (_F("percent", "int", 0, "4.0"), ),
    None,
    faults=("Timedout", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_HTTP_NFC_LEASE_PULL_FROM_URLS_TASK: _Operation[Task[None]] = _Operation(
    "HttpNfcLeasePullFromUrls_Task",
    (_F("files", "HttpNfcLeaseSourceFile", 3, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("HttpFault", "InvalidState", "SSLVerifyFault", "RuntimeFault", ),
    since="6.7",
    privilege=None,
    safe=False,
    task_result=None,
)

_HTTP_NFC_LEASE_SET_MANIFEST_CHECKSUM_TYPE: _Operation[None] = _Operation(
    "HttpNfcLeaseSetManifestChecksumType",
    (_F("deviceUrlsToChecksumTypes", "KeyValue", 3, "6.7"), ),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7",
    privilege=None,
    safe=False,
    task_result=None,
)


class HttpNfcLeaseProperties(_ObjectProperties["HttpNfcLease"]):
    """HttpNfcLease's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("initializeProgress", "transferProgress", "mode", "capabilities", "info", "state", "error", )
    initializeProgress: int
    transferProgress: int
    mode: str
    capabilities: HttpNfcLeaseCapabilities
    info: HttpNfcLeaseInfo | None
    state: str
    error: MethodFault | None


class HttpNfcLease(_ManagedObject):
    """HttpNfcLease: managed object proxy, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        initializeProgress: int, since 4.0.
        transferProgress: int, since 6.7.
        mode: string, since 6.7.
        capabilities: HttpNfcLeaseCapabilities, since 6.7.
        info: HttpNfcLeaseInfo, optional, since 4.0.
        state: HttpNfcLeaseState value (str), since 4.0.
        error: MethodFault, optional, since 4.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HttpNfcLease"
    _properties_: ClassVar[dict[str, _F]] = {
        "initializeProgress": _F("initializeProgress", "int", 0, "4.0"),
        "transferProgress": _F("transferProgress", "int", 0, "6.7"),
        "mode": _F("mode", "string", 0, "6.7"),
        "capabilities": _F("capabilities", "HttpNfcLeaseCapabilities", 0, "6.7"),
        "info": _F("info", "HttpNfcLeaseInfo", 2, "4.0"),
        "state": _F("state", "HttpNfcLeaseState", 0, "4.0"),
        "error": _F("error", "MethodFault", 2, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "HttpNfcLeaseAbort": _HTTP_NFC_LEASE_ABORT,
        "HttpNfcLeaseComplete": _HTTP_NFC_LEASE_COMPLETE,
        "HttpNfcLeaseGetManifest": _HTTP_NFC_LEASE_GET_MANIFEST,
        "HttpNfcLeaseProbeUrls": _HTTP_NFC_LEASE_PROBE_URLS,
        "HttpNfcLeaseProgress": _HTTP_NFC_LEASE_PROGRESS,
        "HttpNfcLeasePullFromUrls_Task": _HTTP_NFC_LEASE_PULL_FROM_URLS_TASK,
        "HttpNfcLeaseSetManifestChecksumType": _HTTP_NFC_LEASE_SET_MANIFEST_CHECKSUM_TYPE,
    }
    _property_class_ = HttpNfcLeaseProperties

    def fetch(self, *paths: str) -> HttpNfcLeaseProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HttpNfcLeaseProperties, paths)

    def HttpNfcLeaseAbort(
        self,
        *,
        fault: LocalizedMethodFault | None = None,
        _timeout: float | None = None,
    ) -> None:
        """HttpNfcLeaseAbort: an operation of HttpNfcLease, since 4.0.

        Args:
            fault: LocalizedMethodFault, optional, since 4.0.

        Returns:
            None.

        Raises:
            InvalidState, Timedout, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_ABORT, (fault, ), _timeout)

    def HttpNfcLeaseComplete(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """HttpNfcLeaseComplete: an operation of HttpNfcLease, since 4.0.

        Returns:
            None.

        Raises:
            InvalidState, Timedout, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_COMPLETE, (), _timeout)

    def HttpNfcLeaseGetManifest(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HttpNfcLeaseManifestEntry]:
        """HttpNfcLeaseGetManifest: an operation of HttpNfcLease, since 4.1.

        Safe to re-send after a lost reply.

        Returns:
            List of HttpNfcLeaseManifestEntry.

        Raises:
            InvalidState, Timedout, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_GET_MANIFEST, (), _timeout)

    def HttpNfcLeaseProbeUrls(
        self,
        *,
        files: list[HttpNfcLeaseSourceFile] | None = None,
        timeout: int | None = None,
        _timeout: float | None = None,
    ) -> list[HttpNfcLeaseProbeResult]:
        """HttpNfcLeaseProbeUrls: an operation of HttpNfcLease, since 7.0.2.0.

        Safe to re-send after a lost reply.

        Args:
            files: list of HttpNfcLeaseSourceFile, since 7.0.2.0.
            timeout: int, optional, since 7.0.2.0.

        Returns:
            List of HttpNfcLeaseProbeResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_PROBE_URLS, (files, timeout, ), _timeout)

    def HttpNfcLeaseProgress(
        self,
        *,
        percent: int,
        _timeout: float | None = None,
    ) -> None:
        """HttpNfcLeaseProgress: an operation of HttpNfcLease, since 4.0.

        Args:
            percent: int, since 4.0.

        Returns:
            None.

        Raises:
            Timedout, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_PROGRESS, (percent, ), _timeout)

    def HttpNfcLeasePullFromUrls_Task(
        self,
        *,
        files: list[HttpNfcLeaseSourceFile] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """HttpNfcLeasePullFromUrls_Task: an operation of HttpNfcLease, since 6.7.

        Args:
            files: list of HttpNfcLeaseSourceFile, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HttpFault, InvalidState, SSLVerifyFault, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_PULL_FROM_URLS_TASK, (files, ), _timeout)

    def HttpNfcLeaseSetManifestChecksumType(
        self,
        *,
        deviceUrlsToChecksumTypes: list[KeyValue] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """HttpNfcLeaseSetManifestChecksumType: an operation of HttpNfcLease, since 6.7.

        Args:
            deviceUrlsToChecksumTypes: list of KeyValue, since 6.7.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _HTTP_NFC_LEASE_SET_MANIFEST_CHECKSUM_TYPE, (deviceUrlsToChecksumTypes, ), _timeout)
