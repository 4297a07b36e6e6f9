# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostListSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from .custom_field_value import CustomFieldValue
    from .host_config_summary import HostConfigSummary
    from .host_hardware_summary import HostHardwareSummary
    from .host_list_summary_gateway_summary import HostListSummaryGatewaySummary
    from .host_list_summary_quick_stats import HostListSummaryQuickStats
    from .host_runtime_info import HostRuntimeInfo
    from ..managed.host_system import HostSystem
    from .host_tpm_attestation_info import HostTpmAttestationInfo
    from .host_trust_authority_attestation_info import HostTrustAuthorityAttestationInfo


class HostListSummary(DynamicData):
    """HostListSummary: data object extending DynamicData, since 2.0.

    Attributes:
        host: reference to HostSystem, optional, since 2.0.
        hardware: HostHardwareSummary, optional, since 2.0.
        runtime: HostRuntimeInfo, optional, since 2.0.
        config: HostConfigSummary, since 2.0.
        quickStats: HostListSummaryQuickStats, since 2.0.
        overallStatus: ManagedEntityStatus value (str), since 2.0.
        rebootRequired: boolean, since 2.0.
        customValue: list of CustomFieldValue, since 2.0.
        managementServerIp: string, optional, since 2.5.
        maxEVCModeKey: string, optional, since 4.0.
        currentEVCModeKey: string, optional, since 4.0.
        currentEVCGraphicsModeKey: string, optional, since 7.0.1.0.
        gateway: HostListSummaryGatewaySummary, optional, since 6.0.
        tpmAttestation: HostTpmAttestationInfo, optional, since 6.7.
        trustAuthorityAttestationInfos: list of HostTrustAuthorityAttestationInfo, since 7.0.1.0.
    """

    __slots__ = ("host", "hardware", "runtime", "config", "quickStats", "overallStatus", "rebootRequired", "customValue", "managementServerIp", "maxEVCModeKey", "currentEVCModeKey", "currentEVCGraphicsModeKey", "gateway", "tpmAttestation", "trustAuthorityAttestationInfos", )
    _wire_name_: ClassVar[str] = "HostListSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"),
        _F("hardware", "HostHardwareSummary", 2, "2.0"),
        _F("runtime", "HostRuntimeInfo", 2, "2.0"),
        _F("config", "HostConfigSummary", 0, "2.0"),
        _F("quickStats", "HostListSummaryQuickStats", 0, "2.0"),
        _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
        _F("rebootRequired", "boolean", 0, "2.0"),
        _F("customValue", "CustomFieldValue", 3, "2.0"),
        _F("managementServerIp", "string", 2, "2.5"),
        _F("maxEVCModeKey", "string", 2, "4.0"),
        _F("currentEVCModeKey", "string", 2, "4.0"),
        _F("currentEVCGraphicsModeKey", "string", 2, "7.0.1.0"),
        _F("gateway", "HostListSummaryGatewaySummary", 2, "6.0"),
        _F("tpmAttestation", "HostTpmAttestationInfo", 2, "6.7"),
        _F("trustAuthorityAttestationInfos", "HostTrustAuthorityAttestationInfo", 3, "7.0.1.0"),
    )
    host: HostSystem | None
    hardware: HostHardwareSummary | None
    runtime: HostRuntimeInfo | None
    config: HostConfigSummary
    quickStats: HostListSummaryQuickStats
    overallStatus: str
    rebootRequired: bool
    customValue: list[CustomFieldValue]
    managementServerIp: str | None
    maxEVCModeKey: str | None
    currentEVCModeKey: str | None
    currentEVCGraphicsModeKey: str | None
    gateway: HostListSummaryGatewaySummary | None
    tpmAttestation: HostTpmAttestationInfo | None
    trustAuthorityAttestationInfos: list[HostTrustAuthorityAttestationInfo]

    def __init__(
        self,
        *,
        config: HostConfigSummary,
        quickStats: HostListSummaryQuickStats,
        overallStatus: ManagedEntityStatusValue | EnumValue,
        rebootRequired: bool,
        host: HostSystem | None = None,
        hardware: HostHardwareSummary | None = None,
        runtime: HostRuntimeInfo | None = None,
        customValue: Sequence[CustomFieldValue] | None = None,
        managementServerIp: str | None = None,
        maxEVCModeKey: str | None = None,
        currentEVCModeKey: str | None = None,
        currentEVCGraphicsModeKey: str | None = None,
        gateway: HostListSummaryGatewaySummary | None = None,
        tpmAttestation: HostTpmAttestationInfo | None = None,
        trustAuthorityAttestationInfos: list[HostTrustAuthorityAttestationInfo] | None = None,
    ) -> None:
        self.host = host
        self.hardware = hardware
        self.runtime = runtime
        self.config = config
        self.quickStats = quickStats
        self.overallStatus = overallStatus
        self.rebootRequired = rebootRequired
        self.customValue = [] if customValue is None else list(customValue)
        self.managementServerIp = managementServerIp
        self.maxEVCModeKey = maxEVCModeKey
        self.currentEVCModeKey = currentEVCModeKey
        self.currentEVCGraphicsModeKey = currentEVCGraphicsModeKey
        self.gateway = gateway
        self.tpmAttestation = tpmAttestation
        self.trustAuthorityAttestationInfos = [] if trustAuthorityAttestationInfos is None else trustAuthorityAttestationInfos
