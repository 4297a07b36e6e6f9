# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualAppSummary: data object type, extends ResourcePoolSummary. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .resource_pool_summary import ResourcePoolSummary
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualAppVAppStateValue
    from .resource_config_spec import ResourceConfigSpec
    from .resource_pool_quick_stats import ResourcePoolQuickStats
    from .resource_pool_runtime_info import ResourcePoolRuntimeInfo
    from .v_app_product_info import VAppProductInfo


class VirtualAppSummary(ResourcePoolSummary):
    """VirtualAppSummary: data object extending ResourcePoolSummary, since 4.0.

    Attributes:
        product: VAppProductInfo, optional, since 4.0.
        vAppState: VirtualAppVAppState value (str), optional, since 4.0.
        suspended: boolean, optional, since 4.1.
        installBootRequired: boolean, optional, since 4.0.
        instanceUuid: string, optional, since 4.1.
    """

    __slots__ = ("product", "vAppState", "suspended", "installBootRequired", "instanceUuid", )
    _wire_name_: ClassVar[str] = "VirtualAppSummary"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("config", "ResourceConfigSpec", 0, "2.0"),
        _F("runtime", "ResourcePoolRuntimeInfo", 0, "2.0"),
        _F("quickStats", "ResourcePoolQuickStats", 2, "4.0"),
        _F("configuredMemoryMB", "int", 2, "4.0"),
        _F("product", "VAppProductInfo", 2, "4.0"),
        _F("vAppState", "VirtualAppVAppState", 2, "4.0"),
        _F("suspended", "boolean", 2, "4.1"),
        _F("installBootRequired", "boolean", 2, "4.0"),
        _F("instanceUuid", "string", 2, "4.1"),
    )
    product: VAppProductInfo | None
    vAppState: str | None
    suspended: bool | None
    installBootRequired: bool | None
    instanceUuid: str | None

    def __init__(
        self,
        *,
        name: str,
        config: ResourceConfigSpec,
        runtime: ResourcePoolRuntimeInfo,
        quickStats: ResourcePoolQuickStats | None = None,
        configuredMemoryMB: int | None = None,
        product: VAppProductInfo | None = None,
        vAppState: VirtualAppVAppStateValue | EnumValue | None = None,
        suspended: bool | None = None,
        installBootRequired: bool | None = None,
        instanceUuid: str | None = None,
    ) -> None:
        self.name = name
        self.config = config
        self.runtime = runtime
        self.quickStats = quickStats
        self.configuredMemoryMB = configuredMemoryMB
        self.product = product
        self.vAppState = vAppState
        self.suspended = suspended
        self.installBootRequired = installBootRequired
        self.instanceUuid = instanceUuid
