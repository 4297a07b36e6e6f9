# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasVmSettings: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_vm_component_protection_settings import ClusterVmComponentProtectionSettings
    from .cluster_vm_tools_monitoring_settings import ClusterVmToolsMonitoringSettings


class ClusterDasVmSettings(DynamicData):
    """ClusterDasVmSettings: data object extending DynamicData, since 2.5.

    Attributes:
        restartPriority: string, optional, since 2.5.
        restartPriorityTimeout: int, optional, since 6.5.
        isolationResponse: string, optional, since 2.5.
        vmToolsMonitoringSettings: ClusterVmToolsMonitoringSettings, optional, since 4.0.
        vmComponentProtectionSettings: ClusterVmComponentProtectionSettings, optional, since 6.0.
    """

    __slots__ = ("restartPriority", "restartPriorityTimeout", "isolationResponse", "vmToolsMonitoringSettings", "vmComponentProtectionSettings", )
    _wire_name_: ClassVar[str] = "ClusterDasVmSettings"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("restartPriority", "string", 2, "2.5"),
        _F("restartPriorityTimeout", "int", 2, "6.5"),
        _F("isolationResponse", "string", 2, "2.5"),
        _F("vmToolsMonitoringSettings", "ClusterVmToolsMonitoringSettings", 2, "4.0"),
        _F("vmComponentProtectionSettings", "ClusterVmComponentProtectionSettings", 2, "6.0"),
    )
    restartPriority: str | None
    restartPriorityTimeout: int | None
    isolationResponse: str | None
    vmToolsMonitoringSettings: ClusterVmToolsMonitoringSettings | None
    vmComponentProtectionSettings: ClusterVmComponentProtectionSettings | None

    def __init__(
        self,
        *,
        restartPriority: str | None = None,
        restartPriorityTimeout: int | None = None,
        isolationResponse: str | None = None,
        vmToolsMonitoringSettings: ClusterVmToolsMonitoringSettings | None = None,
        vmComponentProtectionSettings: ClusterVmComponentProtectionSettings | None = None,
    ) -> None:
        self.restartPriority = restartPriority
        self.restartPriorityTimeout = restartPriorityTimeout
        self.isolationResponse = isolationResponse
        self.vmToolsMonitoringSettings = vmToolsMonitoringSettings
        self.vmComponentProtectionSettings = vmComponentProtectionSettings
