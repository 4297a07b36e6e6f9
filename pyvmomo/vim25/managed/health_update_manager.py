# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HealthUpdateManager: managed object proxy. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .cluster_compute_resource import ClusterComputeResource
    from ..types.health_update import HealthUpdate
    from ..types.health_update_info import HealthUpdateInfo
    from .host_system import HostSystem
    from .managed_entity import ManagedEntity

_ADD_FILTER: _Operation[str] = _Operation(
    "AddFilter",
    (_F("providerId", "string", 0, "6.5"), _F("filterName", "string", 0, "6.5"), _F("infoIds", "string", 3, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_ADD_FILTER_ENTITIES: _Operation[None] = _Operation(
    "AddFilterEntities",
    (_F("filterId", "string", 0, "6.5"), _F("entities", "ManagedObjectReference", 3, "6.5", target="ManagedEntity"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_ADD_MONITORED_ENTITIES: _Operation[None] = _Operation(
    "AddMonitoredEntities",
    (_F("providerId", "string", 0, "6.5"), _F("entities", "ManagedObjectReference", 3, "6.5", target="ManagedEntity"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="HealthUpdateProvider.Update",
    safe=False,
    task_result=None,
)

_HAS_MONITORED_ENTITY: _Operation[bool] = _Operation(
    "HasMonitoredEntity",
    (_F("providerId", "string", 0, "6.5"), _F("entity", "ManagedObjectReference", 0, "6.5", target="ManagedEntity"), ),
    _F("returnval", "boolean", 0, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HAS_PROVIDER: _Operation[bool] = _Operation(
    "HasProvider",
    (_F("id", "string", 0, "6.5"), ),
    _F("returnval", "boolean", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_POST_HEALTH_UPDATES: _Operation[None] = _Operation(
    "PostHealthUpdates",
    (_F("providerId", "string", 0, "6.5"), _F("updates", "HealthUpdate", 3, "6.5"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="HealthUpdateProvider.Update",
    safe=False,
    task_result=None,
)

_QUERY_FILTER_ENTITIES: _Operation[list[ManagedEntity]] = _Operation(
    "QueryFilterEntities",
    (_F("filterId", "string", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 3, "6.5", target="ManagedEntity"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_FILTER_INFO_IDS: _Operation[list[str]] = _Operation(
    "QueryFilterInfoIds",
    (_F("filterId", "string", 0, "6.5"), ),
    _F("returnval", "string", 3, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_FILTER_LIST: _Operation[list[str]] = _Operation(
    "QueryFilterList",
    (_F("providerId", "string", 0, "6.5"), ),
    _F("returnval", "string", 3, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_FILTER_NAME: _Operation[str] = _Operation(
    "QueryFilterName",
    (_F("filterId", "string", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_HEALTH_UPDATE_INFOS: _Operation[list[HealthUpdateInfo]] = _Operation(
    "QueryHealthUpdateInfos",
    (_F("providerId", "string", 0, "6.5"), ),
    _F("returnval", "HealthUpdateInfo", 3, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_HEALTH_UPDATES: _Operation[list[HealthUpdate]] = _Operation(
    "QueryHealthUpdates",
    (_F("providerId", "string", 0, "6.5"), ),
    _F("returnval", "HealthUpdate", 3, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_MONITORED_ENTITIES: _Operation[list[ManagedEntity]] = _Operation(
    "QueryMonitoredEntities",
    (_F("providerId", "string", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 3, "6.5", target="ManagedEntity"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PROVIDER_LIST: _Operation[list[str]] = _Operation(
    "QueryProviderList",
    (),
    _F("returnval", "string", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PROVIDER_NAME: _Operation[str] = _Operation(
    "QueryProviderName",
    (_F("id", "string", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_UNMONITORED_HOSTS: _Operation[list[HostSystem]] = _Operation(
    "QueryUnmonitoredHosts",
    (_F("providerId", "string", 0, "6.5"), _F("cluster", "ManagedObjectReference", 0, "6.5", target="ClusterComputeResource"), ),
    _F("returnval", "ManagedObjectReference", 3, "6.5", target="HostSystem"),
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_REGISTER_HEALTH_UPDATE_PROVIDER: _Operation[str] = _Operation(
    "RegisterHealthUpdateProvider",
    (_F("name", "string", 0, "6.5"), _F("healthUpdateInfo", "HealthUpdateInfo", 3, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="HealthUpdateProvider.Register",
    safe=False,
    task_result=None,
)

_REMOVE_FILTER: _Operation[None] = _Operation(
    "RemoveFilter",
    (_F("filterId", "string", 0, "6.5"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_REMOVE_FILTER_ENTITIES: _Operation[None] = _Operation(
    "RemoveFilterEntities",
    (_F("filterId", "string", 0, "6.5"), _F("entities", "ManagedObjectReference", 3, "6.5", target="ManagedEntity"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="Host.Inventory.EditCluster",
    safe=False,
    task_result=None,
)

_REMOVE_MONITORED_ENTITIES: _Operation[None] = _Operation(
    "RemoveMonitoredEntities",
    (_F("providerId", "string", 0, "6.5"), _F("entities", "ManagedObjectReference", 3, "6.5", target="ManagedEntity"), ),
    None,
    faults=("InvalidState", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="HealthUpdateProvider.Update",
    safe=False,
    task_result=None,
)

_UNREGISTER_HEALTH_UPDATE_PROVIDER: _Operation[None] = _Operation(
    "UnregisterHealthUpdateProvider",
    (_F("providerId", "string", 0, "6.5"), ),
    None,
    faults=("InvalidState", "NotFound", "RuntimeFault", ),
    since="6.5",
    privilege="HealthUpdateProvider.Unregister",
    safe=False,
    task_result=None,
)


class HealthUpdateManagerProperties(_ObjectProperties["HealthUpdateManager"]):
    """HealthUpdateManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HealthUpdateManager(_ManagedObject):
    """HealthUpdateManager: managed object proxy, since 6.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "HealthUpdateManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddFilter": _ADD_FILTER,
        "AddFilterEntities": _ADD_FILTER_ENTITIES,
        "AddMonitoredEntities": _ADD_MONITORED_ENTITIES,
        "HasMonitoredEntity": _HAS_MONITORED_ENTITY,
        "HasProvider": _HAS_PROVIDER,
        "PostHealthUpdates": _POST_HEALTH_UPDATES,
        "QueryFilterEntities": _QUERY_FILTER_ENTITIES,
        "QueryFilterInfoIds": _QUERY_FILTER_INFO_IDS,
        "QueryFilterList": _QUERY_FILTER_LIST,
        "QueryFilterName": _QUERY_FILTER_NAME,
        "QueryHealthUpdateInfos": _QUERY_HEALTH_UPDATE_INFOS,
        "QueryHealthUpdates": _QUERY_HEALTH_UPDATES,
        "QueryMonitoredEntities": _QUERY_MONITORED_ENTITIES,
        "QueryProviderList": _QUERY_PROVIDER_LIST,
        "QueryProviderName": _QUERY_PROVIDER_NAME,
        "QueryUnmonitoredHosts": _QUERY_UNMONITORED_HOSTS,
        "RegisterHealthUpdateProvider": _REGISTER_HEALTH_UPDATE_PROVIDER,
        "RemoveFilter": _REMOVE_FILTER,
        "RemoveFilterEntities": _REMOVE_FILTER_ENTITIES,
        "RemoveMonitoredEntities": _REMOVE_MONITORED_ENTITIES,
        "UnregisterHealthUpdateProvider": _UNREGISTER_HEALTH_UPDATE_PROVIDER,
    }
    _property_class_ = HealthUpdateManagerProperties

    def fetch(self, *paths: str) -> HealthUpdateManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HealthUpdateManagerProperties, paths)

    def AddFilter(
        self,
        *,
        providerId: str,
        filterName: str,
        infoIds: list[str] | None = None,
        _timeout: float | None = None,
    ) -> str:
        """AddFilter: an operation of HealthUpdateManager, since 6.5.

        Privilege: Host.Inventory.EditCluster.

        Args:
            providerId: string, since 6.5.
            filterName: string, since 6.5.
            infoIds: list of string, since 6.5.

        Returns:
            String.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_FILTER, (providerId, filterName, infoIds, ), _timeout)

    def AddFilterEntities(
        self,
        *,
        filterId: str,
        entities: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """AddFilterEntities: an operation of HealthUpdateManager, since 6.5.

        Privilege: Host.Inventory.EditCluster.

        Args:
            filterId: string, since 6.5.
            entities: list of references to ManagedEntity, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_FILTER_ENTITIES, (filterId, entities, ), _timeout)

    def AddMonitoredEntities(
        self,
        *,
        providerId: str,
        entities: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """AddMonitoredEntities: an operation of HealthUpdateManager, since 6.5.

        Privilege: HealthUpdateProvider.Update.

        Args:
            providerId: string, since 6.5.
            entities: list of references to ManagedEntity, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_MONITORED_ENTITIES, (providerId, entities, ), _timeout)

    def HasMonitoredEntity(
        self,
        *,
        providerId: str,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> bool:
        """HasMonitoredEntity: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            providerId: string, since 6.5.
            entity: reference to ManagedEntity, since 6.5.

        Returns:
            Boolean.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HAS_MONITORED_ENTITY, (providerId, entity, ), _timeout)

    def HasProvider(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> bool:
        """HasProvider: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: string, since 6.5.

        Returns:
            Boolean.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HAS_PROVIDER, (id, ), _timeout)

    def PostHealthUpdates(
        self,
        *,
        providerId: str,
        updates: list[HealthUpdate] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """PostHealthUpdates: an operation of HealthUpdateManager, since 6.5.

        Privilege: HealthUpdateProvider.Update.

        Args:
            providerId: string, since 6.5.
            updates: list of HealthUpdate, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _POST_HEALTH_UPDATES, (providerId, updates, ), _timeout)

    def QueryFilterEntities(
        self,
        *,
        filterId: str,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """QueryFilterEntities: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            filterId: string, since 6.5.

        Returns:
            List of references to ManagedEntity.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FILTER_ENTITIES, (filterId, ), _timeout)

    def QueryFilterInfoIds(
        self,
        *,
        filterId: str,
        _timeout: float | None = None,
    ) -> list[str]:
        """QueryFilterInfoIds: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            filterId: string, since 6.5.

        Returns:
            List of string.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FILTER_INFO_IDS, (filterId, ), _timeout)

    def QueryFilterList(
        self,
        *,
        providerId: str,
        _timeout: float | None = None,
    ) -> list[str]:
        """QueryFilterList: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            providerId: string, since 6.5.

        Returns:
            List of string.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FILTER_LIST, (providerId, ), _timeout)

    def QueryFilterName(
        self,
        *,
        filterId: str,
        _timeout: float | None = None,
    ) -> str:
        """QueryFilterName: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            filterId: string, since 6.5.

        Returns:
            String.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FILTER_NAME, (filterId, ), _timeout)

    def QueryHealthUpdateInfos(
        self,
        *,
        providerId: str,
        _timeout: float | None = None,
    ) -> list[HealthUpdateInfo]:
        """QueryHealthUpdateInfos: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            providerId: string, since 6.5.

        Returns:
            List of HealthUpdateInfo.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_HEALTH_UPDATE_INFOS, (providerId, ), _timeout)

    def QueryHealthUpdates(
        self,
        *,
        providerId: str,
        _timeout: float | None = None,
    ) -> list[HealthUpdate]:
        """QueryHealthUpdates: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            providerId: string, since 6.5.

        Returns:
            List of HealthUpdate.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_HEALTH_UPDATES, (providerId, ), _timeout)

    def QueryMonitoredEntities(
        self,
        *,
        providerId: str,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """QueryMonitoredEntities: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            providerId: string, since 6.5.

        Returns:
            List of references to ManagedEntity.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_MONITORED_ENTITIES, (providerId, ), _timeout)

    def QueryProviderList(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """QueryProviderList: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PROVIDER_LIST, (), _timeout)

    def QueryProviderName(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> str:
        """QueryProviderName: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            id: string, since 6.5.

        Returns:
            String.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PROVIDER_NAME, (id, ), _timeout)

    def QueryUnmonitoredHosts(
        self,
        *,
        providerId: str,
        cluster: ClusterComputeResource,
        _timeout: float | None = None,
    ) -> list[HostSystem]:
        """QueryUnmonitoredHosts: an operation of HealthUpdateManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            providerId: string, since 6.5.
            cluster: reference to ClusterComputeResource, since 6.5.

        Returns:
            List of references to HostSystem.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_UNMONITORED_HOSTS, (providerId, cluster, ), _timeout)

    def RegisterHealthUpdateProvider(
        self,
        *,
        name: str,
        healthUpdateInfo: list[HealthUpdateInfo] | None = None,
        _timeout: float | None = None,
    ) -> str:
        """RegisterHealthUpdateProvider: an operation of HealthUpdateManager, since 6.5.

        Privilege: HealthUpdateProvider.Register.

        Args:
            name: string, since 6.5.
            healthUpdateInfo: list of HealthUpdateInfo, since 6.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_HEALTH_UPDATE_PROVIDER, (name, healthUpdateInfo, ), _timeout)

    def RemoveFilter(
        self,
        *,
        filterId: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveFilter: an operation of HealthUpdateManager, since 6.5.

        Privilege: Host.Inventory.EditCluster.

        Args:
            filterId: string, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_FILTER, (filterId, ), _timeout)

    def RemoveFilterEntities(
        self,
        *,
        filterId: str,
        entities: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """RemoveFilterEntities: an operation of HealthUpdateManager, since 6.5.

        Privilege: Host.Inventory.EditCluster.

        Args:
            filterId: string, since 6.5.
            entities: list of references to ManagedEntity, since 6.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_FILTER_ENTITIES, (filterId, entities, ), _timeout)

    def RemoveMonitoredEntities(
        self,
        *,
        providerId: str,
        entities: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """RemoveMonitoredEntities: an operation of HealthUpdateManager, since 6.5.

        Privilege: HealthUpdateProvider.Update.

        Args:
            providerId: string, since 6.5.
            entities: list of references to ManagedEntity, since 6.5.

        Returns:
            None.

        Raises:
            InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_MONITORED_ENTITIES, (providerId, entities, ), _timeout)

    def UnregisterHealthUpdateProvider(
        self,
        *,
        providerId: str,
        _timeout: float | None = None,
    ) -> None:
        """UnregisterHealthUpdateProvider: an operation of HealthUpdateManager, since 6.5.

        Privilege: HealthUpdateProvider.Unregister.

        Args:
            providerId: string, since 6.5.

        Returns:
            None.

        Raises:
            InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNREGISTER_HEALTH_UPDATE_PROVIDER, (providerId, ), _timeout)
