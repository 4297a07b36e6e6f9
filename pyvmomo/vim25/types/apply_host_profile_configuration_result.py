# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ApplyHostProfileConfigurationResult: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ..managed.host_system import HostSystem
    from .localized_method_fault import LocalizedMethodFault


class ApplyHostProfileConfigurationResult(DynamicData):
    """ApplyHostProfileConfigurationResult: data object extending DynamicData, since 6.5.

    Attributes:
        startTime: dateTime, since 6.5.
        completeTime: dateTime, since 6.5.
        host: reference to HostSystem, since 6.5.
        status: string, since 6.5.
        errors: list of LocalizedMethodFault, since 6.5.
    """

    __slots__ = ("startTime", "completeTime", "host", "status", "errors", )
    _wire_name_: ClassVar[str] = "ApplyHostProfileConfigurationResult"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("startTime", "dateTime", 0, "6.5"),
        _F("completeTime", "dateTime", 0, "6.5"),
        _F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"),
        _F("status", "string", 0, "6.5"),
        _F("errors", "LocalizedMethodFault", 3, "6.5"),
    )
    startTime: datetime
    completeTime: datetime
    host: HostSystem
    status: str
    errors: list[LocalizedMethodFault]

    def __init__(
        self,
        *,
        startTime: datetime,
        completeTime: datetime,
        host: HostSystem,
        status: str,
        errors: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.startTime = startTime
        self.completeTime = completeTime
        self.host = host
        self.status = status
        self.errors = [] if errors is None else errors
