# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DiagnosticManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.diagnostic_manager_audit_record_result import DiagnosticManagerAuditRecordResult
    from ..types.diagnostic_manager_bundle_info import DiagnosticManagerBundleInfo
    from ..types.diagnostic_manager_log_descriptor import DiagnosticManagerLogDescriptor
    from ..types.diagnostic_manager_log_header import DiagnosticManagerLogHeader
    from .host_system import HostSystem
    from .task import Task

_BROWSE_DIAGNOSTIC_LOG: _Operation[DiagnosticManagerLogHeader] = _Operation(
    "BrowseDiagnosticLog",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("key", "string", 0, "2.0"), _F("start", "int", 2, "2.0"), _F("lines", "int", 2, "2.0"), ),
    _F("returnval", "DiagnosticManagerLogHeader", 0, "2.0"),
    faults=("CannotAccessFile", "RuntimeFault", ),
    since="2.0",
    privilege="Global.Diagnostics",
    safe=True,
    task_result=None,
)

_FETCH_AUDIT_RECORDS: _Operation[DiagnosticManagerAuditRecordResult] = _Operation(
    "FetchAuditRecords",
    (_F("token", "string", 2, "7.0.3.0"), ),
    _F("returnval", "DiagnosticManagerAuditRecordResult", 0, "7.0.3.0"),
    faults=("InvalidState", "SystemError", "RuntimeFault", ),
    since="7.0.3.0",
    privilege="Global.Diagnostics",
    safe=False,
    task_result=None,
)

_GENERATE_LOG_BUNDLES_TASK: _Operation[Task[list[DiagnosticManagerBundleInfo]]] = _Operation(
    "GenerateLogBundles_Task",
    (_F("includeDefault", "boolean", 0, "2.0"), _F("host", "ManagedObjectReference", 3, "2.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("LogBundlingFailed", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="Global.Diagnostics",
    safe=False,
    task_result=_F("result", "DiagnosticManagerBundleInfo", 1, "2.0"),
)

_QUERY_DESCRIPTIONS: _Operation[list[DiagnosticManagerLogDescriptor]] = _Operation(
    "QueryDescriptions",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "DiagnosticManagerLogDescriptor", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Global.Diagnostics",
    safe=True,
    task_result=None,
)


class DiagnosticManagerProperties(_ObjectProperties["DiagnosticManager"]):
    """DiagnosticManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class DiagnosticManager(_ManagedObject):
    """DiagnosticManager: managed object proxy, since 2.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "DiagnosticManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "BrowseDiagnosticLog": _BROWSE_DIAGNOSTIC_LOG,
        "FetchAuditRecords": _FETCH_AUDIT_RECORDS,
        "GenerateLogBundles_Task": _GENERATE_LOG_BUNDLES_TASK,
        "QueryDescriptions": _QUERY_DESCRIPTIONS,
    }
    _property_class_ = DiagnosticManagerProperties

    def fetch(self, *paths: str) -> DiagnosticManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DiagnosticManagerProperties, paths)

    def BrowseDiagnosticLog(
        self,
        *,
        key: str,
        host: HostSystem | None = None,
        start: int | None = None,
        lines: int | None = None,
        _timeout: float | None = None,
    ) -> DiagnosticManagerLogHeader:
        """BrowseDiagnosticLog: an operation of DiagnosticManager, since 2.0.

        Privilege: Global.Diagnostics. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            key: string, since 2.0.
            start: int, optional, since 2.0.
            lines: int, optional, since 2.0.

        Returns:
            DiagnosticManagerLogHeader.

        Raises:
            CannotAccessFile, RuntimeFault.
        """
        return self._transport.invoke(self, _BROWSE_DIAGNOSTIC_LOG, (host, key, start, lines, ), _timeout)

    def FetchAuditRecords(
        self,
        *,
        token: str | None = None,
        _timeout: float | None = None,
    ) -> DiagnosticManagerAuditRecordResult:
        """FetchAuditRecords: an operation of DiagnosticManager, since 7.0.3.0.

        Privilege: Global.Diagnostics.

        Args:
            token: string, optional, since 7.0.3.0.

        Returns:
            DiagnosticManagerAuditRecordResult.

        Raises:
            InvalidState, SystemError, RuntimeFault.
        """
        return self._transport.invoke(self, _FETCH_AUDIT_RECORDS, (token, ), _timeout)

    def GenerateLogBundles_Task(
        self,
        *,
        includeDefault: bool,
        host: list[HostSystem] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[DiagnosticManagerBundleInfo]]:
        """GenerateLogBundles_Task: an operation of DiagnosticManager, since 2.0.

        Privilege: Global.Diagnostics.

        Args:
            includeDefault: boolean, since 2.0.
            host: list of references to HostSystem, since 2.0.

        Returns:
            A reference to the Task; its result is list of DiagnosticManagerBundleInfo.

        Raises:
            LogBundlingFailed, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_LOG_BUNDLES_TASK, (includeDefault, host, ), _timeout)

    def QueryDescriptions(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> list[DiagnosticManagerLogDescriptor]:
        """QueryDescriptions: an operation of DiagnosticManager, since 2.0.

        Privilege: Global.Diagnostics. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            List of DiagnosticManagerLogDescriptor.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DESCRIPTIONS, (host, ), _timeout)
