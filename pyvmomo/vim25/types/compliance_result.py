# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ComplianceResult: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .compliance_failure import ComplianceFailure
    from ..managed.managed_entity import ManagedEntity
    from ..managed.profile import Profile


class ComplianceResult(DynamicData):
    """ComplianceResult: data object extending DynamicData, since 4.0.

    Attributes:
        profile: reference to Profile, optional, since 4.0.
        complianceStatus: string, since 4.0.
        entity: reference to ManagedEntity, optional, since 4.0.
        checkTime: dateTime, optional, since 4.0.
        failure: list of ComplianceFailure, since 4.0.
    """

    __slots__ = ("profile", "complianceStatus", "entity", "checkTime", "failure", )
    _wire_name_: ClassVar[str] = "ComplianceResult"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("profile", "ManagedObjectReference", 2, "4.0", target="Profile"),
        _F("complianceStatus", "string", 0, "4.0"),
        _F("entity", "ManagedObjectReference", 2, "4.0", target="ManagedEntity"),
        _F("checkTime", "dateTime", 2, "4.0"),
        _F("failure", "ComplianceFailure", 3, "4.0"),
    )
    profile: Profile | None
    complianceStatus: str
    entity: ManagedEntity | None
    checkTime: datetime | None
    failure: list[ComplianceFailure]

    def __init__(
        self,
        *,
        complianceStatus: str,
        profile: Profile | None = None,
        entity: ManagedEntity | None = None,
        checkTime: datetime | None = None,
        failure: list[ComplianceFailure] | None = None,
    ) -> None:
        self.profile = profile
        self.complianceStatus = complianceStatus
        self.entity = entity
        self.checkTime = checkTime
        self.failure = [] if failure is None else failure
