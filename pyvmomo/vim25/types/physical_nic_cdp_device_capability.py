# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PhysicalNicCdpDeviceCapability: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class PhysicalNicCdpDeviceCapability(DynamicData):
    """PhysicalNicCdpDeviceCapability: data object extending DynamicData, since 2.5.

    Attributes:
        router: boolean, since 2.5.
        transparentBridge: boolean, since 2.5.
        sourceRouteBridge: boolean, since 2.5.
        networkSwitch: boolean, since 2.5.
        host: boolean, since 2.5.
        igmpEnabled: boolean, since 2.5.
        repeater: boolean, since 2.5.
    """

    __slots__ = ("router", "transparentBridge", "sourceRouteBridge", "networkSwitch", "host", "igmpEnabled", "repeater", )
    _wire_name_: ClassVar[str] = "PhysicalNicCdpDeviceCapability"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("router", "boolean", 0, "2.5"),
        _F("transparentBridge", "boolean", 0, "2.5"),
        _F("sourceRouteBridge", "boolean", 0, "2.5"),
        _F("networkSwitch", "boolean", 0, "2.5"),
        _F("host", "boolean", 0, "2.5"),
        _F("igmpEnabled", "boolean", 0, "2.5"),
        _F("repeater", "boolean", 0, "2.5"),
    )
    router: bool
    transparentBridge: bool
    sourceRouteBridge: bool
    networkSwitch: bool
    host: bool
    igmpEnabled: bool
    repeater: bool

    def __init__(
        self,
        *,
        router: bool,
        transparentBridge: bool,
        sourceRouteBridge: bool,
        networkSwitch: bool,
        host: bool,
        igmpEnabled: bool,
        repeater: bool,
    ) -> None:
        self.router = router
        self.transparentBridge = transparentBridge
        self.sourceRouteBridge = sourceRouteBridge
        self.networkSwitch = networkSwitch
        self.host = host
        self.igmpEnabled = igmpEnabled
        self.repeater = repeater
