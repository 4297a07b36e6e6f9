# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PermissionProfile: data object type, extends ApplyProfile. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .apply_profile import ApplyProfile
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .profile_apply_profile_property import ProfileApplyProfileProperty
    from .profile_policy import ProfilePolicy


class PermissionProfile(ApplyProfile):
    """PermissionProfile: data object extending ApplyProfile, since 4.1.

    Attributes:
        key: string, since 4.1.
    """

    __slots__ = ("key", )
    _wire_name_: ClassVar[str] = "PermissionProfile"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 0, "4.0"),
        _F("policy", "ProfilePolicy", 3, "4.0"),
        _F("profileTypeName", "string", 2, "5.0"),
        _F("profileVersion", "string", 2, "5.0"),
        _F("property", "ProfileApplyProfileProperty", 3, "5.0"),
        _F("favorite", "boolean", 2, "6.5"),
        _F("toBeMerged", "boolean", 2, "6.5"),
        _F("toReplaceWith", "boolean", 2, "6.5"),
        _F("toBeDeleted", "boolean", 2, "6.5"),
        _F("copyEnableStatus", "boolean", 2, "6.5"),
        _F("hidden", "boolean", 2, "6.7"),
        _F("key", "string", 0, "4.1"),
    )
    key: str

    def __init__(
        self,
        *,
        enabled: bool,
        key: str,
        policy: list[ProfilePolicy] | None = None,
        profileTypeName: str | None = None,
        profileVersion: str | None = None,
        property: list[ProfileApplyProfileProperty] | None = None,
        favorite: bool | None = None,
        toBeMerged: bool | None = None,
        toReplaceWith: bool | None = None,
        toBeDeleted: bool | None = None,
        copyEnableStatus: bool | None = None,
        hidden: bool | None = None,
    ) -> None:
        self.enabled = enabled
        self.policy: list[ProfilePolicy] = [] if policy is None else policy
        self.profileTypeName = profileTypeName
        self.profileVersion = profileVersion
        self.property: list[ProfileApplyProfileProperty] = [] if property is None else property
        self.favorite = favorite
        self.toBeMerged = toBeMerged
        self.toReplaceWith = toReplaceWith
        self.toBeDeleted = toBeDeleted
        self.copyEnableStatus = copyEnableStatus
        self.hidden = hidden
        self.key = key
