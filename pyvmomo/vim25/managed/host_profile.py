# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfile: managed object proxy, extends Profile. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .profile import Profile, ProfileProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from datetime import datetime
    from ..types.host_profile_config_spec import HostProfileConfigSpec
    from ..types.host_profile_validation_failure_info import HostProfileValidationFailureInfo
    from .host_system import HostSystem
    from ..types.profile_deferred_policy_option_parameter import ProfileDeferredPolicyOptionParameter
    from ..types.profile_execute_result import ProfileExecuteResult

_EXECUTE_HOST_PROFILE: _Operation[ProfileExecuteResult] = _Operation(
    "ExecuteHostProfile",
    (_F("host", "ManagedObjectReference", 0, "4.0", target="HostSystem"), _F("deferredParam", "ProfileDeferredPolicyOptionParameter", 3, "4.0"), ),
    _F("returnval", "ProfileExecuteResult", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_HOST_PROFILE_RESET_VALIDATION_STATE: _Operation[None] = _Operation(
    "HostProfileResetValidationState",
    (),
    None,
    faults=("RuntimeFault", ),
    since="6.7",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)

_UPDATE_HOST_PROFILE: _Operation[None] = _Operation(
    "UpdateHostProfile",
    (_F("config", "HostProfileConfigSpec", 0, "4.0"), ),
    None,
    faults=("DuplicateName", "ProfileUpdateFailed", "RuntimeFault", ),
    since="4.0",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)

_UPDATE_REFERENCE_HOST: _Operation[None] = _Operation(
    "UpdateReferenceHost",
    (_F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)


class HostProfileProperties(ProfileProperties):
    """HostProfile's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("validationState", "validationStateUpdateTime", "validationFailureInfo", "referenceHost", )
    obj: HostProfile  # pyright: ignore[reportIncompatibleVariableOverride]
    validationState: str | None
    validationStateUpdateTime: datetime | None
    validationFailureInfo: HostProfileValidationFailureInfo | None
    referenceHost: HostSystem | None


class HostProfile(Profile):
    """HostProfile: managed object proxy extending Profile, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        validationState: string, optional, since 6.7.
        validationStateUpdateTime: dateTime, optional, since 6.7.
        validationFailureInfo: HostProfileValidationFailureInfo, optional, since 6.7.
        referenceHost: reference to HostSystem, optional, since 4.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostProfile"
    _properties_: ClassVar[dict[str, _F]] = {
        "validationState": _F("validationState", "string", 2, "6.7"),
        "validationStateUpdateTime": _F("validationStateUpdateTime", "dateTime", 2, "6.7"),
        "validationFailureInfo": _F("validationFailureInfo", "HostProfileValidationFailureInfo", 2, "6.7"),
        "referenceHost": _F("referenceHost", "ManagedObjectReference", 2, "4.0", target="HostSystem"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ExecuteHostProfile": _EXECUTE_HOST_PROFILE,
        "HostProfileResetValidationState": _HOST_PROFILE_RESET_VALIDATION_STATE,
        "UpdateHostProfile": _UPDATE_HOST_PROFILE,
        "UpdateReferenceHost": _UPDATE_REFERENCE_HOST,
    }
    _property_class_ = HostProfileProperties

    def fetch(self, *paths: str) -> HostProfileProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostProfileProperties, paths)

    def ExecuteHostProfile(
        self,
        *,
        host: HostSystem,
        deferredParam: list[ProfileDeferredPolicyOptionParameter] | None = None,
        _timeout: float | None = None,
    ) -> ProfileExecuteResult:
        """ExecuteHostProfile: an operation of HostProfile, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, since 4.0.
            deferredParam: list of ProfileDeferredPolicyOptionParameter, since 4.0.

        Returns:
            ProfileExecuteResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _EXECUTE_HOST_PROFILE, (host, deferredParam, ), _timeout)

    def HostProfileResetValidationState(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """HostProfileResetValidationState: an operation of HostProfile, since 6.7.

        Privilege: Profile.Edit.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_PROFILE_RESET_VALIDATION_STATE, (), _timeout)

    def UpdateHostProfile(
        self,
        *,
        config: HostProfileConfigSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateHostProfile: an operation of HostProfile, since 4.0.

        Privilege: Profile.Edit.

        Args:
            config: HostProfileConfigSpec, since 4.0.

        Returns:
            None.

        Raises:
            DuplicateName, ProfileUpdateFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_HOST_PROFILE, (config, ), _timeout)

    def UpdateReferenceHost(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateReferenceHost: an operation of HostProfile, since 4.0.

        Privilege: Profile.Edit.

        Args:
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_REFERENCE_HOST, (host, ), _timeout)
