# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineUsbInfo: data object type, extends VirtualMachineTargetInfo. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_target_info import VirtualMachineTargetInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .virtual_machine_summary import VirtualMachineSummary


class VirtualMachineUsbInfo(VirtualMachineTargetInfo):
    """VirtualMachineUsbInfo: data object extending VirtualMachineTargetInfo, since 2.5.

    Attributes:
        description: string, since 2.5.
        vendor: int, since 2.5.
        product: int, since 2.5.
        physicalPath: string, since 2.5.
        family: list of string, since 2.5.
        speed: list of string, since 2.5.
        summary: VirtualMachineSummary, optional, since 2.5.
    """

    __slots__ = ("description", "vendor", "product", "physicalPath", "family", "speed", "summary", )
    _wire_name_: ClassVar[str] = "VirtualMachineUsbInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("description", "string", 0, "2.5"),
        _F("vendor", "int", 0, "2.5"),
        _F("product", "int", 0, "2.5"),
        _F("physicalPath", "string", 0, "2.5"),
        _F("family", "string", 3, "2.5"),
        _F("speed", "string", 3, "2.5"),
        _F("summary", "VirtualMachineSummary", 2, "2.5"),
    )
    description: str
    vendor: int
    product: int
    physicalPath: str
    family: list[str]
    speed: list[str]
    summary: VirtualMachineSummary | None

    def __init__(
        self,
        *,
        name: str,
        description: str,
        vendor: int,
        product: int,
        physicalPath: str,
        configurationTag: list[str] | None = None,
        family: list[str] | None = None,
        speed: list[str] | None = None,
        summary: VirtualMachineSummary | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.description = description
        self.vendor = vendor
        self.product = product
        self.physicalPath = physicalPath
        self.family = [] if family is None else family
        self.speed = [] if speed is None else speed
        self.summary = summary
