# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NvdimmHealthInfo: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class NvdimmHealthInfo(DynamicData):
    """NvdimmHealthInfo: data object extending DynamicData, since 6.7.

    Attributes:
        healthStatus: string, since 6.7.
        healthInformation: string, since 6.7.
        stateFlagInfo: list of string, since 6.7.
        dimmTemperature: int, since 6.7.
        dimmTemperatureThreshold: int, since 6.7.
        spareBlocksPercentage: int, since 6.7.
        spareBlockThreshold: int, since 6.7.
        dimmLifespanPercentage: int, since 6.7.
        esTemperature: int, optional, since 6.7.
        esTemperatureThreshold: int, optional, since 6.7.
        esLifespanPercentage: int, optional, since 6.7.
    """

    __slots__ = ("healthStatus", "healthInformation", "stateFlagInfo", "dimmTemperature", "dimmTemperatureThreshold", "spareBlocksPercentage", "spareBlockThreshold", "dimmLifespanPercentage", "esTemperature", "esTemperatureThreshold", "esLifespanPercentage", )
    _wire_name_: ClassVar[str] = "NvdimmHealthInfo"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("healthStatus", "string", 0, "6.7"),
        _F("healthInformation", "string", 0, "6.7"),
        _F("stateFlagInfo", "string", 3, "6.7"),
        _F("dimmTemperature", "int", 0, "6.7"),
        _F("dimmTemperatureThreshold", "int", 0, "6.7"),
        _F("spareBlocksPercentage", "int", 0, "6.7"),
        _F("spareBlockThreshold", "int", 0, "6.7"),
        _F("dimmLifespanPercentage", "int", 0, "6.7"),
        _F("esTemperature", "int", 2, "6.7"),
        _F("esTemperatureThreshold", "int", 2, "6.7"),
        _F("esLifespanPercentage", "int", 2, "6.7"),
    )
    healthStatus: str
    healthInformation: str
    stateFlagInfo: list[str]
    dimmTemperature: int
    dimmTemperatureThreshold: int
    spareBlocksPercentage: int
    spareBlockThreshold: int
    dimmLifespanPercentage: int
    esTemperature: int | None
    esTemperatureThreshold: int | None
    esLifespanPercentage: int | None

    def __init__(
        self,
        *,
        healthStatus: str,
        healthInformation: str,
        dimmTemperature: int,
        dimmTemperatureThreshold: int,
        spareBlocksPercentage: int,
        spareBlockThreshold: int,
        dimmLifespanPercentage: int,
        stateFlagInfo: list[str] | None = None,
        esTemperature: int | None = None,
        esTemperatureThreshold: int | None = None,
        esLifespanPercentage: int | None = None,
    ) -> None:
        self.healthStatus = healthStatus
        self.healthInformation = healthInformation
        self.stateFlagInfo = [] if stateFlagInfo is None else stateFlagInfo
        self.dimmTemperature = dimmTemperature
        self.dimmTemperatureThreshold = dimmTemperatureThreshold
        self.spareBlocksPercentage = spareBlocksPercentage
        self.spareBlockThreshold = spareBlockThreshold
        self.dimmLifespanPercentage = dimmLifespanPercentage
        self.esTemperature = esTemperature
        self.esTemperatureThreshold = esTemperatureThreshold
        self.esLifespanPercentage = esLifespanPercentage
