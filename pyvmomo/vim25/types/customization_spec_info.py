# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationSpecInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class CustomizationSpecInfo(DynamicData):
    """CustomizationSpecInfo: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        description: string, since 2.0.
        type: string, since 2.0.
        changeVersion: string, optional, since 2.0.
        lastUpdateTime: dateTime, optional, since 2.0.
    """

    __slots__ = ("name", "description", "type", "changeVersion", "lastUpdateTime", )
    _wire_name_: ClassVar[str] = "CustomizationSpecInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("description", "string", 0, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("changeVersion", "string", 2, "2.0"),
        _F("lastUpdateTime", "dateTime", 2, "2.0"),
    )
    name: str
    description: str
    type: str
    changeVersion: str | None
    lastUpdateTime: datetime | None

    def __init__(
        self,
        *,
        name: str,
        description: str,
        type: str,
        changeVersion: str | None = None,
        lastUpdateTime: datetime | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.type = type
        self.changeVersion = changeVersion
        self.lastUpdateTime = lastUpdateTime
