# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostFibreChannelOverEthernetTargetTransport: data object type, extends HostFibreChannelTargetTransport. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .host_fibre_channel_target_transport import HostFibreChannelTargetTransport
from pyvmomo._base import Field as _F


class HostFibreChannelOverEthernetTargetTransport(HostFibreChannelTargetTransport):
    """HostFibreChannelOverEthernetTargetTransport: data object extending HostFibreChannelTargetTransport, since 5.0.

    Attributes:
        vnportMac: string, since 5.0.
        fcfMac: string, since 5.0.
        vlanId: int, since 5.0.
    """

    __slots__ = ("vnportMac", "fcfMac", "vlanId", )
    _wire_name_: ClassVar[str] = "HostFibreChannelOverEthernetTargetTransport"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("portWorldWideName", "long", 0, "2.0"),
        _F("nodeWorldWideName", "long", 0, "2.0"),
        _F("vnportMac", "string", 0, "5.0"),
        _F("fcfMac", "string", 0, "5.0"),
        _F("vlanId", "int", 0, "5.0"),
    )
    vnportMac: str
    fcfMac: str
    vlanId: int

    def __init__(
        self,
        *,
        portWorldWideName: int,
        nodeWorldWideName: int,
        vnportMac: str,
        fcfMac: str,
        vlanId: int,
    ) -> None:
        self.portWorldWideName = portWorldWideName
        self.nodeWorldWideName = nodeWorldWideName
        self.vnportMac = vnportMac
        self.fcfMac = fcfMac
        self.vlanId = vlanId
