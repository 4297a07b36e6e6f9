# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaDiscoveryProperties: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostInternetScsiHbaDiscoveryProperties(DynamicData):
    """HostInternetScsiHbaDiscoveryProperties: data object extending DynamicData, since 2.0.

    Attributes:
        iSnsDiscoveryEnabled: boolean, since 2.0.
        iSnsDiscoveryMethod: string, optional, since 2.0.
        iSnsHost: string, optional, since 2.0.
        slpDiscoveryEnabled: boolean, since 2.0.
        slpDiscoveryMethod: string, optional, since 2.0.
        slpHost: string, optional, since 2.0.
        staticTargetDiscoveryEnabled: boolean, since 2.0.
        sendTargetsDiscoveryEnabled: boolean, since 2.0.
    """

    __slots__ = ("iSnsDiscoveryEnabled", "iSnsDiscoveryMethod", "iSnsHost", "slpDiscoveryEnabled", "slpDiscoveryMethod", "slpHost", "staticTargetDiscoveryEnabled", "sendTargetsDiscoveryEnabled", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaDiscoveryProperties"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("iSnsDiscoveryEnabled", "boolean", 0, "2.0"),
        _F("iSnsDiscoveryMethod", "string", 2, "2.0"),
        _F("iSnsHost", "string", 2, "2.0"),
        _F("slpDiscoveryEnabled", "boolean", 0, "2.0"),
        _F("slpDiscoveryMethod", "string", 2, "2.0"),
        _F("slpHost", "string", 2, "2.0"),
        _F("staticTargetDiscoveryEnabled", "boolean", 0, "2.0"),
        _F("sendTargetsDiscoveryEnabled", "boolean", 0, "2.0"),
    )
    iSnsDiscoveryEnabled: bool
    iSnsDiscoveryMethod: str | None
    iSnsHost: str | None
    slpDiscoveryEnabled: bool
    slpDiscoveryMethod: str | None
    slpHost: str | None
    staticTargetDiscoveryEnabled: bool
    sendTargetsDiscoveryEnabled: bool

    def __init__(
        self,
        *,
        iSnsDiscoveryEnabled: bool,
        slpDiscoveryEnabled: bool,
        staticTargetDiscoveryEnabled: bool,
        sendTargetsDiscoveryEnabled: bool,
        iSnsDiscoveryMethod: str | None = None,
        iSnsHost: str | None = None,
        slpDiscoveryMethod: str | None = None,
        slpHost: str | None = None,
    ) -> None:
        self.iSnsDiscoveryEnabled = iSnsDiscoveryEnabled
        self.iSnsDiscoveryMethod = iSnsDiscoveryMethod
        self.iSnsHost = iSnsHost
        self.slpDiscoveryEnabled = slpDiscoveryEnabled
        self.slpDiscoveryMethod = slpDiscoveryMethod
        self.slpHost = slpHost
        self.staticTargetDiscoveryEnabled = staticTargetDiscoveryEnabled
        self.sendTargetsDiscoveryEnabled = sendTargetsDiscoveryEnabled
