# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ToolsConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .crypto_key_id import CryptoKeyId
    from .tools_config_info_tools_last_install_info import ToolsConfigInfoToolsLastInstallInfo


class ToolsConfigInfo(DynamicData):
    """ToolsConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        toolsVersion: int, optional, since 2.0.
        toolsInstallType: string, optional, since 6.5.
        afterPowerOn: boolean, optional, since 2.0.
        afterResume: boolean, optional, since 2.0.
        beforeGuestStandby: boolean, optional, since 2.0.
        beforeGuestShutdown: boolean, optional, since 2.0.
        beforeGuestReboot: boolean, optional, since 2.0.
        toolsUpgradePolicy: string, optional, since 2.5.
        pendingCustomization: string, optional, since 2.5.
        customizationKeyId: CryptoKeyId, optional, since 6.5.
        syncTimeWithHostAllowed: boolean, optional, since 7.0.1.0.
        syncTimeWithHost: boolean, optional, since 2.5.
        lastInstallInfo: ToolsConfigInfoToolsLastInstallInfo, optional, since 5.0.
    """

    __slots__ = ("toolsVersion", "toolsInstallType", "afterPowerOn", "afterResume", "beforeGuestStandby", "beforeGuestShutdown", "beforeGuestReboot", "toolsUpgradePolicy", "pendingCustomization", "customizationKeyId", "syncTimeWithHostAllowed", "syncTimeWithHost", "lastInstallInfo", )
    _wire_name_: ClassVar[str] = "ToolsConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("toolsVersion", "int", 2, "2.0"),
        _F("toolsInstallType", "string", 2, "6.5"),
        _F("afterPowerOn", "boolean", 2, "2.0"),
        _F("afterResume", "boolean", 2, "2.0"),
        _F("beforeGuestStandby", "boolean", 2, "2.0"),
        _F("beforeGuestShutdown", "boolean", 2, "2.0"),
        _F("beforeGuestReboot", "boolean", 2, "2.0"),
        _F("toolsUpgradePolicy", "string", 2, "2.5"),
        _F("pendingCustomization", "string", 2, "2.5"),
        _F("customizationKeyId", "CryptoKeyId", 2, "6.5"),
        _F("syncTimeWithHostAllowed", "boolean", 2, "7.0.1.0"),
        _F("syncTimeWithHost", "boolean", 2, "2.5"),
        _F("lastInstallInfo", "ToolsConfigInfoToolsLastInstallInfo", 2, "5.0"),
    )
    toolsVersion: int | None
    toolsInstallType: str | None
    afterPowerOn: bool | None
    afterResume: bool | None
    beforeGuestStandby: bool | None
    beforeGuestShutdown: bool | None
    beforeGuestReboot: bool | None
    toolsUpgradePolicy: str | None
    pendingCustomization: str | None
    customizationKeyId: CryptoKeyId | None
    syncTimeWithHostAllowed: bool | None
    syncTimeWithHost: bool | None
    lastInstallInfo: ToolsConfigInfoToolsLastInstallInfo | None

    def __init__(
        self,
        *,
        toolsVersion: int | None = None,
        toolsInstallType: str | None = None,
        afterPowerOn: bool | None = None,
        afterResume: bool | None = None,
        beforeGuestStandby: bool | None = None,
        beforeGuestShutdown: bool | None = None,
        beforeGuestReboot: bool | None = None,
        toolsUpgradePolicy: str | None = None,
        pendingCustomization: str | None = None,
        customizationKeyId: CryptoKeyId | None = None,
        syncTimeWithHostAllowed: bool | None = None,
        syncTimeWithHost: bool | None = None,
        lastInstallInfo: ToolsConfigInfoToolsLastInstallInfo | None = None,
    ) -> None:
        self.toolsVersion = toolsVersion
        self.toolsInstallType = toolsInstallType
        self.afterPowerOn = afterPowerOn
        self.afterResume = afterResume
        self.beforeGuestStandby = beforeGuestStandby
        self.beforeGuestShutdown = beforeGuestShutdown
        self.beforeGuestReboot = beforeGuestReboot
        self.toolsUpgradePolicy = toolsUpgradePolicy
        self.pendingCustomization = pendingCustomization
        self.customizationKeyId = customizationKeyId
        self.syncTimeWithHostAllowed = syncTimeWithHostAllowed
        self.syncTimeWithHost = syncTimeWithHost
        self.lastInstallInfo = lastInstallInfo
