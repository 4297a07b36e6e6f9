# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmComplianceOperationalStatus: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class PbmComplianceOperationalStatus(DynamicData):
    """PbmComplianceOperationalStatus: data object extending DynamicData, since 1.0.

    Attributes:
        healthy: boolean, optional, since 1.0.
        operationETA: dateTime, optional, since 1.0.
        operationProgress: long, optional, since 1.0.
        transitional: boolean, optional, since 1.0.
    """

    __slots__ = ("healthy", "operationETA", "operationProgress", "transitional", )
    _wire_name_: ClassVar[str] = "PbmComplianceOperationalStatus"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("healthy", "boolean", 2, "1.0"),
        _F("operationETA", "dateTime", 2, "1.0"),
        _F("operationProgress", "long", 2, "1.0"),
        _F("transitional", "boolean", 2, "1.0"),
    )
    healthy: bool | None
    operationETA: datetime | None
    operationProgress: int | None
    transitional: bool | None

    def __init__(
        self,
        *,
        healthy: bool | None = None,
        operationETA: datetime | None = None,
        operationProgress: int | None = None,
        transitional: bool | None = None,
    ) -> None:
        self.healthy = healthy
        self.operationETA = operationETA
        self.operationProgress = operationProgress
        self.transitional = transitional
