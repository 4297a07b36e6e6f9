# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualUSB: data object type, extends VirtualDevice. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device import VirtualDevice
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .description import Description
    from .virtual_device_backing_info import VirtualDeviceBackingInfo
    from .virtual_device_bus_slot_info import VirtualDeviceBusSlotInfo
    from .virtual_device_connect_info import VirtualDeviceConnectInfo


class VirtualUSB(VirtualDevice):
    """VirtualUSB: data object extending VirtualDevice, since 2.0.

    Attributes:
        connected: boolean, since 2.5.
        vendor: int, optional, since 4.1.
        product: int, optional, since 4.1.
        family: list of string, since 4.1.
        speed: list of string, since 4.1.
    """

    __slots__ = ("connected", "vendor", "product", "family", "speed", )
    _wire_name_: ClassVar[str] = "VirtualUSB"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("deviceInfo", "Description", 2, "2.0"),
        _F("backing", "VirtualDeviceBackingInfo", 2, "2.0"),
        _F("connectable", "VirtualDeviceConnectInfo", 2, "2.0"),
        _F("slotInfo", "VirtualDeviceBusSlotInfo", 2, "5.1"),
        _F("controllerKey", "int", 2, "2.0"),
        _F("unitNumber", "int", 2, "2.0"),
        _F("connected", "boolean", 0, "2.5"),
        _F("vendor", "int", 2, "4.1"),
        _F("product", "int", 2, "4.1"),
        _F("family", "string", 3, "4.1"),
        _F("speed", "string", 3, "4.1"),
    )
    connected: bool
    vendor: int | None
    product: int | None
    family: list[str]
    speed: list[str]

    def __init__(
        self,
        *,
        key: int,
        connected: bool,
        deviceInfo: Description | None = None,
        backing: VirtualDeviceBackingInfo | None = None,
        connectable: VirtualDeviceConnectInfo | None = None,
        slotInfo: VirtualDeviceBusSlotInfo | None = None,
        controllerKey: int | None = None,
        unitNumber: int | None = None,
        vendor: int | None = None,
        product: int | None = None,
        family: list[str] | None = None,
        speed: list[str] | None = None,
    ) -> None:
        self.key = key
        self.deviceInfo = deviceInfo
        self.backing = backing
        self.connectable = connectable
        self.slotInfo = slotInfo
        self.controllerKey = controllerKey
        self.unitNumber = unitNumber
        self.connected = connected
        self.vendor = vendor
        self.product = product
        self.family = [] if family is None else family
        self.speed = [] if speed is None else speed
