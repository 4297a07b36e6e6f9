# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AutoStartPowerInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import AutoStartWaitHeartbeatSettingValue
    from ..managed.virtual_machine import VirtualMachine


class AutoStartPowerInfo(DynamicData):
    """AutoStartPowerInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: reference to VirtualMachine, since 2.0.
        startOrder: int, since 2.0.
        startDelay: int, since 2.0.
        waitForHeartbeat: AutoStartWaitHeartbeatSetting value (str), since 2.0.
        startAction: string, since 2.0.
        stopDelay: int, since 2.0.
        stopAction: string, since 2.0.
    """

    __slots__ = ("key", "startOrder", "startDelay", "waitForHeartbeat", "startAction", "stopDelay", "stopAction", )
    _wire_name_: ClassVar[str] = "AutoStartPowerInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
        _F("startOrder", "int", 0, "2.0"),
        _F("startDelay", "int", 0, "2.0"),
        _F("waitForHeartbeat", "AutoStartWaitHeartbeatSetting", 0, "2.0"),
        _F("startAction", "string", 0, "2.0"),
        _F("stopDelay", "int", 0, "2.0"),
        _F("stopAction", "string", 0, "2.0"),
    )
    key: VirtualMachine
    startOrder: int
    startDelay: int
    waitForHeartbeat: str
    startAction: str
    stopDelay: int
    stopAction: str

    def __init__(
        self,
        *,
        key: VirtualMachine,
        startOrder: int,
        startDelay: int,
        waitForHeartbeat: AutoStartWaitHeartbeatSettingValue | EnumValue,
        startAction: str,
        stopDelay: int,
        stopAction: str,
    ) -> None:
        self.key = key
        self.startOrder = startOrder
        self.startDelay = startDelay
        self.waitForHeartbeat = waitForHeartbeat
        self.startAction = startAction
        self.stopDelay = stopDelay
        self.stopAction = stopAction
