# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNumericSensorInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .element_description import ElementDescription


class HostNumericSensorInfo(DynamicData):
    """HostNumericSensorInfo: data object extending DynamicData, since 2.5.

    Attributes:
        name: string, since 2.5.
        healthState: ElementDescription, optional, since 2.5.
        currentReading: long, since 2.5.
        unitModifier: int, since 2.5.
        baseUnits: string, since 2.5.
        rateUnits: string, optional, since 2.5.
        sensorType: string, since 2.5.
        id: string, optional, since 6.5.
        timeStamp: string, optional, since 6.5.
    """

    __slots__ = ("name", "healthState", "currentReading", "unitModifier", "baseUnits", "rateUnits", "sensorType", "id", "timeStamp", )
    _wire_name_: ClassVar[str] = "HostNumericSensorInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.5"),
        _F("healthState", "ElementDescription", 2, "2.5"),
        _F("currentReading", "long", 0, "2.5"),
        _F("unitModifier", "int", 0, "2.5"),
        _F("baseUnits", "string", 0, "2.5"),
        _F("rateUnits", "string", 2, "2.5"),
        _F("sensorType", "string", 0, "2.5"),
        _F("id", "string", 2, "6.5"),
        _F("timeStamp", "string", 2, "6.5"),
    )
    name: str
    healthState: ElementDescription | None
    currentReading: int
    unitModifier: int
    baseUnits: str
    rateUnits: str | None
    sensorType: str
    id: str | None
    timeStamp: str | None

    def __init__(
        self,
        *,
        name: str,
        currentReading: int,
        unitModifier: int,
        baseUnits: str,
        sensorType: str,
        healthState: ElementDescription | None = None,
        rateUnits: str | None = None,
        id: str | None = None,
        timeStamp: str | None = None,
    ) -> None:
        self.name = name
        self.healthState = healthState
        self.currentReading = currentReading
        self.unitModifier = unitModifier
        self.baseUnits = baseUnits
        self.rateUnits = rateUnits
        self.sensorType = sensorType
        self.id = id
        self.timeStamp = timeStamp
