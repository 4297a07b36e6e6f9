# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualSerialPort: data object type, extends VirtualDevice. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device import VirtualDevice
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .description import Description
    from .virtual_device_backing_info import VirtualDeviceBackingInfo
    from .virtual_device_bus_slot_info import VirtualDeviceBusSlotInfo
    from .virtual_device_connect_info import VirtualDeviceConnectInfo


class VirtualSerialPort(VirtualDevice):
    """VirtualSerialPort: data object extending VirtualDevice, since 2.0.

    Attributes:
        yieldOnPoll: boolean, since 2.0.
    """

    __slots__ = ("yieldOnPoll", )
    _wire_name_: ClassVar[str] = "VirtualSerialPort"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("deviceInfo", "Description", 2, "2.0"),
        _F("backing", "VirtualDeviceBackingInfo", 2, "2.0"),
        _F("connectable", "VirtualDeviceConnectInfo", 2, "2.0"),
        _F("slotInfo", "VirtualDeviceBusSlotInfo", 2, "5.1"),
        _F("controllerKey", "int", 2, "2.0"),
        _F("unitNumber", "int", 2, "2.0"),
        _F("yieldOnPoll", "boolean", 0, "2.0"),
    )
    yieldOnPoll: bool

    def __init__(
        self,
        *,
        key: int,
        yieldOnPoll: bool,
        deviceInfo: Description | None = None,
        backing: VirtualDeviceBackingInfo | None = None,
        connectable: VirtualDeviceConnectInfo | None = None,
        slotInfo: VirtualDeviceBusSlotInfo | None = None,
        controllerKey: int | None = None,
        unitNumber: int | None = None,
    ) -> None:
        self.key = key
        self.deviceInfo = deviceInfo
        self.backing = backing
        self.connectable = connectable
        self.slotInfo = slotInfo
        self.controllerKey = controllerKey
        self.unitNumber = unitNumber
        self.yieldOnPoll = yieldOnPoll
