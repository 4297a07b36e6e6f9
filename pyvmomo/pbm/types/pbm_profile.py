# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmProfile: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .pbm_profile_id import PbmProfileId


class PbmProfile(DynamicData):
    """PbmProfile: data object extending DynamicData, since 1.0.

    Attributes:
        profileId: PbmProfileId, since 1.0.
        name: string, since 1.0.
        description: string, optional, since 1.0.
        creationTime: dateTime, since 1.0.
        createdBy: string, since 1.0.
        lastUpdatedTime: dateTime, since 1.0.
        lastUpdatedBy: string, since 1.0.
    """

    __slots__ = ("profileId", "name", "description", "creationTime", "createdBy", "lastUpdatedTime", "lastUpdatedBy", )
    _wire_name_: ClassVar[str] = "PbmProfile"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("profileId", "PbmProfileId", 0, "1.0"),
        _F("name", "string", 0, "1.0"),
        _F("description", "string", 2, "1.0"),
        _F("creationTime", "dateTime", 0, "1.0"),
        _F("createdBy", "string", 0, "1.0"),
        _F("lastUpdatedTime", "dateTime", 0, "1.0"),
        _F("lastUpdatedBy", "string", 0, "1.0"),
    )
    profileId: PbmProfileId
    name: str
    description: str | None
    creationTime: datetime
    createdBy: str
    lastUpdatedTime: datetime
    lastUpdatedBy: str

    def __init__(
        self,
        *,
        profileId: PbmProfileId,
        name: str,
        creationTime: datetime,
        createdBy: str,
        lastUpdatedTime: datetime,
        lastUpdatedBy: str,
        description: str | None = None,
    ) -> None:
        self.profileId = profileId
        self.name = name
        self.description = description
        self.creationTime = creationTime
        self.createdBy = createdBy
        self.lastUpdatedTime = lastUpdatedTime
        self.lastUpdatedBy = lastUpdatedBy
