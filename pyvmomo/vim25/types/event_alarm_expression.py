# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EventAlarmExpression: data object type, extends AlarmExpression. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .alarm_expression import AlarmExpression
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .event_alarm_expression_comparison import EventAlarmExpressionComparison


class EventAlarmExpression(AlarmExpression):
    """EventAlarmExpression: data object extending AlarmExpression, since 2.5.

    Attributes:
        comparisons: list of EventAlarmExpressionComparison, since 4.0.
        eventType: string, since 2.5.
        eventTypeId: string, optional, since 2.5.
        objectType: string, optional, since 4.0.
        status: ManagedEntityStatus value (str), optional, since 4.0.
    """

    __slots__ = ("comparisons", "eventType", "eventTypeId", "objectType", "status", )
    _wire_name_: ClassVar[str] = "EventAlarmExpression"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("comparisons", "EventAlarmExpressionComparison", 3, "4.0"),
        _F("eventType", "string", 0, "2.5"),
        _F("eventTypeId", "string", 2, "2.5"),
        _F("objectType", "string", 2, "4.0"),
        _F("status", "ManagedEntityStatus", 2, "4.0"),
    )
    comparisons: list[EventAlarmExpressionComparison]
    eventType: str
    eventTypeId: str | None
    objectType: str | None
    status: str | None

    def __init__(
        self,
        *,
        eventType: str,
        comparisons: list[EventAlarmExpressionComparison] | None = None,
        eventTypeId: str | None = None,
        objectType: str | None = None,
        status: ManagedEntityStatusValue | EnumValue | None = None,
    ) -> None:
        self.comparisons = [] if comparisons is None else comparisons
        self.eventType = eventType
        self.eventTypeId = eventTypeId
        self.objectType = objectType
        self.status = status
