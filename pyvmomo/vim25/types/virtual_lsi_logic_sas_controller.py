# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualLsiLogicSASController: data object type, extends VirtualSCSIController. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_scsi_controller import VirtualSCSIController
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualSCSISharingValue
    from .description import Description
    from .virtual_device_backing_info import VirtualDeviceBackingInfo
    from .virtual_device_bus_slot_info import VirtualDeviceBusSlotInfo
    from .virtual_device_connect_info import VirtualDeviceConnectInfo


class VirtualLsiLogicSASController(VirtualSCSIController):
    """VirtualLsiLogicSASController: data object extending VirtualSCSIController, since 4.0."""

    __slots__ = ()
    _wire_name_: ClassVar[str] = "VirtualLsiLogicSASController"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("deviceInfo", "Description", 2, "2.0"),
        _F("backing", "VirtualDeviceBackingInfo", 2, "2.0"),
        _F("connectable", "VirtualDeviceConnectInfo", 2, "2.0"),
        _F("slotInfo", "VirtualDeviceBusSlotInfo", 2, "5.1"),
        _F("controllerKey", "int", 2, "2.0"),
        _F("unitNumber", "int", 2, "2.0"),
        _F("busNumber", "int", 0, "2.0"),
        _F("device", "int", 3, "2.0"),
        _F("hotAddRemove", "boolean", 2, "2.0"),
        _F("sharedBus", "VirtualSCSISharing", 0, "2.0"),
        _F("scsiCtlrUnitNumber", "int", 2, "2.0"),
    )

    def __init__(
        self,
        *,
        key: int,
        busNumber: int,
        sharedBus: VirtualSCSISharingValue | EnumValue,
        deviceInfo: Description | None = None,
        backing: VirtualDeviceBackingInfo | None = None,
        connectable: VirtualDeviceConnectInfo | None = None,
        slotInfo: VirtualDeviceBusSlotInfo | None = None,
        controllerKey: int | None = None,
        unitNumber: int | None = None,
        device: list[int] | None = None,
        hotAddRemove: bool | None = None,
        scsiCtlrUnitNumber: int | None = None,
    ) -> None:
        self.key = key
        self.deviceInfo = deviceInfo
        self.backing = backing
        self.connectable = connectable
        self.slotInfo = slotInfo
        self.controllerKey = controllerKey
        self.unitNumber = unitNumber
        self.busNumber = busNumber
        self.device: list[int] = [] if device is None else device
        self.hotAddRemove = hotAddRemove
        self.sharedBus: str = sharedBus
        self.scsiCtlrUnitNumber = scsiCtlrUnitNumber
