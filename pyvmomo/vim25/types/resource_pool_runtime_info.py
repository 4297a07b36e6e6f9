# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourcePoolRuntimeInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .resource_pool_resource_usage import ResourcePoolResourceUsage


class ResourcePoolRuntimeInfo(DynamicData):
    """ResourcePoolRuntimeInfo: data object extending DynamicData, since 2.0.

    Attributes:
        memory: ResourcePoolResourceUsage, since 2.0.
        cpu: ResourcePoolResourceUsage, since 2.0.
        overallStatus: ManagedEntityStatus value (str), since 2.0.
        sharesScalable: string, optional, since 7.0.0.0.
    """

    __slots__ = ("memory", "cpu", "overallStatus", "sharesScalable", )
    _wire_name_: ClassVar[str] = "ResourcePoolRuntimeInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("memory", "ResourcePoolResourceUsage", 0, "2.0"),
        _F("cpu", "ResourcePoolResourceUsage", 0, "2.0"),
        _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
        _F("sharesScalable", "string", 2, "7.0.0.0"),
    )
    memory: ResourcePoolResourceUsage
    cpu: ResourcePoolResourceUsage
    overallStatus: str
    sharesScalable: str | None

    def __init__(
        self,
        *,
        memory: ResourcePoolResourceUsage,
        cpu: ResourcePoolResourceUsage,
        overallStatus: ManagedEntityStatusValue | EnumValue,
        sharesScalable: str | None = None,
    ) -> None:
        self.memory = memory
        self.cpu = cpu
        self.overallStatus = overallStatus
        self.sharesScalable = sharesScalable
