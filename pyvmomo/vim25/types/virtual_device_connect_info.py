# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDeviceConnectInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualDeviceConnectInfo(DynamicData):
    """VirtualDeviceConnectInfo: data object extending DynamicData, since 2.0.

    Attributes:
        migrateConnect: string, optional, since 6.7.
        startConnected: boolean, since 2.0.
        allowGuestControl: boolean, since 2.0.
        connected: boolean, since 2.0.
        status: string, optional, since 4.0.
    """

    __slots__ = ("migrateConnect", "startConnected", "allowGuestControl", "connected", "status", )
    _wire_name_: ClassVar[str] = "VirtualDeviceConnectInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("migrateConnect", "string", 2, "6.7"),
        _F("startConnected", "boolean", 0, "2.0"),
        _F("allowGuestControl", "boolean", 0, "2.0"),
        _F("connected", "boolean", 0, "2.0"),
        _F("status", "string", 2, "4.0"),
    )
    migrateConnect: str | None
    startConnected: bool
    allowGuestControl: bool
    connected: bool
    status: str | None

    def __init__(
        self,
        *,
        startConnected: bool,
        allowGuestControl: bool,
        connected: bool,
        migrateConnect: str | None = None,
        status: str | None = None,
    ) -> None:
        self.migrateConnect = migrateConnect
        self.startConnected = startConnected
        self.allowGuestControl = allowGuestControl
        self.connected = connected
        self.status = status
