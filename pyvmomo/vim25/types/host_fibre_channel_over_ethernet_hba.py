# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostFibreChannelOverEthernetHba: data object type, extends HostFibreChannelHba. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_fibre_channel_hba import HostFibreChannelHba
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import FibreChannelPortTypeValue
    from .host_fibre_channel_over_ethernet_hba_link_info import HostFibreChannelOverEthernetHbaLinkInfo


class HostFibreChannelOverEthernetHba(HostFibreChannelHba):
    """HostFibreChannelOverEthernetHba: data object extending HostFibreChannelHba, since 5.0.

    Attributes:
        underlyingNic: string, since 5.0.
        linkInfo: HostFibreChannelOverEthernetHbaLinkInfo, since 5.0.
        isSoftwareFcoe: boolean, since 5.0.
        markedForRemoval: boolean, since 5.0.
    """

    __slots__ = ("underlyingNic", "linkInfo", "isSoftwareFcoe", "markedForRemoval", )
    _wire_name_: ClassVar[str] = "HostFibreChannelOverEthernetHba"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "2.0"),
        _F("device", "string", 0, "2.0"),
        _F("bus", "int", 0, "2.0"),
        _F("status", "string", 0, "2.0"),
        _F("model", "string", 0, "2.0"),
        _F("driver", "string", 2, "2.0"),
        _F("pci", "string", 2, "2.0"),
        _F("storageProtocol", "string", 2, "7.0.0.0"),
        _F("portWorldWideName", "long", 0, "2.0"),
        _F("nodeWorldWideName", "long", 0, "2.0"),
        _F("portType", "FibreChannelPortType", 0, "2.0"),
        _F("speed", "long", 0, "2.0"),
        _F("underlyingNic", "string", 0, "5.0"),
        _F("linkInfo", "HostFibreChannelOverEthernetHbaLinkInfo", 0, "5.0"),
        _F("isSoftwareFcoe", "boolean", 0, "5.0"),
        _F("markedForRemoval", "boolean", 0, "5.0"),
    )
    underlyingNic: str
    linkInfo: HostFibreChannelOverEthernetHbaLinkInfo
    isSoftwareFcoe: bool
    markedForRemoval: bool

    def __init__(
        self,
        *,
        device: str,
        bus: int,
        status: str,
        model: str,
        portWorldWideName: int,
        nodeWorldWideName: int,
        portType: FibreChannelPortTypeValue | EnumValue,
        speed: int,
        underlyingNic: str,
        linkInfo: HostFibreChannelOverEthernetHbaLinkInfo,
        isSoftwareFcoe: bool,
        markedForRemoval: bool,
        key: str | None = None,
        driver: str | None = None,
        pci: str | None = None,
        storageProtocol: str | None = None,
    ) -> None:
        self.key = key
        self.device = device
        self.bus = bus
        self.status = status
        self.model = model
        self.driver = driver
        self.pci = pci
        self.storageProtocol = storageProtocol
        self.portWorldWideName = portWorldWideName
        self.nodeWorldWideName = nodeWorldWideName
        self.portType: str = portType
        self.speed = speed
        self.underlyingNic = underlyingNic
        self.linkInfo = linkInfo
        self.isSoftwareFcoe = isSoftwareFcoe
        self.markedForRemoval = markedForRemoval
