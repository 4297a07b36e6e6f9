# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDateTimeInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .host_date_time_system_time_zone import HostDateTimeSystemTimeZone
    from .host_ntp_config import HostNtpConfig
    from .host_ptp_config import HostPtpConfig


class HostDateTimeInfo(DynamicData):
    """HostDateTimeInfo: data object extending DynamicData, since 2.5.

    Attributes:
        timeZone: HostDateTimeSystemTimeZone, since 2.5.
        systemClockProtocol: string, optional, since 7.0.0.0.
        ntpConfig: HostNtpConfig, optional, since 2.5.
        ptpConfig: HostPtpConfig, optional, since 7.0.3.0.
        enabled: boolean, optional, since 7.0.3.0.
        disableEvents: boolean, optional, since 7.0.3.0.
        disableFallback: boolean, optional, since 7.0.3.0.
        inFallbackState: boolean, optional, since 7.0.3.0.
        serviceSync: boolean, optional, since 7.0.3.0.
        lastSyncTime: dateTime, optional, since 7.0.3.0.
        remoteNtpServer: string, optional, since 7.0.3.0.
        ntpRunTime: long, optional, since 7.0.3.0.
        ptpRunTime: long, optional, since 7.0.3.0.
        ntpDuration: string, optional, since 7.0.3.0.
        ptpDuration: string, optional, since 7.0.3.0.
    """

    __slots__ = ("timeZone", "systemClockProtocol", "ntpConfig", "ptpConfig", "enabled", "disableEvents", "disableFallback", "inFallbackState", "serviceSync", "lastSyncTime", "remoteNtpServer", "ntpRunTime", "ptpRunTime", "ntpDuration", "ptpDuration", )
    _wire_name_: ClassVar[str] = "HostDateTimeInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("timeZone", "HostDateTimeSystemTimeZone", 0, "2.5"),
        _F("systemClockProtocol", "string", 2, "7.0.0.0"),
        _F("ntpConfig", "HostNtpConfig", 2, "2.5"),
        _F("ptpConfig", "HostPtpConfig", 2, "7.0.3.0"),
        _F("enabled", "boolean", 2, "7.0.3.0"),
        _F("disableEvents", "boolean", 2, "7.0.3.0"),
        _F("disableFallback", "boolean", 2, "7.0.3.0"),
        _F("inFallbackState", "boolean", 2, "7.0.3.0"),
        _F("serviceSync", "boolean", 2, "7.0.3.0"),
        _F("lastSyncTime", "dateTime", 2, "7.0.3.0"),
        _F("remoteNtpServer", "string", 2, "7.0.3.0"),
        _F("ntpRunTime", "long", 2, "7.0.3.0"),
        _F("ptpRunTime", "long", 2, "7.0.3.0"),
        _F("ntpDuration", "string", 2, "7.0.3.0"),
        _F("ptpDuration", "string", 2, "7.0.3.0"),
    )
    timeZone: HostDateTimeSystemTimeZone
    systemClockProtocol: str | None
    ntpConfig: HostNtpConfig | None
    ptpConfig: HostPtpConfig | None
    enabled: bool | None
    disableEvents: bool | None
    disableFallback: bool | None
    inFallbackState: bool | None
    serviceSync: bool | None
    lastSyncTime: datetime | None
    remoteNtpServer: str | None
    ntpRunTime: int | None
    ptpRunTime: int | None
    ntpDuration: str | None
    ptpDuration: str | None

    def __init__(
        self,
        *,
        timeZone: HostDateTimeSystemTimeZone,
        systemClockProtocol: str | None = None,
        ntpConfig: HostNtpConfig | None = None,
        ptpConfig: HostPtpConfig | None = None,
        enabled: bool | None = None,
        disableEvents: bool | None = None,
        disableFallback: bool | None = None,
        inFallbackState: bool | None = None,
        serviceSync: bool | None = None,
        lastSyncTime: datetime | None = None,
        remoteNtpServer: str | None = None,
        ntpRunTime: int | None = None,
        ptpRunTime: int | None = None,
        ntpDuration: str | None = None,
        ptpDuration: str | None = None,
    ) -> None:
        self.timeZone = timeZone
        self.systemClockProtocol = systemClockProtocol
        self.ntpConfig = ntpConfig
        self.ptpConfig = ptpConfig
        self.enabled = enabled
        self.disableEvents = disableEvents
        self.disableFallback = disableFallback
        self.inFallbackState = inFallbackState
        self.serviceSync = serviceSync
        self.lastSyncTime = lastSyncTime
        self.remoteNtpServer = remoteNtpServer
        self.ntpRunTime = ntpRunTime
        self.ptpRunTime = ptpRunTime
        self.ntpDuration = ntpDuration
        self.ptpDuration = ptpDuration
