# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileConfigInfo: data object type, extends ProfileConfigInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .profile_config_info import ProfileConfigInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .compliance_locator import ComplianceLocator
    from .compliance_profile import ComplianceProfile
    from .host_apply_profile import HostApplyProfile
    from .profile_description import ProfileDescription


class HostProfileConfigInfo(ProfileConfigInfo):
    """HostProfileConfigInfo: data object extending ProfileConfigInfo, since 4.0.

    Attributes:
        applyProfile: HostApplyProfile, optional, since 4.0.
        defaultComplyProfile: ComplianceProfile, optional, since 4.0.
        defaultComplyLocator: list of ComplianceLocator, since 4.0.
        customComplyProfile: ComplianceProfile, optional, since 4.0.
        disabledExpressionList: list of string, since 4.0.
        description: ProfileDescription, optional, since 6.5.
    """

    __slots__ = ("applyProfile", "defaultComplyProfile", "defaultComplyLocator", "customComplyProfile", "disabledExpressionList", "description", )
    _wire_name_: ClassVar[str] = "HostProfileConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "4.0"),
        _F("annotation", "string", 2, "4.0"),
        _F("enabled", "boolean", 0, "4.0"),
        _F("applyProfile", "HostApplyProfile", 2, "4.0"),
        _F("defaultComplyProfile", "ComplianceProfile", 2, "4.0"),
        _F("defaultComplyLocator", "ComplianceLocator", 3, "4.0"),
        _F("customComplyProfile", "ComplianceProfile", 2, "4.0"),
        _F("disabledExpressionList", "string", 3, "4.0"),
        _F("description", "ProfileDescription", 2, "6.5"),
    )
    applyProfile: HostApplyProfile | None
    defaultComplyProfile: ComplianceProfile | None
    defaultComplyLocator: list[ComplianceLocator]
    customComplyProfile: ComplianceProfile | None
    disabledExpressionList: list[str]
    description: ProfileDescription | None

    def __init__(
        self,
        *,
        name: str,
        enabled: bool,
        annotation: str | None = None,
        applyProfile: HostApplyProfile | None = None,
        defaultComplyProfile: ComplianceProfile | None = None,
        defaultComplyLocator: list[ComplianceLocator] | None = None,
        customComplyProfile: ComplianceProfile | None = None,
        disabledExpressionList: list[str] | None = None,
        description: ProfileDescription | None = None,
    ) -> None:
        self.name = name
        self.annotation = annotation
        self.enabled = enabled
        self.applyProfile = applyProfile
        self.defaultComplyProfile = defaultComplyProfile
        self.defaultComplyLocator = [] if defaultComplyLocator is None else defaultComplyLocator
        self.customComplyProfile = customComplyProfile
        self.disabledExpressionList = [] if disabledExpressionList is None else disabledExpressionList
        self.description = description
