# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterRuleInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue


class ClusterRuleInfo(DynamicData):
    """ClusterRuleInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: int, optional, since 2.0.
        status: ManagedEntityStatus value (str), optional, since 2.0.
        enabled: boolean, optional, since 2.0.
        name: string, optional, since 2.0.
        mandatory: boolean, optional, since 4.1.
        userCreated: boolean, optional, since 4.1.
        inCompliance: boolean, optional, since 4.1.
        ruleUuid: string, optional, since 6.0.
    """

    __slots__ = ("key", "status", "enabled", "name", "mandatory", "userCreated", "inCompliance", "ruleUuid", )
    _wire_name_: ClassVar[str] = "ClusterRuleInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 2, "2.0"),
        _F("status", "ManagedEntityStatus", 2, "2.0"),
        _F("enabled", "boolean", 2, "2.0"),
        _F("name", "string", 2, "2.0"),
        _F("mandatory", "boolean", 2, "4.1"),
        _F("userCreated", "boolean", 2, "4.1"),
        _F("inCompliance", "boolean", 2, "4.1"),
        _F("ruleUuid", "string", 2, "6.0"),
    )
    key: int | None
    status: str | None
    enabled: bool | None
    name: str | None
    mandatory: bool | None
    userCreated: bool | None
    inCompliance: bool | None
    ruleUuid: str | None

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
    ) -> None:
        self.key = key
        self.status = status
        self.enabled = enabled
        self.name = name
        self.mandatory = mandatory
        self.userCreated = userCreated
        self.inCompliance = inCompliance
        self.ruleUuid = ruleUuid
