# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""HostConnectSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostConnectSpec(DynamicData):
    """HostConnectSpec: data object extending DynamicData, since 2.0.

    Attributes:
        userName: string, optional, since 2.0.
        password: string, optional, since 2.0, secret (masked in repr).
    """

    __slots__ = ("userName", "password", )
    _wire_name_: ClassVar[str] = "HostConnectSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("userName", "string", 2, "2.0"),
        _F("password", "string", 6, "2.0"),
    )
    userName: str | None
    password: str | None

    def __init__(
        self,
        *,
        userName: str | None = None,
        password: str | None = None,
    ) -> None:
        self.userName = userName
        self.password = password
