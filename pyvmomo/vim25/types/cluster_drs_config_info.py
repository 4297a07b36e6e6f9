# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDrsConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import DrsBehaviorValue
    from .option_value import OptionValue


class ClusterDrsConfigInfo(DynamicData):
    """ClusterDrsConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        enabled: boolean, optional, since 2.0.
        enableVmBehaviorOverrides: boolean, optional, since 4.0.
        defaultVmBehavior: DrsBehavior value (str), optional, since 2.0.
        vmotionRate: int, optional, since 2.0.
        scaleDescendantsShares: string, optional, since 7.0.0.0.
        option: list of OptionValue, since 2.0.
    """

    __slots__ = ("enabled", "enableVmBehaviorOverrides", "defaultVmBehavior", "vmotionRate", "scaleDescendantsShares", "option", )
    _wire_name_: ClassVar[str] = "ClusterDrsConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "2.0"),
        _F("enableVmBehaviorOverrides", "boolean", 2, "4.0"),
        _F("defaultVmBehavior", "DrsBehavior", 2, "2.0"),
        _F("vmotionRate", "int", 2, "2.0"),
        _F("scaleDescendantsShares", "string", 2, "7.0.0.0"),
        _F("option", "OptionValue", 3, "2.0"),
    )
    enabled: bool | None
    enableVmBehaviorOverrides: bool | None
    defaultVmBehavior: str | None
    vmotionRate: int | None
    scaleDescendantsShares: str | None
    option: list[OptionValue]

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        enableVmBehaviorOverrides: bool | None = None,
        defaultVmBehavior: DrsBehaviorValue | EnumValue | None = None,
        vmotionRate: int | None = None,
        scaleDescendantsShares: str | None = None,
        option: Sequence[OptionValue] | None = None,
    ) -> None:
        self.enabled = enabled
        self.enableVmBehaviorOverrides = enableVmBehaviorOverrides
        self.defaultVmBehavior = defaultVmBehavior
        self.vmotionRate = vmotionRate
        self.scaleDescendantsShares = scaleDescendantsShares
        self.option = [] if option is None else list(option)
