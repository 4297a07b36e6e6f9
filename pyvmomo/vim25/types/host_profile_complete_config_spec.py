# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileCompleteConfigSpec: data object type, extends HostProfileConfigSpec. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_profile_config_spec import HostProfileConfigSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .compliance_profile import ComplianceProfile
    from .host_apply_profile import HostApplyProfile
    from .host_profile_config_info import HostProfileConfigInfo
    from ..managed.host_system import HostSystem


class HostProfileCompleteConfigSpec(HostProfileConfigSpec):
    """HostProfileCompleteConfigSpec: data object extending HostProfileConfigSpec, since 4.0.

    Attributes:
        applyProfile: HostApplyProfile, optional, since 4.0.
        customComplyProfile: ComplianceProfile, optional, since 4.0.
        disabledExpressionListChanged: boolean, since 4.0.
        disabledExpressionList: list of string, since 4.0.
        validatorHost: reference to HostSystem, optional, since 5.0.
        validating: boolean, optional, since 6.0.
        hostConfig: HostProfileConfigInfo, optional, since 6.5.
    """

    __slots__ = ("applyProfile", "customComplyProfile", "disabledExpressionListChanged", "disabledExpressionList", "validatorHost", "validating", "hostConfig", )
    _wire_name_: ClassVar[str] = "HostProfileCompleteConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 2, "4.0"),
        _F("annotation", "string", 2, "4.0"),
        _F("enabled", "boolean", 2, "4.0"),
        _F("applyProfile", "HostApplyProfile", 2, "4.0"),
        _F("customComplyProfile", "ComplianceProfile", 2, "4.0"),
        _F("disabledExpressionListChanged", "boolean", 0, "4.0"),
        _F("disabledExpressionList", "string", 3, "4.0"),
        _F("validatorHost", "ManagedObjectReference", 2, "5.0", target="HostSystem"),
        _F("validating", "boolean", 2, "6.0"),
        _F("hostConfig", "HostProfileConfigInfo", 2, "6.5"),
    )
    applyProfile: HostApplyProfile | None
    customComplyProfile: ComplianceProfile | None
    disabledExpressionListChanged: bool
    disabledExpressionList: list[str]
    validatorHost: HostSystem | None
    validating: bool | None
    hostConfig: HostProfileConfigInfo | None

    def __init__(
        self,
        *,
        disabledExpressionListChanged: bool,
        name: str | None = None,
        annotation: str | None = None,
        enabled: bool | None = None,
        applyProfile: HostApplyProfile | None = None,
        customComplyProfile: ComplianceProfile | None = None,
        disabledExpressionList: list[str] | None = None,
        validatorHost: HostSystem | None = None,
        validating: bool | None = None,
        hostConfig: HostProfileConfigInfo | None = None,
    ) -> None:
        self.name = name
        self.annotation = annotation
        self.enabled = enabled
        self.applyProfile = applyProfile
        self.customComplyProfile = customComplyProfile
        self.disabledExpressionListChanged = disabledExpressionListChanged
        self.disabledExpressionList = [] if disabledExpressionList is None else disabledExpressionList
        self.validatorHost = validatorHost
        self.validating = validating
        self.hostConfig = hostConfig
