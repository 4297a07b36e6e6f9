# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmPlacementCompatibilityResult: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ...vim25.types.localized_method_fault import LocalizedMethodFault
    from .pbm_placement_hub import PbmPlacementHub
    from .pbm_placement_matching_resources import PbmPlacementMatchingResources
    from .pbm_placement_resource_utilization import PbmPlacementResourceUtilization


class PbmPlacementCompatibilityResult(DynamicData):
    """PbmPlacementCompatibilityResult: data object extending DynamicData, since 1.0.

    Attributes:
        hub: PbmPlacementHub, since 1.0.
        matchingResources: list of PbmPlacementMatchingResources, since 6.5.
        howMany: long, optional, since 6.5.
        utilization: list of PbmPlacementResourceUtilization, since 6.5.
        warning: list of LocalizedMethodFault, since 1.0.
        error: list of LocalizedMethodFault, since 1.0.
    """

    __slots__ = ("hub", "matchingResources", "howMany", "utilization", "warning", "error", )
    _wire_name_: ClassVar[str] = "PbmPlacementCompatibilityResult"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hub", "PbmPlacementHub", 0, "1.0"),
        _F("matchingResources", "PbmPlacementMatchingResources", 3, "6.5"),
        _F("howMany", "long", 2, "6.5"),
        _F("utilization", "PbmPlacementResourceUtilization", 3, "6.5"),
        _F("warning", "LocalizedMethodFault", 3, "1.0"),
        _F("error", "LocalizedMethodFault", 3, "1.0"),
    )
    hub: PbmPlacementHub
    matchingResources: list[PbmPlacementMatchingResources]
    howMany: int | None
    utilization: list[PbmPlacementResourceUtilization]
    warning: list[LocalizedMethodFault]
    error: list[LocalizedMethodFault]

    def __init__(
        self,
        *,
        hub: PbmPlacementHub,
        matchingResources: Sequence[PbmPlacementMatchingResources] | None = None,
        howMany: int | None = None,
        utilization: list[PbmPlacementResourceUtilization] | None = None,
        warning: list[LocalizedMethodFault] | None = None,
        error: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.hub = hub
        self.matchingResources = [] if matchingResources is None else list(matchingResources)
        self.howMany = howMany
        self.utilization = [] if utilization is None else utilization
        self.warning = [] if warning is None else warning
        self.error = [] if error is None else error
