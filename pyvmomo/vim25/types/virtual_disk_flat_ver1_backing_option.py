# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskFlatVer1BackingOption: data object type, extends VirtualDeviceFileBackingOption. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_device_file_backing_option import VirtualDeviceFileBackingOption
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_option import BoolOption
    from .choice_option import ChoiceOption


class VirtualDiskFlatVer1BackingOption(VirtualDeviceFileBackingOption):
    """VirtualDiskFlatVer1BackingOption: data object extending VirtualDeviceFileBackingOption, since 2.0.

    Attributes:
        diskMode: ChoiceOption, since 2.0.
        split: BoolOption, since 2.0.
        writeThrough: BoolOption, since 2.0.
        growable: boolean, since 2.0.
    """

    __slots__ = ("diskMode", "split", "writeThrough", "growable", )
    _wire_name_: ClassVar[str] = "VirtualDiskFlatVer1BackingOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("fileNameExtensions", "ChoiceOption", 2, "2.0"),
        _F("diskMode", "ChoiceOption", 0, "2.0"),
        _F("split", "BoolOption", 0, "2.0"),
        _F("writeThrough", "BoolOption", 0, "2.0"),
        _F("growable", "boolean", 0, "2.0"),
    )
    diskMode: ChoiceOption
    split: BoolOption
    writeThrough: BoolOption
    growable: bool

    def __init__(
        self,
        *,
        type: str,
        diskMode: ChoiceOption,
        split: BoolOption,
        writeThrough: BoolOption,
        growable: bool,
        fileNameExtensions: ChoiceOption | None = None,
    ) -> None:
        self.type = type
        self.fileNameExtensions = fileNameExtensions
        self.diskMode = diskMode
        self.split = split
        self.writeThrough = writeThrough
        self.growable = growable
