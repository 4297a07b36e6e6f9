# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""Choice: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import DatastoreAccessibleValue, DirectionValue


class Choice(DynamicData):
    """Choice: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        answer: DatastoreAccessible value (str), since 7.0.3.0.
        way: list of Direction value (str), since 7.0.3.0.
    """

    __slots__ = ("answer", "way", )
    _wire_name_: ClassVar[str] = "Choice"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("answer", "DatastoreAccessible", 0, "7.0.3.0"),
        _F("way", "Direction", 3, "7.0.3.0"),
    )
    answer: str
    way: list[str]

    def __init__(
        self,
        *,
        answer: DatastoreAccessibleValue | EnumValue,
        way: Sequence[DirectionValue | EnumValue] | None = None,
    ) -> None:
        self.answer = answer
        self.way = [] if way is None else list(way)
