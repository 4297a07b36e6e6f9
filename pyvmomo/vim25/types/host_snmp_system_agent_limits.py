# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSnmpSystemAgentLimits: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import HostSnmpAgentCapabilityValue


class HostSnmpSystemAgentLimits(DynamicData):
    """HostSnmpSystemAgentLimits: data object extending DynamicData, since 2.5.

    Attributes:
        maxReadOnlyCommunities: int, since 2.5.
        maxTrapDestinations: int, since 2.5.
        maxCommunityLength: int, since 2.5.
        maxBufferSize: int, since 2.5.
        capability: HostSnmpAgentCapability value (str), optional, since 4.0.
    """

    __slots__ = ("maxReadOnlyCommunities", "maxTrapDestinations", "maxCommunityLength", "maxBufferSize", "capability", )
    _wire_name_: ClassVar[str] = "HostSnmpSystemAgentLimits"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("maxReadOnlyCommunities", "int", 0, "2.5"),
        _F("maxTrapDestinations", "int", 0, "2.5"),
        _F("maxCommunityLength", "int", 0, "2.5"),
        _F("maxBufferSize", "int", 0, "2.5"),
        _F("capability", "HostSnmpAgentCapability", 2, "4.0"),
    )
    maxReadOnlyCommunities: int
    maxTrapDestinations: int
    maxCommunityLength: int
    maxBufferSize: int
    capability: str | None

    def __init__(
        self,
        *,
        maxReadOnlyCommunities: int,
        maxTrapDestinations: int,
        maxCommunityLength: int,
        maxBufferSize: int,
        capability: HostSnmpAgentCapabilityValue | EnumValue | None = None,
    ) -> None:
        self.maxReadOnlyCommunities = maxReadOnlyCommunities
        self.maxTrapDestinations = maxTrapDestinations
        self.maxCommunityLength = maxCommunityLength
        self.maxBufferSize = maxBufferSize
        self.capability = capability
