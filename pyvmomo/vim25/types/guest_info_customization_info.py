# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestInfoCustomizationInfo: data object type, extends DynamicData. Since 7.0.2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class GuestInfoCustomizationInfo(DynamicData):
    """GuestInfoCustomizationInfo: data object extending DynamicData, since 7.0.2.0.

    Attributes:
        customizationStatus: string, since 7.0.2.0.
        startTime: dateTime, optional, since 7.0.2.0.
        endTime: dateTime, optional, since 7.0.2.0.
        errorMsg: string, optional, since 7.0.2.0.
    """

    __slots__ = ("customizationStatus", "startTime", "endTime", "errorMsg", )
    _wire_name_: ClassVar[str] = "GuestInfoCustomizationInfo"
    _since_: ClassVar[str] = "7.0.2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("customizationStatus", "string", 0, "7.0.2.0"),
        _F("startTime", "dateTime", 2, "7.0.2.0"),
        _F("endTime", "dateTime", 2, "7.0.2.0"),
        _F("errorMsg", "string", 2, "7.0.2.0"),
    )
    customizationStatus: str
    startTime: datetime | None
    endTime: datetime | None
    errorMsg: str | None

    def __init__(
        self,
        *,
        customizationStatus: str,
        startTime: datetime | None = None,
        endTime: datetime | None = None,
        errorMsg: str | None = None,
    ) -> None:
        self.customizationStatus = customizationStatus
        self.startTime = startTime
        self.endTime = endTime
        self.errorMsg = errorMsg
