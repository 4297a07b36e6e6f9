# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmDatastoreSpaceStatistics: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class PbmDatastoreSpaceStatistics(DynamicData):
    """PbmDatastoreSpaceStatistics: data object extending DynamicData, since 2.0.

    Attributes:
        profileId: string, optional, since 2.0.
        physicalTotalInMB: long, since 2.0.
        physicalFreeInMB: long, since 2.0.
        physicalUsedInMB: long, since 2.0.
        logicalLimitInMB: long, optional, since 2.0.
        logicalFreeInMB: long, since 2.0.
        logicalUsedInMB: long, since 2.0.
    """

    __slots__ = ("profileId", "physicalTotalInMB", "physicalFreeInMB", "physicalUsedInMB", "logicalLimitInMB", "logicalFreeInMB", "logicalUsedInMB", )
    _wire_name_: ClassVar[str] = "PbmDatastoreSpaceStatistics"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("profileId", "string", 2, "2.0"),
        _F("physicalTotalInMB", "long", 0, "2.0"),
        _F("physicalFreeInMB", "long", 0, "2.0"),
        _F("physicalUsedInMB", "long", 0, "2.0"),
        _F("logicalLimitInMB", "long", 2, "2.0"),
        _F("logicalFreeInMB", "long", 0, "2.0"),
        _F("logicalUsedInMB", "long", 0, "2.0"),
    )
    profileId: str | None
    physicalTotalInMB: int
    physicalFreeInMB: int
    physicalUsedInMB: int
    logicalLimitInMB: int | None
    logicalFreeInMB: int
    logicalUsedInMB: int

    def __init__(
        self,
        *,
        physicalTotalInMB: int,
        physicalFreeInMB: int,
        physicalUsedInMB: int,
        logicalFreeInMB: int,
        logicalUsedInMB: int,
        profileId: str | None = None,
        logicalLimitInMB: int | None = None,
    ) -> None:
        self.profileId = profileId
        self.physicalTotalInMB = physicalTotalInMB
        self.physicalFreeInMB = physicalFreeInMB
        self.physicalUsedInMB = physicalUsedInMB
        self.logicalLimitInMB = logicalLimitInMB
        self.logicalFreeInMB = logicalFreeInMB
        self.logicalUsedInMB = logicalUsedInMB
