# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVirtualSwitchSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_network_policy import HostNetworkPolicy
    from .host_virtual_switch_bridge import HostVirtualSwitchBridge


class HostVirtualSwitchSpec(DynamicData):
    """HostVirtualSwitchSpec: data object extending DynamicData, since 2.0.

    Attributes:
        numPorts: int, since 2.0.
        bridge: HostVirtualSwitchBridge, optional, since 2.0.
        policy: HostNetworkPolicy, optional, since 2.0.
        mtu: int, optional, since 2.5.
    """

    __slots__ = ("numPorts", "bridge", "policy", "mtu", )
    _wire_name_: ClassVar[str] = "HostVirtualSwitchSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("numPorts", "int", 0, "2.0"),
        _F("bridge", "HostVirtualSwitchBridge", 2, "2.0"),
        _F("policy", "HostNetworkPolicy", 2, "2.0"),
        _F("mtu", "int", 2, "2.5"),
    )
    numPorts: int
    bridge: HostVirtualSwitchBridge | None
    policy: HostNetworkPolicy | None
    mtu: int | None

    def __init__(
        self,
        *,
        numPorts: int,
        bridge: HostVirtualSwitchBridge | None = None,
        policy: HostNetworkPolicy | None = None,
        mtu: int | None = None,
    ) -> None:
        self.numPorts = numPorts
        self.bridge = bridge
        self.policy = policy
        self.mtu = mtu
