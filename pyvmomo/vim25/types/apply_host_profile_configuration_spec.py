# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ApplyHostProfileConfigurationSpec: data object type, extends ProfileExecuteResult. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .profile_execute_result import ProfileExecuteResult
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_config_spec import HostConfigSpec
    from ..managed.host_system import HostSystem
    from .localizable_message import LocalizableMessage
    from .localized_method_fault import LocalizedMethodFault
    from .profile_deferred_policy_option_parameter import ProfileDeferredPolicyOptionParameter
    from .profile_execute_error import ProfileExecuteError


class ApplyHostProfileConfigurationSpec(ProfileExecuteResult):
    """ApplyHostProfileConfigurationSpec: data object extending ProfileExecuteResult, since 6.5.

    Attributes:
        host: reference to HostSystem, since 6.5.
        taskListRequirement: list of string, since 6.5.
        taskDescription: list of LocalizableMessage, since 6.5.
        rebootStateless: boolean, optional, since 6.5.
        rebootHost: boolean, optional, since 6.5.
        faultData: LocalizedMethodFault, optional, since 6.5.
    """

    __slots__ = ("host", "taskListRequirement", "taskDescription", "rebootStateless", "rebootHost", "faultData", )
    _wire_name_: ClassVar[str] = "ApplyHostProfileConfigurationSpec"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("status", "string", 0, "4.0"),
        _F("configSpec", "HostConfigSpec", 2, "4.0"),
        _F("inapplicablePath", "string", 3, "4.0"),
        _F("requireInput", "ProfileDeferredPolicyOptionParameter", 3, "4.0"),
        _F("error", "ProfileExecuteError", 3, "4.0"),
        _F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"),
        _F("taskListRequirement", "string", 3, "6.5"),
        _F("taskDescription", "LocalizableMessage", 3, "6.5"),
        _F("rebootStateless", "boolean", 2, "6.5"),
        _F("rebootHost", "boolean", 2, "6.5"),
        _F("faultData", "LocalizedMethodFault", 2, "6.5"),
    )
    host: HostSystem
    taskListRequirement: list[str]
    taskDescription: list[LocalizableMessage]
    rebootStateless: bool | None
    rebootHost: bool | None
    faultData: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        status: str,
        host: HostSystem,
        configSpec: HostConfigSpec | None = None,
        inapplicablePath: list[str] | None = None,
        requireInput: list[ProfileDeferredPolicyOptionParameter] | None = None,
        error: list[ProfileExecuteError] | None = None,
        taskListRequirement: list[str] | None = None,
        taskDescription: list[LocalizableMessage] | None = None,
        rebootStateless: bool | None = None,
        rebootHost: bool | None = None,
        faultData: LocalizedMethodFault | None = None,
    ) -> None:
        self.status = status
        self.configSpec = configSpec
        self.inapplicablePath: list[str] = [] if inapplicablePath is None else inapplicablePath
        self.requireInput: list[ProfileDeferredPolicyOptionParameter] = [] if requireInput is None else requireInput
        self.error: list[ProfileExecuteError] = [] if error is None else error
        self.host = host
        self.taskListRequirement = [] if taskListRequirement is None else taskListRequirement
        self.taskDescription = [] if taskDescription is None else taskDescription
        self.rebootStateless = rebootStateless
        self.rebootHost = rebootHost
        self.faultData = faultData
