# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""Bag: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_any_value import KeyAnyValue


class Bag(DynamicData):
    """Bag: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        items: list of KeyAnyValue, since 7.0.3.0.
        labels: list of string, since 7.0.3.0.
    """

    __slots__ = ("items", "labels", )
    _wire_name_: ClassVar[str] = "Bag"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("items", "KeyAnyValue", 3, "7.0.3.0"),
        _F("labels", "string", 3, "7.0.3.0"),
    )
    items: list[KeyAnyValue]
    labels: list[str]

    def __init__(
        self,
        *,
        items: list[KeyAnyValue] | None = None,
        labels: list[str] | None = None,
    ) -> None:
        self.items = [] if items is None else items
        self.labels = [] if labels is None else labels
