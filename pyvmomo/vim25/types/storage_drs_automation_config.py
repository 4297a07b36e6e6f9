# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageDrsAutomationConfig: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class StorageDrsAutomationConfig(DynamicData):
    """StorageDrsAutomationConfig: data object extending DynamicData, since 6.0.

    Attributes:
        spaceLoadBalanceAutomationMode: string, optional, since 6.0.
        ioLoadBalanceAutomationMode: string, optional, since 6.0.
        ruleEnforcementAutomationMode: string, optional, since 6.0.
        policyEnforcementAutomationMode: string, optional, since 6.0.
        vmEvacuationAutomationMode: string, optional, since 6.0.
    """

    __slots__ = ("spaceLoadBalanceAutomationMode", "ioLoadBalanceAutomationMode", "ruleEnforcementAutomationMode", "policyEnforcementAutomationMode", "vmEvacuationAutomationMode", )
    _wire_name_: ClassVar[str] = "StorageDrsAutomationConfig"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("spaceLoadBalanceAutomationMode", "string", 2, "6.0"),
        _F("ioLoadBalanceAutomationMode", "string", 2, "6.0"),
        _F("ruleEnforcementAutomationMode", "string", 2, "6.0"),
        _F("policyEnforcementAutomationMode", "string", 2, "6.0"),
        _F("vmEvacuationAutomationMode", "string", 2, "6.0"),
    )
    spaceLoadBalanceAutomationMode: str | None
    ioLoadBalanceAutomationMode: str | None
    ruleEnforcementAutomationMode: str | None
    policyEnforcementAutomationMode: str | None
    vmEvacuationAutomationMode: str | None

    def __init__(
        self,
        *,
        spaceLoadBalanceAutomationMode: str | None = None,
        ioLoadBalanceAutomationMode: str | None = None,
        ruleEnforcementAutomationMode: str | None = None,
        policyEnforcementAutomationMode: str | None = None,
        vmEvacuationAutomationMode: str | None = None,
    ) -> None:
        self.spaceLoadBalanceAutomationMode = spaceLoadBalanceAutomationMode
        self.ioLoadBalanceAutomationMode = ioLoadBalanceAutomationMode
        self.ruleEnforcementAutomationMode = ruleEnforcementAutomationMode
        self.policyEnforcementAutomationMode = policyEnforcementAutomationMode
        self.vmEvacuationAutomationMode = vmEvacuationAutomationMode
