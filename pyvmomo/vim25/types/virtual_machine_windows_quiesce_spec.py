# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineWindowsQuiesceSpec: data object type, extends VirtualMachineGuestQuiesceSpec. Since 6.5."""

from __future__ import annotations

from typing import ClassVar

from .virtual_machine_guest_quiesce_spec import VirtualMachineGuestQuiesceSpec
from pyvmomo._base import Field as _F


class VirtualMachineWindowsQuiesceSpec(VirtualMachineGuestQuiesceSpec):
    """VirtualMachineWindowsQuiesceSpec: data object extending VirtualMachineGuestQuiesceSpec, since 6.5.

    Attributes:
        vssBackupType: int, optional, since 6.5.
        vssBootableSystemState: boolean, optional, since 6.5.
        vssPartialFileSupport: boolean, optional, since 6.5.
        vssBackupContext: string, optional, since 6.5.
    """

    __slots__ = ("vssBackupType", "vssBootableSystemState", "vssPartialFileSupport", "vssBackupContext", )
    _wire_name_: ClassVar[str] = "VirtualMachineWindowsQuiesceSpec"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("timeout", "int", 2, "6.5"),
        _F("vssBackupType", "int", 2, "6.5"),
        _F("vssBootableSystemState", "boolean", 2, "6.5"),
        _F("vssPartialFileSupport", "boolean", 2, "6.5"),
        _F("vssBackupContext", "string", 2, "6.5"),
    )
    vssBackupType: int | None
    vssBootableSystemState: bool | None
    vssPartialFileSupport: bool | None
    vssBackupContext: str | None

    def __init__(
        self,
        *,
        timeout: int | None = None,
        vssBackupType: int | None = None,
        vssBootableSystemState: bool | None = None,
        vssPartialFileSupport: bool | None = None,
        vssBackupContext: str | None = None,
    ) -> None:
        self.timeout = timeout
        self.vssBackupType = vssBackupType
        self.vssBootableSystemState = vssBootableSystemState
        self.vssPartialFileSupport = vssPartialFileSupport
        self.vssBackupContext = vssBackupContext
