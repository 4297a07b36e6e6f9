# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageResourceManager: managed object proxy. Since 4.1."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.apply_storage_recommendation_result import ApplyStorageRecommendationResult
    from .datastore import Datastore
    from .host_system import HostSystem
    from ..types.localized_method_fault import LocalizedMethodFault
    from ..types.storage_drs_config_spec import StorageDrsConfigSpec
    from ..types.storage_iorm_config_option import StorageIORMConfigOption
    from ..types.storage_iorm_config_spec import StorageIORMConfigSpec
    from ..types.storage_performance_summary import StoragePerformanceSummary
    from ..types.storage_placement_result import StoragePlacementResult
    from ..types.storage_placement_spec import StoragePlacementSpec
    from .storage_pod import StoragePod
    from .task import Task

_APPLY_STORAGE_DRS_RECOMMENDATION_TO_POD_TASK: _Operation[Task[ApplyStorageRecommendationResult]] = _Operation(
    "ApplyStorageDrsRecommendationToPod_Task",
    (_F("pod", "ManagedObjectReference", 0, "5.0", target="StoragePod"), _F("key", "string", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ApplyStorageRecommendationResult", 0, "5.0"),
)

_APPLY_STORAGE_DRS_RECOMMENDATION_TASK: _Operation[Task[ApplyStorageRecommendationResult]] = _Operation(
    "ApplyStorageDrsRecommendation_Task",
    (_F("key", "string", 1, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ApplyStorageRecommendationResult", 0, "5.0"),
)

_CANCEL_STORAGE_DRS_RECOMMENDATION: _Operation[None] = _Operation(
    "CancelStorageDrsRecommendation",
    (_F("key", "string", 1, "5.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CONFIGURE_DATASTORE_IORM_TASK: _Operation[Task[None]] = _Operation(
    "ConfigureDatastoreIORM_Task",
    (_F("datastore", "ManagedObjectReference", 0, "4.1", target="Datastore"), _F("spec", "StorageIORMConfigSpec", 0, "4.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="Task"),
    faults=("IORMNotSupportedHostOnDatastore", "InaccessibleDatastore", "RuntimeFault", ),
    since="4.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_CONFIGURE_STORAGE_DRS_FOR_POD_TASK: _Operation[Task[None]] = _Operation(
    "ConfigureStorageDrsForPod_Task",
    (_F("pod", "ManagedObjectReference", 0, "5.0", target="StoragePod"), _F("spec", "StorageDrsConfigSpec", 0, "5.0"), _F("modify", "boolean", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_QUERY_DATASTORE_PERFORMANCE_SUMMARY: _Operation[list[StoragePerformanceSummary]] = _Operation(
    "QueryDatastorePerformanceSummary",
    (_F("datastore", "ManagedObjectReference", 0, "5.1", target="Datastore"), ),
    _F("returnval", "StoragePerformanceSummary", 3, "5.1"),
    faults=("NotFound", "RuntimeFault", ),
    since="5.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_IORM_CONFIG_OPTION: _Operation[StorageIORMConfigOption] = _Operation(
    "QueryIORMConfigOption",
    (_F("host", "ManagedObjectReference", 0, "4.1", target="HostSystem"), ),
    _F("returnval", "StorageIORMConfigOption", 0, "4.1"),
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="Datastore.Config",
    safe=True,
    task_result=None,
)

_RECOMMEND_DATASTORES: _Operation[StoragePlacementResult] = _Operation(
    "RecommendDatastores",
    (_F("storageSpec", "StoragePlacementSpec", 0, "5.0"), ),
    _F("returnval", "StoragePlacementResult", 0, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_REFRESH_STORAGE_DRS_RECOMMENDATION: _Operation[None] = _Operation(
    "RefreshStorageDrsRecommendation",
    (_F("pod", "ManagedObjectReference", 0, "5.0", target="StoragePod"), ),
    None,
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_REFRESH_STORAGE_DRS_RECOMMENDATIONS_FOR_POD_TASK: _Operation[Task[None]] = _Operation(
    "RefreshStorageDrsRecommendationsForPod_Task",
    (_F("pod", "ManagedObjectReference", 0, "6.7", target="StoragePod"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("InvalidArgument", "RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_VALIDATE_STORAGE_POD_CONFIG: _Operation[LocalizedMethodFault | None] = _Operation(
    "ValidateStoragePodConfig",
    (_F("pod", "ManagedObjectReference", 0, "6.7", target="StoragePod"), _F("spec", "StorageDrsConfigSpec", 0, "6.7"), ),
    _F("returnval", "LocalizedMethodFault", 2, "6.7"),
    faults=("RuntimeFault", ),
    since="6.7",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class StorageResourceManagerProperties(_ObjectProperties["StorageResourceManager"]):
    """StorageResourceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class StorageResourceManager(_ManagedObject):
    """StorageResourceManager: managed object proxy, since 4.1."""

    __slots__ = ()
    _type_: ClassVar[str] = "StorageResourceManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ApplyStorageDrsRecommendationToPod_Task": _APPLY_STORAGE_DRS_RECOMMENDATION_TO_POD_TASK,
        "ApplyStorageDrsRecommendation_Task": _APPLY_STORAGE_DRS_RECOMMENDATION_TASK,
        "CancelStorageDrsRecommendation": _CANCEL_STORAGE_DRS_RECOMMENDATION,
        "ConfigureDatastoreIORM_Task": _CONFIGURE_DATASTORE_IORM_TASK,
        "ConfigureStorageDrsForPod_Task": _CONFIGURE_STORAGE_DRS_FOR_POD_TASK,
        "QueryDatastorePerformanceSummary": _QUERY_DATASTORE_PERFORMANCE_SUMMARY,
        "QueryIORMConfigOption": _QUERY_IORM_CONFIG_OPTION,
        "RecommendDatastores": _RECOMMEND_DATASTORES,
        "RefreshStorageDrsRecommendation": _REFRESH_STORAGE_DRS_RECOMMENDATION,
        "RefreshStorageDrsRecommendationsForPod_Task": _REFRESH_STORAGE_DRS_RECOMMENDATIONS_FOR_POD_TASK,
        "ValidateStoragePodConfig": _VALIDATE_STORAGE_POD_CONFIG,
    }
    _property_class_ = StorageResourceManagerProperties

    def fetch(self, *paths: str) -> StorageResourceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, StorageResourceManagerProperties, paths)

    def ApplyStorageDrsRecommendationToPod_Task(
        self,
        *,
        pod: StoragePod,
        key: str,
        _timeout: float | None = None,
    ) -> Task[ApplyStorageRecommendationResult]:
        """ApplyStorageDrsRecommendationToPod_Task: an operation of StorageResourceManager, since 5.0.

        Privilege: System.View.

        Args:
            pod: reference to StoragePod, since 5.0.
            key: string, since 5.0.

        Returns:
            A reference to the Task; its result is ApplyStorageRecommendationResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _APPLY_STORAGE_DRS_RECOMMENDATION_TO_POD_TASK, (pod, key, ), _timeout)

    def ApplyStorageDrsRecommendation_Task(
        self,
        *,
        key: list[str],
        _timeout: float | None = None,
    ) -> Task[ApplyStorageRecommendationResult]:
        """ApplyStorageDrsRecommendation_Task: an operation of StorageResourceManager, since 5.0.

        Privilege: System.View.

        Args:
            key: list of string, since 5.0.

        Returns:
            A reference to the Task; its result is ApplyStorageRecommendationResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _APPLY_STORAGE_DRS_RECOMMENDATION_TASK, (key, ), _timeout)

    def CancelStorageDrsRecommendation(
        self,
        *,
        key: list[str],
        _timeout: float | None = None,
    ) -> None:
        """CancelStorageDrsRecommendation: an operation of StorageResourceManager, since 5.0.

        Privilege: System.View.

        Args:
            key: list of string, since 5.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CANCEL_STORAGE_DRS_RECOMMENDATION, (key, ), _timeout)

    def ConfigureDatastoreIORM_Task(
        self,
        *,
        datastore: Datastore,
        spec: StorageIORMConfigSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ConfigureDatastoreIORM_Task: an operation of StorageResourceManager, since 4.1.

        Args:
            datastore: reference to Datastore, since 4.1.
            spec: StorageIORMConfigSpec, since 4.1.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            IORMNotSupportedHostOnDatastore, InaccessibleDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_DATASTORE_IORM_TASK, (datastore, spec, ), _timeout)

    def ConfigureStorageDrsForPod_Task(
        self,
        *,
        pod: StoragePod,
        spec: StorageDrsConfigSpec,
        modify: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ConfigureStorageDrsForPod_Task: an operation of StorageResourceManager, since 5.0.

        Args:
            pod: reference to StoragePod, since 5.0, needs StoragePod.Config on it.
            spec: StorageDrsConfigSpec, since 5.0.
            modify: boolean, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_STORAGE_DRS_FOR_POD_TASK, (pod, spec, modify, ), _timeout)

    def QueryDatastorePerformanceSummary(
        self,
        *,
        datastore: Datastore,
        _timeout: float | None = None,
    ) -> list[StoragePerformanceSummary]:
        """QueryDatastorePerformanceSummary: an operation of StorageResourceManager, since 5.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datastore: reference to Datastore, since 5.1.

        Returns:
            List of StoragePerformanceSummary.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DATASTORE_PERFORMANCE_SUMMARY, (datastore, ), _timeout)

    def QueryIORMConfigOption(
        self,
        *,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> StorageIORMConfigOption:
        """QueryIORMConfigOption: an operation of StorageResourceManager, since 4.1.

        Privilege: Datastore.Config. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, since 4.1.

        Returns:
            StorageIORMConfigOption.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_IORM_CONFIG_OPTION, (host, ), _timeout)

    def RecommendDatastores(
        self,
        *,
        storageSpec: StoragePlacementSpec,
        _timeout: float | None = None,
    ) -> StoragePlacementResult:
        """RecommendDatastores: an operation of StorageResourceManager, since 5.0.

        Privilege: System.View.

        Args:
            storageSpec: StoragePlacementSpec, since 5.0.

        Returns:
            StoragePlacementResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECOMMEND_DATASTORES, (storageSpec, ), _timeout)

    def RefreshStorageDrsRecommendation(
        self,
        *,
        pod: StoragePod,
        _timeout: float | None = None,
    ) -> None:
        """RefreshStorageDrsRecommendation: an operation of StorageResourceManager, since 5.0.

        Privilege: System.View.

        Args:
            pod: reference to StoragePod, since 5.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_STORAGE_DRS_RECOMMENDATION, (pod, ), _timeout)

    def RefreshStorageDrsRecommendationsForPod_Task(
        self,
        *,
        pod: StoragePod,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RefreshStorageDrsRecommendationsForPod_Task: an operation of StorageResourceManager, since 6.7.

        Privilege: System.View.

        Args:
            pod: reference to StoragePod, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_STORAGE_DRS_RECOMMENDATIONS_FOR_POD_TASK, (pod, ), _timeout)

    def ValidateStoragePodConfig(
        self,
        *,
        pod: StoragePod,
        spec: StorageDrsConfigSpec,
        _timeout: float | None = None,
    ) -> LocalizedMethodFault | None:
        """ValidateStoragePodConfig: an operation of StorageResourceManager, since 6.7.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            pod: reference to StoragePod, since 6.7.
            spec: StorageDrsConfigSpec, since 6.7.

        Returns:
            LocalizedMethodFault, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _VALIDATE_STORAGE_POD_CONFIG, (pod, spec, ), _timeout)
