# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchManager: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.dvs_feature_capability import DVSFeatureCapability
    from ..types.dvs_manager_dvs_config_target import DVSManagerDvsConfigTarget
    from .distributed_virtual_portgroup import DistributedVirtualPortgroup
    from .distributed_virtual_switch import DistributedVirtualSwitch
    from ..types.distributed_virtual_switch_host_product_spec import DistributedVirtualSwitchHostProductSpec
    from ..types.distributed_virtual_switch_manager_compatibility_result import DistributedVirtualSwitchManagerCompatibilityResult
    from ..types.distributed_virtual_switch_manager_dvs_product_spec import DistributedVirtualSwitchManagerDvsProductSpec
    from ..types.distributed_virtual_switch_manager_host_container import DistributedVirtualSwitchManagerHostContainer
    from ..types.distributed_virtual_switch_manager_host_dvs_filter_spec import DistributedVirtualSwitchManagerHostDvsFilterSpec
    from ..types.distributed_virtual_switch_manager_import_result import DistributedVirtualSwitchManagerImportResult
    from ..types.distributed_virtual_switch_product_spec import DistributedVirtualSwitchProductSpec
    from ..types.entity_backup_config import EntityBackupConfig
    from .host_system import HostSystem
    from .managed_entity import ManagedEntity
    from ..types.selection_set import SelectionSet
    from .task import Task

_DVS_MANAGER_EXPORT_ENTITY_TASK: _Operation[Task[list[EntityBackupConfig]]] = _Operation(
    "DVSManagerExportEntity_Task",
    (_F("selectionSet", "SelectionSet", 1, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("BackupBlobWriteFailure", "NotFound", "RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "EntityBackupConfig", 1, "5.1"),
)

_DVS_MANAGER_IMPORT_ENTITY_TASK: _Operation[Task[DistributedVirtualSwitchManagerImportResult]] = _Operation(
    "DVSManagerImportEntity_Task",
    (_F("entityBackup", "EntityBackupConfig", 1, "5.1"), _F("importType", "string", 0, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("DvsFault", "NotFound", "RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "DistributedVirtualSwitchManagerImportResult", 0, "5.1"),
)

_DVS_MANAGER_LOOKUP_DV_PORT_GROUP: _Operation[DistributedVirtualPortgroup | None] = _Operation(
    "DVSManagerLookupDvPortGroup",
    (_F("switchUuid", "string", 0, "5.1"), _F("portgroupKey", "string", 0, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 2, "5.1", target="DistributedVirtualPortgroup"),
    faults=("NotFound", "RuntimeFault", ),
    since="5.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_AVAILABLE_DVS_SPEC: _Operation[list[DistributedVirtualSwitchProductSpec]] = _Operation(
    "QueryAvailableDvsSpec",
    (_F("recommended", "boolean", 2, "6.0"), ),
    _F("returnval", "DistributedVirtualSwitchProductSpec", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_COMPATIBLE_HOST_FOR_EXISTING_DVS: _Operation[list[HostSystem]] = _Operation(
    "QueryCompatibleHostForExistingDvs",
    (_F("container", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), _F("recursive", "boolean", 0, "4.0"), _F("dvs", "ManagedObjectReference", 0, "4.0", target="DistributedVirtualSwitch"), ),
    _F("returnval", "ManagedObjectReference", 3, "4.0", target="HostSystem"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_COMPATIBLE_HOST_FOR_NEW_DVS: _Operation[list[HostSystem]] = _Operation(
    "QueryCompatibleHostForNewDvs",
    (_F("container", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), _F("recursive", "boolean", 0, "4.0"), _F("switchProductSpec", "DistributedVirtualSwitchProductSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 3, "4.0", target="HostSystem"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_DVS_BY_UUID: _Operation[DistributedVirtualSwitch | None] = _Operation(
    "QueryDvsByUuid",
    (_F("uuid", "string", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "4.0", target="DistributedVirtualSwitch"),
    faults=("NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_DVS_CHECK_COMPATIBILITY: _Operation[list[DistributedVirtualSwitchManagerCompatibilityResult]] = _Operation(
    "QueryDvsCheckCompatibility",
    (_F("hostContainer", "DistributedVirtualSwitchManagerHostContainer", 0, "4.1"), _F("dvsProductSpec", "DistributedVirtualSwitchManagerDvsProductSpec", 2, "4.1"), _F("hostFilterSpec", "DistributedVirtualSwitchManagerHostDvsFilterSpec", 3, "4.1"), ),
    _F("returnval", "DistributedVirtualSwitchManagerCompatibilityResult", 3, "4.1"),
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_DVS_COMPATIBLE_HOST_SPEC: _Operation[list[DistributedVirtualSwitchHostProductSpec]] = _Operation(
    "QueryDvsCompatibleHostSpec",
    (_F("switchProductSpec", "DistributedVirtualSwitchProductSpec", 2, "4.0"), ),
    _F("returnval", "DistributedVirtualSwitchHostProductSpec", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_DVS_CONFIG_TARGET: _Operation[DVSManagerDvsConfigTarget] = _Operation(
    "QueryDvsConfigTarget",
    (_F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), _F("dvs", "ManagedObjectReference", 2, "4.0", target="DistributedVirtualSwitch"), ),
    _F("returnval", "DVSManagerDvsConfigTarget", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_DVS_FEATURE_CAPABILITY: _Operation[DVSFeatureCapability | None] = _Operation(
    "QueryDvsFeatureCapability",
    (_F("switchProductSpec", "DistributedVirtualSwitchProductSpec", 2, "4.1"), ),
    _F("returnval", "DVSFeatureCapability", 2, "4.1"),
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RECTIFY_DVS_ON_HOST_TASK: _Operation[Task[None]] = _Operation(
    "RectifyDvsOnHost_Task",
    (_F("hosts", "ManagedObjectReference", 1, "5.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("DvsFault", "RuntimeFault", ),
    since="5.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)


class DistributedVirtualSwitchManagerProperties(_ObjectProperties["DistributedVirtualSwitchManager"]):
    """DistributedVirtualSwitchManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class DistributedVirtualSwitchManager(_ManagedObject):
    """DistributedVirtualSwitchManager: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "DistributedVirtualSwitchManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DVSManagerExportEntity_Task": _DVS_MANAGER_EXPORT_ENTITY_TASK,
        "DVSManagerImportEntity_Task": _DVS_MANAGER_IMPORT_ENTITY_TASK,
        "DVSManagerLookupDvPortGroup": _DVS_MANAGER_LOOKUP_DV_PORT_GROUP,
        "QueryAvailableDvsSpec": _QUERY_AVAILABLE_DVS_SPEC,
        "QueryCompatibleHostForExistingDvs": _QUERY_COMPATIBLE_HOST_FOR_EXISTING_DVS,
        "QueryCompatibleHostForNewDvs": _QUERY_COMPATIBLE_HOST_FOR_NEW_DVS,
        "QueryDvsByUuid": _QUERY_DVS_BY_UUID,
        "QueryDvsCheckCompatibility": _QUERY_DVS_CHECK_COMPATIBILITY,
        "QueryDvsCompatibleHostSpec": _QUERY_DVS_COMPATIBLE_HOST_SPEC,
        "QueryDvsConfigTarget": _QUERY_DVS_CONFIG_TARGET,
        "QueryDvsFeatureCapability": _QUERY_DVS_FEATURE_CAPABILITY,
        "RectifyDvsOnHost_Task": _RECTIFY_DVS_ON_HOST_TASK,
    }
    _property_class_ = DistributedVirtualSwitchManagerProperties

    def fetch(self, *paths: str) -> DistributedVirtualSwitchManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DistributedVirtualSwitchManagerProperties, paths)

    def DVSManagerExportEntity_Task(
        self,
        *,
        selectionSet: Sequence[SelectionSet],
        _timeout: float | None = None,
    ) -> Task[list[EntityBackupConfig]]:
        """DVSManagerExportEntity_Task: an operation of DistributedVirtualSwitchManager, since 5.1.

        Args:
            selectionSet: list of SelectionSet, since 5.1.

        Returns:
            A reference to the Task; its result is list of EntityBackupConfig.

        Raises:
            BackupBlobWriteFailure, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DVS_MANAGER_EXPORT_ENTITY_TASK, (selectionSet, ), _timeout)

    def DVSManagerImportEntity_Task(
        self,
        *,
        entityBackup: list[EntityBackupConfig],
        importType: str,
        _timeout: float | None = None,
    ) -> Task[DistributedVirtualSwitchManagerImportResult]:
        """DVSManagerImportEntity_Task: an operation of DistributedVirtualSwitchManager, since 5.1.

        Args:
            entityBackup: list of EntityBackupConfig, since 5.1.
            importType: string, since 5.1.

        Returns:
            A reference to the Task; its result is DistributedVirtualSwitchManagerImportResult.

        Raises:
            DvsFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DVS_MANAGER_IMPORT_ENTITY_TASK, (entityBackup, importType, ), _timeout)

    def DVSManagerLookupDvPortGroup(
        self,
        *,
        switchUuid: str,
        portgroupKey: str,
        _timeout: float | None = None,
    ) -> DistributedVirtualPortgroup | None:
        """DVSManagerLookupDvPortGroup: an operation of DistributedVirtualSwitchManager, since 5.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            switchUuid: string, since 5.1.
            portgroupKey: string, since 5.1.

        Returns:
            Reference to DistributedVirtualPortgroup, or None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DVS_MANAGER_LOOKUP_DV_PORT_GROUP, (switchUuid, portgroupKey, ), _timeout)

    def QueryAvailableDvsSpec(
        self,
        *,
        recommended: bool | None = None,
        _timeout: float | None = None,
    ) -> list[DistributedVirtualSwitchProductSpec]:
        """QueryAvailableDvsSpec: an operation of DistributedVirtualSwitchManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            recommended: boolean, optional, since 6.0.

        Returns:
            List of DistributedVirtualSwitchProductSpec.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_AVAILABLE_DVS_SPEC, (recommended, ), _timeout)

    def QueryCompatibleHostForExistingDvs(
        self,
        *,
        container: ManagedEntity,
        recursive: bool,
        dvs: DistributedVirtualSwitch,
        _timeout: float | None = None,
    ) -> list[HostSystem]:
        """QueryCompatibleHostForExistingDvs: an operation of DistributedVirtualSwitchManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            container: reference to ManagedEntity, since 4.0.
            recursive: boolean, since 4.0.
            dvs: reference to DistributedVirtualSwitch, since 4.0.

        Returns:
            List of references to HostSystem.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_COMPATIBLE_HOST_FOR_EXISTING_DVS, (container, recursive, dvs, ), _timeout)

    def QueryCompatibleHostForNewDvs(
        self,
        *,
        container: ManagedEntity,
        recursive: bool,
        switchProductSpec: DistributedVirtualSwitchProductSpec | None = None,
        _timeout: float | None = None,
    ) -> list[HostSystem]:
        """QueryCompatibleHostForNewDvs: an operation of DistributedVirtualSwitchManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            container: reference to ManagedEntity, since 4.0.
            recursive: boolean, since 4.0.
            switchProductSpec: DistributedVirtualSwitchProductSpec, optional, since 4.0.

        Returns:
            List of references to HostSystem.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_COMPATIBLE_HOST_FOR_NEW_DVS, (container, recursive, switchProductSpec, ), _timeout)

    def QueryDvsByUuid(
        self,
        *,
        uuid: str,
        _timeout: float | None = None,
    ) -> DistributedVirtualSwitch | None:
        """QueryDvsByUuid: an operation of DistributedVirtualSwitchManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            uuid: string, since 4.0.

        Returns:
            Reference to DistributedVirtualSwitch, or None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DVS_BY_UUID, (uuid, ), _timeout)

    def QueryDvsCheckCompatibility(
        self,
        *,
        hostContainer: DistributedVirtualSwitchManagerHostContainer,
        dvsProductSpec: DistributedVirtualSwitchManagerDvsProductSpec | None = None,
        hostFilterSpec: Sequence[DistributedVirtualSwitchManagerHostDvsFilterSpec] | None = None,
        _timeout: float | None = None,
    ) -> list[DistributedVirtualSwitchManagerCompatibilityResult]:
        """QueryDvsCheckCompatibility: an operation of DistributedVirtualSwitchManager, since 4.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            hostContainer: DistributedVirtualSwitchManagerHostContainer, since 4.1.
            dvsProductSpec: DistributedVirtualSwitchManagerDvsProductSpec, optional, since 4.1.
            hostFilterSpec: list of DistributedVirtualSwitchManagerHostDvsFilterSpec, since 4.1.

        Returns:
            List of DistributedVirtualSwitchManagerCompatibilityResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DVS_CHECK_COMPATIBILITY, (hostContainer, dvsProductSpec, hostFilterSpec, ), _timeout)

    def QueryDvsCompatibleHostSpec(
        self,
        *,
        switchProductSpec: DistributedVirtualSwitchProductSpec | None = None,
        _timeout: float | None = None,
    ) -> list[DistributedVirtualSwitchHostProductSpec]:
        """QueryDvsCompatibleHostSpec: an operation of DistributedVirtualSwitchManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            switchProductSpec: DistributedVirtualSwitchProductSpec, optional, since 4.0.

        Returns:
            List of DistributedVirtualSwitchHostProductSpec.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DVS_COMPATIBLE_HOST_SPEC, (switchProductSpec, ), _timeout)

    def QueryDvsConfigTarget(
        self,
        *,
        host: HostSystem | None = None,
        dvs: DistributedVirtualSwitch | None = None,
        _timeout: float | None = None,
    ) -> DVSManagerDvsConfigTarget:
        """QueryDvsConfigTarget: an operation of DistributedVirtualSwitchManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 4.0.
            dvs: reference to DistributedVirtualSwitch, optional, since 4.0.

        Returns:
            DVSManagerDvsConfigTarget.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DVS_CONFIG_TARGET, (host, dvs, ), _timeout)

    def QueryDvsFeatureCapability(
        self,
        *,
        switchProductSpec: DistributedVirtualSwitchProductSpec | None = None,
        _timeout: float | None = None,
    ) -> DVSFeatureCapability | None:
        """QueryDvsFeatureCapability: an operation of DistributedVirtualSwitchManager, since 4.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            switchProductSpec: DistributedVirtualSwitchProductSpec, optional, since 4.1.

        Returns:
            DVSFeatureCapability, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DVS_FEATURE_CAPABILITY, (switchProductSpec, ), _timeout)

    def RectifyDvsOnHost_Task(
        self,
        *,
        hosts: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[None]:
        """RectifyDvsOnHost_Task: an operation of DistributedVirtualSwitchManager, since 5.0.

        Privilege: System.Read.

        Args:
            hosts: list of references to HostSystem, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DvsFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RECTIFY_DVS_ON_HOST_TASK, (hosts, ), _timeout)
