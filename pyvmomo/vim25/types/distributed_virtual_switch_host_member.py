# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchHostMember: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_switch_host_member_config_info import DistributedVirtualSwitchHostMemberConfigInfo
    from .distributed_virtual_switch_host_member_runtime_state import DistributedVirtualSwitchHostMemberRuntimeState
    from .distributed_virtual_switch_product_spec import DistributedVirtualSwitchProductSpec


class DistributedVirtualSwitchHostMember(DynamicData):
    """DistributedVirtualSwitchHostMember: data object extending DynamicData, since 4.0.

    Attributes:
        runtimeState: DistributedVirtualSwitchHostMemberRuntimeState, optional, since 5.0.
        config: DistributedVirtualSwitchHostMemberConfigInfo, since 4.0.
        productInfo: DistributedVirtualSwitchProductSpec, optional, since 4.0.
        uplinkPortKey: list of string, since 4.0.
        status: string, since 4.0.
        statusDetail: string, optional, since 4.1.
    """

    __slots__ = ("runtimeState", "config", "productInfo", "uplinkPortKey", "status", "statusDetail", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchHostMember"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("runtimeState", "DistributedVirtualSwitchHostMemberRuntimeState", 2, "5.0"),
        _F("config", "DistributedVirtualSwitchHostMemberConfigInfo", 0, "4.0"),
        _F("productInfo", "DistributedVirtualSwitchProductSpec", 2, "4.0"),
        _F("uplinkPortKey", "string", 3, "4.0"),
        _F("status", "string", 0, "4.0"),
        _F("statusDetail", "string", 2, "4.1"),
    )
    runtimeState: DistributedVirtualSwitchHostMemberRuntimeState | None
    config: DistributedVirtualSwitchHostMemberConfigInfo
    productInfo: DistributedVirtualSwitchProductSpec | None
    uplinkPortKey: list[str]
    status: str
    statusDetail: str | None

    def __init__(
        self,
        *,
        config: DistributedVirtualSwitchHostMemberConfigInfo,
        status: str,
        runtimeState: DistributedVirtualSwitchHostMemberRuntimeState | None = None,
        productInfo: DistributedVirtualSwitchProductSpec | None = None,
        uplinkPortKey: list[str] | None = None,
        statusDetail: str | None = None,
    ) -> None:
        self.runtimeState = runtimeState
        self.config = config
        self.productInfo = productInfo
        self.uplinkPortKey = [] if uplinkPortKey is None else uplinkPortKey
        self.status = status
        self.statusDetail = statusDetail
