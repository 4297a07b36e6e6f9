# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SystemEventInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class SystemEventInfo(DynamicData):
    """SystemEventInfo: data object extending DynamicData, since 6.5.

    Attributes:
        recordId: long, since 6.5.
        when: string, since 6.5.
        selType: long, since 6.5.
        message: string, since 6.5.
        sensorNumber: long, since 6.5.
    """

    __slots__ = ("recordId", "when", "selType", "message", "sensorNumber", )
    _wire_name_: ClassVar[str] = "SystemEventInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("recordId", "long", 0, "6.5"),
        _F("when", "string", 0, "6.5"),
        _F("selType", "long", 0, "6.5"),
        _F("message", "string", 0, "6.5"),
        _F("sensorNumber", "long", 0, "6.5"),
    )
    recordId: int
    when: str
    selType: int
    message: str
    sensorNumber: int

    def __init__(
        self,
        *,
        recordId: int,
        when: str,
        selType: int,
        message: str,
        sensorNumber: int,
    ) -> None:
        self.recordId = recordId
        self.when = when
        self.selType = selType
        self.message = message
        self.sensorNumber = sensorNumber
