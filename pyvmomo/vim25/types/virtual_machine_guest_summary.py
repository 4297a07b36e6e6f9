# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineGuestSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineToolsStatusValue


class VirtualMachineGuestSummary(DynamicData):
    """VirtualMachineGuestSummary: data object extending DynamicData, since 2.0.

    Attributes:
        guestId: string, optional, since 2.0.
        guestFullName: string, optional, since 2.0.
        toolsStatus: VirtualMachineToolsStatus value (str), optional, since 2.0.
        toolsVersionStatus: string, optional, since 4.0.
        toolsVersionStatus2: string, optional, since 5.0.
        toolsRunningStatus: string, optional, since 4.0.
        hostName: string, optional, since 2.0.
        ipAddress: string, optional, since 2.0.
        hwVersion: string, optional, since 6.9.1.
    """

    __slots__ = ("guestId", "guestFullName", "toolsStatus", "toolsVersionStatus", "toolsVersionStatus2", "toolsRunningStatus", "hostName", "ipAddress", "hwVersion", )
    _wire_name_: ClassVar[str] = "VirtualMachineGuestSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("guestId", "string", 2, "2.0"),
        _F("guestFullName", "string", 2, "2.0"),
        _F("toolsStatus", "VirtualMachineToolsStatus", 2, "2.0"),
        _F("toolsVersionStatus", "string", 2, "4.0"),
        _F("toolsVersionStatus2", "string", 2, "5.0"),
        _F("toolsRunningStatus", "string", 2, "4.0"),
        _F("hostName", "string", 2, "2.0"),
        _F("ipAddress", "string", 2, "2.0"),
        _F("hwVersion", "string", 2, "6.9.1"),
    )
    guestId: str | None
    guestFullName: str | None
    toolsStatus: str | None
    toolsVersionStatus: str | None
    toolsVersionStatus2: str | None
    toolsRunningStatus: str | None
    hostName: str | None
    ipAddress: str | None
    hwVersion: str | None

    def __init__(
        self,
        *,
        guestId: str | None = None,
        guestFullName: str | None = None,
        toolsStatus: VirtualMachineToolsStatusValue | EnumValue | None = None,
        toolsVersionStatus: str | None = None,
        toolsVersionStatus2: str | None = None,
        toolsRunningStatus: str | None = None,
        hostName: str | None = None,
        ipAddress: str | None = None,
        hwVersion: str | None = None,
    ) -> None:
        self.guestId = guestId
        self.guestFullName = guestFullName
        self.toolsStatus = toolsStatus
        self.toolsVersionStatus = toolsVersionStatus
        self.toolsVersionStatus2 = toolsVersionStatus2
        self.toolsRunningStatus = toolsRunningStatus
        self.hostName = hostName
        self.ipAddress = ipAddress
        self.hwVersion = hwVersion
