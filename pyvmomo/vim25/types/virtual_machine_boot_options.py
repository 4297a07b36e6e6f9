# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineBootOptions: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .virtual_machine_boot_options_bootable_device import VirtualMachineBootOptionsBootableDevice


class VirtualMachineBootOptions(DynamicData):
    """VirtualMachineBootOptions: data object extending DynamicData, since 2.5.

    Attributes:
        bootDelay: long, optional, since 2.5.
        enterBIOSSetup: boolean, optional, since 2.5.
        efiSecureBootEnabled: boolean, optional, since 6.5.
        bootRetryEnabled: boolean, optional, since 4.1.
        bootRetryDelay: long, optional, since 4.1.
        bootOrder: list of VirtualMachineBootOptionsBootableDevice, since 5.0.
        networkBootProtocol: string, optional, since 6.0.
    """

    __slots__ = ("bootDelay", "enterBIOSSetup", "efiSecureBootEnabled", "bootRetryEnabled", "bootRetryDelay", "bootOrder", "networkBootProtocol", )
    _wire_name_: ClassVar[str] = "VirtualMachineBootOptions"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("bootDelay", "long", 2, "2.5"),
        _F("enterBIOSSetup", "boolean", 2, "2.5"),
        _F("efiSecureBootEnabled", "boolean", 2, "6.5"),
        _F("bootRetryEnabled", "boolean", 2, "4.1"),
        _F("bootRetryDelay", "long", 2, "4.1"),
        _F("bootOrder", "VirtualMachineBootOptionsBootableDevice", 3, "5.0"),
        _F("networkBootProtocol", "string", 2, "6.0"),
    )
    bootDelay: int | None
    enterBIOSSetup: bool | None
    efiSecureBootEnabled: bool | None
    bootRetryEnabled: bool | None
    bootRetryDelay: int | None
    bootOrder: list[VirtualMachineBootOptionsBootableDevice]
    networkBootProtocol: str | None

    def __init__(
        self,
        *,
        bootDelay: int | None = None,
        enterBIOSSetup: bool | None = None,
        efiSecureBootEnabled: bool | None = None,
        bootRetryEnabled: bool | None = None,
        bootRetryDelay: int | None = None,
        bootOrder: Sequence[VirtualMachineBootOptionsBootableDevice] | None = None,
        networkBootProtocol: str | None = None,
    ) -> None:
        self.bootDelay = bootDelay
        self.enterBIOSSetup = enterBIOSSetup
        self.efiSecureBootEnabled = efiSecureBootEnabled
        self.bootRetryEnabled = bootRetryEnabled
        self.bootRetryDelay = bootRetryDelay
        self.bootOrder = [] if bootOrder is None else list(bootOrder)
        self.networkBootProtocol = networkBootProtocol
