# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PhysicalNicSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_ip_config import HostIpConfig
    from .physical_nic_link_info import PhysicalNicLinkInfo


class PhysicalNicSpec(DynamicData):
    """PhysicalNicSpec: data object extending DynamicData, since 2.0.

    Attributes:
        ip: HostIpConfig, optional, since 2.0.
        linkSpeed: PhysicalNicLinkInfo, optional, since 2.0.
        enableEnhancedNetworkingStack: boolean, optional, since 6.7.
        ensInterruptEnabled: boolean, optional, since 7.0.0.0.
    """

    __slots__ = ("ip", "linkSpeed", "enableEnhancedNetworkingStack", "ensInterruptEnabled", )
    _wire_name_: ClassVar[str] = "PhysicalNicSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("ip", "HostIpConfig", 2, "2.0"),
        _F("linkSpeed", "PhysicalNicLinkInfo", 2, "2.0"),
        _F("enableEnhancedNetworkingStack", "boolean", 2, "6.7"),
        _F("ensInterruptEnabled", "boolean", 2, "7.0.0.0"),
    )
    ip: HostIpConfig | None
    linkSpeed: PhysicalNicLinkInfo | None
    enableEnhancedNetworkingStack: bool | None
    ensInterruptEnabled: bool | None

    def __init__(
        self,
        *,
        ip: HostIpConfig | None = None,
        linkSpeed: PhysicalNicLinkInfo | None = None,
        enableEnhancedNetworkingStack: bool | None = None,
        ensInterruptEnabled: bool | None = None,
    ) -> None:
        self.ip = ip
        self.linkSpeed = linkSpeed
        self.enableEnhancedNetworkingStack = enableEnhancedNetworkingStack
        self.ensInterruptEnabled = ensInterruptEnabled
