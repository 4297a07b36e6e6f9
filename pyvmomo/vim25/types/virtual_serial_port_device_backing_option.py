# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualSerialPortDeviceBackingOption: data object type, extends VirtualDeviceDeviceBackingOption. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device_device_backing_option import VirtualDeviceDeviceBackingOption
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_option import BoolOption


class VirtualSerialPortDeviceBackingOption(VirtualDeviceDeviceBackingOption):
    """VirtualSerialPortDeviceBackingOption: data object extending VirtualDeviceDeviceBackingOption, since 2.0."""

    __slots__ = ()
    _wire_name_: ClassVar[str] = "VirtualSerialPortDeviceBackingOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("autoDetectAvailable", "BoolOption", 0, "2.5"),
    )

    def __init__(
        self,
        *,
        type: str,
        autoDetectAvailable: BoolOption,
    ) -> None:
        self.type = type
        self.autoDetectAvailable = autoDetectAvailable
