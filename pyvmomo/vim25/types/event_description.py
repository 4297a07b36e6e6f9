# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EventDescription: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .element_description import ElementDescription
    from .enum_description import EnumDescription
    from .event_description_event_detail import EventDescriptionEventDetail


class EventDescription(DynamicData):
    """EventDescription: data object extending DynamicData, since 2.0.

    Attributes:
        category: list of ElementDescription, since 2.0.
        eventInfo: list of EventDescriptionEventDetail, since 2.0.
        enumeratedTypes: list of EnumDescription, since 4.0.
    """

    __slots__ = ("category", "eventInfo", "enumeratedTypes", )
    _wire_name_: ClassVar[str] = "EventDescription"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("category", "ElementDescription", 1, "2.0"),
        _F("eventInfo", "EventDescriptionEventDetail", 1, "2.0"),
        _F("enumeratedTypes", "EnumDescription", 3, "4.0"),
    )
    category: list[ElementDescription]
    eventInfo: list[EventDescriptionEventDetail]
    enumeratedTypes: list[EnumDescription]

    def __init__(
        self,
        *,
        category: Sequence[ElementDescription],
        eventInfo: list[EventDescriptionEventDetail],
        enumeratedTypes: list[EnumDescription] | None = None,
    ) -> None:
        self.category = list(category)
        self.eventInfo = eventInfo
        self.enumeratedTypes = [] if enumeratedTypes is None else enumeratedTypes
