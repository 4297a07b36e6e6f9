# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""UserSession: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class UserSession(DynamicData):
    """UserSession: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        key: string, since 7.0.3.0.
        userName: string, since 7.0.3.0.
    """

    __slots__ = ("key", "userName", )
    _wire_name_: ClassVar[str] = "UserSession"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "7.0.3.0"),
        _F("userName", "string", 0, "7.0.3.0"),
    )
    key: str
    userName: str

    def __init__(
        self,
        *,
        key: str,
        userName: str,
    ) -> None:
        self.key = key
        self.userName = userName
