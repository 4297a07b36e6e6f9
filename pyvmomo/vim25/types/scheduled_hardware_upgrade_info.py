# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ScheduledHardwareUpgradeInfo: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .localized_method_fault import LocalizedMethodFault


class ScheduledHardwareUpgradeInfo(DynamicData):
    """ScheduledHardwareUpgradeInfo: data object extending DynamicData, since 5.1.

    Attributes:
        upgradePolicy: string, optional, since 5.1.
        versionKey: string, optional, since 5.1.
        scheduledHardwareUpgradeStatus: string, optional, since 5.1.
        fault: LocalizedMethodFault, optional, since 5.1.
    """

    __slots__ = ("upgradePolicy", "versionKey", "scheduledHardwareUpgradeStatus", "fault", )
    _wire_name_: ClassVar[str] = "ScheduledHardwareUpgradeInfo"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("upgradePolicy", "string", 2, "5.1"),
        _F("versionKey", "string", 2, "5.1"),
        _F("scheduledHardwareUpgradeStatus", "string", 2, "5.1"),
        _F("fault", "LocalizedMethodFault", 2, "5.1"),
    )
    upgradePolicy: str | None
    versionKey: str | None
    scheduledHardwareUpgradeStatus: str | None
    fault: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        upgradePolicy: str | None = None,
        versionKey: str | None = None,
        scheduledHardwareUpgradeStatus: str | None = None,
        fault: LocalizedMethodFault | None = None,
    ) -> None:
        self.upgradePolicy = upgradePolicy
        self.versionKey = versionKey
        self.scheduledHardwareUpgradeStatus = scheduledHardwareUpgradeStatus
        self.fault = fault
