# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ScheduledTaskDescription: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .element_description import ElementDescription
    from .scheduled_task_detail import ScheduledTaskDetail
    from .type_description import TypeDescription


class ScheduledTaskDescription(DynamicData):
    """ScheduledTaskDescription: data object extending DynamicData, since 2.0.

    Attributes:
        action: list of TypeDescription, since 2.0.
        schedulerInfo: list of ScheduledTaskDetail, since 2.0.
        state: list of ElementDescription, since 2.0.
        dayOfWeek: list of ElementDescription, since 2.0.
        weekOfMonth: list of ElementDescription, since 2.0.
    """

    __slots__ = ("action", "schedulerInfo", "state", "dayOfWeek", "weekOfMonth", )
    _wire_name_: ClassVar[str] = "ScheduledTaskDescription"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("action", "TypeDescription", 1, "2.0"),
        _F("schedulerInfo", "ScheduledTaskDetail", 1, "2.0"),
        _F("state", "ElementDescription", 1, "2.0"),
        _F("dayOfWeek", "ElementDescription", 1, "2.0"),
        _F("weekOfMonth", "ElementDescription", 1, "2.0"),
    )
    action: list[TypeDescription]
    schedulerInfo: list[ScheduledTaskDetail]
    state: list[ElementDescription]
    dayOfWeek: list[ElementDescription]
    weekOfMonth: list[ElementDescription]

    def __init__(
        self,
        *,
        action: Sequence[TypeDescription],
        schedulerInfo: list[ScheduledTaskDetail],
        state: Sequence[ElementDescription],
        dayOfWeek: Sequence[ElementDescription],
        weekOfMonth: Sequence[ElementDescription],
    ) -> None:
        self.action = list(action)
        self.schedulerInfo = schedulerInfo
        self.state = list(state)
        self.dayOfWeek = list(dayOfWeek)
        self.weekOfMonth = list(weekOfMonth)
