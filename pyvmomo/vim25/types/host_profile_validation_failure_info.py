# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileValidationFailureInfo: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_apply_profile import HostApplyProfile
    from ..managed.host_system import HostSystem
    from .localized_method_fault import LocalizedMethodFault
    from .profile_update_failed_update_failure import ProfileUpdateFailedUpdateFailure


class HostProfileValidationFailureInfo(DynamicData):
    """HostProfileValidationFailureInfo: data object extending DynamicData, since 6.7.

    Attributes:
        name: string, since 6.7.
        annotation: string, since 6.7.
        updateType: string, since 6.7.
        host: reference to HostSystem, optional, since 6.7.
        applyProfile: HostApplyProfile, optional, since 6.7.
        failures: list of ProfileUpdateFailedUpdateFailure, since 6.7.
        faults: list of LocalizedMethodFault, since 6.7.
    """

    __slots__ = ("name", "annotation", "updateType", "host", "applyProfile", "failures", "faults", )
    _wire_name_: ClassVar[str] = "HostProfileValidationFailureInfo"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "6.7"),
        _F("annotation", "string", 0, "6.7"),
        _F("updateType", "string", 0, "6.7"),
        _F("host", "ManagedObjectReference", 2, "6.7", target="HostSystem"),
        _F("applyProfile", "HostApplyProfile", 2, "6.7"),
        _F("failures", "ProfileUpdateFailedUpdateFailure", 3, "6.7"),
        _F("faults", "LocalizedMethodFault", 3, "6.7"),
    )
    name: str
    annotation: str
    updateType: str
    host: HostSystem | None
    applyProfile: HostApplyProfile | None
    failures: list[ProfileUpdateFailedUpdateFailure]
    faults: list[LocalizedMethodFault]

    def __init__(
        self,
        *,
        name: str,
        annotation: str,
        updateType: str,
        host: HostSystem | None = None,
        applyProfile: HostApplyProfile | None = None,
        failures: list[ProfileUpdateFailedUpdateFailure] | None = None,
        faults: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.name = name
        self.annotation = annotation
        self.updateType = updateType
        self.host = host
        self.applyProfile = applyProfile
        self.failures = [] if failures is None else failures
        self.faults = [] if faults is None else faults
