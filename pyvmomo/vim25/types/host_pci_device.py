# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPciDevice: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostPciDevice(DynamicData):
    """HostPciDevice: data object extending DynamicData, since 2.0.

    Attributes:
        id: string, since 2.0.
        classId: short, since 2.0.
        bus: byte, since 2.0.
        slot: byte, since 2.0.
        function: byte, since 2.0.
        vendorId: short, since 2.0.
        subVendorId: short, since 2.0.
        vendorName: string, since 2.0.
        deviceId: short, since 2.0.
        subDeviceId: short, since 2.0.
        parentBridge: string, optional, since 4.0.
        deviceName: string, since 2.0.
    """

    __slots__ = ("id", "classId", "bus", "slot", "function", "vendorId", "subVendorId", "vendorName", "deviceId", "subDeviceId", "parentBridge", "deviceName", )
    _wire_name_: ClassVar[str] = "HostPciDevice"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "2.0"),
        _F("classId", "short", 0, "2.0"),
        _F("bus", "byte", 0, "2.0"),
        _F("slot", "byte", 0, "2.0"),
        _F("function", "byte", 0, "2.0"),
        _F("vendorId", "short", 0, "2.0"),
        _F("subVendorId", "short", 0, "2.0"),
        _F("vendorName", "string", 0, "2.0"),
        _F("deviceId", "short", 0, "2.0"),
        _F("subDeviceId", "short", 0, "2.0"),
        _F("parentBridge", "string", 2, "4.0"),
        _F("deviceName", "string", 0, "2.0"),
    )
    id: str
    classId: int
    bus: int
    slot: int
    function: int
    vendorId: int
    subVendorId: int
    vendorName: str
    deviceId: int
    subDeviceId: int
    parentBridge: str | None
    deviceName: str

    def __init__(
        self,
        *,
        id: str,
        classId: int,
        bus: int,
        slot: int,
        function: int,
        vendorId: int,
        subVendorId: int,
        vendorName: str,
        deviceId: int,
        subDeviceId: int,
        deviceName: str,
        parentBridge: str | None = None,
    ) -> None:
        self.id = id
        self.classId = classId
        self.bus = bus
        self.slot = slot
        self.function = function
        self.vendorId = vendorId
        self.subVendorId = subVendorId
        self.vendorName = vendorName
        self.deviceId = deviceId
        self.subDeviceId = subDeviceId
        self.parentBridge = parentBridge
        self.deviceName = deviceName
