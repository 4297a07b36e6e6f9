# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineFlagInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualMachineFlagInfo(DynamicData):
    """VirtualMachineFlagInfo: data object extending DynamicData, since 2.0.

    Attributes:
        disableAcceleration: boolean, optional, since 2.0.
        enableLogging: boolean, optional, since 2.0.
        useToe: boolean, optional, since 2.0.
        runWithDebugInfo: boolean, optional, since 2.0.
        monitorType: string, optional, since 2.5.
        htSharing: string, optional, since 2.0.
        snapshotDisabled: boolean, optional, since 2.5.
        snapshotLocked: boolean, optional, since 2.5.
        diskUuidEnabled: boolean, optional, since 2.5.
        virtualMmuUsage: string, optional, since 2.5.
        virtualExecUsage: string, optional, since 4.0.
        snapshotPowerOffBehavior: string, optional, since 2.5.
        recordReplayEnabled: boolean, optional, since 4.0.
        faultToleranceType: string, optional, since 6.0.
        cbrcCacheEnabled: boolean, optional, since 6.5.
        vvtdEnabled: boolean, optional, since 6.7.
        vbsEnabled: boolean, optional, since 6.7.
    """

    __slots__ = ("disableAcceleration", "enableLogging", "useToe", "runWithDebugInfo", "monitorType", "htSharing", "snapshotDisabled", "snapshotLocked", "diskUuidEnabled", "virtualMmuUsage", "virtualExecUsage", "snapshotPowerOffBehavior", "recordReplayEnabled", "faultToleranceType", "cbrcCacheEnabled", "vvtdEnabled", "vbsEnabled", )
    _wire_name_: ClassVar[str] = "VirtualMachineFlagInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("disableAcceleration", "boolean", 2, "2.0"),
        _F("enableLogging", "boolean", 2, "2.0"),
        _F("useToe", "boolean", 2, "2.0"),
        _F("runWithDebugInfo", "boolean", 2, "2.0"),
        _F("monitorType", "string", 2, "2.5"),
        _F("htSharing", "string", 2, "2.0"),
        _F("snapshotDisabled", "boolean", 2, "2.5"),
        _F("snapshotLocked", "boolean", 2, "2.5"),
        _F("diskUuidEnabled", "boolean", 2, "2.5"),
        _F("virtualMmuUsage", "string", 2, "2.5"),
        _F("virtualExecUsage", "string", 2, "4.0"),
        _F("snapshotPowerOffBehavior", "string", 2, "2.5"),
        _F("recordReplayEnabled", "boolean", 2, "4.0"),
        _F("faultToleranceType", "string", 2, "6.0"),
        _F("cbrcCacheEnabled", "boolean", 2, "6.5"),
        _F("vvtdEnabled", "boolean", 2, "6.7"),
        _F("vbsEnabled", "boolean", 2, "6.7"),
    )
    disableAcceleration: bool | None
    enableLogging: bool | None
    useToe: bool | None
    runWithDebugInfo: bool | None
    monitorType: str | None
    htSharing: str | None
    snapshotDisabled: bool | None
    snapshotLocked: bool | None
    diskUuidEnabled: bool | None
    virtualMmuUsage: str | None
    virtualExecUsage: str | None
    snapshotPowerOffBehavior: str | None
    recordReplayEnabled: bool | None
    faultToleranceType: str | None
    cbrcCacheEnabled: bool | None
    vvtdEnabled: bool | None
    vbsEnabled: bool | None

    def __init__(
        self,
        *,
        disableAcceleration: bool | None = None,
        enableLogging: bool | None = None,
        useToe: bool | None = None,
        runWithDebugInfo: bool | None = None,
        monitorType: str | None = None,
        htSharing: str | None = None,
        snapshotDisabled: bool | None = None,
        snapshotLocked: bool | None = None,
        diskUuidEnabled: bool | None = None,
        virtualMmuUsage: str | None = None,
        virtualExecUsage: str | None = None,
        snapshotPowerOffBehavior: str | None = None,
        recordReplayEnabled: bool | None = None,
        faultToleranceType: str | None = None,
        cbrcCacheEnabled: bool | None = None,
        vvtdEnabled: bool | None = None,
        vbsEnabled: bool | None = None,
    ) -> None:
        self.disableAcceleration = disableAcceleration
        self.enableLogging = enableLogging
        self.useToe = useToe
        self.runWithDebugInfo = runWithDebugInfo
        self.monitorType = monitorType
        self.htSharing = htSharing
        self.snapshotDisabled = snapshotDisabled
        self.snapshotLocked = snapshotLocked
        self.diskUuidEnabled = diskUuidEnabled
        self.virtualMmuUsage = virtualMmuUsage
        self.virtualExecUsage = virtualExecUsage
        self.snapshotPowerOffBehavior = snapshotPowerOffBehavior
        self.recordReplayEnabled = recordReplayEnabled
        self.faultToleranceType = faultToleranceType
        self.cbrcCacheEnabled = cbrcCacheEnabled
        self.vvtdEnabled = vvtdEnabled
        self.vbsEnabled = vbsEnabled
