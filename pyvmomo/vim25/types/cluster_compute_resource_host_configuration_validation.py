# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceHostConfigurationValidation: data object type, extends ClusterComputeResourceValidationResultBase. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_compute_resource_validation_result_base import ClusterComputeResourceValidationResultBase
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from .localizable_message import LocalizableMessage


class ClusterComputeResourceHostConfigurationValidation(ClusterComputeResourceValidationResultBase):
    """ClusterComputeResourceHostConfigurationValidation: data object extending ClusterComputeResourceValidationResultBase, since 6.7.1.

    Attributes:
        host: reference to HostSystem, since 6.7.1.
        isDvsSettingValid: boolean, optional, since 6.7.1.
        isVmknicSettingValid: boolean, optional, since 6.7.1.
        isNtpSettingValid: boolean, optional, since 6.7.1.
        isLockdownModeValid: boolean, optional, since 6.7.1.
    """

    __slots__ = ("host", "isDvsSettingValid", "isVmknicSettingValid", "isNtpSettingValid", "isLockdownModeValid", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceHostConfigurationValidation"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("info", "LocalizableMessage", 3, "6.7.1"),
        _F("host", "ManagedObjectReference", 0, "6.7.1", target="HostSystem"),
        _F("isDvsSettingValid", "boolean", 2, "6.7.1"),
        _F("isVmknicSettingValid", "boolean", 2, "6.7.1"),
        _F("isNtpSettingValid", "boolean", 2, "6.7.1"),
        _F("isLockdownModeValid", "boolean", 2, "6.7.1"),
    )
    host: HostSystem
    isDvsSettingValid: bool | None
    isVmknicSettingValid: bool | None
    isNtpSettingValid: bool | None
    isLockdownModeValid: bool | None

    def __init__(
        self,
        *,
        host: HostSystem,
        info: list[LocalizableMessage] | None = None,
        isDvsSettingValid: bool | None = None,
        isVmknicSettingValid: bool | None = None,
        isNtpSettingValid: bool | None = None,
        isLockdownModeValid: bool | None = None,
    ) -> None:
        self.info: list[LocalizableMessage] = [] if info is None else info
        self.host = host
        self.isDvsSettingValid = isDvsSettingValid
        self.isVmknicSettingValid = isVmknicSettingValid
        self.isNtpSettingValid = isNtpSettingValid
        self.isLockdownModeValid = isLockdownModeValid
