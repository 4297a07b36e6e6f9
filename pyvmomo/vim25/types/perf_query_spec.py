# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PerfQuerySpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .perf_metric_id import PerfMetricId
    from pyvmomo._base import ManagedObject as _ManagedObject


class PerfQuerySpec(DynamicData):
    """PerfQuerySpec: data object extending DynamicData, since 2.0.

    Attributes:
        entity: reference to any managed object, since 2.0.
        startTime: dateTime, optional, since 2.0.
        endTime: dateTime, optional, since 2.0.
        maxSample: int, optional, since 2.0.
        metricId: list of PerfMetricId, since 2.0.
        intervalId: int, optional, since 2.0.
        format: string, optional, since 2.0.
    """

    __slots__ = ("entity", "startTime", "endTime", "maxSample", "metricId", "intervalId", "format", )
    _wire_name_: ClassVar[str] = "PerfQuerySpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 0, "2.0"),
        _F("startTime", "dateTime", 2, "2.0"),
        _F("endTime", "dateTime", 2, "2.0"),
        _F("maxSample", "int", 2, "2.0"),
        _F("metricId", "PerfMetricId", 3, "2.0"),
        _F("intervalId", "int", 2, "2.0"),
        _F("format", "string", 2, "2.0"),
    )
    entity: _ManagedObject
    startTime: datetime | None
    endTime: datetime | None
    maxSample: int | None
    metricId: list[PerfMetricId]
    intervalId: int | None
    format: str | None

    def __init__(
        self,
        *,
        entity: _ManagedObject,
        startTime: datetime | None = None,
        endTime: datetime | None = None,
        maxSample: int | None = None,
        metricId: list[PerfMetricId] | None = None,
        intervalId: int | None = None,
        format: str | None = None,
    ) -> None:
        self.entity = entity
        self.startTime = startTime
        self.endTime = endTime
        self.maxSample = maxSample
        self.metricId = [] if metricId is None else metricId
        self.intervalId = intervalId
        self.format = format
