# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmRollupComplianceResult: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ...vim25.types.localized_method_fault import LocalizedMethodFault
    from .pbm_compliance_result import PbmComplianceResult
    from .pbm_server_object_ref import PbmServerObjectRef


class PbmRollupComplianceResult(DynamicData):
    """PbmRollupComplianceResult: data object extending DynamicData, since 1.0.

    Attributes:
        oldestCheckTime: dateTime, since 1.0.
        entity: PbmServerObjectRef, since 1.0.
        overallComplianceStatus: string, since 1.0.
        overallComplianceTaskStatus: string, optional, since 6.5.
        result: list of PbmComplianceResult, since 1.0.
        errorCause: list of LocalizedMethodFault, since 6.5.
        profileMismatch: boolean, since 1.0.
    """

    __slots__ = ("oldestCheckTime", "entity", "overallComplianceStatus", "overallComplianceTaskStatus", "result", "errorCause", "profileMismatch", )
    _wire_name_: ClassVar[str] = "PbmRollupComplianceResult"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("oldestCheckTime", "dateTime", 0, "1.0"),
        _F("entity", "PbmServerObjectRef", 0, "1.0"),
        _F("overallComplianceStatus", "string", 0, "1.0"),
        _F("overallComplianceTaskStatus", "string", 2, "6.5"),
        _F("result", "PbmComplianceResult", 3, "1.0"),
        _F("errorCause", "LocalizedMethodFault", 3, "6.5"),
        _F("profileMismatch", "boolean", 0, "1.0"),
    )
    oldestCheckTime: datetime
    entity: PbmServerObjectRef
    overallComplianceStatus: str
    overallComplianceTaskStatus: str | None
    result: list[PbmComplianceResult]
    errorCause: list[LocalizedMethodFault]
    profileMismatch: bool

    def __init__(
        self,
        *,
        oldestCheckTime: datetime,
        entity: PbmServerObjectRef,
        overallComplianceStatus: str,
        profileMismatch: bool,
        overallComplianceTaskStatus: str | None = None,
        result: list[PbmComplianceResult] | None = None,
        errorCause: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.oldestCheckTime = oldestCheckTime
        self.entity = entity
        self.overallComplianceStatus = overallComplianceStatus
        self.overallComplianceTaskStatus = overallComplianceTaskStatus
        self.result = [] if result is None else result
        self.errorCause = [] if errorCause is None else errorCause
        self.profileMismatch = profileMismatch
