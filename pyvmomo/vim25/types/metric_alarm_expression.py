# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""MetricAlarmExpression: data object type, extends AlarmExpression. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .alarm_expression import AlarmExpression
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import MetricAlarmOperatorValue
    from .perf_metric_id import PerfMetricId


class MetricAlarmExpression(AlarmExpression):
    """MetricAlarmExpression: data object extending AlarmExpression, since 2.0.

    Attributes:
        operator: MetricAlarmOperator value (str), since 2.0.
        type: string, since 2.0.
        metric: PerfMetricId, since 2.0.
        yellow: int, optional, since 2.0.
        yellowInterval: int, optional, since 4.0.
        red: int, optional, since 2.0.
        redInterval: int, optional, since 4.0.
    """

    __slots__ = ("operator", "type", "metric", "yellow", "yellowInterval", "red", "redInterval", )
    _wire_name_: ClassVar[str] = "MetricAlarmExpression"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operator", "MetricAlarmOperator", 0, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("metric", "PerfMetricId", 0, "2.0"),
        _F("yellow", "int", 2, "2.0"),
        _F("yellowInterval", "int", 2, "4.0"),
        _F("red", "int", 2, "2.0"),
        _F("redInterval", "int", 2, "4.0"),
    )
    operator: str
    type: str
    metric: PerfMetricId
    yellow: int | None
    yellowInterval: int | None
    red: int | None
    redInterval: int | None

    def __init__(
        self,
        *,
        operator: MetricAlarmOperatorValue | EnumValue,
        type: str,
        metric: PerfMetricId,
        yellow: int | None = None,
        yellowInterval: int | None = None,
        red: int | None = None,
        redInterval: int | None = None,
    ) -> None:
        self.operator = operator
        self.type = type
        self.metric = metric
        self.yellow = yellow
        self.yellowInterval = yellowInterval
        self.red = red
        self.redInterval = redInterval
