# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FailToLockFaultToleranceVMs: fault type, extends RuntimeFault. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .runtime_fault import RuntimeFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault
    from ..managed.virtual_machine import VirtualMachine


class FailToLockFaultToleranceVMs(RuntimeFault):
    """FailToLockFaultToleranceVMs: fault extending RuntimeFault, since 4.1.

    Attributes:
        vmName: string, since 4.1.
        vm: reference to VirtualMachine, since 4.1.
        alreadyLockedVm: reference to VirtualMachine, since 4.1.
    """

    _wire_name_: ClassVar[str] = "FailToLockFaultToleranceVMs"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("vmName", "string", 0, "4.1"),
        _F("vm", "ManagedObjectReference", 0, "4.1", target="VirtualMachine"),
        _F("alreadyLockedVm", "ManagedObjectReference", 0, "4.1", target="VirtualMachine"),
    )
    vmName: str
    vm: VirtualMachine
    alreadyLockedVm: VirtualMachine

    def __init__(
        self,
        *,
        vmName: str,
        vm: VirtualMachine,
        alreadyLockedVm: VirtualMachine,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.vmName = vmName
        self.vm = vm
        self.alreadyLockedVm = alreadyLockedVm
