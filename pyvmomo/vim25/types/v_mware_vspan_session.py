# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareVspanSession: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .v_mware_vspan_port import VMwareVspanPort


class VMwareVspanSession(DynamicData):
    """VMwareVspanSession: data object extending DynamicData, since 5.0.

    Attributes:
        key: string, optional, since 5.0.
        name: string, optional, since 5.0.
        description: string, optional, since 5.0.
        enabled: boolean, since 5.0.
        sourcePortTransmitted: VMwareVspanPort, optional, since 5.0.
        sourcePortReceived: VMwareVspanPort, optional, since 5.0.
        destinationPort: VMwareVspanPort, optional, since 5.0.
        encapsulationVlanId: int, optional, since 5.0.
        stripOriginalVlan: boolean, since 5.0.
        mirroredPacketLength: int, optional, since 5.0.
        normalTrafficAllowed: boolean, since 5.0.
        sessionType: string, optional, since 5.1.
        samplingRate: int, optional, since 5.1.
        encapType: string, optional, since 6.5.
        erspanId: int, optional, since 6.5.
        erspanCOS: int, optional, since 6.5.
        erspanGraNanosec: boolean, optional, since 6.5.
        netstack: string, optional, since 6.7.
    """

    __slots__ = ("key", "name", "description", "enabled", "sourcePortTransmitted", "sourcePortReceived", "destinationPort", "encapsulationVlanId", "stripOriginalVlan", "mirroredPacketLength", "normalTrafficAllowed", "sessionType", "samplingRate", "encapType", "erspanId", "erspanCOS", "erspanGraNanosec", "netstack", )
    _wire_name_: ClassVar[str] = "VMwareVspanSession"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "5.0"),
        _F("name", "string", 2, "5.0"),
        _F("description", "string", 2, "5.0"),
        _F("enabled", "boolean", 0, "5.0"),
        _F("sourcePortTransmitted", "VMwareVspanPort", 2, "5.0"),
        _F("sourcePortReceived", "VMwareVspanPort", 2, "5.0"),
        _F("destinationPort", "VMwareVspanPort", 2, "5.0"),
        _F("encapsulationVlanId", "int", 2, "5.0"),
        _F("stripOriginalVlan", "boolean", 0, "5.0"),
        _F("mirroredPacketLength", "int", 2, "5.0"),
        _F("normalTrafficAllowed", "boolean", 0, "5.0"),
        _F("sessionType", "string", 2, "5.1"),
        _F("samplingRate", "int", 2, "5.1"),
        _F("encapType", "string", 2, "6.5"),
        _F("erspanId", "int", 2, "6.5"),
        _F("erspanCOS", "int", 2, "6.5"),
        _F("erspanGraNanosec", "boolean", 2, "6.5"),
        _F("netstack", "string", 2, "6.7"),
    )
    key: str | None
    name: str | None
    description: str | None
    enabled: bool
    sourcePortTransmitted: VMwareVspanPort | None
    sourcePortReceived: VMwareVspanPort | None
    destinationPort: VMwareVspanPort | None
    encapsulationVlanId: int | None
    stripOriginalVlan: bool
    mirroredPacketLength: int | None
    normalTrafficAllowed: bool
    sessionType: str | None
    samplingRate: int | None
    encapType: str | None
    erspanId: int | None
    erspanCOS: int | None
    erspanGraNanosec: bool | None
    netstack: str | None

    def __init__(
        self,
        *,
        enabled: bool,
        stripOriginalVlan: bool,
        normalTrafficAllowed: bool,
        key: str | None = None,
        name: str | None = None,
        description: str | None = None,
        sourcePortTransmitted: VMwareVspanPort | None = None,
        sourcePortReceived: VMwareVspanPort | None = None,
        destinationPort: VMwareVspanPort | None = None,
        encapsulationVlanId: int | None = None,
        mirroredPacketLength: int | None = None,
        sessionType: str | None = None,
        samplingRate: int | None = None,
        encapType: str | None = None,
        erspanId: int | None = None,
        erspanCOS: int | None = None,
        erspanGraNanosec: bool | None = None,
        netstack: str | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.description = description
        self.enabled = enabled
        self.sourcePortTransmitted = sourcePortTransmitted
        self.sourcePortReceived = sourcePortReceived
        self.destinationPort = destinationPort
        self.encapsulationVlanId = encapsulationVlanId
        self.stripOriginalVlan = stripOriginalVlan
        self.mirroredPacketLength = mirroredPacketLength
        self.normalTrafficAllowed = normalTrafficAllowed
        self.sessionType = sessionType
        self.samplingRate = samplingRate
        self.encapType = encapType
        self.erspanId = erspanId
        self.erspanCOS = erspanCOS
        self.erspanGraNanosec = erspanGraNanosec
        self.netstack = netstack
