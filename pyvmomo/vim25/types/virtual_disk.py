# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDisk: data object type, extends VirtualDevice. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device import VirtualDevice
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .description import Description
    from .id import ID
    from .shares_info import SharesInfo
    from .storage_io_allocation_info import StorageIOAllocationInfo
    from .virtual_device_backing_info import VirtualDeviceBackingInfo
    from .virtual_device_bus_slot_info import VirtualDeviceBusSlotInfo
    from .virtual_device_connect_info import VirtualDeviceConnectInfo
    from .virtual_disk_v_flash_cache_config_info import VirtualDiskVFlashCacheConfigInfo
    from .virtual_machine_base_independent_filter_spec import VirtualMachineBaseIndependentFilterSpec


class VirtualDisk(VirtualDevice):
    """VirtualDisk: data object extending VirtualDevice, since 2.0.

    Attributes:
        capacityInKB: long, since 2.0.
        capacityInBytes: long, optional, since 5.5.
        shares: SharesInfo, optional, since 2.0.
        storageIOAllocation: StorageIOAllocationInfo, optional, since 4.1.
        diskObjectId: string, optional, since 5.5.
        vFlashCacheConfigInfo: VirtualDiskVFlashCacheConfigInfo, optional, since 5.5.
        iofilter: list of string, since 6.0.
        vDiskId: ID, optional, since 6.5.
        nativeUnmanagedLinkedClone: boolean, optional, since 6.7.
        independentFilters: list of VirtualMachineBaseIndependentFilterSpec, since 7.0.2.1.
    """

    __slots__ = ("capacityInKB", "capacityInBytes", "shares", "storageIOAllocation", "diskObjectId", "vFlashCacheConfigInfo", "iofilter", "vDiskId", "nativeUnmanagedLinkedClone", "independentFilters", )
    _wire_name_: ClassVar[str] = "VirtualDisk"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("deviceInfo", "Description", 2, "2.0"),
        _F("backing", "VirtualDeviceBackingInfo", 2, "2.0"),
        _F("connectable", "VirtualDeviceConnectInfo", 2, "2.0"),
        _F("slotInfo", "VirtualDeviceBusSlotInfo", 2, "5.1"),
        _F("controllerKey", "int", 2, "2.0"),
        _F("unitNumber", "int", 2, "2.0"),
        _F("capacityInKB", "long", 0, "2.0"),
        _F("capacityInBytes", "long", 2, "5.5"),
        _F("shares", "SharesInfo", 2, "2.0"),
        _F("storageIOAllocation", "StorageIOAllocationInfo", 2, "4.1"),
        _F("diskObjectId", "string", 2, "5.5"),
        _F("vFlashCacheConfigInfo", "VirtualDiskVFlashCacheConfigInfo", 2, "5.5"),
        _F("iofilter", "string", 3, "6.0"),
        _F("vDiskId", "ID", 2, "6.5"),
        _F("nativeUnmanagedLinkedClone", "boolean", 2, "6.7"),
        _F("independentFilters", "VirtualMachineBaseIndependentFilterSpec", 3, "7.0.2.1"),
    )
    capacityInKB: int
    capacityInBytes: int | None
    shares: SharesInfo | None
    storageIOAllocation: StorageIOAllocationInfo | None
    diskObjectId: str | None
    vFlashCacheConfigInfo: VirtualDiskVFlashCacheConfigInfo | None
    iofilter: list[str]
    vDiskId: ID | None
    nativeUnmanagedLinkedClone: bool | None
    independentFilters: list[VirtualMachineBaseIndependentFilterSpec]

    def __init__(
        self,
        *,
        key: int,
        capacityInKB: int,
        deviceInfo: Description | None = None,
        backing: VirtualDeviceBackingInfo | None = None,
        connectable: VirtualDeviceConnectInfo | None = None,
        slotInfo: VirtualDeviceBusSlotInfo | None = None,
        controllerKey: int | None = None,
        unitNumber: int | None = None,
        capacityInBytes: int | None = None,
        shares: SharesInfo | None = None,
        storageIOAllocation: StorageIOAllocationInfo | None = None,
        diskObjectId: str | None = None,
        vFlashCacheConfigInfo: VirtualDiskVFlashCacheConfigInfo | None = None,
        iofilter: list[str] | None = None,
        vDiskId: ID | None = None,
        nativeUnmanagedLinkedClone: bool | None = None,
        independentFilters: Sequence[VirtualMachineBaseIndependentFilterSpec] | None = None,
    ) -> None:
        self.key = key
        self.deviceInfo = deviceInfo
        self.backing = backing
        self.connectable = connectable
        self.slotInfo = slotInfo
        self.controllerKey = controllerKey
        self.unitNumber = unitNumber
        self.capacityInKB = capacityInKB
        self.capacityInBytes = capacityInBytes
        self.shares = shares
        self.storageIOAllocation = storageIOAllocation
        self.diskObjectId = diskObjectId
        self.vFlashCacheConfigInfo = vFlashCacheConfigInfo
        self.iofilter = [] if iofilter is None else iofilter
        self.vDiskId = vDiskId
        self.nativeUnmanagedLinkedClone = nativeUnmanagedLinkedClone
        self.independentFilters = [] if independentFilters is None else list(independentFilters)
