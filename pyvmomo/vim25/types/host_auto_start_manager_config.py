# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostAutoStartManagerConfig: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .auto_start_defaults import AutoStartDefaults
    from .auto_start_power_info import AutoStartPowerInfo


class HostAutoStartManagerConfig(DynamicData):
    """HostAutoStartManagerConfig: data object extending DynamicData, since 2.0.

    Attributes:
        defaults: AutoStartDefaults, optional, since 2.0.
        powerInfo: list of AutoStartPowerInfo, since 2.0.
    """

    __slots__ = ("defaults", "powerInfo", )
    _wire_name_: ClassVar[str] = "HostAutoStartManagerConfig"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("defaults", "AutoStartDefaults", 2, "2.0"),
        _F("powerInfo", "AutoStartPowerInfo", 3, "2.0"),
    )
    defaults: AutoStartDefaults | None
    powerInfo: list[AutoStartPowerInfo]

    def __init__(
        self,
        *,
        defaults: AutoStartDefaults | None = None,
        powerInfo: list[AutoStartPowerInfo] | None = None,
    ) -> None:
        self.defaults = defaults
        self.powerInfo = [] if powerInfo is None else powerInfo
