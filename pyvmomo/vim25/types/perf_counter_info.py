# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PerfCounterInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import PerfStatsTypeValue, PerfSummaryTypeValue
    from .element_description import ElementDescription


class PerfCounterInfo(DynamicData):
    """PerfCounterInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: int, since 2.0.
        nameInfo: ElementDescription, since 2.0.
        groupInfo: ElementDescription, since 2.0.
        unitInfo: ElementDescription, since 2.0.
        rollupType: PerfSummaryType value (str), since 2.0.
        statsType: PerfStatsType value (str), since 2.0.
        level: int, optional, since 2.5.
        perDeviceLevel: int, optional, since 4.1.
        associatedCounterId: list of int, since 2.0.
    """

    __slots__ = ("key", "nameInfo", "groupInfo", "unitInfo", "rollupType", "statsType", "level", "perDeviceLevel", "associatedCounterId", )
    _wire_name_: ClassVar[str] = "PerfCounterInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("nameInfo", "ElementDescription", 0, "2.0"),
        _F("groupInfo", "ElementDescription", 0, "2.0"),
        _F("unitInfo", "ElementDescription", 0, "2.0"),
        _F("rollupType", "PerfSummaryType", 0, "2.0"),
        _F("statsType", "PerfStatsType", 0, "2.0"),
        _F("level", "int", 2, "2.5"),
        _F("perDeviceLevel", "int", 2, "4.1"),
        _F("associatedCounterId", "int", 3, "2.0"),
    )
    key: int
    nameInfo: ElementDescription
    groupInfo: ElementDescription
    unitInfo: ElementDescription
    rollupType: str
    statsType: str
    level: int | None
    perDeviceLevel: int | None
    associatedCounterId: list[int]

    def __init__(
        self,
        *,
        key: int,
        nameInfo: ElementDescription,
        groupInfo: ElementDescription,
        unitInfo: ElementDescription,
        rollupType: PerfSummaryTypeValue | EnumValue,
        statsType: PerfStatsTypeValue | EnumValue,
        level: int | None = None,
        perDeviceLevel: int | None = None,
        associatedCounterId: list[int] | None = None,
    ) -> None:
        self.key = key
        self.nameInfo = nameInfo
        self.groupInfo = groupInfo
        self.unitInfo = unitInfo
        self.rollupType = rollupType
        self.statsType = statsType
        self.level = level
        self.perDeviceLevel = perDeviceLevel
        self.associatedCounterId = [] if associatedCounterId is None else associatedCounterId
