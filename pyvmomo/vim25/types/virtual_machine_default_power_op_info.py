# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineDefaultPowerOpInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VirtualMachineDefaultPowerOpInfo(DynamicData):
    """VirtualMachineDefaultPowerOpInfo: data object extending DynamicData, since 2.0.

    Attributes:
        powerOffType: string, optional, since 2.0.
        suspendType: string, optional, since 2.0.
        resetType: string, optional, since 2.0.
        defaultPowerOffType: string, optional, since 2.0.
        defaultSuspendType: string, optional, since 2.0.
        defaultResetType: string, optional, since 2.0.
        standbyAction: string, optional, since 2.0.
    """

    __slots__ = ("powerOffType", "suspendType", "resetType", "defaultPowerOffType", "defaultSuspendType", "defaultResetType", "standbyAction", )
    _wire_name_: ClassVar[str] = "VirtualMachineDefaultPowerOpInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("powerOffType", "string", 2, "2.0"),
        _F("suspendType", "string", 2, "2.0"),
        _F("resetType", "string", 2, "2.0"),
        _F("defaultPowerOffType", "string", 2, "2.0"),
        _F("defaultSuspendType", "string", 2, "2.0"),
        _F("defaultResetType", "string", 2, "2.0"),
        _F("standbyAction", "string", 2, "2.0"),
    )
    powerOffType: str | None
    suspendType: str | None
    resetType: str | None
    defaultPowerOffType: str | None
    defaultSuspendType: str | None
    defaultResetType: str | None
    standbyAction: str | None

    def __init__(
        self,
        *,
        powerOffType: str | None = None,
        suspendType: str | None = None,
        resetType: str | None = None,
        defaultPowerOffType: str | None = None,
        defaultSuspendType: str | None = None,
        defaultResetType: str | None = None,
        standbyAction: str | None = None,
    ) -> None:
        self.powerOffType = powerOffType
        self.suspendType = suspendType
        self.resetType = resetType
        self.defaultPowerOffType = defaultPowerOffType
        self.defaultSuspendType = defaultSuspendType
        self.defaultResetType = defaultResetType
        self.standbyAction = standbyAction
