# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterVmToolsMonitoringSettings: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ClusterVmToolsMonitoringSettings(DynamicData):
    """ClusterVmToolsMonitoringSettings: data object extending DynamicData, since 4.0.

    Attributes:
        enabled: boolean, optional, since 4.0.
        vmMonitoring: string, optional, since 4.1.
        clusterSettings: boolean, optional, since 4.0.
        failureInterval: int, optional, since 4.0.
        minUpTime: int, optional, since 4.0.
        maxFailures: int, optional, since 4.0.
        maxFailureWindow: int, optional, since 4.0.
    """

    __slots__ = ("enabled", "vmMonitoring", "clusterSettings", "failureInterval", "minUpTime", "maxFailures", "maxFailureWindow", )
    _wire_name_: ClassVar[str] = "ClusterVmToolsMonitoringSettings"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "4.0"),
        _F("vmMonitoring", "string", 2, "4.1"),
        _F("clusterSettings", "boolean", 2, "4.0"),
        _F("failureInterval", "int", 2, "4.0"),
        _F("minUpTime", "int", 2, "4.0"),
        _F("maxFailures", "int", 2, "4.0"),
        _F("maxFailureWindow", "int", 2, "4.0"),
    )
    enabled: bool | None
    vmMonitoring: str | None
    clusterSettings: bool | None
    failureInterval: int | None
    minUpTime: int | None
    maxFailures: int | None
    maxFailureWindow: int | None

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        vmMonitoring: str | None = None,
        clusterSettings: bool | None = None,
        failureInterval: int | None = None,
        minUpTime: int | None = None,
        maxFailures: int | None = None,
        maxFailureWindow: int | None = None,
    ) -> None:
        self.enabled = enabled
        self.vmMonitoring = vmMonitoring
        self.clusterSettings = clusterSettings
        self.failureInterval = failureInterval
        self.minUpTime = minUpTime
        self.maxFailures = maxFailures
        self.maxFailureWindow = maxFailureWindow
