# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostBIOSInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class HostBIOSInfo(DynamicData):
    """HostBIOSInfo: data object extending DynamicData, since 2.5.

    Attributes:
        biosVersion: string, optional, since 2.5.
        releaseDate: dateTime, optional, since 2.5.
        vendor: string, optional, since 6.5.
        majorRelease: int, optional, since 6.5.
        minorRelease: int, optional, since 6.5.
        firmwareMajorRelease: int, optional, since 6.5.
        firmwareMinorRelease: int, optional, since 6.5.
    """

    __slots__ = ("biosVersion", "releaseDate", "vendor", "majorRelease", "minorRelease", "firmwareMajorRelease", "firmwareMinorRelease", )
    _wire_name_: ClassVar[str] = "HostBIOSInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("biosVersion", "string", 2, "2.5"),
        _F("releaseDate", "dateTime", 2, "2.5"),
        _F("vendor", "string", 2, "6.5"),
        _F("majorRelease", "int", 2, "6.5"),
        _F("minorRelease", "int", 2, "6.5"),
        _F("firmwareMajorRelease", "int", 2, "6.5"),
        _F("firmwareMinorRelease", "int", 2, "6.5"),
    )
    biosVersion: str | None
    releaseDate: datetime | None
    vendor: str | None
    majorRelease: int | None
    minorRelease: int | None
    firmwareMajorRelease: int | None
    firmwareMinorRelease: int | None

    def __init__(
        self,
        *,
        biosVersion: str | None = None,
        releaseDate: datetime | None = None,
        vendor: str | None = None,
        majorRelease: int | None = None,
        minorRelease: int | None = None,
        firmwareMajorRelease: int | None = None,
        firmwareMinorRelease: int | None = None,
    ) -> None:
        self.biosVersion = biosVersion
        self.releaseDate = releaseDate
        self.vendor = vendor
        self.majorRelease = majorRelease
        self.minorRelease = minorRelease
        self.firmwareMajorRelease = firmwareMajorRelease
        self.firmwareMinorRelease = firmwareMinorRelease
