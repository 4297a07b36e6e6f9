# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDateTimeConfig: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_ntp_config import HostNtpConfig
    from .host_ptp_config import HostPtpConfig


class HostDateTimeConfig(DynamicData):
    """HostDateTimeConfig: data object extending DynamicData, since 2.5.

    Attributes:
        timeZone: string, optional, since 2.5.
        ntpConfig: HostNtpConfig, optional, since 2.5.
        ptpConfig: HostPtpConfig, optional, since 7.0.3.0.
        protocol: string, optional, since 7.0.3.0.
        enabled: boolean, optional, since 7.0.3.0.
        disableEvents: boolean, optional, since 7.0.3.0.
        disableFallback: boolean, optional, since 7.0.3.0.
        resetToFactoryDefaults: boolean, optional, since 7.0.3.0.
    """

    __slots__ = ("timeZone", "ntpConfig", "ptpConfig", "protocol", "enabled", "disableEvents", "disableFallback", "resetToFactoryDefaults", )
    _wire_name_: ClassVar[str] = "HostDateTimeConfig"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("timeZone", "string", 2, "2.5"),
        _F("ntpConfig", "HostNtpConfig", 2, "2.5"),
        _F("ptpConfig", "HostPtpConfig", 2, "7.0.3.0"),
        _F("protocol", "string", 2, "7.0.3.0"),
        _F("enabled", "boolean", 2, "7.0.3.0"),
        _F("disableEvents", "boolean", 2, "7.0.3.0"),
        _F("disableFallback", "boolean", 2, "7.0.3.0"),
        _F("resetToFactoryDefaults", "boolean", 2, "7.0.3.0"),
    )
    timeZone: str | None
    ntpConfig: HostNtpConfig | None
    ptpConfig: HostPtpConfig | None
    protocol: str | None
    enabled: bool | None
    disableEvents: bool | None
    disableFallback: bool | None
    resetToFactoryDefaults: bool | None

    def __init__(
        self,
        *,
        timeZone: str | None = None,
        ntpConfig: HostNtpConfig | None = None,
        ptpConfig: HostPtpConfig | None = None,
        protocol: str | None = None,
        enabled: bool | None = None,
        disableEvents: bool | None = None,
        disableFallback: bool | None = None,
        resetToFactoryDefaults: bool | None = None,
    ) -> None:
        self.timeZone = timeZone
        self.ntpConfig = ntpConfig
        self.ptpConfig = ptpConfig
        self.protocol = protocol
        self.enabled = enabled
        self.disableEvents = disableEvents
        self.disableFallback = disableFallback
        self.resetToFactoryDefaults = resetToFactoryDefaults
