# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmDefaultProfileInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_placement_hub import PbmPlacementHub
    from .pbm_profile import PbmProfile


class PbmDefaultProfileInfo(DynamicData):
    """PbmDefaultProfileInfo: data object extending DynamicData, since 2.0.

    Attributes:
        datastores: list of PbmPlacementHub, since 2.0.
        defaultProfile: PbmProfile, optional, since 2.0.
    """

    __slots__ = ("datastores", "defaultProfile", )
    _wire_name_: ClassVar[str] = "PbmDefaultProfileInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("datastores", "PbmPlacementHub", 1, "2.0"),
        _F("defaultProfile", "PbmProfile", 2, "2.0"),
    )
    datastores: list[PbmPlacementHub]
    defaultProfile: PbmProfile | None

    def __init__(
        self,
        *,
        datastores: list[PbmPlacementHub],
        defaultProfile: PbmProfile | None = None,
    ) -> None:
        self.datastores = datastores
        self.defaultProfile = defaultProfile
