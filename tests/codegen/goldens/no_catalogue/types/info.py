# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0b5a9291ee49
"""Info: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class Info(DynamicData):
    """Info: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        name: string, since 7.0.3.0.
    """

    __slots__ = ("name", )
    _wire_name_: ClassVar[str] = "Info"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "7.0.3.0"),
    )
    name: str

    def __init__(
        self,
        *,
        name: str,
    ) -> None:
        self.name = name
