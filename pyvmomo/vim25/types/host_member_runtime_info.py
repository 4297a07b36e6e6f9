# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostMemberRuntimeInfo: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .host_member_health_check_result import HostMemberHealthCheckResult
    from ..managed.host_system import HostSystem


class HostMemberRuntimeInfo(DynamicData):
    """HostMemberRuntimeInfo: data object extending DynamicData, since 5.1.

    Attributes:
        host: reference to HostSystem, since 5.1.
        status: string, optional, since 5.1.
        statusDetail: string, optional, since 5.1.
        nsxtStatus: string, optional, since 7.0.0.0.
        nsxtStatusDetail: string, optional, since 7.0.0.0.
        healthCheckResult: list of HostMemberHealthCheckResult, since 5.1.
    """

    __slots__ = ("host", "status", "statusDetail", "nsxtStatus", "nsxtStatusDetail", "healthCheckResult", )
    _wire_name_: ClassVar[str] = "HostMemberRuntimeInfo"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("host", "ManagedObjectReference", 0, "5.1", target="HostSystem"),
        _F("status", "string", 2, "5.1"),
        _F("statusDetail", "string", 2, "5.1"),
        _F("nsxtStatus", "string", 2, "7.0.0.0"),
        _F("nsxtStatusDetail", "string", 2, "7.0.0.0"),
        _F("healthCheckResult", "HostMemberHealthCheckResult", 3, "5.1"),
    )
    host: HostSystem
    status: str | None
    statusDetail: str | None
    nsxtStatus: str | None
    nsxtStatusDetail: str | None
    healthCheckResult: list[HostMemberHealthCheckResult]

    def __init__(
        self,
        *,
        host: HostSystem,
        status: str | None = None,
        statusDetail: str | None = None,
        nsxtStatus: str | None = None,
        nsxtStatusDetail: str | None = None,
        healthCheckResult: Sequence[HostMemberHealthCheckResult] | None = None,
    ) -> None:
        self.host = host
        self.status = status
        self.statusDetail = statusDetail
        self.nsxtStatus = nsxtStatus
        self.nsxtStatusDetail = nsxtStatusDetail
        self.healthCheckResult = [] if healthCheckResult is None else list(healthCheckResult)
