# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmCapabilitySchema: data object type, extends DynamicData. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .pbm_capability_metadata_per_category import PbmCapabilityMetadataPerCategory
    from .pbm_capability_namespace_info import PbmCapabilityNamespaceInfo
    from .pbm_capability_schema_vendor_info import PbmCapabilitySchemaVendorInfo
    from .pbm_line_of_service_info import PbmLineOfServiceInfo


class PbmCapabilitySchema(DynamicData):
    """PbmCapabilitySchema: data object extending DynamicData, since 1.0.

    Attributes:
        vendorInfo: PbmCapabilitySchemaVendorInfo, since 1.0.
        namespaceInfo: PbmCapabilityNamespaceInfo, since 1.0.
        lineOfService: PbmLineOfServiceInfo, optional, since 6.5.
        capabilityMetadataPerCategory: list of PbmCapabilityMetadataPerCategory, since 1.0.
    """

    __slots__ = ("vendorInfo", "namespaceInfo", "lineOfService", "capabilityMetadataPerCategory", )
    _wire_name_: ClassVar[str] = "PbmCapabilitySchema"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vendorInfo", "PbmCapabilitySchemaVendorInfo", 0, "1.0"),
        _F("namespaceInfo", "PbmCapabilityNamespaceInfo", 0, "1.0"),
        _F("lineOfService", "PbmLineOfServiceInfo", 2, "6.5"),
        _F("capabilityMetadataPerCategory", "PbmCapabilityMetadataPerCategory", 1, "1.0"),
    )
    vendorInfo: PbmCapabilitySchemaVendorInfo
    namespaceInfo: PbmCapabilityNamespaceInfo
    lineOfService: PbmLineOfServiceInfo | None
    capabilityMetadataPerCategory: list[PbmCapabilityMetadataPerCategory]

    def __init__(
        self,
        *,
        vendorInfo: PbmCapabilitySchemaVendorInfo,
        namespaceInfo: PbmCapabilityNamespaceInfo,
        capabilityMetadataPerCategory: list[PbmCapabilityMetadataPerCategory],
        lineOfService: PbmLineOfServiceInfo | None = None,
    ) -> None:
        self.vendorInfo = vendorInfo
        self.namespaceInfo = namespaceInfo
        self.lineOfService = lineOfService
        self.capabilityMetadataPerCategory = capabilityMetadataPerCategory
