# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSNetworkResourcePoolConfigSpec: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_network_resource_pool_allocation_info import DVSNetworkResourcePoolAllocationInfo


class DVSNetworkResourcePoolConfigSpec(DynamicData):
    """DVSNetworkResourcePoolConfigSpec: data object extending DynamicData, since 4.1.

    Attributes:
        key: string, since 4.1.
        configVersion: string, optional, since 4.1.
        allocationInfo: DVSNetworkResourcePoolAllocationInfo, optional, since 4.1.
        name: string, optional, since 5.0.
        description: string, optional, since 5.0.
    """

    __slots__ = ("key", "configVersion", "allocationInfo", "name", "description", )
    _wire_name_: ClassVar[str] = "DVSNetworkResourcePoolConfigSpec"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.1"),
        _F("configVersion", "string", 2, "4.1"),
        _F("allocationInfo", "DVSNetworkResourcePoolAllocationInfo", 2, "4.1"),
        _F("name", "string", 2, "5.0"),
        _F("description", "string", 2, "5.0"),
    )
    key: str
    configVersion: str | None
    allocationInfo: DVSNetworkResourcePoolAllocationInfo | None
    name: str | None
    description: str | None

    def __init__(
        self,
        *,
        key: str,
        configVersion: str | None = None,
        allocationInfo: DVSNetworkResourcePoolAllocationInfo | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        self.key = key
        self.configVersion = configVersion
        self.allocationInfo = allocationInfo
        self.name = name
        self.description = description
