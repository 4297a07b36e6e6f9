# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileMetadata: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .extended_description import ExtendedDescription
    from .profile_metadata_profile_operation_message import ProfileMetadataProfileOperationMessage
    from .profile_metadata_profile_sort_spec import ProfileMetadataProfileSortSpec


class ProfileMetadata(DynamicData):
    """ProfileMetadata: data object extending DynamicData, since 4.0.

    Attributes:
        key: string, since 4.0.
        profileTypeName: string, optional, since 5.0.
        description: ExtendedDescription, optional, since 4.0.
        sortSpec: list of ProfileMetadataProfileSortSpec, since 5.0.
        profileCategory: string, optional, since 5.1.
        profileComponent: string, optional, since 5.1.
        operationMessages: list of ProfileMetadataProfileOperationMessage, since 6.7.
    """

    __slots__ = ("key", "profileTypeName", "description", "sortSpec", "profileCategory", "profileComponent", "operationMessages", )
    _wire_name_: ClassVar[str] = "ProfileMetadata"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.0"),
        _F("profileTypeName", "string", 2, "5.0"),
        _F("description", "ExtendedDescription", 2, "4.0"),
        _F("sortSpec", "ProfileMetadataProfileSortSpec", 3, "5.0"),
        _F("profileCategory", "string", 2, "5.1"),
        _F("profileComponent", "string", 2, "5.1"),
        _F("operationMessages", "ProfileMetadataProfileOperationMessage", 3, "6.7"),
    )
    key: str
    profileTypeName: str | None
    description: ExtendedDescription | None
    sortSpec: list[ProfileMetadataProfileSortSpec]
    profileCategory: str | None
    profileComponent: str | None
    operationMessages: list[ProfileMetadataProfileOperationMessage]

    def __init__(
        self,
        *,
        key: str,
        profileTypeName: str | None = None,
        description: ExtendedDescription | None = None,
        sortSpec: list[ProfileMetadataProfileSortSpec] | None = None,
        profileCategory: str | None = None,
        profileComponent: str | None = None,
        operationMessages: list[ProfileMetadataProfileOperationMessage] | None = None,
    ) -> None:
        self.key = key
        self.profileTypeName = profileTypeName
        self.description = description
        self.sortSpec = [] if sortSpec is None else sortSpec
        self.profileCategory = profileCategory
        self.profileComponent = profileComponent
        self.operationMessages = [] if operationMessages is None else operationMessages
