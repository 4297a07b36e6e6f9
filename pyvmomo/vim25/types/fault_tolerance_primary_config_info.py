# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FaultTolerancePrimaryConfigInfo: data object type, extends FaultToleranceConfigInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .fault_tolerance_config_info import FaultToleranceConfigInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.virtual_machine import VirtualMachine


class FaultTolerancePrimaryConfigInfo(FaultToleranceConfigInfo):
    """FaultTolerancePrimaryConfigInfo: data object extending FaultToleranceConfigInfo, since 4.0.

    Attributes:
        secondaries: list of references to VirtualMachine, since 4.0.
    """

    __slots__ = ("secondaries", )
    _wire_name_: ClassVar[str] = "FaultTolerancePrimaryConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("role", "int", 0, "4.0"),
        _F("instanceUuids", "string", 1, "4.0"),
        _F("configPaths", "string", 1, "4.0"),
        _F("orphaned", "boolean", 2, "6.0"),
        _F("secondaries", "ManagedObjectReference", 1, "4.0", target="VirtualMachine"),
    )
    secondaries: list[VirtualMachine]

    def __init__(
        self,
        *,
        role: int,
        instanceUuids: list[str],
        configPaths: list[str],
        secondaries: list[VirtualMachine],
        orphaned: bool | None = None,
    ) -> None:
        self.role = role
        self.instanceUuids: list[str] = instanceUuids
        self.configPaths: list[str] = configPaths
        self.orphaned = orphaned
        self.secondaries = secondaries
