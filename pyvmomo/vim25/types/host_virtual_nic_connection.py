# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVirtualNicConnection: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_switch_port_connection import DistributedVirtualSwitchPortConnection
    from .host_virtual_nic_opaque_network_spec import HostVirtualNicOpaqueNetworkSpec


class HostVirtualNicConnection(DynamicData):
    """HostVirtualNicConnection: data object extending DynamicData, since 4.0.

    Attributes:
        portgroup: string, optional, since 4.0.
        dvPort: DistributedVirtualSwitchPortConnection, optional, since 4.0.
        opNetwork: HostVirtualNicOpaqueNetworkSpec, optional, since 6.7.
    """

    __slots__ = ("portgroup", "dvPort", "opNetwork", )
    _wire_name_: ClassVar[str] = "HostVirtualNicConnection"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("portgroup", "string", 2, "4.0"),
        _F("dvPort", "DistributedVirtualSwitchPortConnection", 2, "4.0"),
        _F("opNetwork", "HostVirtualNicOpaqueNetworkSpec", 2, "6.7"),
    )
    portgroup: str | None
    dvPort: DistributedVirtualSwitchPortConnection | None
    opNetwork: HostVirtualNicOpaqueNetworkSpec | None

    def __init__(
        self,
        *,
        portgroup: str | None = None,
        dvPort: DistributedVirtualSwitchPortConnection | None = None,
        opNetwork: HostVirtualNicOpaqueNetworkSpec | None = None,
    ) -> None:
        self.portgroup = portgroup
        self.dvPort = dvPort
        self.opNetwork = opNetwork
