# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNicFailureCriteria: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostNicFailureCriteria(DynamicData):
    """HostNicFailureCriteria: data object extending DynamicData, since 2.0.

    Attributes:
        checkSpeed: string, optional, since 2.0.
        speed: int, optional, since 2.0.
        checkDuplex: boolean, optional, since 2.0.
        fullDuplex: boolean, optional, since 2.0.
        checkErrorPercent: boolean, optional, since 2.0.
        percentage: int, optional, since 2.0.
        checkBeacon: boolean, optional, since 2.0.
    """

    __slots__ = ("checkSpeed", "speed", "checkDuplex", "fullDuplex", "checkErrorPercent", "percentage", "checkBeacon", )
    _wire_name_: ClassVar[str] = "HostNicFailureCriteria"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("checkSpeed", "string", 2, "2.0"),
        _F("speed", "int", 2, "2.0"),
        _F("checkDuplex", "boolean", 2, "2.0"),
        _F("fullDuplex", "boolean", 2, "2.0"),
        _F("checkErrorPercent", "boolean", 2, "2.0"),
        _F("percentage", "int", 2, "2.0"),
        _F("checkBeacon", "boolean", 2, "2.0"),
    )
    checkSpeed: str | None
    speed: int | None
    checkDuplex: bool | None
    fullDuplex: bool | None
    checkErrorPercent: bool | None
    percentage: int | None
    checkBeacon: bool | None

    def __init__(
        self,
        *,
        checkSpeed: str | None = None,
        speed: int | None = None,
        checkDuplex: bool | None = None,
        fullDuplex: bool | None = None,
        checkErrorPercent: bool | None = None,
        percentage: int | None = None,
        checkBeacon: bool | None = None,
    ) -> None:
        self.checkSpeed = checkSpeed
        self.speed = speed
        self.checkDuplex = checkDuplex
        self.fullDuplex = fullDuplex
        self.checkErrorPercent = checkErrorPercent
        self.percentage = percentage
        self.checkBeacon = checkBeacon
