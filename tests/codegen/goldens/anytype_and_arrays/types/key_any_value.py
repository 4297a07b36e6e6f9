# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""KeyAnyValue: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class KeyAnyValue(DynamicData):
    """KeyAnyValue: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        key: string, since 7.0.3.0.
        value: any value (xsd:anyType), since 7.0.3.0.
    """

    __slots__ = ("key", "value", )
    _wire_name_: ClassVar[str] = "KeyAnyValue"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "7.0.3.0"),
        _F("value", "anyType", 0, "7.0.3.0"),
    )
    key: str
    value: Any

    def __init__(
        self,
        *,
        key: str,
        value: Any,
    ) -> None:
        self.key = key
        self.value = value
