# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .custom_field_value import CustomFieldValue
    from ..managed.virtual_machine import VirtualMachine
    from .virtual_machine_config_summary import VirtualMachineConfigSummary
    from .virtual_machine_guest_summary import VirtualMachineGuestSummary
    from .virtual_machine_quick_stats import VirtualMachineQuickStats
    from .virtual_machine_runtime_info import VirtualMachineRuntimeInfo
    from .virtual_machine_storage_summary import VirtualMachineStorageSummary


class VirtualMachineSummary(DynamicData):
    """VirtualMachineSummary: data object extending DynamicData, since 2.0.

    Attributes:
        vm: reference to VirtualMachine, optional, since 2.0.
        runtime: VirtualMachineRuntimeInfo, since 2.0.
        guest: VirtualMachineGuestSummary, optional, since 2.0.
        config: VirtualMachineConfigSummary, since 2.0.
        storage: VirtualMachineStorageSummary, optional, since 4.0.
        quickStats: VirtualMachineQuickStats, since 2.0.
        overallStatus: ManagedEntityStatus value (str), since 2.0.
        customValue: list of CustomFieldValue, since 2.0.
    """

    __slots__ = ("vm", "runtime", "guest", "config", "storage", "quickStats", "overallStatus", "customValue", )
    _wire_name_: ClassVar[str] = "VirtualMachineSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vm", "ManagedObjectReference", 2, "2.0", target="VirtualMachine"),
        _F("runtime", "VirtualMachineRuntimeInfo", 0, "2.0"),
        _F("guest", "VirtualMachineGuestSummary", 2, "2.0"),
        _F("config", "VirtualMachineConfigSummary", 0, "2.0"),
        _F("storage", "VirtualMachineStorageSummary", 2, "4.0"),
        _F("quickStats", "VirtualMachineQuickStats", 0, "2.0"),
        _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
        _F("customValue", "CustomFieldValue", 3, "2.0"),
    )
    vm: VirtualMachine | None
    runtime: VirtualMachineRuntimeInfo
    guest: VirtualMachineGuestSummary | None
    config: VirtualMachineConfigSummary
    storage: VirtualMachineStorageSummary | None
    quickStats: VirtualMachineQuickStats
    overallStatus: str
    customValue: list[CustomFieldValue]

    def __init__(
        self,
        *,
        runtime: VirtualMachineRuntimeInfo,
        config: VirtualMachineConfigSummary,
        quickStats: VirtualMachineQuickStats,
        overallStatus: ManagedEntityStatusValue | EnumValue,
        vm: VirtualMachine | None = None,
        guest: VirtualMachineGuestSummary | None = None,
        storage: VirtualMachineStorageSummary | None = None,
        customValue: Sequence[CustomFieldValue] | None = None,
    ) -> None:
        self.vm = vm
        self.runtime = runtime
        self.guest = guest
        self.config = config
        self.storage = storage
        self.quickStats = quickStats
        self.overallStatus = overallStatus
        self.customValue = [] if customValue is None else list(customValue)
