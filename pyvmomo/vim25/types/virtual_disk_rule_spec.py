# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskRuleSpec: data object type, extends ClusterRuleInfo. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_rule_info import ClusterRuleInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue


class VirtualDiskRuleSpec(ClusterRuleInfo):
    """VirtualDiskRuleSpec: data object extending ClusterRuleInfo, since 6.7.

    Attributes:
        diskRuleType: string, since 6.7.
        diskId: list of int, since 6.7.
    """

    __slots__ = ("diskRuleType", "diskId", )
    _wire_name_: ClassVar[str] = "VirtualDiskRuleSpec"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 2, "2.0"),
        _F("status", "ManagedEntityStatus", 2, "2.0"),
        _F("enabled", "boolean", 2, "2.0"),
        _F("name", "string", 2, "2.0"),
        _F("mandatory", "boolean", 2, "4.1"),
        _F("userCreated", "boolean", 2, "4.1"),
        _F("inCompliance", "boolean", 2, "4.1"),
        _F("ruleUuid", "string", 2, "6.0"),
        _F("diskRuleType", "string", 0, "6.7"),
        _F("diskId", "int", 3, "6.7"),
    )
    diskRuleType: str
    diskId: list[int]

    def __init__(
        self,
        *,
        diskRuleType: str,
        key: int | None = None,
        status: ManagedEntityStatusValue | EnumValue | None = None,
        enabled: bool | None = None,
        name: str | None = None,
        mandatory: bool | None = None,
        userCreated: bool | None = None,
        inCompliance: bool | None = None,
        ruleUuid: str | None = None,
        diskId: list[int] | None = None,
    ) -> None:
        self.key = key
        self.status: str | None = status
        self.enabled = enabled
        self.name = name
        self.mandatory = mandatory
        self.userCreated = userCreated
        self.inCompliance = inCompliance
        self.ruleUuid = ruleUuid
        self.diskRuleType = diskRuleType
        self.diskId = [] if diskId is None else diskId
