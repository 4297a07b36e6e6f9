# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSManagerDvsConfigTarget: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_portgroup_info import DistributedVirtualPortgroupInfo
    from .distributed_virtual_switch_info import DistributedVirtualSwitchInfo


class DVSManagerDvsConfigTarget(DynamicData):
    """DVSManagerDvsConfigTarget: data object extending DynamicData, since 4.0.

    Attributes:
        distributedVirtualPortgroup: list of DistributedVirtualPortgroupInfo, since 4.0.
        distributedVirtualSwitch: list of DistributedVirtualSwitchInfo, since 4.0.
    """

    __slots__ = ("distributedVirtualPortgroup", "distributedVirtualSwitch", )
    _wire_name_: ClassVar[str] = "DVSManagerDvsConfigTarget"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("distributedVirtualPortgroup", "DistributedVirtualPortgroupInfo", 3, "4.0"),
        _F("distributedVirtualSwitch", "DistributedVirtualSwitchInfo", 3, "4.0"),
    )
    distributedVirtualPortgroup: list[DistributedVirtualPortgroupInfo]
    distributedVirtualSwitch: list[DistributedVirtualSwitchInfo]

    def __init__(
        self,
        *,
        distributedVirtualPortgroup: list[DistributedVirtualPortgroupInfo] | None = None,
        distributedVirtualSwitch: list[DistributedVirtualSwitchInfo] | None = None,
    ) -> None:
        self.distributedVirtualPortgroup = [] if distributedVirtualPortgroup is None else distributedVirtualPortgroup
        self.distributedVirtualSwitch = [] if distributedVirtualSwitch is None else distributedVirtualSwitch
