# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmDefaultCapabilityProfile: data object type, extends PbmCapabilityProfile. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .pbm_capability_profile import PbmCapabilityProfile
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .pbm_capability_constraints import PbmCapabilityConstraints
    from .pbm_profile_id import PbmProfileId
    from .pbm_profile_resource_type import PbmProfileResourceType


class PbmDefaultCapabilityProfile(PbmCapabilityProfile):
    """PbmDefaultCapabilityProfile: data object extending PbmCapabilityProfile, since 1.0.

    Attributes:
        vvolType: list of string, since 1.0.
        containerId: string, since 1.0.
    """

    __slots__ = ("vvolType", "containerId", )
    _wire_name_: ClassVar[str] = "PbmDefaultCapabilityProfile"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("profileId", "PbmProfileId", 0, "1.0"),
        _F("name", "string", 0, "1.0"),
        _F("description", "string", 2, "1.0"),
        _F("creationTime", "dateTime", 0, "1.0"),
        _F("createdBy", "string", 0, "1.0"),
        _F("lastUpdatedTime", "dateTime", 0, "1.0"),
        _F("lastUpdatedBy", "string", 0, "1.0"),
        _F("profileCategory", "string", 0, "1.0"),
        _F("resourceType", "PbmProfileResourceType", 0, "1.0"),
        _F("constraints", "PbmCapabilityConstraints", 0, "1.0"),
        _F("generationId", "long", 2, "1.0"),
        _F("isDefault", "boolean", 0, "1.0"),
        _F("systemCreatedProfileType", "string", 2, "2.0"),
        _F("lineOfService", "string", 2, "6.5"),
        _F("vvolType", "string", 1, "1.0"),
        _F("containerId", "string", 0, "1.0"),
    )
    vvolType: list[str]
    containerId: str

    def __init__(
        self,
        *,
        profileId: PbmProfileId,
        name: str,
        creationTime: datetime,
        createdBy: str,
        lastUpdatedTime: datetime,
        lastUpdatedBy: str,
        profileCategory: str,
        resourceType: PbmProfileResourceType,
        constraints: PbmCapabilityConstraints,
        isDefault: bool,
        vvolType: list[str],
        containerId: str,
        description: str | None = None,
        generationId: int | None = None,
        systemCreatedProfileType: str | None = None,
        lineOfService: str | None = None,
    ) -> None:
        self.profileId = profileId
        self.name = name
        self.description = description
        self.creationTime = creationTime
        self.createdBy = createdBy
        self.lastUpdatedTime = lastUpdatedTime
        self.lastUpdatedBy = lastUpdatedBy
        self.profileCategory = profileCategory
        self.resourceType = resourceType
        self.constraints = constraints
        self.generationId = generationId
        self.isDefault = isDefault
        self.systemCreatedProfileType = systemCreatedProfileType
        self.lineOfService = lineOfService
        self.vvolType = vvolType
        self.containerId = containerId
