# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfCreateDescriptorParams: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .ovf_file import OvfFile
    from ..managed.virtual_machine_snapshot import VirtualMachineSnapshot


class OvfCreateDescriptorParams(DynamicData):
    """OvfCreateDescriptorParams: data object extending DynamicData, since 4.0.

    Attributes:
        ovfFiles: list of OvfFile, since 4.0.
        name: string, optional, since 4.0.
        description: string, optional, since 4.0.
        includeImageFiles: boolean, optional, since 4.1.
        exportOption: list of string, since 5.1.
        snapshot: reference to VirtualMachineSnapshot, optional, since 5.5.
    """

    __slots__ = ("ovfFiles", "name", "description", "includeImageFiles", "exportOption", "snapshot", )
    _wire_name_: ClassVar[str] = "OvfCreateDescriptorParams"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ovfFiles", "OvfFile", 3, "4.0"),
        _F("name", "string", 2, "4.0"),
        _F("description", "string", 2, "4.0"),
        _F("includeImageFiles", "boolean", 2, "4.1"),
        _F("exportOption", "string", 3, "5.1"),
        _F("snapshot", "ManagedObjectReference", 2, "5.5", target="VirtualMachineSnapshot"),
    )
    ovfFiles: list[OvfFile]
    name: str | None
    description: str | None
    includeImageFiles: bool | None
    exportOption: list[str]
    snapshot: VirtualMachineSnapshot | None

    def __init__(
        self,
        *,
        ovfFiles: list[OvfFile] | None = None,
        name: str | None = None,
        description: str | None = None,
        includeImageFiles: bool | None = None,
        exportOption: list[str] | None = None,
        snapshot: VirtualMachineSnapshot | None = None,
    ) -> None:
        self.ovfFiles = [] if ovfFiles is None else ovfFiles
        self.name = name
        self.description = description
        self.includeImageFiles = includeImageFiles
        self.exportOption = [] if exportOption is None else exportOption
        self.snapshot = snapshot
