# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaDiscoveryCapabilities: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostInternetScsiHbaDiscoveryCapabilities(DynamicData):
    """HostInternetScsiHbaDiscoveryCapabilities: data object extending DynamicData, since 2.0.

    Attributes:
        iSnsDiscoverySettable: boolean, since 2.0.
        slpDiscoverySettable: boolean, since 2.0.
        staticTargetDiscoverySettable: boolean, since 2.0.
        sendTargetsDiscoverySettable: boolean, since 2.0.
    """

    __slots__ = ("iSnsDiscoverySettable", "slpDiscoverySettable", "staticTargetDiscoverySettable", "sendTargetsDiscoverySettable", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaDiscoveryCapabilities"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("iSnsDiscoverySettable", "boolean", 0, "2.0"),
        _F("slpDiscoverySettable", "boolean", 0, "2.0"),
        _F("staticTargetDiscoverySettable", "boolean", 0, "2.0"),
        _F("sendTargetsDiscoverySettable", "boolean", 0, "2.0"),
    )
    iSnsDiscoverySettable: bool
    slpDiscoverySettable: bool
    staticTargetDiscoverySettable: bool
    sendTargetsDiscoverySettable: bool

    def __init__(
        self,
        *,
        iSnsDiscoverySettable: bool,
        slpDiscoverySettable: bool,
        staticTargetDiscoverySettable: bool,
        sendTargetsDiscoverySettable: bool,
    ) -> None:
        self.iSnsDiscoverySettable = iSnsDiscoverySettable
        self.slpDiscoverySettable = slpDiscoverySettable
        self.staticTargetDiscoverySettable = staticTargetDiscoverySettable
        self.sendTargetsDiscoverySettable = sendTargetsDiscoverySettable
