# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostOpaqueNetworkInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .opaque_network_capability import OpaqueNetworkCapability
    from .option_value import OptionValue


class HostOpaqueNetworkInfo(DynamicData):
    """HostOpaqueNetworkInfo: data object extending DynamicData, since 5.5.

    Attributes:
        opaqueNetworkId: string, since 5.5.
        opaqueNetworkName: string, since 5.5.
        opaqueNetworkType: string, since 5.5.
        pnicZone: list of string, since 6.0.
        capability: OpaqueNetworkCapability, optional, since 6.5.
        extraConfig: list of OptionValue, since 6.5.
    """

    __slots__ = ("opaqueNetworkId", "opaqueNetworkName", "opaqueNetworkType", "pnicZone", "capability", "extraConfig", )
    _wire_name_: ClassVar[str] = "HostOpaqueNetworkInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("opaqueNetworkId", "string", 0, "5.5"),
        _F("opaqueNetworkName", "string", 0, "5.5"),
        _F("opaqueNetworkType", "string", 0, "5.5"),
        _F("pnicZone", "string", 3, "6.0"),
        _F("capability", "OpaqueNetworkCapability", 2, "6.5"),
        _F("extraConfig", "OptionValue", 3, "6.5"),
    )
    opaqueNetworkId: str
    opaqueNetworkName: str
    opaqueNetworkType: str
    pnicZone: list[str]
    capability: OpaqueNetworkCapability | None
    extraConfig: list[OptionValue]

    def __init__(
        self,
        *,
        opaqueNetworkId: str,
        opaqueNetworkName: str,
        opaqueNetworkType: str,
        pnicZone: list[str] | None = None,
        capability: OpaqueNetworkCapability | None = None,
        extraConfig: Sequence[OptionValue] | None = None,
    ) -> None:
        self.opaqueNetworkId = opaqueNetworkId
        self.opaqueNetworkName = opaqueNetworkName
        self.opaqueNetworkType = opaqueNetworkType
        self.pnicZone = [] if pnicZone is None else pnicZone
        self.capability = capability
        self.extraConfig = [] if extraConfig is None else list(extraConfig)
