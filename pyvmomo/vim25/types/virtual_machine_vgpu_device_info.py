# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineVgpuDeviceInfo: data object type, extends VirtualMachineTargetInfo. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .virtual_machine_target_info import VirtualMachineTargetInfo
from pyvmomo._base import Field as _F


class VirtualMachineVgpuDeviceInfo(VirtualMachineTargetInfo):
    """VirtualMachineVgpuDeviceInfo: data object extending VirtualMachineTargetInfo, since 7.0.3.0.

    Attributes:
        deviceName: string, since 7.0.3.0.
        deviceVendorId: long, since 7.0.3.0.
        maxFbSizeInGib: long, since 7.0.3.0.
        timeSlicedCapable: boolean, since 7.0.3.0.
        migCapable: boolean, since 7.0.3.0.
        computeProfileCapable: boolean, since 7.0.3.0.
        quadroProfileCapable: boolean, since 7.0.3.0.
    """

    __slots__ = ("deviceName", "deviceVendorId", "maxFbSizeInGib", "timeSlicedCapable", "migCapable", "computeProfileCapable", "quadroProfileCapable", )
    _wire_name_: ClassVar[str] = "VirtualMachineVgpuDeviceInfo"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("deviceName", "string", 0, "7.0.3.0"),
        _F("deviceVendorId", "long", 0, "7.0.3.0"),
        _F("maxFbSizeInGib", "long", 0, "7.0.3.0"),
        _F("timeSlicedCapable", "boolean", 0, "7.0.3.0"),
        _F("migCapable", "boolean", 0, "7.0.3.0"),
        _F("computeProfileCapable", "boolean", 0, "7.0.3.0"),
        _F("quadroProfileCapable", "boolean", 0, "7.0.3.0"),
    )
    deviceName: str
    deviceVendorId: int
    maxFbSizeInGib: int
    timeSlicedCapable: bool
    migCapable: bool
    computeProfileCapable: bool
    quadroProfileCapable: bool

    def __init__(
        self,
        *,
        name: str,
        deviceName: str,
        deviceVendorId: int,
        maxFbSizeInGib: int,
        timeSlicedCapable: bool,
        migCapable: bool,
        computeProfileCapable: bool,
        quadroProfileCapable: bool,
        configurationTag: list[str] | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.deviceName = deviceName
        self.deviceVendorId = deviceVendorId
        self.maxFbSizeInGib = maxFbSizeInGib
        self.timeSlicedCapable = timeSlicedCapable
        self.migCapable = migCapable
        self.computeProfileCapable = computeProfileCapable
        self.quadroProfileCapable = quadroProfileCapable
