# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineVgpuProfileInfo: data object type, extends VirtualMachineTargetInfo. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .virtual_machine_target_info import VirtualMachineTargetInfo
from pyvmomo._base import Field as _F


class VirtualMachineVgpuProfileInfo(VirtualMachineTargetInfo):
    """VirtualMachineVgpuProfileInfo: data object extending VirtualMachineTargetInfo, since 7.0.3.0.

    Attributes:
        profileName: string, since 7.0.3.0.
        deviceVendorId: long, since 7.0.3.0.
        fbSizeInGib: long, since 7.0.3.0.
        profileSharing: string, since 7.0.3.0.
        profileClass: string, since 7.0.3.0.
    """

    __slots__ = ("profileName", "deviceVendorId", "fbSizeInGib", "profileSharing", "profileClass", )
    _wire_name_: ClassVar[str] = "VirtualMachineVgpuProfileInfo"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("profileName", "string", 0, "7.0.3.0"),
        _F("deviceVendorId", "long", 0, "7.0.3.0"),
        _F("fbSizeInGib", "long", 0, "7.0.3.0"),
        _F("profileSharing", "string", 0, "7.0.3.0"),
        _F("profileClass", "string", 0, "7.0.3.0"),
    )
    profileName: str
    deviceVendorId: int
    fbSizeInGib: int
    profileSharing: str
    profileClass: str

    def __init__(
        self,
        *,
        name: str,
        profileName: str,
        deviceVendorId: int,
        fbSizeInGib: int,
        profileSharing: str,
        profileClass: str,
        configurationTag: list[str] | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.profileName = profileName
        self.deviceVendorId = deviceVendorId
        self.fbSizeInGib = fbSizeInGib
        self.profileSharing = profileSharing
        self.profileClass = profileClass
