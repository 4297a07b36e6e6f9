# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileExecuteResult: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_config_spec import HostConfigSpec
    from .profile_deferred_policy_option_parameter import ProfileDeferredPolicyOptionParameter
    from .profile_execute_error import ProfileExecuteError


class ProfileExecuteResult(DynamicData):
    """ProfileExecuteResult: data object extending DynamicData, since 4.0.

    Attributes:
        status: string, since 4.0.
        configSpec: HostConfigSpec, optional, since 4.0.
        inapplicablePath: list of string, since 4.0.
        requireInput: list of ProfileDeferredPolicyOptionParameter, since 4.0.
        error: list of ProfileExecuteError, since 4.0.
    """

    __slots__ = ("status", "configSpec", "inapplicablePath", "requireInput", "error", )
    _wire_name_: ClassVar[str] = "ProfileExecuteResult"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("status", "string", 0, "4.0"),
        _F("configSpec", "HostConfigSpec", 2, "4.0"),
        _F("inapplicablePath", "string", 3, "4.0"),
        _F("requireInput", "ProfileDeferredPolicyOptionParameter", 3, "4.0"),
        _F("error", "ProfileExecuteError", 3, "4.0"),
    )
    status: str
    configSpec: HostConfigSpec | None
    inapplicablePath: list[str]
    requireInput: list[ProfileDeferredPolicyOptionParameter]
    error: list[ProfileExecuteError]

    def __init__(
        self,
        *,
        status: str,
        configSpec: HostConfigSpec | None = None,
        inapplicablePath: list[str] | None = None,
        requireInput: list[ProfileDeferredPolicyOptionParameter] | None = None,
        error: list[ProfileExecuteError] | None = None,
    ) -> None:
        self.status = status
        self.configSpec = configSpec
        self.inapplicablePath = [] if inapplicablePath is None else inapplicablePath
        self.requireInput = [] if requireInput is None else requireInput
        self.error = [] if error is None else error
