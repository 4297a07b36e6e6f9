# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmServiceInstanceContent: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_about_info import PbmAboutInfo
    from ..managed.pbm_capability_metadata_manager import PbmCapabilityMetadataManager
    from ..managed.pbm_compliance_manager import PbmComplianceManager
    from ..managed.pbm_placement_solver import PbmPlacementSolver
    from ..managed.pbm_profile_profile_manager import PbmProfileProfileManager
    from ..managed.pbm_replication_manager import PbmReplicationManager
    from ..managed.pbm_session_manager import PbmSessionManager


class PbmServiceInstanceContent(DynamicData):
    """PbmServiceInstanceContent: data object extending DynamicData, since 1.0.

    Attributes:
        aboutInfo: PbmAboutInfo, since 1.0.
        sessionManager: reference to PbmSessionManager, since 1.0.
        capabilityMetadataManager: reference to PbmCapabilityMetadataManager, since 1.0.
        profileManager: reference to PbmProfileProfileManager, since 1.0.
        complianceManager: reference to PbmComplianceManager, since 1.0.
        placementSolver: reference to PbmPlacementSolver, since 1.0.
        replicationManager: reference to PbmReplicationManager, optional, since 6.5.
    """

    __slots__ = ("aboutInfo", "sessionManager", "capabilityMetadataManager", "profileManager", "complianceManager", "placementSolver", "replicationManager", )
    _wire_name_: ClassVar[str] = "PbmServiceInstanceContent"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("aboutInfo", "PbmAboutInfo", 0, "1.0"),
        _F("sessionManager", "ManagedObjectReference", 0, "1.0", target="PbmSessionManager"),
        _F("capabilityMetadataManager", "ManagedObjectReference", 0, "1.0", target="PbmCapabilityMetadataManager"),
        _F("profileManager", "ManagedObjectReference", 0, "1.0", target="PbmProfileProfileManager"),
        _F("complianceManager", "ManagedObjectReference", 0, "1.0", target="PbmComplianceManager"),
        _F("placementSolver", "ManagedObjectReference", 0, "1.0", target="PbmPlacementSolver"),
        _F("replicationManager", "ManagedObjectReference", 2, "6.5", target="PbmReplicationManager"),
    )
    aboutInfo: PbmAboutInfo
    sessionManager: PbmSessionManager
    capabilityMetadataManager: PbmCapabilityMetadataManager
    profileManager: PbmProfileProfileManager
    complianceManager: PbmComplianceManager
    placementSolver: PbmPlacementSolver
    replicationManager: PbmReplicationManager | None

    def __init__(
        self,
        *,
        aboutInfo: PbmAboutInfo,
        sessionManager: PbmSessionManager,
        capabilityMetadataManager: PbmCapabilityMetadataManager,
        profileManager: PbmProfileProfileManager,
        complianceManager: PbmComplianceManager,
        placementSolver: PbmPlacementSolver,
        replicationManager: PbmReplicationManager | None = None,
    ) -> None:
        self.aboutInfo = aboutInfo
        self.sessionManager = sessionManager
        self.capabilityMetadataManager = capabilityMetadataManager
        self.profileManager = profileManager
        self.complianceManager = complianceManager
        self.placementSolver = placementSolver
        self.replicationManager = replicationManager
