# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskId: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.virtual_machine import VirtualMachine


class VirtualDiskId(DynamicData):
    """VirtualDiskId: data object extending DynamicData, since 5.0.

    Attributes:
        vm: reference to VirtualMachine, since 5.0.
        diskId: int, since 5.0.
    """

    __slots__ = ("vm", "diskId", )
    _wire_name_: ClassVar[str] = "VirtualDiskId"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"),
        _F("diskId", "int", 0, "5.0"),
    )
    vm: VirtualMachine
    diskId: int

    def __init__(
        self,
        *,
        vm: VirtualMachine,
        diskId: int,
    ) -> None:
        self.vm = vm
        self.diskId = diskId
