# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualPCIPassthroughVmiopBackingInfo: data object type, extends VirtualPCIPassthroughPluginBackingInfo. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .virtual_pci_passthrough_plugin_backing_info import VirtualPCIPassthroughPluginBackingInfo
from pyvmomo._base import Field as _F


class VirtualPCIPassthroughVmiopBackingInfo(VirtualPCIPassthroughPluginBackingInfo):
    """VirtualPCIPassthroughVmiopBackingInfo: data object extending VirtualPCIPassthroughPluginBackingInfo, since 6.0.

    Attributes:
        vgpu: string, optional, since 6.0.
        migrateSupported: boolean, optional, since 7.0.2.0.
    """

    __slots__ = ("vgpu", "migrateSupported", )
    _wire_name_: ClassVar[str] = "VirtualPCIPassthroughVmiopBackingInfo"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vgpu", "string", 2, "6.0"),
        _F("migrateSupported", "boolean", 2, "7.0.2.0"),
    )
    vgpu: str | None
    migrateSupported: bool | None

    def __init__(
        self,
        *,
        vgpu: str | None = None,
        migrateSupported: bool | None = None,
    ) -> None:
        self.vgpu = vgpu
        self.migrateSupported = migrateSupported
