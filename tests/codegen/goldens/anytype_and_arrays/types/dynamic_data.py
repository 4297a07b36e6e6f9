# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""DynamicData: data object type. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from pyvmomo._base import DataObject as _DataObject
from pyvmomo._base import Field as _F


class DynamicData(_DataObject):
    """DynamicData: data object, since 7.0.3.0."""

    __slots__ = ()
    _wire_name_: ClassVar[str] = "DynamicData"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
    )

    def __init__(
        self,
    ) -> None:
        pass
