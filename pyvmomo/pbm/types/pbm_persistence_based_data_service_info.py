# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmPersistenceBasedDataServiceInfo: data object type, extends PbmLineOfServiceInfo. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .pbm_line_of_service_info import PbmLineOfServiceInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_extended_element_description import PbmExtendedElementDescription


class PbmPersistenceBasedDataServiceInfo(PbmLineOfServiceInfo):
    """PbmPersistenceBasedDataServiceInfo: data object extending PbmLineOfServiceInfo, since 6.5.

    Attributes:
        compatiblePersistenceSchemaNamespace: list of string, since 6.5.
    """

    __slots__ = ("compatiblePersistenceSchemaNamespace", )
    _wire_name_: ClassVar[str] = "PbmPersistenceBasedDataServiceInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("lineOfService", "string", 0, "6.5"),
        _F("name", "PbmExtendedElementDescription", 0, "6.5"),
        _F("description", "PbmExtendedElementDescription", 2, "6.5"),
        _F("compatiblePersistenceSchemaNamespace", "string", 3, "6.5"),
    )
    compatiblePersistenceSchemaNamespace: list[str]

    def __init__(
        self,
        *,
        lineOfService: str,
        name: PbmExtendedElementDescription,
        description: PbmExtendedElementDescription | None = None,
        compatiblePersistenceSchemaNamespace: list[str] | None = None,
    ) -> None:
        self.lineOfService = lineOfService
        self.name = name
        self.description = description
        self.compatiblePersistenceSchemaNamespace = [] if compatiblePersistenceSchemaNamespace is None else compatiblePersistenceSchemaNamespace
