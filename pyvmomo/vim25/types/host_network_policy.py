# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNetworkPolicy: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_net_offload_capabilities import HostNetOffloadCapabilities
    from .host_network_security_policy import HostNetworkSecurityPolicy
    from .host_network_traffic_shaping_policy import HostNetworkTrafficShapingPolicy
    from .host_nic_teaming_policy import HostNicTeamingPolicy


class HostNetworkPolicy(DynamicData):
    """HostNetworkPolicy: data object extending DynamicData, since 2.0.

    Attributes:
        security: HostNetworkSecurityPolicy, optional, since 2.0.
        nicTeaming: HostNicTeamingPolicy, optional, since 2.0.
        offloadPolicy: HostNetOffloadCapabilities, optional, since 2.0.
        shapingPolicy: HostNetworkTrafficShapingPolicy, optional, since 2.0.
    """

    __slots__ = ("security", "nicTeaming", "offloadPolicy", "shapingPolicy", )
    _wire_name_: ClassVar[str] = "HostNetworkPolicy"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("security", "HostNetworkSecurityPolicy", 2, "2.0"),
        _F("nicTeaming", "HostNicTeamingPolicy", 2, "2.0"),
        _F("offloadPolicy", "HostNetOffloadCapabilities", 2, "2.0"),
        _F("shapingPolicy", "HostNetworkTrafficShapingPolicy", 2, "2.0"),
    )
    security: HostNetworkSecurityPolicy | None
    nicTeaming: HostNicTeamingPolicy | None
    offloadPolicy: HostNetOffloadCapabilities | None
    shapingPolicy: HostNetworkTrafficShapingPolicy | None

    def __init__(
        self,
        *,
        security: HostNetworkSecurityPolicy | None = None,
        nicTeaming: HostNicTeamingPolicy | None = None,
        offloadPolicy: HostNetOffloadCapabilities | None = None,
        shapingPolicy: HostNetworkTrafficShapingPolicy | None = None,
    ) -> None:
        self.security = security
        self.nicTeaming = nicTeaming
        self.offloadPolicy = offloadPolicy
        self.shapingPolicy = shapingPolicy
