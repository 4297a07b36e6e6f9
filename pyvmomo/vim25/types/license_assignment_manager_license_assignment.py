# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseAssignmentManagerLicenseAssignment: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_any_value import KeyAnyValue
    from .license_manager_license_info import LicenseManagerLicenseInfo


class LicenseAssignmentManagerLicenseAssignment(DynamicData):
    """LicenseAssignmentManagerLicenseAssignment: data object extending DynamicData, since 4.0.

    Attributes:
        entityId: string, since 4.0.
        scope: string, optional, since 4.0.
        entityDisplayName: string, optional, since 4.0.
        assignedLicense: LicenseManagerLicenseInfo, since 4.0.
        properties: list of KeyAnyValue, since 4.0.
    """

    __slots__ = ("entityId", "scope", "entityDisplayName", "assignedLicense", "properties", )
    _wire_name_: ClassVar[str] = "LicenseAssignmentManagerLicenseAssignment"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entityId", "string", 0, "4.0"),
        _F("scope", "string", 2, "4.0"),
        _F("entityDisplayName", "string", 2, "4.0"),
        _F("assignedLicense", "LicenseManagerLicenseInfo", 0, "4.0"),
        _F("properties", "KeyAnyValue", 3, "4.0"),
    )
    entityId: str
    scope: str | None
    entityDisplayName: str | None
    assignedLicense: LicenseManagerLicenseInfo
    properties: list[KeyAnyValue]

    def __init__(
        self,
        *,
        entityId: str,
        assignedLicense: LicenseManagerLicenseInfo,
        scope: str | None = None,
        entityDisplayName: str | None = None,
        properties: list[KeyAnyValue] | None = None,
    ) -> None:
        self.entityId = entityId
        self.scope = scope
        self.entityDisplayName = entityDisplayName
        self.assignedLicense = assignedLicense
        self.properties = [] if properties is None else properties
