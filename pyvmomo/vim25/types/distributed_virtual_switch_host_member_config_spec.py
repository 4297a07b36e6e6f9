# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchHostMemberConfigSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_switch_host_member_backing import DistributedVirtualSwitchHostMemberBacking
    from .distributed_virtual_switch_keyed_opaque_blob import DistributedVirtualSwitchKeyedOpaqueBlob
    from ..managed.host_system import HostSystem


class DistributedVirtualSwitchHostMemberConfigSpec(DynamicData):
    """DistributedVirtualSwitchHostMemberConfigSpec: data object extending DynamicData, since 4.0.

    Attributes:
        operation: string, since 4.0.
        host: reference to HostSystem, since 4.0.
        backing: DistributedVirtualSwitchHostMemberBacking, optional, since 4.0.
        maxProxySwitchPorts: int, optional, since 4.0.
        vendorSpecificConfig: list of DistributedVirtualSwitchKeyedOpaqueBlob, since 4.0.
    """

    __slots__ = ("operation", "host", "backing", "maxProxySwitchPorts", "vendorSpecificConfig", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchHostMemberConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "string", 0, "4.0"),
        _F("host", "ManagedObjectReference", 0, "4.0", target="HostSystem"),
        _F("backing", "DistributedVirtualSwitchHostMemberBacking", 2, "4.0"),
        _F("maxProxySwitchPorts", "int", 2, "4.0"),
        _F("vendorSpecificConfig", "DistributedVirtualSwitchKeyedOpaqueBlob", 3, "4.0"),
    )
    operation: str
    host: HostSystem
    backing: DistributedVirtualSwitchHostMemberBacking | None
    maxProxySwitchPorts: int | None
    vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob]

    def __init__(
        self,
        *,
        operation: str,
        host: HostSystem,
        backing: DistributedVirtualSwitchHostMemberBacking | None = None,
        maxProxySwitchPorts: int | None = None,
        vendorSpecificConfig: list[DistributedVirtualSwitchKeyedOpaqueBlob] | None = None,
    ) -> None:
        self.operation = operation
        self.host = host
        self.backing = backing
        self.maxProxySwitchPorts = maxProxySwitchPorts
        self.vendorSpecificConfig = [] if vendorSpecificConfig is None else vendorSpecificConfig
