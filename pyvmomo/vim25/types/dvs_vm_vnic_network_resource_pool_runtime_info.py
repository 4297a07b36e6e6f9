# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsVmVnicNetworkResourcePoolRuntimeInfo: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_vnic_allocated_resource import DvsVnicAllocatedResource


class DvsVmVnicNetworkResourcePoolRuntimeInfo(DynamicData):
    """DvsVmVnicNetworkResourcePoolRuntimeInfo: data object extending DynamicData, since 6.0.

    Attributes:
        key: string, since 6.0.
        name: string, optional, since 6.0.
        capacity: int, optional, since 6.0.
        usage: int, optional, since 6.0.
        available: int, optional, since 6.0.
        status: string, since 6.0.
        allocatedResource: list of DvsVnicAllocatedResource, since 6.0.
    """

    __slots__ = ("key", "name", "capacity", "usage", "available", "status", "allocatedResource", )
    _wire_name_: ClassVar[str] = "DvsVmVnicNetworkResourcePoolRuntimeInfo"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "6.0"),
        _F("name", "string", 2, "6.0"),
        _F("capacity", "int", 2, "6.0"),
        _F("usage", "int", 2, "6.0"),
        _F("available", "int", 2, "6.0"),
        _F("status", "string", 0, "6.0"),
        _F("allocatedResource", "DvsVnicAllocatedResource", 3, "6.0"),
    )
    key: str
    name: str | None
    capacity: int | None
    usage: int | None
    available: int | None
    status: str
    allocatedResource: list[DvsVnicAllocatedResource]

    def __init__(
        self,
        *,
        key: str,
        status: str,
        name: str | None = None,
        capacity: int | None = None,
        usage: int | None = None,
        available: int | None = None,
        allocatedResource: list[DvsVnicAllocatedResource] | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.capacity = capacity
        self.usage = usage
        self.available = available
        self.status = status
        self.allocatedResource = [] if allocatedResource is None else allocatedResource
