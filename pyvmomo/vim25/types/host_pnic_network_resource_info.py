# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPnicNetworkResourceInfo: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_placed_virtual_nic_identifier import HostPlacedVirtualNicIdentifier


class HostPnicNetworkResourceInfo(DynamicData):
    """HostPnicNetworkResourceInfo: data object extending DynamicData, since 6.0.

    Attributes:
        pnicDevice: string, since 6.0.
        availableBandwidthForVMTraffic: long, optional, since 6.0.
        unusedBandwidthForVMTraffic: long, optional, since 6.0.
        placedVirtualNics: list of HostPlacedVirtualNicIdentifier, since 6.0.
    """

    __slots__ = ("pnicDevice", "availableBandwidthForVMTraffic", "unusedBandwidthForVMTraffic", "placedVirtualNics", )
    _wire_name_: ClassVar[str] = "HostPnicNetworkResourceInfo"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("pnicDevice", "string", 0, "6.0"),
        _F("availableBandwidthForVMTraffic", "long", 2, "6.0"),
        _F("unusedBandwidthForVMTraffic", "long", 2, "6.0"),
        _F("placedVirtualNics", "HostPlacedVirtualNicIdentifier", 3, "6.0"),
    )
    pnicDevice: str
    availableBandwidthForVMTraffic: int | None
    unusedBandwidthForVMTraffic: int | None
    placedVirtualNics: list[HostPlacedVirtualNicIdentifier]

    def __init__(
        self,
        *,
        pnicDevice: str,
        availableBandwidthForVMTraffic: int | None = None,
        unusedBandwidthForVMTraffic: int | None = None,
        placedVirtualNics: list[HostPlacedVirtualNicIdentifier] | None = None,
    ) -> None:
        self.pnicDevice = pnicDevice
        self.availableBandwidthForVMTraffic = availableBandwidthForVMTraffic
        self.unusedBandwidthForVMTraffic = unusedBandwidthForVMTraffic
        self.placedVirtualNics = [] if placedVirtualNics is None else placedVirtualNics
