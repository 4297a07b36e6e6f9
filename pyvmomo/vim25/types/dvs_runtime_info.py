# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSRuntimeInfo: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_resource_runtime_info import DvsResourceRuntimeInfo
    from .host_member_runtime_info import HostMemberRuntimeInfo


class DVSRuntimeInfo(DynamicData):
    """DVSRuntimeInfo: data object extending DynamicData, since 5.1.

    Attributes:
        hostMemberRuntime: list of HostMemberRuntimeInfo, since 5.1.
        resourceRuntimeInfo: DvsResourceRuntimeInfo, optional, since 6.0.
    """

    __slots__ = ("hostMemberRuntime", "resourceRuntimeInfo", )
    _wire_name_: ClassVar[str] = "DVSRuntimeInfo"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostMemberRuntime", "HostMemberRuntimeInfo", 3, "5.1"),
        _F("resourceRuntimeInfo", "DvsResourceRuntimeInfo", 2, "6.0"),
    )
    hostMemberRuntime: list[HostMemberRuntimeInfo]
    resourceRuntimeInfo: DvsResourceRuntimeInfo | None

    def __init__(
        self,
        *,
        hostMemberRuntime: list[HostMemberRuntimeInfo] | None = None,
        resourceRuntimeInfo: DvsResourceRuntimeInfo | None = None,
    ) -> None:
        self.hostMemberRuntime = [] if hostMemberRuntime is None else hostMemberRuntime
        self.resourceRuntimeInfo = resourceRuntimeInfo
