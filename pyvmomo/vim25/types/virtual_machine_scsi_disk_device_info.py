# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineScsiDiskDeviceInfo: data object type, extends VirtualMachineDiskDeviceInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_disk_device_info import VirtualMachineDiskDeviceInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_scsi_disk import HostScsiDisk
    from ..managed.virtual_machine import VirtualMachine


class VirtualMachineScsiDiskDeviceInfo(VirtualMachineDiskDeviceInfo):
    """VirtualMachineScsiDiskDeviceInfo: data object extending VirtualMachineDiskDeviceInfo, since 2.0.

    Attributes:
        disk: HostScsiDisk, optional, since 2.0.
        transportHint: string, optional, since 4.0.
        lunNumber: int, optional, since 4.0.
    """

    __slots__ = ("disk", "transportHint", "lunNumber", )
    _wire_name_: ClassVar[str] = "VirtualMachineScsiDiskDeviceInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("capacity", "long", 2, "2.0"),
        _F("vm", "ManagedObjectReference", 3, "2.0", target="VirtualMachine"),
        _F("disk", "HostScsiDisk", 2, "2.0"),
        _F("transportHint", "string", 2, "4.0"),
        _F("lunNumber", "int", 2, "4.0"),
    )
    disk: HostScsiDisk | None
    transportHint: str | None
    lunNumber: int | None

    def __init__(
        self,
        *,
        name: str,
        configurationTag: list[str] | None = None,
        capacity: int | None = None,
        vm: list[VirtualMachine] | None = None,
        disk: HostScsiDisk | None = None,
        transportHint: str | None = None,
        lunNumber: int | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.capacity = capacity
        self.vm: list[VirtualMachine] = [] if vm is None else vm
        self.disk = disk
        self.transportHint = transportHint
        self.lunNumber = lunNumber
