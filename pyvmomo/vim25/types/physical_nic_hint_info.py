# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PhysicalNicHintInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .link_layer_discovery_protocol_info import LinkLayerDiscoveryProtocolInfo
    from .physical_nic_cdp_info import PhysicalNicCdpInfo
    from .physical_nic_ip_hint import PhysicalNicIpHint
    from .physical_nic_name_hint import PhysicalNicNameHint


class PhysicalNicHintInfo(DynamicData):
    """PhysicalNicHintInfo: data object extending DynamicData, since 2.0.

    Attributes:
        device: string, since 2.0.
        subnet: list of PhysicalNicIpHint, since 2.0.
        network: list of PhysicalNicNameHint, since 2.0.
        connectedSwitchPort: PhysicalNicCdpInfo, optional, since 2.5.
        lldpInfo: LinkLayerDiscoveryProtocolInfo, optional, since 5.0.
    """

    __slots__ = ("device", "subnet", "network", "connectedSwitchPort", "lldpInfo", )
    _wire_name_: ClassVar[str] = "PhysicalNicHintInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("device", "string", 0, "2.0"),
        _F("subnet", "PhysicalNicIpHint", 3, "2.0"),
        _F("network", "PhysicalNicNameHint", 3, "2.0"),
        _F("connectedSwitchPort", "PhysicalNicCdpInfo", 2, "2.5"),
        _F("lldpInfo", "LinkLayerDiscoveryProtocolInfo", 2, "5.0"),
    )
    device: str
    subnet: list[PhysicalNicIpHint]
    network: list[PhysicalNicNameHint]
    connectedSwitchPort: PhysicalNicCdpInfo | None
    lldpInfo: LinkLayerDiscoveryProtocolInfo | None

    def __init__(
        self,
        *,
        device: str,
        subnet: list[PhysicalNicIpHint] | None = None,
        network: list[PhysicalNicNameHint] | None = None,
        connectedSwitchPort: PhysicalNicCdpInfo | None = None,
        lldpInfo: LinkLayerDiscoveryProtocolInfo | None = None,
    ) -> None:
        self.device = device
        self.subnet = [] if subnet is None else subnet
        self.network = [] if network is None else network
        self.connectedSwitchPort = connectedSwitchPort
        self.lldpInfo = lldpInfo
