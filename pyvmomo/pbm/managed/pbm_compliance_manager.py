# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmComplianceManager: managed object proxy. Since 1.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.pbm_compliance_result import PbmComplianceResult
    from ..types.pbm_profile_id import PbmProfileId
    from ..types.pbm_rollup_compliance_result import PbmRollupComplianceResult
    from ..types.pbm_server_object_ref import PbmServerObjectRef

_PBM_CHECK_COMPLIANCE: _Operation[list[PbmComplianceResult]] = _Operation(
    "PbmCheckCompliance",
    (_F("entities", "PbmServerObjectRef", 1, "1.0"), _F("profile", "PbmProfileId", 2, "1.0"), ),
    _F("returnval", "PbmComplianceResult", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=False,
    task_result=None,
)

_PBM_CHECK_ROLLUP_COMPLIANCE: _Operation[list[PbmRollupComplianceResult]] = _Operation(
    "PbmCheckRollupCompliance",
    (_F("entity", "PbmServerObjectRef", 1, "1.0"), ),
    _F("returnval", "PbmRollupComplianceResult", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=False,
    task_result=None,
)

_PBM_FETCH_COMPLIANCE_RESULT: _Operation[list[PbmComplianceResult]] = _Operation(
    "PbmFetchComplianceResult",
    (_F("entities", "PbmServerObjectRef", 1, "1.0"), _F("profile", "PbmProfileId", 2, "1.0"), ),
    _F("returnval", "PbmComplianceResult", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_FETCH_ROLLUP_COMPLIANCE_RESULT: _Operation[list[PbmRollupComplianceResult]] = _Operation(
    "PbmFetchRollupComplianceResult",
    (_F("entity", "PbmServerObjectRef", 1, "1.0"), ),
    _F("returnval", "PbmRollupComplianceResult", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_BY_ROLLUP_COMPLIANCE_STATUS: _Operation[list[PbmServerObjectRef]] = _Operation(
    "PbmQueryByRollupComplianceStatus",
    (_F("status", "string", 0, "6.5"), ),
    _F("returnval", "PbmServerObjectRef", 3, "6.5"),
    faults=("PbmFault", "InvalidArgument", "RuntimeFault", ),
    since="6.5",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)


class PbmComplianceManagerProperties(_ObjectProperties["PbmComplianceManager"]):
    """PbmComplianceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class PbmComplianceManager(_ManagedObject):
    """PbmComplianceManager: managed object proxy, since 1.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "PbmComplianceManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "PbmCheckCompliance": _PBM_CHECK_COMPLIANCE,
        "PbmCheckRollupCompliance": _PBM_CHECK_ROLLUP_COMPLIANCE,
        "PbmFetchComplianceResult": _PBM_FETCH_COMPLIANCE_RESULT,
        "PbmFetchRollupComplianceResult": _PBM_FETCH_ROLLUP_COMPLIANCE_RESULT,
        "PbmQueryByRollupComplianceStatus": _PBM_QUERY_BY_ROLLUP_COMPLIANCE_STATUS,
    }
    _property_class_ = PbmComplianceManagerProperties

    def fetch(self, *paths: str) -> PbmComplianceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PbmComplianceManagerProperties, paths)

    def PbmCheckCompliance(
        self,
        *,
        entities: list[PbmServerObjectRef],
        profile: PbmProfileId | None = None,
        _timeout: float | None = None,
    ) -> list[PbmComplianceResult]:
        """PbmCheckCompliance: an operation of PbmComplianceManager, since 1.0.

        Privilege: StorageProfile.View.

        Args:
            entities: list of PbmServerObjectRef, since 1.0.
            profile: PbmProfileId, optional, since 1.0.

        Returns:
            List of PbmComplianceResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_CHECK_COMPLIANCE, (entities, profile, ), _timeout)

    def PbmCheckRollupCompliance(
        self,
        *,
        entity: list[PbmServerObjectRef],
        _timeout: float | None = None,
    ) -> list[PbmRollupComplianceResult]:
        """PbmCheckRollupCompliance: an operation of PbmComplianceManager, since 1.0.

        Privilege: StorageProfile.View.

        Args:
            entity: list of PbmServerObjectRef, since 1.0.

        Returns:
            List of PbmRollupComplianceResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_CHECK_ROLLUP_COMPLIANCE, (entity, ), _timeout)

    def PbmFetchComplianceResult(
        self,
        *,
        entities: list[PbmServerObjectRef],
        profile: PbmProfileId | None = None,
        _timeout: float | None = None,
    ) -> list[PbmComplianceResult]:
        """PbmFetchComplianceResult: an operation of PbmComplianceManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            entities: list of PbmServerObjectRef, since 1.0.
            profile: PbmProfileId, optional, since 1.0.

        Returns:
            List of PbmComplianceResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FETCH_COMPLIANCE_RESULT, (entities, profile, ), _timeout)

    def PbmFetchRollupComplianceResult(
        self,
        *,
        entity: list[PbmServerObjectRef],
        _timeout: float | None = None,
    ) -> list[PbmRollupComplianceResult]:
        """PbmFetchRollupComplianceResult: an operation of PbmComplianceManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            entity: list of PbmServerObjectRef, since 1.0.

        Returns:
            List of PbmRollupComplianceResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FETCH_ROLLUP_COMPLIANCE_RESULT, (entity, ), _timeout)

    def PbmQueryByRollupComplianceStatus(
        self,
        *,
        status: str,
        _timeout: float | None = None,
    ) -> list[PbmServerObjectRef]:
        """PbmQueryByRollupComplianceStatus: an operation of PbmComplianceManager, since 6.5.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            status: string, since 6.5.

        Returns:
            List of PbmServerObjectRef.

        Raises:
            PbmFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_BY_ROLLUP_COMPLIANCE_STATUS, (status, ), _timeout)
