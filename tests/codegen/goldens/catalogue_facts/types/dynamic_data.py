# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
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
