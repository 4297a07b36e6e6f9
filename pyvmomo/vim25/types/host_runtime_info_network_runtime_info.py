# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostRuntimeInfoNetworkRuntimeInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_network_resource_runtime import HostNetworkResourceRuntime
    from .host_runtime_info_net_stack_instance_runtime_info import HostRuntimeInfoNetStackInstanceRuntimeInfo


class HostRuntimeInfoNetworkRuntimeInfo(DynamicData):
    """HostRuntimeInfoNetworkRuntimeInfo: data object extending DynamicData, since 5.5.

    Attributes:
        netStackInstanceRuntimeInfo: list of HostRuntimeInfoNetStackInstanceRuntimeInfo, since 5.5.
        networkResourceRuntime: HostNetworkResourceRuntime, optional, since 6.0.
    """

    __slots__ = ("netStackInstanceRuntimeInfo", "networkResourceRuntime", )
    _wire_name_: ClassVar[str] = "HostRuntimeInfoNetworkRuntimeInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("netStackInstanceRuntimeInfo", "HostRuntimeInfoNetStackInstanceRuntimeInfo", 3, "5.5"),
        _F("networkResourceRuntime", "HostNetworkResourceRuntime", 2, "6.0"),
    )
    netStackInstanceRuntimeInfo: list[HostRuntimeInfoNetStackInstanceRuntimeInfo]
    networkResourceRuntime: HostNetworkResourceRuntime | None

    def __init__(
        self,
        *,
        netStackInstanceRuntimeInfo: list[HostRuntimeInfoNetStackInstanceRuntimeInfo] | None = None,
        networkResourceRuntime: HostNetworkResourceRuntime | None = None,
    ) -> None:
        self.netStackInstanceRuntimeInfo = [] if netStackInstanceRuntimeInfo is None else netStackInstanceRuntimeInfo
        self.networkResourceRuntime = networkResourceRuntime
