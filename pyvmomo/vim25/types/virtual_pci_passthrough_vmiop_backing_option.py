# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualPCIPassthroughVmiopBackingOption: data object type, extends VirtualPCIPassthroughPluginBackingOption. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_pci_passthrough_plugin_backing_option import VirtualPCIPassthroughPluginBackingOption
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .string_option import StringOption


class VirtualPCIPassthroughVmiopBackingOption(VirtualPCIPassthroughPluginBackingOption):
    """VirtualPCIPassthroughVmiopBackingOption: data object extending VirtualPCIPassthroughPluginBackingOption, since 6.0.

    Attributes:
        vgpu: StringOption, since 6.0.
        maxInstances: int, since 6.0.
    """

    __slots__ = ("vgpu", "maxInstances", )
    _wire_name_: ClassVar[str] = "VirtualPCIPassthroughVmiopBackingOption"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("vgpu", "StringOption", 0, "6.0"),
        _F("maxInstances", "int", 0, "6.0"),
    )
    vgpu: StringOption
    maxInstances: int

    def __init__(
        self,
        *,
        type: str,
        vgpu: StringOption,
        maxInstances: int,
    ) -> None:
        self.type = type
        self.vgpu = vgpu
        self.maxInstances = maxInstances
