# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PerfEntityMetricCSV: data object type, extends PerfEntityMetricBase. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .perf_entity_metric_base import PerfEntityMetricBase
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .perf_metric_series_csv import PerfMetricSeriesCSV
    from pyvmomo._base import ManagedObject as _ManagedObject


class PerfEntityMetricCSV(PerfEntityMetricBase):
    """PerfEntityMetricCSV: data object extending PerfEntityMetricBase, since 2.0.

    Attributes:
        sampleInfoCSV: string, since 2.0.
        value: list of PerfMetricSeriesCSV, since 2.0.
    """

    __slots__ = ("sampleInfoCSV", "value", )
    _wire_name_: ClassVar[str] = "PerfEntityMetricCSV"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 0, "2.0"),
        _F("sampleInfoCSV", "string", 0, "2.0"),
        _F("value", "PerfMetricSeriesCSV", 3, "2.0"),
    )
    sampleInfoCSV: str
    value: list[PerfMetricSeriesCSV]

    def __init__(
        self,
        *,
        entity: _ManagedObject,
        sampleInfoCSV: str,
        value: list[PerfMetricSeriesCSV] | None = None,
    ) -> None:
        self.entity = entity
        self.sampleInfoCSV = sampleInfoCSV
        self.value = [] if value is None else value
