# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmPlacementSolver: managed object proxy. Since 1.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.pbm_capability_profile_create_spec import PbmCapabilityProfileCreateSpec
    from ..types.pbm_placement_compatibility_result import PbmPlacementCompatibilityResult
    from ..types.pbm_placement_hub import PbmPlacementHub
    from ..types.pbm_placement_requirement import PbmPlacementRequirement
    from ..types.pbm_profile_id import PbmProfileId
    from ..types.pbm_server_object_ref import PbmServerObjectRef

_PBM_CHECK_COMPATIBILITY: _Operation[list[PbmPlacementCompatibilityResult]] = _Operation(
    "PbmCheckCompatibility",
    (_F("hubsToSearch", "PbmPlacementHub", 3, "1.0"), _F("profile", "PbmProfileId", 0, "1.0"), ),
    _F("returnval", "PbmPlacementCompatibilityResult", 3, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_CHECK_COMPATIBILITY_WITH_SPEC: _Operation[list[PbmPlacementCompatibilityResult]] = _Operation(
    "PbmCheckCompatibilityWithSpec",
    (_F("hubsToSearch", "PbmPlacementHub", 3, "1.0"), _F("profileSpec", "PbmCapabilityProfileCreateSpec", 0, "1.0"), ),
    _F("returnval", "PbmPlacementCompatibilityResult", 3, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_CHECK_REQUIREMENTS: _Operation[list[PbmPlacementCompatibilityResult]] = _Operation(
    "PbmCheckRequirements",
    (_F("hubsToSearch", "PbmPlacementHub", 3, "6.5"), _F("placementSubjectRef", "PbmServerObjectRef", 2, "6.5"), _F("placementSubjectRequirement", "PbmPlacementRequirement", 3, "6.5"), ),
    _F("returnval", "PbmPlacementCompatibilityResult", 3, "6.5"),
    faults=("PbmFault", "RuntimeFault", ),
    since="6.5",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_MATCHING_HUB: _Operation[list[PbmPlacementHub]] = _Operation(
    "PbmQueryMatchingHub",
    (_F("hubsToSearch", "PbmPlacementHub", 3, "1.0"), _F("profile", "PbmProfileId", 0, "1.0"), ),
    _F("returnval", "PbmPlacementHub", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_MATCHING_HUB_WITH_SPEC: _Operation[list[PbmPlacementHub]] = _Operation(
    "PbmQueryMatchingHubWithSpec",
    (_F("hubsToSearch", "PbmPlacementHub", 3, "1.0"), _F("createSpec", "PbmCapabilityProfileCreateSpec", 0, "1.0"), ),
    _F("returnval", "PbmPlacementHub", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)


class PbmPlacementSolverProperties(_ObjectProperties["PbmPlacementSolver"]):
    """PbmPlacementSolver's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class PbmPlacementSolver(_ManagedObject):
    """PbmPlacementSolver: managed object proxy, since 1.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "PbmPlacementSolver"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "PbmCheckCompatibility": _PBM_CHECK_COMPATIBILITY,
        "PbmCheckCompatibilityWithSpec": _PBM_CHECK_COMPATIBILITY_WITH_SPEC,
        "PbmCheckRequirements": _PBM_CHECK_REQUIREMENTS,
        "PbmQueryMatchingHub": _PBM_QUERY_MATCHING_HUB,
        "PbmQueryMatchingHubWithSpec": _PBM_QUERY_MATCHING_HUB_WITH_SPEC,
    }
    _property_class_ = PbmPlacementSolverProperties

    def fetch(self, *paths: str) -> PbmPlacementSolverProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PbmPlacementSolverProperties, paths)

    def PbmCheckCompatibility(
        self,
        *,
        profile: PbmProfileId,
        hubsToSearch: list[PbmPlacementHub] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmPlacementCompatibilityResult]:
        """PbmCheckCompatibility: an operation of PbmPlacementSolver, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            hubsToSearch: list of PbmPlacementHub, since 1.0.
            profile: PbmProfileId, since 1.0.

        Returns:
            List of PbmPlacementCompatibilityResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_CHECK_COMPATIBILITY, (hubsToSearch, profile, ), _timeout)

    def PbmCheckCompatibilityWithSpec(
        self,
        *,
        profileSpec: PbmCapabilityProfileCreateSpec,
        hubsToSearch: list[PbmPlacementHub] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmPlacementCompatibilityResult]:
        """PbmCheckCompatibilityWithSpec: an operation of PbmPlacementSolver, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            hubsToSearch: list of PbmPlacementHub, since 1.0.
            profileSpec: PbmCapabilityProfileCreateSpec, since 1.0.

        Returns:
            List of PbmPlacementCompatibilityResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_CHECK_COMPATIBILITY_WITH_SPEC, (hubsToSearch, profileSpec, ), _timeout)

    def PbmCheckRequirements(
        self,
        *,
        hubsToSearch: list[PbmPlacementHub] | None = None,
        placementSubjectRef: PbmServerObjectRef | None = None,
        placementSubjectRequirement: Sequence[PbmPlacementRequirement] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmPlacementCompatibilityResult]:
        """PbmCheckRequirements: an operation of PbmPlacementSolver, since 6.5.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            hubsToSearch: list of PbmPlacementHub, since 6.5.
            placementSubjectRef: PbmServerObjectRef, optional, since 6.5.
            placementSubjectRequirement: list of PbmPlacementRequirement, since 6.5.

        Returns:
            List of PbmPlacementCompatibilityResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_CHECK_REQUIREMENTS, (hubsToSearch, placementSubjectRef, placementSubjectRequirement, ), _timeout)

    def PbmQueryMatchingHub(
        self,
        *,
        profile: PbmProfileId,
        hubsToSearch: list[PbmPlacementHub] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmPlacementHub]:
        """PbmQueryMatchingHub: an operation of PbmPlacementSolver, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            hubsToSearch: list of PbmPlacementHub, since 1.0.
            profile: PbmProfileId, since 1.0.

        Returns:
            List of PbmPlacementHub.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_MATCHING_HUB, (hubsToSearch, profile, ), _timeout)

    def PbmQueryMatchingHubWithSpec(
        self,
        *,
        createSpec: PbmCapabilityProfileCreateSpec,
        hubsToSearch: list[PbmPlacementHub] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmPlacementHub]:
        """PbmQueryMatchingHubWithSpec: an operation of PbmPlacementSolver, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            hubsToSearch: list of PbmPlacementHub, since 1.0.
            createSpec: PbmCapabilityProfileCreateSpec, since 1.0.

        Returns:
            List of PbmPlacementHub.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_MATCHING_HUB_WITH_SPEC, (hubsToSearch, createSpec, ), _timeout)
