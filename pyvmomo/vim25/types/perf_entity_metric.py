# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PerfEntityMetric: data object type, extends PerfEntityMetricBase. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .perf_entity_metric_base import PerfEntityMetricBase
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .perf_metric_series import PerfMetricSeries
    from .perf_sample_info import PerfSampleInfo
    from pyvmomo._base import ManagedObject as _ManagedObject


class PerfEntityMetric(PerfEntityMetricBase):
    """PerfEntityMetric: data object extending PerfEntityMetricBase, since 2.0.

    Attributes:
        sampleInfo: list of PerfSampleInfo, since 2.0.
        value: list of PerfMetricSeries, since 2.0.
    """

    __slots__ = ("sampleInfo", "value", )
    _wire_name_: ClassVar[str] = "PerfEntityMetric"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 0, "2.0"),
        _F("sampleInfo", "PerfSampleInfo", 3, "2.0"),
        _F("value", "PerfMetricSeries", 3, "2.0"),
    )
    sampleInfo: list[PerfSampleInfo]
    value: list[PerfMetricSeries]

    def __init__(
        self,
        *,
        entity: _ManagedObject,
        sampleInfo: list[PerfSampleInfo] | None = None,
        value: Sequence[PerfMetricSeries] | None = None,
    ) -> None:
        self.entity = entity
        self.sampleInfo = [] if sampleInfo is None else sampleInfo
        self.value = [] if value is None else list(value)
