# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterVmHostRuleInfo: data object type, extends ClusterRuleInfo. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_rule_info import ClusterRuleInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue


class ClusterVmHostRuleInfo(ClusterRuleInfo):
    """ClusterVmHostRuleInfo: data object extending ClusterRuleInfo, since 4.1.

    Attributes:
        vmGroupName: string, optional, since 4.1.
        affineHostGroupName: string, optional, since 4.1.
        antiAffineHostGroupName: string, optional, since 4.1.
    """

    __slots__ = ("vmGroupName", "affineHostGroupName", "antiAffineHostGroupName", )
    _wire_name_: ClassVar[str] = "ClusterVmHostRuleInfo"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 2, "2.0"),
        _F("status", "ManagedEntityStatus", 2, "2.0"),
        _F("enabled", "boolean", 2, "2.0"),
        _F("name", "string", 2, "2.0"),
        _F("mandatory", "boolean", 2, "4.1"),
        _F("userCreated", "boolean", 2, "4.1"),
        _F("inCompliance", "boolean", 2, "4.1"),
        _F("ruleUuid", "string", 2, "6.0"),
        _F("vmGroupName", "string", 2, "4.1"),
        _F("affineHostGroupName", "string", 2, "4.1"),
        _F("antiAffineHostGroupName", "string", 2, "4.1"),
    )
    vmGroupName: str | None
    affineHostGroupName: str | None
    antiAffineHostGroupName: str | None

    def __init__(
        self,
        *,
        key: int | None = None,
        status: ManagedEntityStatusValue | EnumValue | None = None,
        enabled: bool | None = None,
        name: str | None = None,
        mandatory: bool | None = None,
        userCreated: bool | None = None,
        inCompliance: bool | None = None,
        ruleUuid: str | None = None,
        vmGroupName: str | None = None,
        affineHostGroupName: str | None = None,
        antiAffineHostGroupName: str | None = None,
    ) -> None:
        self.key = key
        self.status: str | None = status
        self.enabled = enabled
        self.name = name
        self.mandatory = mandatory
        self.userCreated = userCreated
        self.inCompliance = inCompliance
        self.ruleUuid = ruleUuid
        self.vmGroupName = vmGroupName
        self.affineHostGroupName = affineHostGroupName
        self.antiAffineHostGroupName = antiAffineHostGroupName
