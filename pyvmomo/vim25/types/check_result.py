# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CheckResult: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from .localized_method_fault import LocalizedMethodFault
    from ..managed.virtual_machine import VirtualMachine


class CheckResult(DynamicData):
    """CheckResult: data object extending DynamicData, since 4.0.

    Attributes:
        vm: reference to VirtualMachine, optional, since 4.0.
        host: reference to HostSystem, optional, since 4.0.
        warning: list of LocalizedMethodFault, since 4.0.
        error: list of LocalizedMethodFault, since 4.0.
    """

    __slots__ = ("vm", "host", "warning", "error", )
    _wire_name_: ClassVar[str] = "CheckResult"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vm", "ManagedObjectReference", 2, "4.0", target="VirtualMachine"),
        _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"),
        _F("warning", "LocalizedMethodFault", 3, "4.0"),
        _F("error", "LocalizedMethodFault", 3, "4.0"),
    )
    vm: VirtualMachine | None
    host: HostSystem | None
    warning: list[LocalizedMethodFault]
    error: list[LocalizedMethodFault]

    def __init__(
        self,
        *,
        vm: VirtualMachine | None = None,
        host: HostSystem | None = None,
        warning: list[LocalizedMethodFault] | None = None,
        error: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.vm = vm
        self.host = host
        self.warning = [] if warning is None else warning
        self.error = [] if error is None else error
