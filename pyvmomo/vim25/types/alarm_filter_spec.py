# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmFilterSpec: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue


class AlarmFilterSpec(DynamicData):
    """AlarmFilterSpec: data object extending DynamicData, since 6.7.

    Attributes:
        status: list of ManagedEntityStatus value (str), since 6.7.
        typeEntity: string, optional, since 6.7.
        typeTrigger: string, optional, since 6.7.
    """

    __slots__ = ("status", "typeEntity", "typeTrigger", )
    _wire_name_: ClassVar[str] = "AlarmFilterSpec"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("status", "ManagedEntityStatus", 3, "6.7"),
        _F("typeEntity", "string", 2, "6.7"),
        _F("typeTrigger", "string", 2, "6.7"),
    )
    status: list[str]
    typeEntity: str | None
    typeTrigger: str | None

    def __init__(
        self,
        *,
        status: Sequence[ManagedEntityStatusValue | EnumValue] | None = None,
        typeEntity: str | None = None,
        typeTrigger: str | None = None,
    ) -> None:
        self.status = [] if status is None else list(status)
        self.typeEntity = typeEntity
        self.typeTrigger = typeTrigger
