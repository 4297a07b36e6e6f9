# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageDrsPodConfigSpec: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_rule_spec import ClusterRuleSpec
    from .storage_drs_automation_config import StorageDrsAutomationConfig
    from .storage_drs_io_load_balance_config import StorageDrsIoLoadBalanceConfig
    from .storage_drs_option_spec import StorageDrsOptionSpec
    from .storage_drs_space_load_balance_config import StorageDrsSpaceLoadBalanceConfig


class StorageDrsPodConfigSpec(DynamicData):
    """StorageDrsPodConfigSpec: data object extending DynamicData, since 5.0.

    Attributes:
        enabled: boolean, optional, since 5.0.
        ioLoadBalanceEnabled: boolean, optional, since 5.0.
        defaultVmBehavior: string, optional, since 5.0.
        loadBalanceInterval: int, optional, since 5.0.
        defaultIntraVmAffinity: boolean, optional, since 5.0.
        spaceLoadBalanceConfig: StorageDrsSpaceLoadBalanceConfig, optional, since 5.0.
        ioLoadBalanceConfig: StorageDrsIoLoadBalanceConfig, optional, since 5.0.
        automationOverrides: StorageDrsAutomationConfig, optional, since 6.0.
        rule: list of ClusterRuleSpec, since 5.0.
        option: list of StorageDrsOptionSpec, since 5.0.
    """

    __slots__ = ("enabled", "ioLoadBalanceEnabled", "defaultVmBehavior", "loadBalanceInterval", "defaultIntraVmAffinity", "spaceLoadBalanceConfig", "ioLoadBalanceConfig", "automationOverrides", "rule", "option", )
    _wire_name_: ClassVar[str] = "StorageDrsPodConfigSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "5.0"),
        _F("ioLoadBalanceEnabled", "boolean", 2, "5.0"),
        _F("defaultVmBehavior", "string", 2, "5.0"),
        _F("loadBalanceInterval", "int", 2, "5.0"),
        _F("defaultIntraVmAffinity", "boolean", 2, "5.0"),
        _F("spaceLoadBalanceConfig", "StorageDrsSpaceLoadBalanceConfig", 2, "5.0"),
        _F("ioLoadBalanceConfig", "StorageDrsIoLoadBalanceConfig", 2, "5.0"),
        _F("automationOverrides", "StorageDrsAutomationConfig", 2, "6.0"),
        _F("rule", "ClusterRuleSpec", 3, "5.0"),
        _F("option", "StorageDrsOptionSpec", 3, "5.0"),
    )
    enabled: bool | None
    ioLoadBalanceEnabled: bool | None
    defaultVmBehavior: str | None
    loadBalanceInterval: int | None
    defaultIntraVmAffinity: bool | None
    spaceLoadBalanceConfig: StorageDrsSpaceLoadBalanceConfig | None
    ioLoadBalanceConfig: StorageDrsIoLoadBalanceConfig | None
    automationOverrides: StorageDrsAutomationConfig | None
    rule: list[ClusterRuleSpec]
    option: list[StorageDrsOptionSpec]

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        ioLoadBalanceEnabled: bool | None = None,
        defaultVmBehavior: str | None = None,
        loadBalanceInterval: int | None = None,
        defaultIntraVmAffinity: bool | None = None,
        spaceLoadBalanceConfig: StorageDrsSpaceLoadBalanceConfig | None = None,
        ioLoadBalanceConfig: StorageDrsIoLoadBalanceConfig | None = None,
        automationOverrides: StorageDrsAutomationConfig | None = None,
        rule: list[ClusterRuleSpec] | None = None,
        option: list[StorageDrsOptionSpec] | None = None,
    ) -> None:
        self.enabled = enabled
        self.ioLoadBalanceEnabled = ioLoadBalanceEnabled
        self.defaultVmBehavior = defaultVmBehavior
        self.loadBalanceInterval = loadBalanceInterval
        self.defaultIntraVmAffinity = defaultIntraVmAffinity
        self.spaceLoadBalanceConfig = spaceLoadBalanceConfig
        self.ioLoadBalanceConfig = ioLoadBalanceConfig
        self.automationOverrides = automationOverrides
        self.rule = [] if rule is None else rule
        self.option = [] if option is None else option
