# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDpmConfigInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import DpmBehaviorValue
    from .option_value import OptionValue


class ClusterDpmConfigInfo(DynamicData):
    """ClusterDpmConfigInfo: data object extending DynamicData, since 2.5.

    Attributes:
        enabled: boolean, optional, since 2.5.
        defaultDpmBehavior: DpmBehavior value (str), optional, since 2.5.
        hostPowerActionRate: int, optional, since 4.0.
        option: list of OptionValue, since 2.5.
    """

    __slots__ = ("enabled", "defaultDpmBehavior", "hostPowerActionRate", "option", )
    _wire_name_: ClassVar[str] = "ClusterDpmConfigInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "2.5"),
        _F("defaultDpmBehavior", "DpmBehavior", 2, "2.5"),
        _F("hostPowerActionRate", "int", 2, "4.0"),
        _F("option", "OptionValue", 3, "2.5"),
    )
    enabled: bool | None
    defaultDpmBehavior: str | None
    hostPowerActionRate: int | None
    option: list[OptionValue]

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        defaultDpmBehavior: DpmBehaviorValue | EnumValue | None = None,
        hostPowerActionRate: int | None = None,
        option: Sequence[OptionValue] | None = None,
    ) -> None:
        self.enabled = enabled
        self.defaultDpmBehavior = defaultDpmBehavior
        self.hostPowerActionRate = hostPowerActionRate
        self.option = [] if option is None else list(option)
