# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PowerOnFtSecondaryFailed: fault type, extends VmFaultToleranceIssue. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vm_fault_tolerance_issue import VmFaultToleranceIssue
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import FtIssuesOnHostHostSelectionTypeValue
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault
    from ..managed.virtual_machine import VirtualMachine


class PowerOnFtSecondaryFailed(VmFaultToleranceIssue):
    """PowerOnFtSecondaryFailed: fault extending VmFaultToleranceIssue, since 4.0.

    Attributes:
        vm: reference to VirtualMachine, since 4.0.
        vmName: string, since 4.0.
        hostSelectionBy: FtIssuesOnHostHostSelectionType value (str), since 4.0.
        hostErrors: list of LocalizedMethodFault, since 4.0.
        rootCause: LocalizedMethodFault, since 4.0.
    """

    _wire_name_: ClassVar[str] = "PowerOnFtSecondaryFailed"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"),
        _F("vmName", "string", 0, "4.0"),
        _F("hostSelectionBy", "FtIssuesOnHostHostSelectionType", 0, "4.0"),
        _F("hostErrors", "LocalizedMethodFault", 3, "4.0"),
        _F("rootCause", "LocalizedMethodFault", 0, "4.0"),
    )
    vm: VirtualMachine
    vmName: str
    hostSelectionBy: str
    hostErrors: list[LocalizedMethodFault]
    rootCause: LocalizedMethodFault

    def __init__(
        self,
        *,
        vm: VirtualMachine,
        vmName: str,
        hostSelectionBy: FtIssuesOnHostHostSelectionTypeValue | EnumValue,
        rootCause: LocalizedMethodFault,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
        hostErrors: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.vm = vm
        self.vmName = vmName
        self.hostSelectionBy = hostSelectionBy
        self.hostErrors = [] if hostErrors is None else hostErrors
        self.rootCause = rootCause
