# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmComplianceResult: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ...vim25.types.localized_method_fault import LocalizedMethodFault
    from .pbm_compliance_operational_status import PbmComplianceOperationalStatus
    from .pbm_compliance_policy_status import PbmCompliancePolicyStatus
    from .pbm_extended_element_description import PbmExtendedElementDescription
    from .pbm_profile_id import PbmProfileId
    from .pbm_server_object_ref import PbmServerObjectRef


class PbmComplianceResult(DynamicData):
    """PbmComplianceResult: data object extending DynamicData, since 1.0.

    Attributes:
        checkTime: dateTime, since 1.0.
        entity: PbmServerObjectRef, since 1.0.
        profile: PbmProfileId, optional, since 1.0.
        complianceTaskStatus: string, optional, since 6.5.
        complianceStatus: string, since 1.0.
        mismatch: boolean, since 1.0.
        violatedPolicies: list of PbmCompliancePolicyStatus, since 1.0.
        errorCause: list of LocalizedMethodFault, since 6.5.
        operationalStatus: PbmComplianceOperationalStatus, optional, since 1.0.
        info: PbmExtendedElementDescription, optional, since 6.5.
    """

    __slots__ = ("checkTime", "entity", "profile", "complianceTaskStatus", "complianceStatus", "mismatch", "violatedPolicies", "errorCause", "operationalStatus", "info", )
    _wire_name_: ClassVar[str] = "PbmComplianceResult"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("checkTime", "dateTime", 0, "1.0"),
        _F("entity", "PbmServerObjectRef", 0, "1.0"),
        _F("profile", "PbmProfileId", 2, "1.0"),
        _F("complianceTaskStatus", "string", 2, "6.5"),
        _F("complianceStatus", "string", 0, "1.0"),
        _F("mismatch", "boolean", 0, "1.0"),
        _F("violatedPolicies", "PbmCompliancePolicyStatus", 3, "1.0"),
        _F("errorCause", "LocalizedMethodFault", 3, "6.5"),
        _F("operationalStatus", "PbmComplianceOperationalStatus", 2, "1.0"),
        _F("info", "PbmExtendedElementDescription", 2, "6.5"),
    )
    checkTime: datetime
    entity: PbmServerObjectRef
    profile: PbmProfileId | None
    complianceTaskStatus: str | None
    complianceStatus: str
    mismatch: bool
    violatedPolicies: list[PbmCompliancePolicyStatus]
    errorCause: list[LocalizedMethodFault]
    operationalStatus: PbmComplianceOperationalStatus | None
    info: PbmExtendedElementDescription | None

    def __init__(
        self,
        *,
        checkTime: datetime,
        entity: PbmServerObjectRef,
        complianceStatus: str,
        mismatch: bool,
        profile: PbmProfileId | None = None,
        complianceTaskStatus: str | None = None,
        violatedPolicies: list[PbmCompliancePolicyStatus] | None = None,
        errorCause: list[LocalizedMethodFault] | None = None,
        operationalStatus: PbmComplianceOperationalStatus | None = None,
        info: PbmExtendedElementDescription | None = None,
    ) -> None:
        self.checkTime = checkTime
        self.entity = entity
        self.profile = profile
        self.complianceTaskStatus = complianceTaskStatus
        self.complianceStatus = complianceStatus
        self.mismatch = mismatch
        self.violatedPolicies = [] if violatedPolicies is None else violatedPolicies
        self.errorCause = [] if errorCause is None else errorCause
        self.operationalStatus = operationalStatus
        self.info = info
