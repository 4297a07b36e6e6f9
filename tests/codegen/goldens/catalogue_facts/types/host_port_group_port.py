# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""HostPortGroupPort: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostPortGroupPort(DynamicData):
    """HostPortGroupPort: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        key: string, optional, since 7.0.3.0.
    """

    __slots__ = ("key", )
    _wire_name_: ClassVar[str] = "HostPortGroupPort"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "7.0.3.0"),
    )
    key: str | None

    def __init__(
        self,
        *,
        key: str | None = None,
    ) -> None:
        self.key = key
