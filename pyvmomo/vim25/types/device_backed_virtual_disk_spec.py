# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DeviceBackedVirtualDiskSpec: data object type, extends VirtualDiskSpec. Since 2.5."""

from __future__ import annotations

from typing import ClassVar

from .virtual_disk_spec import VirtualDiskSpec
from pyvmomo._base import Field as _F


class DeviceBackedVirtualDiskSpec(VirtualDiskSpec):
    """DeviceBackedVirtualDiskSpec: data object extending VirtualDiskSpec, since 2.5.

    Attributes:
        device: string, since 2.5.
    """

    __slots__ = ("device", )
    _wire_name_: ClassVar[str] = "DeviceBackedVirtualDiskSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskType", "string", 0, "2.5"),
        _F("adapterType", "string", 0, "2.5"),
        _F("device", "string", 0, "2.5"),
    )
    device: str

    def __init__(
        self,
        *,
        diskType: str,
        adapterType: str,
        device: str,
    ) -> None:
        self.diskType = diskType
        self.adapterType = adapterType
        self.device = device
