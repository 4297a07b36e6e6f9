# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDiagnosticSystem: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_diagnostic_partition import HostDiagnosticPartition
    from ..types.host_diagnostic_partition_create_description import HostDiagnosticPartitionCreateDescription
    from ..types.host_diagnostic_partition_create_option import HostDiagnosticPartitionCreateOption
    from ..types.host_diagnostic_partition_create_spec import HostDiagnosticPartitionCreateSpec
    from ..types.host_scsi_disk_partition import HostScsiDiskPartition

_CREATE_DIAGNOSTIC_PARTITION: _Operation[None] = _Operation(
    "CreateDiagnosticPartition",
    (_F("spec", "HostDiagnosticPartitionCreateSpec", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_QUERY_AVAILABLE_PARTITION: _Operation[list[HostDiagnosticPartition]] = _Operation(
    "QueryAvailablePartition",
    (),
    _F("returnval", "HostDiagnosticPartition", 3, "2.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_PARTITION_CREATE_DESC: _Operation[HostDiagnosticPartitionCreateDescription] = _Operation(
    "QueryPartitionCreateDesc",
    (_F("diskUuid", "string", 0, "2.0"), _F("diagnosticType", "string", 0, "2.0"), ),
    _F("returnval", "HostDiagnosticPartitionCreateDescription", 0, "2.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_PARTITION_CREATE_OPTIONS: _Operation[list[HostDiagnosticPartitionCreateOption]] = _Operation(
    "QueryPartitionCreateOptions",
    (_F("storageType", "string", 0, "2.0"), _F("diagnosticType", "string", 0, "2.0"), ),
    _F("returnval", "HostDiagnosticPartitionCreateOption", 3, "2.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_SELECT_ACTIVE_PARTITION: _Operation[None] = _Operation(
    "SelectActivePartition",
    (_F("partition", "HostScsiDiskPartition", 2, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class HostDiagnosticSystemProperties(_ObjectProperties["HostDiagnosticSystem"]):
    """HostDiagnosticSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("activePartition", )
    activePartition: HostDiagnosticPartition | None


class HostDiagnosticSystem(_ManagedObject):
    """HostDiagnosticSystem: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        activePartition: HostDiagnosticPartition, optional, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostDiagnosticSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "activePartition": _F("activePartition", "HostDiagnosticPartition", 2, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateDiagnosticPartition": _CREATE_DIAGNOSTIC_PARTITION,
        "QueryAvailablePartition": _QUERY_AVAILABLE_PARTITION,
        "QueryPartitionCreateDesc": _QUERY_PARTITION_CREATE_DESC,
        "QueryPartitionCreateOptions": _QUERY_PARTITION_CREATE_OPTIONS,
        "SelectActivePartition": _SELECT_ACTIVE_PARTITION,
    }
    _property_class_ = HostDiagnosticSystemProperties

    def fetch(self, *paths: str) -> HostDiagnosticSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostDiagnosticSystemProperties, paths)

    def CreateDiagnosticPartition(
        self,
        *,
        spec: HostDiagnosticPartitionCreateSpec,
        _timeout: float | None = None,
    ) -> None:
        """CreateDiagnosticPartition: an operation of HostDiagnosticSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            spec: HostDiagnosticPartitionCreateSpec, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DIAGNOSTIC_PARTITION, (spec, ), _timeout)

    def QueryAvailablePartition(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostDiagnosticPartition]:
        """QueryAvailablePartition: an operation of HostDiagnosticSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Returns:
            List of HostDiagnosticPartition.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_AVAILABLE_PARTITION, (), _timeout)

    def QueryPartitionCreateDesc(
        self,
        *,
        diskUuid: str,
        diagnosticType: str,
        _timeout: float | None = None,
    ) -> HostDiagnosticPartitionCreateDescription:
        """QueryPartitionCreateDesc: an operation of HostDiagnosticSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            diskUuid: string, since 2.0.
            diagnosticType: string, since 2.0.

        Returns:
            HostDiagnosticPartitionCreateDescription.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PARTITION_CREATE_DESC, (diskUuid, diagnosticType, ), _timeout)

    def QueryPartitionCreateOptions(
        self,
        *,
        storageType: str,
        diagnosticType: str,
        _timeout: float | None = None,
    ) -> list[HostDiagnosticPartitionCreateOption]:
        """QueryPartitionCreateOptions: an operation of HostDiagnosticSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            storageType: string, since 2.0.
            diagnosticType: string, since 2.0.

        Returns:
            List of HostDiagnosticPartitionCreateOption.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PARTITION_CREATE_OPTIONS, (storageType, diagnosticType, ), _timeout)

    def SelectActivePartition(
        self,
        *,
        partition: HostScsiDiskPartition | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SelectActivePartition: an operation of HostDiagnosticSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            partition: HostScsiDiskPartition, optional, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _SELECT_ACTIVE_PARTITION, (partition, ), _timeout)
