# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourceConfigSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ..managed.managed_entity import ManagedEntity
    from .resource_allocation_info import ResourceAllocationInfo


class ResourceConfigSpec(DynamicData):
    """ResourceConfigSpec: data object extending DynamicData, since 2.0.

    Attributes:
        entity: reference to ManagedEntity, optional, since 2.0.
        changeVersion: string, optional, since 2.0.
        lastModified: dateTime, optional, since 2.0.
        cpuAllocation: ResourceAllocationInfo, since 2.0.
        memoryAllocation: ResourceAllocationInfo, since 2.0.
        scaleDescendantsShares: string, optional, since 7.0.0.0.
    """

    __slots__ = ("entity", "changeVersion", "lastModified", "cpuAllocation", "memoryAllocation", "scaleDescendantsShares", )
    _wire_name_: ClassVar[str] = "ResourceConfigSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
        _F("changeVersion", "string", 2, "2.0"),
        _F("lastModified", "dateTime", 2, "2.0"),
        _F("cpuAllocation", "ResourceAllocationInfo", 0, "2.0"),
        _F("memoryAllocation", "ResourceAllocationInfo", 0, "2.0"),
        _F("scaleDescendantsShares", "string", 2, "7.0.0.0"),
    )
    entity: ManagedEntity | None
    changeVersion: str | None
    lastModified: datetime | None
    cpuAllocation: ResourceAllocationInfo
    memoryAllocation: ResourceAllocationInfo
    scaleDescendantsShares: str | None

    def __init__(
        self,
        *,
        cpuAllocation: ResourceAllocationInfo,
        memoryAllocation: ResourceAllocationInfo,
        entity: ManagedEntity | None = None,
        changeVersion: str | None = None,
        lastModified: datetime | None = None,
        scaleDescendantsShares: str | None = None,
    ) -> None:
        self.entity = entity
        self.changeVersion = changeVersion
        self.lastModified = lastModified
        self.cpuAllocation = cpuAllocation
        self.memoryAllocation = memoryAllocation
        self.scaleDescendantsShares = scaleDescendantsShares
