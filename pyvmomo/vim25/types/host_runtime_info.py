# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostRuntimeInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import HostSystemConnectionStateValue, HostSystemPowerStateValue
    from .cluster_das_fdm_host_state import ClusterDasFdmHostState
    from .crypto_key_id import CryptoKeyId
    from .health_system_runtime import HealthSystemRuntime
    from .host_runtime_info_network_runtime_info import HostRuntimeInfoNetworkRuntimeInfo
    from .host_runtime_info_state_encryption_info import HostRuntimeInfoStateEncryptionInfo
    from .host_tpm_digest_info import HostTpmDigestInfo
    from .host_v_flash_manager_v_flash_resource_run_time_info import HostVFlashManagerVFlashResourceRunTimeInfo
    from .vsan_host_runtime_info import VsanHostRuntimeInfo


class HostRuntimeInfo(DynamicData):
    """HostRuntimeInfo: data object extending DynamicData, since 2.0.

    Attributes:
        connectionState: HostSystemConnectionState value (str), since 2.0.
        powerState: HostSystemPowerState value (str), since 2.5.
        standbyMode: string, optional, since 4.1.
        inMaintenanceMode: boolean, since 2.0.
        inQuarantineMode: boolean, optional, since 6.5.
        bootTime: dateTime, optional, since 2.0.
        healthSystemRuntime: HealthSystemRuntime, optional, since 2.5.
        dasHostState: ClusterDasFdmHostState, optional, since 5.0.
        tpmPcrValues: list of HostTpmDigestInfo, since 4.0.
        vsanRuntimeInfo: VsanHostRuntimeInfo, optional, since 5.5.
        networkRuntimeInfo: HostRuntimeInfoNetworkRuntimeInfo, optional, since 5.5.
        vFlashResourceRuntimeInfo: HostVFlashManagerVFlashResourceRunTimeInfo, optional, since 5.5.
        hostMaxVirtualDiskCapacity: long, optional, since 5.5.
        cryptoState: string, optional, since 6.5.
        cryptoKeyId: CryptoKeyId, optional, since 6.5.
        statelessNvdsMigrationReady: string, optional, since 7.0.2.0.
        stateEncryption: HostRuntimeInfoStateEncryptionInfo, optional, since 7.0.3.0.
    """

    __slots__ = ("connectionState", "powerState", "standbyMode", "inMaintenanceMode", "inQuarantineMode", "bootTime", "healthSystemRuntime", "dasHostState", "tpmPcrValues", "vsanRuntimeInfo", "networkRuntimeInfo", "vFlashResourceRuntimeInfo", "hostMaxVirtualDiskCapacity", "cryptoState", "cryptoKeyId", "statelessNvdsMigrationReady", "stateEncryption", )
    _wire_name_: ClassVar[str] = "HostRuntimeInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("connectionState", "HostSystemConnectionState", 0, "2.0"),
        _F("powerState", "HostSystemPowerState", 0, "2.5"),
        _F("standbyMode", "string", 2, "4.1"),
        _F("inMaintenanceMode", "boolean", 0, "2.0"),
        _F("inQuarantineMode", "boolean", 2, "6.5"),
        _F("bootTime", "dateTime", 2, "2.0"),
        _F("healthSystemRuntime", "HealthSystemRuntime", 2, "2.5"),
        _F("dasHostState", "ClusterDasFdmHostState", 2, "5.0"),
        _F("tpmPcrValues", "HostTpmDigestInfo", 3, "4.0"),
        _F("vsanRuntimeInfo", "VsanHostRuntimeInfo", 2, "5.5"),
        _F("networkRuntimeInfo", "HostRuntimeInfoNetworkRuntimeInfo", 2, "5.5"),
        _F("vFlashResourceRuntimeInfo", "HostVFlashManagerVFlashResourceRunTimeInfo", 2, "5.5"),
        _F("hostMaxVirtualDiskCapacity", "long", 2, "5.5"),
        _F("cryptoState", "string", 2, "6.5"),
        _F("cryptoKeyId", "CryptoKeyId", 2, "6.5"),
        _F("statelessNvdsMigrationReady", "string", 2, "7.0.2.0"),
        _F("stateEncryption", "HostRuntimeInfoStateEncryptionInfo", 2, "7.0.3.0"),
    )
    connectionState: str
    powerState: str
    standbyMode: str | None
    inMaintenanceMode: bool
    inQuarantineMode: bool | None
    bootTime: datetime | None
    healthSystemRuntime: HealthSystemRuntime | None
    dasHostState: ClusterDasFdmHostState | None
    tpmPcrValues: list[HostTpmDigestInfo]
    vsanRuntimeInfo: VsanHostRuntimeInfo | None
    networkRuntimeInfo: HostRuntimeInfoNetworkRuntimeInfo | None
    vFlashResourceRuntimeInfo: HostVFlashManagerVFlashResourceRunTimeInfo | None
    hostMaxVirtualDiskCapacity: int | None
    cryptoState: str | None
    cryptoKeyId: CryptoKeyId | None
    statelessNvdsMigrationReady: str | None
    stateEncryption: HostRuntimeInfoStateEncryptionInfo | None

    def __init__(
        self,
        *,
        connectionState: HostSystemConnectionStateValue | EnumValue,
        powerState: HostSystemPowerStateValue | EnumValue,
        inMaintenanceMode: bool,
        standbyMode: str | None = None,
        inQuarantineMode: bool | None = None,
        bootTime: datetime | None = None,
        healthSystemRuntime: HealthSystemRuntime | None = None,
        dasHostState: ClusterDasFdmHostState | None = None,
        tpmPcrValues: list[HostTpmDigestInfo] | None = None,
        vsanRuntimeInfo: VsanHostRuntimeInfo | None = None,
        networkRuntimeInfo: HostRuntimeInfoNetworkRuntimeInfo | None = None,
        vFlashResourceRuntimeInfo: HostVFlashManagerVFlashResourceRunTimeInfo | None = None,
        hostMaxVirtualDiskCapacity: int | None = None,
        cryptoState: str | None = None,
        cryptoKeyId: CryptoKeyId | None = None,
        statelessNvdsMigrationReady: str | None = None,
        stateEncryption: HostRuntimeInfoStateEncryptionInfo | None = None,
    ) -> None:
        self.connectionState = connectionState
        self.powerState = powerState
        self.standbyMode = standbyMode
        self.inMaintenanceMode = inMaintenanceMode
        self.inQuarantineMode = inQuarantineMode
        self.bootTime = bootTime
        self.healthSystemRuntime = healthSystemRuntime
        self.dasHostState = dasHostState
        self.tpmPcrValues = [] if tpmPcrValues is None else tpmPcrValues
        self.vsanRuntimeInfo = vsanRuntimeInfo
        self.networkRuntimeInfo = networkRuntimeInfo
        self.vFlashResourceRuntimeInfo = vFlashResourceRuntimeInfo
        self.hostMaxVirtualDiskCapacity = hostMaxVirtualDiskCapacity
        self.cryptoState = cryptoState
        self.cryptoKeyId = cryptoKeyId
        self.statelessNvdsMigrationReady = statelessNvdsMigrationReady
        self.stateEncryption = stateEncryption
