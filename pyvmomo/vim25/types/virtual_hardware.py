# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualHardware: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .virtual_device import VirtualDevice


class VirtualHardware(DynamicData):
    """VirtualHardware: data object extending DynamicData, since 2.0.

    Attributes:
        numCPU: int, since 2.0.
        numCoresPerSocket: int, optional, since 5.0.
        memoryMB: int, since 2.0.
        virtualICH7MPresent: boolean, optional, since 5.0.
        virtualSMCPresent: boolean, optional, since 5.0.
        device: list of VirtualDevice, since 2.0.
    """

    __slots__ = ("numCPU", "numCoresPerSocket", "memoryMB", "virtualICH7MPresent", "virtualSMCPresent", "device", )
    _wire_name_: ClassVar[str] = "VirtualHardware"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("numCPU", "int", 0, "2.0"),
        _F("numCoresPerSocket", "int", 2, "5.0"),
        _F("memoryMB", "int", 0, "2.0"),
        _F("virtualICH7MPresent", "boolean", 2, "5.0"),
        _F("virtualSMCPresent", "boolean", 2, "5.0"),
        _F("device", "VirtualDevice", 3, "2.0"),
    )
    numCPU: int
    numCoresPerSocket: int | None
    memoryMB: int
    virtualICH7MPresent: bool | None
    virtualSMCPresent: bool | None
    device: list[VirtualDevice]

    def __init__(
        self,
        *,
        numCPU: int,
        memoryMB: int,
        numCoresPerSocket: int | None = None,
        virtualICH7MPresent: bool | None = None,
        virtualSMCPresent: bool | None = None,
        device: Sequence[VirtualDevice] | None = None,
    ) -> None:
        self.numCPU = numCPU
        self.numCoresPerSocket = numCoresPerSocket
        self.memoryMB = memoryMB
        self.virtualICH7MPresent = virtualICH7MPresent
        self.virtualSMCPresent = virtualSMCPresent
        self.device = [] if device is None else list(device)
