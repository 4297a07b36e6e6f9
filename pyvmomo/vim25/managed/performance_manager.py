# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PerformanceManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from datetime import datetime
    from ..types.perf_composite_metric import PerfCompositeMetric
    from ..types.perf_counter_info import PerfCounterInfo
    from ..types.perf_entity_metric_base import PerfEntityMetricBase
    from ..types.perf_interval import PerfInterval
    from ..types.perf_metric_id import PerfMetricId
    from ..types.perf_provider_summary import PerfProviderSummary
    from ..types.perf_query_spec import PerfQuerySpec
    from ..types.performance_description import PerformanceDescription
    from ..types.performance_manager_counter_level_mapping import PerformanceManagerCounterLevelMapping

_CREATE_PERF_INTERVAL: _Operation[None] = _Operation(
    "CreatePerfInterval",
    (_F("intervalId", "PerfInterval", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Performance.ModifyIntervals",
    safe=False,
    task_result=None,
)

_QUERY_AVAILABLE_PERF_METRIC: _Operation[list[PerfMetricId]] = _Operation(
    "QueryAvailablePerfMetric",
    (_F("entity", "ManagedObjectReference", 0, "2.0"), _F("beginTime", "dateTime", 2, "2.0"), _F("endTime", "dateTime", 2, "2.0"), _F("intervalId", "int", 2, "2.0"), ),
    _F("returnval", "PerfMetricId", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PERF: _Operation[list[PerfEntityMetricBase]] = _Operation(
    "QueryPerf",
    (_F("querySpec", "PerfQuerySpec", 1, "2.0"), ),
    _F("returnval", "PerfEntityMetricBase", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PERF_COMPOSITE: _Operation[PerfCompositeMetric] = _Operation(
    "QueryPerfComposite",
    (_F("querySpec", "PerfQuerySpec", 0, "2.0"), ),
    _F("returnval", "PerfCompositeMetric", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PERF_COUNTER: _Operation[list[PerfCounterInfo]] = _Operation(
    "QueryPerfCounter",
    (_F("counterId", "int", 1, "2.0"), ),
    _F("returnval", "PerfCounterInfo", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PERF_COUNTER_BY_LEVEL: _Operation[list[PerfCounterInfo]] = _Operation(
    "QueryPerfCounterByLevel",
    (_F("level", "int", 0, "2.5"), ),
    _F("returnval", "PerfCounterInfo", 1, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PERF_PROVIDER_SUMMARY: _Operation[PerfProviderSummary] = _Operation(
    "QueryPerfProviderSummary",
    (_F("entity", "ManagedObjectReference", 0, "2.0"), ),
    _F("returnval", "PerfProviderSummary", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_REMOVE_PERF_INTERVAL: _Operation[None] = _Operation(
    "RemovePerfInterval",
    (_F("samplePeriod", "int", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Performance.ModifyIntervals",
    safe=False,
    task_result=None,
)

_RESET_COUNTER_LEVEL_MAPPING: _Operation[None] = _Operation(
    "ResetCounterLevelMapping",
    (_F("counters", "int", 1, "4.1"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="Performance.ModifyIntervals",
    safe=False,
    task_result=None,
)

_UPDATE_COUNTER_LEVEL_MAPPING: _Operation[None] = _Operation(
    "UpdateCounterLevelMapping",
    (_F("counterLevelMap", "PerformanceManagerCounterLevelMapping", 1, "4.1"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="Performance.ModifyIntervals",
    safe=False,
    task_result=None,
)

_UPDATE_PERF_INTERVAL: _Operation[None] = _Operation(
    "UpdatePerfInterval",
    (_F("interval", "PerfInterval", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Performance.ModifyIntervals",
    safe=False,
    task_result=None,
)


class PerformanceManagerProperties(_ObjectProperties["PerformanceManager"]):
    """PerformanceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("description", "historicalInterval", "perfCounter", )
    description: PerformanceDescription
    historicalInterval: list[PerfInterval]
    perfCounter: list[PerfCounterInfo]


class PerformanceManager(_ManagedObject):
    """PerformanceManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        description: PerformanceDescription, since 2.0, read privilege System.View.
        historicalInterval: list of PerfInterval, since 2.0, read privilege System.View.
        perfCounter: list of PerfCounterInfo, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "PerformanceManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "description": _F("description", "PerformanceDescription", 0, "2.0"),
        "historicalInterval": _F("historicalInterval", "PerfInterval", 3, "2.0"),
        "perfCounter": _F("perfCounter", "PerfCounterInfo", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreatePerfInterval": _CREATE_PERF_INTERVAL,
        "QueryAvailablePerfMetric": _QUERY_AVAILABLE_PERF_METRIC,
        "QueryPerf": _QUERY_PERF,
        "QueryPerfComposite": _QUERY_PERF_COMPOSITE,
        "QueryPerfCounter": _QUERY_PERF_COUNTER,
        "QueryPerfCounterByLevel": _QUERY_PERF_COUNTER_BY_LEVEL,
        "QueryPerfProviderSummary": _QUERY_PERF_PROVIDER_SUMMARY,
        "RemovePerfInterval": _REMOVE_PERF_INTERVAL,
        "ResetCounterLevelMapping": _RESET_COUNTER_LEVEL_MAPPING,
        "UpdateCounterLevelMapping": _UPDATE_COUNTER_LEVEL_MAPPING,
        "UpdatePerfInterval": _UPDATE_PERF_INTERVAL,
    }
    _property_class_ = PerformanceManagerProperties

    def fetch(self, *paths: str) -> PerformanceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PerformanceManagerProperties, paths)

    def CreatePerfInterval(
        self,
        *,
        intervalId: PerfInterval,
        _timeout: float | None = None,
    ) -> None:
        """CreatePerfInterval: an operation of PerformanceManager, since 2.0.

        Privilege: Performance.ModifyIntervals.

        Args:
            intervalId: PerfInterval, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_PERF_INTERVAL, (intervalId, ), _timeout)

    def QueryAvailablePerfMetric(
        self,
        *,
        entity: _ManagedObject,
        beginTime: datetime | None = None,
        endTime: datetime | None = None,
        intervalId: int | None = None,
        _timeout: float | None = None,
    ) -> list[PerfMetricId]:
        """QueryAvailablePerfMetric: an operation of PerformanceManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to any managed object, since 2.0.
            beginTime: dateTime, optional, since 2.0.
            endTime: dateTime, optional, since 2.0.
            intervalId: int, optional, since 2.0.

        Returns:
            List of PerfMetricId.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_AVAILABLE_PERF_METRIC, (entity, beginTime, endTime, intervalId, ), _timeout)

    def QueryPerf(
        self,
        *,
        querySpec: list[PerfQuerySpec],
        _timeout: float | None = None,
    ) -> list[PerfEntityMetricBase]:
        """QueryPerf: an operation of PerformanceManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            querySpec: list of PerfQuerySpec, since 2.0.

        Returns:
            List of PerfEntityMetricBase.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PERF, (querySpec, ), _timeout)

    def QueryPerfComposite(
        self,
        *,
        querySpec: PerfQuerySpec,
        _timeout: float | None = None,
    ) -> PerfCompositeMetric:
        """QueryPerfComposite: an operation of PerformanceManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            querySpec: PerfQuerySpec, since 2.0.

        Returns:
            PerfCompositeMetric.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PERF_COMPOSITE, (querySpec, ), _timeout)

    def QueryPerfCounter(
        self,
        *,
        counterId: list[int],
        _timeout: float | None = None,
    ) -> list[PerfCounterInfo]:
        """QueryPerfCounter: an operation of PerformanceManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            counterId: list of int, since 2.0.

        Returns:
            List of PerfCounterInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PERF_COUNTER, (counterId, ), _timeout)

    def QueryPerfCounterByLevel(
        self,
        *,
        level: int,
        _timeout: float | None = None,
    ) -> list[PerfCounterInfo]:
        """QueryPerfCounterByLevel: an operation of PerformanceManager, since 2.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            level: int, since 2.5.

        Returns:
            List of PerfCounterInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PERF_COUNTER_BY_LEVEL, (level, ), _timeout)

    def QueryPerfProviderSummary(
        self,
        *,
        entity: _ManagedObject,
        _timeout: float | None = None,
    ) -> PerfProviderSummary:
        """QueryPerfProviderSummary: an operation of PerformanceManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to any managed object, since 2.0.

        Returns:
            PerfProviderSummary.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PERF_PROVIDER_SUMMARY, (entity, ), _timeout)

    def RemovePerfInterval(
        self,
        *,
        samplePeriod: int,
        _timeout: float | None = None,
    ) -> None:
        """RemovePerfInterval: an operation of PerformanceManager, since 2.0.

        Privilege: Performance.ModifyIntervals.

        Args:
            samplePeriod: int, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_PERF_INTERVAL, (samplePeriod, ), _timeout)

    def ResetCounterLevelMapping(
        self,
        *,
        counters: list[int],
        _timeout: float | None = None,
    ) -> None:
        """ResetCounterLevelMapping: an operation of PerformanceManager, since 4.1.

        Privilege: Performance.ModifyIntervals.

        Args:
            counters: list of int, since 4.1.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_COUNTER_LEVEL_MAPPING, (counters, ), _timeout)

    def UpdateCounterLevelMapping(
        self,
        *,
        counterLevelMap: list[PerformanceManagerCounterLevelMapping],
        _timeout: float | None = None,
    ) -> None:
        """UpdateCounterLevelMapping: an operation of PerformanceManager, since 4.1.

        Privilege: Performance.ModifyIntervals.

        Args:
            counterLevelMap: list of PerformanceManagerCounterLevelMapping, since 4.1.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_COUNTER_LEVEL_MAPPING, (counterLevelMap, ), _timeout)

    def UpdatePerfInterval(
        self,
        *,
        interval: PerfInterval,
        _timeout: float | None = None,
    ) -> None:
        """UpdatePerfInterval: an operation of PerformanceManager, since 2.0.

        Privilege: Performance.ModifyIntervals.

        Args:
            interval: PerfInterval, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_PERF_INTERVAL, (interval, ), _timeout)
