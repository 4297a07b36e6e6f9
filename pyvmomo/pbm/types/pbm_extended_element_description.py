# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmExtendedElementDescription: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ...vim25.types.key_any_value import KeyAnyValue


class PbmExtendedElementDescription(DynamicData):
    """PbmExtendedElementDescription: data object extending DynamicData, since 1.0.

    Attributes:
        label: string, since 1.0.
        summary: string, since 1.0.
        key: string, since 1.0.
        messageCatalogKeyPrefix: string, since 1.0.
        messageArg: list of KeyAnyValue, since 1.0.
    """

    __slots__ = ("label", "summary", "key", "messageCatalogKeyPrefix", "messageArg", )
    _wire_name_: ClassVar[str] = "PbmExtendedElementDescription"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("label", "string", 0, "1.0"),
        _F("summary", "string", 0, "1.0"),
        _F("key", "string", 0, "1.0"),
        _F("messageCatalogKeyPrefix", "string", 0, "1.0"),
        _F("messageArg", "KeyAnyValue", 3, "1.0"),
    )
    label: str
    summary: str
    key: str
    messageCatalogKeyPrefix: str
    messageArg: list[KeyAnyValue]

    def __init__(
        self,
        *,
        label: str,
        summary: str,
        key: str,
        messageCatalogKeyPrefix: str,
        messageArg: list[KeyAnyValue] | None = None,
    ) -> None:
        self.label = label
        self.summary = summary
        self.key = key
        self.messageCatalogKeyPrefix = messageCatalogKeyPrefix
        self.messageArg = [] if messageArg is None else messageArg
