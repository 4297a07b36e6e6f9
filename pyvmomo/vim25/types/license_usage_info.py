# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseUsageInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .license_feature_info import LicenseFeatureInfo
    from .license_reservation_info import LicenseReservationInfo
    from .license_source import LicenseSource


class LicenseUsageInfo(DynamicData):
    """LicenseUsageInfo: data object extending DynamicData, since 2.0.

    Attributes:
        source: LicenseSource, since 2.0.
        sourceAvailable: boolean, since 2.0.
        reservationInfo: list of LicenseReservationInfo, since 2.0.
        featureInfo: list of LicenseFeatureInfo, since 2.0.
    """

    __slots__ = ("source", "sourceAvailable", "reservationInfo", "featureInfo", )
    _wire_name_: ClassVar[str] = "LicenseUsageInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("source", "LicenseSource", 0, "2.0"),
        _F("sourceAvailable", "boolean", 0, "2.0"),
        _F("reservationInfo", "LicenseReservationInfo", 3, "2.0"),
        _F("featureInfo", "LicenseFeatureInfo", 3, "2.0"),
    )
    source: LicenseSource
    sourceAvailable: bool
    reservationInfo: list[LicenseReservationInfo]
    featureInfo: list[LicenseFeatureInfo]

    def __init__(
        self,
        *,
        source: LicenseSource,
        sourceAvailable: bool,
        reservationInfo: list[LicenseReservationInfo] | None = None,
        featureInfo: list[LicenseFeatureInfo] | None = None,
    ) -> None:
        self.source = source
        self.sourceAvailable = sourceAvailable
        self.reservationInfo = [] if reservationInfo is None else reservationInfo
        self.featureInfo = [] if featureInfo is None else featureInfo
