# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmCapabilityGenericTypeInfo: data object type, extends PbmCapabilityTypeInfo. Since 1.0."""

from __future__ import annotations

from typing import ClassVar

from .pbm_capability_type_info import PbmCapabilityTypeInfo
from pyvmomo._base import Field as _F


class PbmCapabilityGenericTypeInfo(PbmCapabilityTypeInfo):
    """PbmCapabilityGenericTypeInfo: data object extending PbmCapabilityTypeInfo, since 1.0.

    Attributes:
        genericTypeName: string, since 1.0.
    """

    __slots__ = ("genericTypeName", )
    _wire_name_: ClassVar[str] = "PbmCapabilityGenericTypeInfo"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("typeName", "string", 0, "1.0"),
        _F("genericTypeName", "string", 0, "1.0"),
    )
    genericTypeName: str

    def __init__(
        self,
        *,
        typeName: str,
        genericTypeName: str,
    ) -> None:
        self.typeName = typeName
        self.genericTypeName = genericTypeName
