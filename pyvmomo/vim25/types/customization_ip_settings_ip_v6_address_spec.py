# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationIPSettingsIpV6AddressSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .customization_ip_v6_generator import CustomizationIpV6Generator


class CustomizationIPSettingsIpV6AddressSpec(DynamicData):
    """CustomizationIPSettingsIpV6AddressSpec: data object extending DynamicData, since 4.0.

    Attributes:
        ip: list of CustomizationIpV6Generator, since 4.0.
        gateway: list of string, since 4.0.
    """

    __slots__ = ("ip", "gateway", )
    _wire_name_: ClassVar[str] = "CustomizationIPSettingsIpV6AddressSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ip", "CustomizationIpV6Generator", 1, "4.0"),
        _F("gateway", "string", 3, "4.0"),
    )
    ip: list[CustomizationIpV6Generator]
    gateway: list[str]

    def __init__(
        self,
        *,
        ip: Sequence[CustomizationIpV6Generator],
        gateway: list[str] | None = None,
    ) -> None:
        self.ip = list(ip)
        self.gateway = [] if gateway is None else gateway
