# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostGraphicsInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.virtual_machine import VirtualMachine


class HostGraphicsInfo(DynamicData):
    """HostGraphicsInfo: data object extending DynamicData, since 5.5.

    Attributes:
        deviceName: string, since 5.5.
        vendorName: string, since 5.5.
        pciId: string, since 5.5.
        graphicsType: string, since 5.5.
        memorySizeInKB: long, since 5.5.
        vm: list of references to VirtualMachine, since 5.5.
    """

    __slots__ = ("deviceName", "vendorName", "pciId", "graphicsType", "memorySizeInKB", "vm", )
    _wire_name_: ClassVar[str] = "HostGraphicsInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("deviceName", "string", 0, "5.5"),
        _F("vendorName", "string", 0, "5.5"),
        _F("pciId", "string", 0, "5.5"),
        _F("graphicsType", "string", 0, "5.5"),
        _F("memorySizeInKB", "long", 0, "5.5"),
        _F("vm", "ManagedObjectReference", 3, "5.5", target="VirtualMachine"),
    )
    deviceName: str
    vendorName: str
    pciId: str
    graphicsType: str
    memorySizeInKB: int
    vm: list[VirtualMachine]

    def __init__(
        self,
        *,
        deviceName: str,
        vendorName: str,
        pciId: str,
        graphicsType: str,
        memorySizeInKB: int,
        vm: list[VirtualMachine] | None = None,
    ) -> None:
        self.deviceName = deviceName
        self.vendorName = vendorName
        self.pciId = pciId
        self.graphicsType = graphicsType
        self.memorySizeInKB = memorySizeInKB
        self.vm = [] if vm is None else vm
