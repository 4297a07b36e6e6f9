# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineSriovInfo: data object type, extends VirtualMachinePciPassthroughInfo. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_pci_passthrough_info import VirtualMachinePciPassthroughInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_pci_device import HostPciDevice
    from .virtual_machine_sriov_device_pool_info import VirtualMachineSriovDevicePoolInfo


class VirtualMachineSriovInfo(VirtualMachinePciPassthroughInfo):
    """VirtualMachineSriovInfo: data object extending VirtualMachinePciPassthroughInfo, since 5.5.

    Attributes:
        virtualFunction: boolean, since 5.5.
        pnic: string, optional, since 5.5.
        devicePool: VirtualMachineSriovDevicePoolInfo, optional, since 6.5.
    """

    __slots__ = ("virtualFunction", "pnic", "devicePool", )
    _wire_name_: ClassVar[str] = "VirtualMachineSriovInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("pciDevice", "HostPciDevice", 0, "4.0"),
        _F("systemId", "string", 0, "4.0"),
        _F("virtualFunction", "boolean", 0, "5.5"),
        _F("pnic", "string", 2, "5.5"),
        _F("devicePool", "VirtualMachineSriovDevicePoolInfo", 2, "6.5"),
    )
    virtualFunction: bool
    pnic: str | None
    devicePool: VirtualMachineSriovDevicePoolInfo | None

    def __init__(
        self,
        *,
        name: str,
        pciDevice: HostPciDevice,
        systemId: str,
        virtualFunction: bool,
        configurationTag: list[str] | None = None,
        pnic: str | None = None,
        devicePool: VirtualMachineSriovDevicePoolInfo | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.pciDevice = pciDevice
        self.systemId = systemId
        self.virtualFunction = virtualFunction
        self.pnic = pnic
        self.devicePool = devicePool
