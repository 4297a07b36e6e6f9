# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationIPSettings: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import CustomizationNetBIOSModeValue
    from .customization_ip_settings_ip_v6_address_spec import CustomizationIPSettingsIpV6AddressSpec
    from .customization_ip_generator import CustomizationIpGenerator


class CustomizationIPSettings(DynamicData):
    """CustomizationIPSettings: data object extending DynamicData, since 2.0.

    Attributes:
        ip: CustomizationIpGenerator, since 2.0.
        subnetMask: string, optional, since 2.0.
        gateway: list of string, since 2.0.
        ipV6Spec: CustomizationIPSettingsIpV6AddressSpec, optional, since 4.0.
        dnsServerList: list of string, since 2.0.
        dnsDomain: string, optional, since 2.0.
        primaryWINS: string, optional, since 2.0.
        secondaryWINS: string, optional, since 2.0.
        netBIOS: CustomizationNetBIOSMode value (str), optional, since 2.0.
    """

    __slots__ = ("ip", "subnetMask", "gateway", "ipV6Spec", "dnsServerList", "dnsDomain", "primaryWINS", "secondaryWINS", "netBIOS", )
    _wire_name_: ClassVar[str] = "CustomizationIPSettings"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ip", "CustomizationIpGenerator", 0, "2.0"),
        _F("subnetMask", "string", 2, "2.0"),
        _F("gateway", "string", 3, "2.0"),
        _F("ipV6Spec", "CustomizationIPSettingsIpV6AddressSpec", 2, "4.0"),
        _F("dnsServerList", "string", 3, "2.0"),
        _F("dnsDomain", "string", 2, "2.0"),
        _F("primaryWINS", "string", 2, "2.0"),
        _F("secondaryWINS", "string", 2, "2.0"),
        _F("netBIOS", "CustomizationNetBIOSMode", 2, "2.0"),
    )
    ip: CustomizationIpGenerator
    subnetMask: str | None
    gateway: list[str]
    ipV6Spec: CustomizationIPSettingsIpV6AddressSpec | None
    dnsServerList: list[str]
    dnsDomain: str | None
    primaryWINS: str | None
    secondaryWINS: str | None
    netBIOS: str | None

    def __init__(
        self,
        *,
        ip: CustomizationIpGenerator,
        subnetMask: str | None = None,
        gateway: list[str] | None = None,
        ipV6Spec: CustomizationIPSettingsIpV6AddressSpec | None = None,
        dnsServerList: list[str] | None = None,
        dnsDomain: str | None = None,
        primaryWINS: str | None = None,
        secondaryWINS: str | None = None,
        netBIOS: CustomizationNetBIOSModeValue | EnumValue | None = None,
    ) -> None:
        self.ip = ip
        self.subnetMask = subnetMask
        self.gateway = [] if gateway is None else gateway
        self.ipV6Spec = ipV6Spec
        self.dnsServerList = [] if dnsServerList is None else dnsServerList
        self.dnsDomain = dnsDomain
        self.primaryWINS = primaryWINS
        self.secondaryWINS = secondaryWINS
        self.netBIOS = netBIOS
