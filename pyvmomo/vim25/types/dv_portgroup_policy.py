# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVPortgroupPolicy: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class DVPortgroupPolicy(DynamicData):
    """DVPortgroupPolicy: data object extending DynamicData, since 4.0.

    Attributes:
        blockOverrideAllowed: boolean, since 4.0.
        shapingOverrideAllowed: boolean, since 4.0.
        vendorConfigOverrideAllowed: boolean, since 4.0.
        livePortMovingAllowed: boolean, since 4.0.
        portConfigResetAtDisconnect: boolean, since 4.0.
        networkResourcePoolOverrideAllowed: boolean, optional, since 5.0.
        trafficFilterOverrideAllowed: boolean, optional, since 5.5.
    """

    __slots__ = ("blockOverrideAllowed", "shapingOverrideAllowed", "vendorConfigOverrideAllowed", "livePortMovingAllowed", "portConfigResetAtDisconnect", "networkResourcePoolOverrideAllowed", "trafficFilterOverrideAllowed", )
    _wire_name_: ClassVar[str] = "DVPortgroupPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("blockOverrideAllowed", "boolean", 0, "4.0"),
        _F("shapingOverrideAllowed", "boolean", 0, "4.0"),
        _F("vendorConfigOverrideAllowed", "boolean", 0, "4.0"),
        _F("livePortMovingAllowed", "boolean", 0, "4.0"),
        _F("portConfigResetAtDisconnect", "boolean", 0, "4.0"),
        _F("networkResourcePoolOverrideAllowed", "boolean", 2, "5.0"),
        _F("trafficFilterOverrideAllowed", "boolean", 2, "5.5"),
    )
    blockOverrideAllowed: bool
    shapingOverrideAllowed: bool
    vendorConfigOverrideAllowed: bool
    livePortMovingAllowed: bool
    portConfigResetAtDisconnect: bool
    networkResourcePoolOverrideAllowed: bool | None
    trafficFilterOverrideAllowed: bool | None

    def __init__(
        self,
        *,
        blockOverrideAllowed: bool,
        shapingOverrideAllowed: bool,
        vendorConfigOverrideAllowed: bool,
        livePortMovingAllowed: bool,
        portConfigResetAtDisconnect: bool,
        networkResourcePoolOverrideAllowed: bool | None = None,
        trafficFilterOverrideAllowed: bool | None = None,
    ) -> None:
        self.blockOverrideAllowed = blockOverrideAllowed
        self.shapingOverrideAllowed = shapingOverrideAllowed
        self.vendorConfigOverrideAllowed = vendorConfigOverrideAllowed
        self.livePortMovingAllowed = livePortMovingAllowed
        self.portConfigResetAtDisconnect = portConfigResetAtDisconnect
        self.networkResourcePoolOverrideAllowed = networkResourcePoolOverrideAllowed
        self.trafficFilterOverrideAllowed = trafficFilterOverrideAllowed
