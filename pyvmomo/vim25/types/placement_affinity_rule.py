# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PlacementAffinityRule: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.virtual_machine import VirtualMachine


class PlacementAffinityRule(DynamicData):
    """PlacementAffinityRule: data object extending DynamicData, since 6.0.

    Attributes:
        ruleType: string, since 6.0.
        ruleScope: string, since 6.0.
        vms: list of references to VirtualMachine, since 6.0.
        keys: list of string, since 6.0.
    """

    __slots__ = ("ruleType", "ruleScope", "vms", "keys", )
    _wire_name_: ClassVar[str] = "PlacementAffinityRule"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ruleType", "string", 0, "6.0"),
        _F("ruleScope", "string", 0, "6.0"),
        _F("vms", "ManagedObjectReference", 3, "6.0", target="VirtualMachine"),
        _F("keys", "string", 3, "6.0"),
    )
    ruleType: str
    ruleScope: str
    vms: list[VirtualMachine]
    keys: list[str]

    def __init__(
        self,
        *,
        ruleType: str,
        ruleScope: str,
        vms: list[VirtualMachine] | None = None,
        keys: list[str] | None = None,
    ) -> None:
        self.ruleType = ruleType
        self.ruleScope = ruleScope
        self.vms = [] if vms is None else vms
        self.keys = [] if keys is None else keys
