# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""HostVirtualNic: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostVirtualNic(DynamicData):
    """HostVirtualNic: data object extending DynamicData, since 2.0.

    Attributes:
        device: string, since 2.0.
        port: string holding the key of a HostPortGroupPort, optional, since 2.0.
    """

    __slots__ = ("device", "port", )
    _wire_name_: ClassVar[str] = "HostVirtualNic"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("device", "string", 0, "2.0"),
        _F("port", "string", 2, "2.0"),
    )
    device: str
    port: str | None

    def __init__(
        self,
        *,
        device: str,
        port: str | None = None,
    ) -> None:
        self.device = device
        self.port = port
