# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ResourcePoolSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .resource_config_spec import ResourceConfigSpec
    from .resource_pool_quick_stats import ResourcePoolQuickStats
    from .resource_pool_runtime_info import ResourcePoolRuntimeInfo


class ResourcePoolSummary(DynamicData):
    """ResourcePoolSummary: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        config: ResourceConfigSpec, since 2.0.
        runtime: ResourcePoolRuntimeInfo, since 2.0.
        quickStats: ResourcePoolQuickStats, optional, since 4.0.
        configuredMemoryMB: int, optional, since 4.0.
    """

    __slots__ = ("name", "config", "runtime", "quickStats", "configuredMemoryMB", )
    _wire_name_: ClassVar[str] = "ResourcePoolSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("config", "ResourceConfigSpec", 0, "2.0"),
        _F("runtime", "ResourcePoolRuntimeInfo", 0, "2.0"),
        _F("quickStats", "ResourcePoolQuickStats", 2, "4.0"),
        _F("configuredMemoryMB", "int", 2, "4.0"),
    )
    name: str
    config: ResourceConfigSpec
    runtime: ResourcePoolRuntimeInfo
    quickStats: ResourcePoolQuickStats | None
    configuredMemoryMB: int | None

    def __init__(
        self,
        *,
        name: str,
        config: ResourceConfigSpec,
        runtime: ResourcePoolRuntimeInfo,
        quickStats: ResourcePoolQuickStats | None = None,
        configuredMemoryMB: int | None = None,
    ) -> None:
        self.name = name
        self.config = config
        self.runtime = runtime
        self.quickStats = quickStats
        self.configuredMemoryMB = configuredMemoryMB
